import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, VersionColumn } from 'typeorm';
import { UnitEntity } from '../directory';
import type { AccountStatus, BusinessRole } from '../../shared/enums';

/** 業務帳號: a person acting for a unit as CHIEF, CONTACT or OPERATOR. */
@Entity('business_account')
@Index('IDX_business_account_unit', ['unitId', 'role'])
@Index('UQ_business_account_live_national_id', ['liveNationalId'], { unique: true })
export class BusinessAccountEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'national_id', type: 'varchar', length: 10 })
  nationalId: string;

  /**
   * The national ID while the account is ACTIVE or SUSPENDED, null while pending and once deleted:
   * its unique index keeps one live business account per national ID on every database, and
   * pending applications of the same ID do not block each other (activating one is refused while
   * another account of the ID is live).
   */
  @Column({ name: 'live_national_id', type: 'varchar', length: 10, nullable: true })
  liveNationalId: string | null;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ name: 'unit_id', type: 'int' })
  unitId: number;

  @Column({ type: 'varchar', length: 16 })
  role: BusinessRole;

  /** Bit set of the five permissions (shared/enums.ts); never wider than the role's defaults. */
  @Column({ type: 'int' })
  permissions: number;

  @Column({ type: 'varchar', length: 16 })
  status: AccountStatus;

  @Column({ type: 'varchar', length: 120, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  /** When the application was filed: a PENDING application expires after PENDING_DAYS (by the Clock). */
  @Column({ name: 'applied_at', type: 'datetime', nullable: true })
  appliedAt: Date | null;

  @VersionColumn({ type: 'int' })
  version: number;

  @ManyToOne(() => UnitEntity)
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_business_account_unit' })
  unit?: Relation<UnitEntity>;
}
