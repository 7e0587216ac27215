import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Supply (offered courses, seats, seat-hours) kept in the transaction of every course write
 * (shared/supply-summary.ts): per school year x dimension x option x county x stage x remoteness x
 * organiser kind. Stage '*' holds each course once; the other stages each course open to them
 * ('ALL': courses whose audience names no stage).
 */
@Entity('supply_summary')
export class SupplySummaryEntity {
  @PrimaryColumn({ name: 'school_year', type: 'int' })
  schoolYear: number;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  dimension: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  stage: string;

  @PrimaryColumn({ name: 'county_id', type: 'int' })
  countyId: number;

  @PrimaryColumn({ name: 'organiser_kind', type: 'varchar', length: 24 })
  organiserKind: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  remoteness: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  option: string;

  @Column({ type: 'int', default: 0 })
  courses: number;

  /** The courses' capacity, summed. */
  @Column({ type: 'int', default: 0 })
  seats: number;

  /** Capacity x course hours, summed: the hours offered. */
  @Column({ name: 'seat_hours', type: 'int', default: 0 })
  seatHours: number;
}

/**
 * Uptake kept in the transaction of every registration and study-record write
 * (shared/supply-summary.ts): ADMITTED registrations and issued study records, per school year x
 * dimension x option x the teacher's school's county, first stage and remoteness x the course's
 * organiser kind (EXTERNAL: hours reported without a course), with the sums of their record keys.
 */
@Entity('uptake_summary')
export class UptakeSummaryEntity {
  @PrimaryColumn({ name: 'school_year', type: 'int' })
  schoolYear: number;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  dimension: string;

  @PrimaryColumn({ name: 'county_id', type: 'int' })
  countyId: number;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  stage: string;

  @PrimaryColumn({ name: 'organiser_kind', type: 'varchar', length: 24 })
  organiserKind: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  remoteness: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  option: string;

  @Column({ type: 'int', default: 0 })
  registrations: number;

  /** The sum of the counted registrations' record keys modulo KEY_RANGE: the cell key. */
  @Column({ name: 'reg_key_sum', type: 'int', default: 0 })
  regKeySum: number;

  @Column({ name: 'issued_records', type: 'int', default: 0 })
  issuedRecords: number;

  @Column({
    name: 'issued_hours',
    type: 'decimal',
    precision: 12,
    scale: 1,
    default: 0,
    transformer: { to: (v: number) => v, from: (v: unknown) => (v == null ? v : Number(v)) },
  })
  issuedHours: number;

  /** The sum of the counted study records' record keys modulo KEY_RANGE: the cell key. */
  @Column({ name: 'issued_key_sum', type: 'int', default: 0 })
  issuedKeySum: number;
}

/**
 * The supply (stage '*' of supply_summary) and the uptake (uptake_summary) rolled up per school year
 * x dimension x county x option, kept in the same transactions (shared/supply-summary.ts): what the
 * standard report (by county, or the nation, without other filters) reads.
 */
@Entity('supply_county_summary')
export class SupplyCountySummaryEntity {
  @PrimaryColumn({ name: 'school_year', type: 'int' })
  schoolYear: number;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  dimension: string;

  @PrimaryColumn({ name: 'county_id', type: 'int' })
  countyId: number;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  option: string;

  @Column({ type: 'int', default: 0 })
  courses: number;

  @Column({ type: 'int', default: 0 })
  seats: number;

  @Column({ name: 'seat_hours', type: 'int', default: 0 })
  seatHours: number;

  @Column({ type: 'int', default: 0 })
  registrations: number;

  @Column({ name: 'reg_key_sum', type: 'int', default: 0 })
  regKeySum: number;

  @Column({ name: 'issued_records', type: 'int', default: 0 })
  issuedRecords: number;

  @Column({
    name: 'issued_hours',
    type: 'decimal',
    precision: 12,
    scale: 1,
    default: 0,
    transformer: { to: (v: number) => v, from: (v: unknown) => (v == null ? v : Number(v)) },
  })
  issuedHours: number;

  @Column({ name: 'issued_key_sum', type: 'int', default: 0 })
  issuedKeySum: number;
}
