import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { TeacherEntity } from '../directory';
import { BusinessAccountEntity } from './business-account.entity';
import { StaffAccountEntity } from './staff-account.entity';

export type PrincipalKind = 'TEACHER' | 'BUSINESS' | 'STAFF';

/** A login: a username and its scrypt password hash, for exactly one teacher, business or staff account. */
@Entity('credential')
@Index('UQ_credential_username', ['username'], { unique: true })
@Index('UQ_credential_teacher', ['teacherId'], { unique: true })
@Index('UQ_credential_business_account', ['businessAccountId'], { unique: true })
@Index('UQ_credential_staff_account', ['staffAccountId'], { unique: true })
export class CredentialEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  /** The normalized form (NFKC, lower case), compared as stored: binary collation on MySQL/MariaDB. */
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ name: 'principal_kind', type: 'varchar', length: 10 })
  principalKind: PrincipalKind;

  @Column({ name: 'teacher_id', type: 'int', nullable: true })
  teacherId: number | null;

  @Column({ name: 'business_account_id', type: 'int', nullable: true })
  businessAccountId: number | null;

  @Column({ name: 'staff_account_id', type: 'int', nullable: true })
  staffAccountId: number | null;

  /** Failed logins since the last success, counted atomically in the database (failed_logins + 1). */
  @Column({ name: 'failed_logins', type: 'int', default: 0 })
  failedLogins: number;

  /** After repeated failures: no try before this time, except from the known address (growing delays, not a lock). */
  @Column({ name: 'locked_until', type: 'datetime', nullable: true })
  lockedUntil: Date | null;

  /** A hash of the address of the last successful login (never the address itself). */
  @Column({ name: 'known_address_hash', type: 'varchar', length: 64, nullable: true })
  knownAddressHash: string | null;

  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @ManyToOne(() => TeacherEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'FK_credential_teacher' })
  teacher?: Relation<TeacherEntity>;

  @ManyToOne(() => BusinessAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'business_account_id', foreignKeyConstraintName: 'FK_credential_business_account' })
  businessAccount?: Relation<BusinessAccountEntity>;

  @ManyToOne(() => StaffAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_account_id', foreignKeyConstraintName: 'FK_credential_staff_account' })
  staffAccount?: Relation<StaffAccountEntity>;
}
