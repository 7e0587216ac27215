import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { CountyEntity } from './county.entity';
import type { PlanKind } from '../../shared/enums';

/** 學年度 (ROC year: 109 = Aug 2020 - Jul 2021) with its service period. */
@Entity('school_year')
export class SchoolYearEntity {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @Column({ name: 'service_opens_at', type: 'datetime' })
  serviceOpensAt: Date;

  @Column({ name: 'service_closes_at', type: 'datetime' })
  serviceClosesAt: Date;

  /** 獎勵名單: the share of a school's teachers (percent) who must submit for the reward list. */
  @Column({ name: 'reward_threshold_percent', type: 'int', default: 60 })
  rewardThresholdPercent: number;
}

/** A county's school-plan group (A, B ...) and teacher wave (1..5) in one school year. */
@Entity('county_school_year')
export class CountySchoolYearEntity {
  @PrimaryColumn({ name: 'school_year', type: 'int' })
  schoolYear: number;

  @PrimaryColumn({ name: 'county_id', type: 'int' })
  countyId: number;

  @Column({ name: 'plan_group', type: 'varchar', length: 4 })
  planGroup: string;

  @Column({ name: 'teacher_wave', type: 'int' })
  teacherWave: number;

  @ManyToOne(() => SchoolYearEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_year', referencedColumnName: 'year', foreignKeyConstraintName: 'FK_county_school_year_year' })
  year?: Relation<SchoolYearEntity>;

  @ManyToOne(() => CountyEntity)
  @JoinColumn({ name: 'county_id', foreignKeyConstraintName: 'FK_county_school_year_county' })
  county?: Relation<CountyEntity>;
}

/** A filling window: school plans per county group, teacher plans per wave. Times in UTC. */
@Entity('plan_window')
@Index('UQ_plan_window', ['schoolYear', 'planKind', 'groupKey'], { unique: true })
export class PlanWindowEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'school_year', type: 'int' })
  schoolYear: number;

  @Column({ name: 'plan_kind', type: 'varchar', length: 16 })
  planKind: PlanKind;

  /** The school-plan group ('A', 'B') or the teacher wave ('1'..'5'). */
  @Column({ name: 'group_key', type: 'varchar', length: 4 })
  groupKey: string;

  @Column({ name: 'opens_at', type: 'datetime' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'datetime' })
  closesAt: Date;

  @ManyToOne(() => SchoolYearEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_year', referencedColumnName: 'year', foreignKeyConstraintName: 'FK_plan_window_year' })
  year?: Relation<SchoolYearEntity>;
}
