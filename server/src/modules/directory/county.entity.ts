import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 縣市: the 22 counties and cities and 國教署, numbered 1..23 in the seed's order. */
@Entity('county')
@Index('UQ_county_code', ['code'], { unique: true })
export class CountyEntity {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'varchar', length: 20 })
  name: string;

  @Column({ name: 'name_en', type: 'varchar', length: 60 })
  nameEn: string;
}
