import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanKind } from '../../shared/enums';

/** A plan reopened after its window closed, by the district or the platform, until a time. */
@Entity('plan_reopening')
export class PlanReopeningEntity {
  @PrimaryColumn({ name: 'plan_kind', type: 'varchar', length: 16 })
  planKind: PlanKind;

  @PrimaryColumn({ name: 'school_year', type: 'int' })
  schoolYear: number;

  /** The school (school plans) or the teacher (teacher plans). */
  @PrimaryColumn({ name: 'owner_id', type: 'int' })
  ownerId: number;

  @Column({ type: 'datetime' })
  until: Date;

  @Column({ name: 'reopened_by', type: 'varchar', length: 64 })
  reopenedBy: string;
}

/**
 * Demand counts kept current in the same transaction as the plan writes: submitted plans per
 * school year x plan kind x county x stage x dimension x option (and planned hours for domains).
 */
@Entity('demand_summary')
@Index('IDX_demand_summary_report', ['schoolYear', 'planKind', 'dimension', 'countyId', 'stage', 'option', 'plans', 'hours', 'keySum'])
export class DemandSummaryEntity {
  @PrimaryColumn({ name: 'school_year', type: 'int' })
  schoolYear: number;

  @PrimaryColumn({ name: 'plan_kind', type: 'varchar', length: 16 })
  planKind: PlanKind;

  @PrimaryColumn({ name: 'county_id', type: 'int' })
  countyId: number;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  stage: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  dimension: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  option: string;

  @Column({ type: 'int', default: 0 })
  plans: number;

  @Column({ type: 'int', default: 0 })
  hours: number;

  /** The sum of the counted plans' record keys modulo KEY_RANGE: the cell key of the disclosure control. */
  @Column({ name: 'key_sum', type: 'int', default: 0 })
  keySum: number;
}

/** Submitted plans per school year x plan kind x county x stage (the participation report). */
@Entity('participation_summary')
export class ParticipationSummaryEntity {
  @PrimaryColumn({ name: 'school_year', type: 'int' })
  schoolYear: number;

  @PrimaryColumn({ name: 'plan_kind', type: 'varchar', length: 16 })
  planKind: PlanKind;

  @PrimaryColumn({ name: 'county_id', type: 'int' })
  countyId: number;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  stage: string;

  @Column({ type: 'int', default: 0 })
  submitted: number;

  /** The sum of the counted plans' record keys modulo KEY_RANGE: the cell key of the disclosure control. */
  @Column({ name: 'key_sum', type: 'int', default: 0 })
  keySum: number;
}

/** 滿意度調查: one answer per account per school year. */
@Entity('survey_response')
@Index('UQ_survey_response', ['schoolYear', 'respondent'], { unique: true })
@Index('IDX_survey_response_county', ['schoolYear', 'countyId'])
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'school_year', type: 'int' })
  schoolYear: number;

  /** The credential that answered (one answer per account per year). */
  @Column({ type: 'int' })
  respondent: number;

  @Column({ name: 'plan_kind', type: 'varchar', length: 16 })
  planKind: PlanKind;

  @Column({ name: 'county_id', type: 'int', nullable: true })
  countyId: number | null;

  /** Five Likert ratings 1..5, comma-separated. */
  @Column({ type: 'varchar', length: 20 })
  ratings: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @Column({ name: 'answered_at', type: 'datetime' })
  answeredAt: Date;

  /** The record key of the disclosure control (analytics/disclosure.ts): random, drawn once at creation. */
  @Column({ name: 'record_key', type: 'int', default: 0 })
  recordKey: number;
}

/** 催覆: a reminder sent to a school that had not submitted, and to whom. */
@Entity('reminder')
@Index('IDX_reminder_year_school', ['schoolYear', 'schoolId'])
export class ReminderEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'school_year', type: 'int' })
  schoolYear: number;

  @Column({ name: 'plan_kind', type: 'varchar', length: 16 })
  planKind: PlanKind;

  @Column({ name: 'school_id', type: 'int' })
  schoolId: number;

  @Column({ name: 'county_id', type: 'int', nullable: true })
  countyId: number | null;

  @Column({ name: 'sent_at', type: 'datetime' })
  sentAt: Date;

  @Column({ name: 'sent_by', type: 'varchar', length: 64 })
  sentBy: string;

  /** The business accounts reminded (comma-separated IDs of the school's CHIEFs and CONTACTs). */
  @Column({ name: 'recipient_ids', type: 'varchar', length: 500 })
  recipientIds: string;

  /** How many teachers had not submitted (teacher-plan reminders). */
  @Column({ name: 'pending_teachers', type: 'int', default: 0 })
  pendingTeachers: number;
}
