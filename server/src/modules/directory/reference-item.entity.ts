import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The platform's upkeep of a reference list (titles, subjects): which options are offered and
 * their labels. Codes are the API's enum values; a row exists only where the platform changed
 * something, otherwise shared/labels.ts holds the default.
 */
@Entity('reference_item')
export class ReferenceItemEntity {
  @PrimaryColumn({ name: 'list_name', type: 'varchar', length: 16 })
  listName: 'SUBJECT' | 'TITLE';

  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'varchar', length: 60, nullable: true })
  zh: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  en: string | null;
}
