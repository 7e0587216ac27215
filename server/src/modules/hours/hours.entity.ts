import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { TeacherEntity } from '../directory';
import { CourseEntity, CourseSessionEntity } from '../courses';
import type { AttendanceMethod, AttendanceStatus, CorrectionStatus, StudyDomain, StudyRecordSource } from '../../shared/enums';

/** Hours (研習時數) are kept to the half hour: a DECIMAL(5,1) that both drivers give back as a number. */
const hoursColumn = {
  type: 'decimal' as const,
  precision: 5,
  scale: 1,
  transformer: { to: (v: number) => v, from: (v: unknown) => (v == null ? v : Number(v)) },
};

/**
 * 出席: one row per session and registered teacher, marked on the roster, uploaded, or signed in by
 * the teacher with the session's code. A later mark replaces an earlier one (the audit keeps both).
 */
@Entity('course_attendance')
@Index('UQ_course_attendance', ['sessionId', 'teacherId'], { unique: true })
@Index('IDX_course_attendance_course', ['courseId', 'teacherId'])
export class AttendanceEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'course_id', type: 'int' })
  courseId: number;

  @Column({ name: 'session_id', type: 'int' })
  sessionId: number;

  @Column({ name: 'teacher_id', type: 'int' })
  teacherId: number;

  @Column({ type: 'varchar', length: 12 })
  status: AttendanceStatus;

  @Column({ type: 'varchar', length: 12 })
  method: AttendanceMethod;

  @Column({ name: 'recorded_at', type: 'datetime' })
  recordedAt: Date;

  @Column({ name: 'recorded_by', type: 'varchar', length: 64 })
  recordedBy: string;

  @ManyToOne(() => CourseSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_course_attendance_session' })
  session?: Relation<CourseSessionEntity>;

  @ManyToOne(() => TeacherEntity)
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'FK_course_attendance_teacher' })
  teacher?: Relation<TeacherEntity>;
}

/** 簽到碼: the short code an organiser shows during a session (valid from 30 minutes before its start to its end). */
@Entity('session_sign_in')
@Index('UQ_session_sign_in_code', ['code'], { unique: true })
export class SessionSignInEntity {
  /** The session (one code per session). */
  @Column({ name: 'session_id', type: 'int', primary: true })
  sessionId: number;

  @Column({ name: 'course_id', type: 'int' })
  courseId: number;

  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Column({ name: 'valid_from', type: 'datetime' })
  validFrom: Date;

  @Column({ name: 'valid_until', type: 'datetime' })
  validUntil: Date;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @ManyToOne(() => CourseSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_session_sign_in_session' })
  session?: Relation<CourseSessionEntity>;
}

/** A refused sign-in (a wrong or expired code), counted per teacher: too many in 10 minutes and signing in waits. */
@Entity('sign_in_failure')
@Index('IDX_sign_in_failure_teacher', ['teacherId', 'attemptedAt'])
export class SignInFailureEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'teacher_id', type: 'int' })
  teacherId: number;

  /** WRONG (no such code) or EXPIRED (a code outside its session). */
  @Column({ type: 'varchar', length: 8 })
  reason: string;

  @Column({ name: 'attempted_at', type: 'datetime' })
  attemptedAt: Date;
}

/**
 * 研習紀錄: the hours a teacher earned, from a course here (one per teacher and course) or from an
 * external source reported by a partner key with HOURS_WRITE (one per key and the partner's record ID).
 * Each has a certificate number and a verification code (研習證明).
 */
@Entity('study_record')
@Index('UQ_study_record_course', ['teacherId', 'courseId'], { unique: true })
@Index('UQ_study_record_external', ['partnerKeyId', 'externalId'], { unique: true })
@Index('UQ_study_record_certificate', ['certificateNumber'], { unique: true })
@Index('UQ_study_record_verification', ['verificationCode'], { unique: true })
@Index('IDX_study_record_teacher_year', ['teacherId', 'schoolYear', 'id'])
@Index('IDX_study_record_course', ['courseId'])
export class StudyRecordEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'teacher_id', type: 'int' })
  teacherId: number;

  /** The teacher's school when the hours were issued (whose keepers read the record). */
  @Column({ name: 'school_id', type: 'int' })
  schoolId: number;

  @Column({ type: 'varchar', length: 8 })
  source: StudyRecordSource;

  @Column({ name: 'course_id', type: 'int', nullable: true })
  courseId: number | null;

  @Column({ name: 'partner_key_id', type: 'int', nullable: true })
  partnerKeyId: number | null;

  @Column({ name: 'external_id', type: 'varchar', length: 64, nullable: true })
  externalId: string | null;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  /** The issuer's name as printed on the certificate (the organiser unit, or the partner's name). */
  @Column({ name: 'issuer_name', type: 'varchar', length: 120 })
  issuerName: string;

  @Column({ name: 'issuer_unit_id', type: 'int', nullable: true })
  issuerUnitId: number | null;

  @Column({ name: 'school_year', type: 'int' })
  schoolYear: number;

  @Column({ type: 'varchar', length: 40 })
  domain: StudyDomain;

  @Column({ ...hoursColumn })
  hours: number;

  /** Dates (Taiwan) of the first and last day of study, YYYY-MM-DD. */
  @Column({ name: 'starts_on', type: 'varchar', length: 10 })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'varchar', length: 10 })
  endsOn: string;

  @Column({ name: 'certificate_number', type: 'varchar', length: 48 })
  certificateNumber: string;

  @Column({ name: 'verification_code', type: 'varchar', length: 16 })
  verificationCode: string;

  /** The disclosure control's record key (shared/disclosure.ts), drawn once. */
  @Column({ name: 'record_key', type: 'int' })
  recordKey: number;

  @Column({ name: 'issued_at', type: 'datetime' })
  issuedAt: Date;

  @Column({ name: 'issued_by', type: 'varchar', length: 64 })
  issuedBy: string;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  @Column({ type: 'int' })
  version: number;

  @ManyToOne(() => TeacherEntity)
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'FK_study_record_teacher' })
  teacher?: Relation<TeacherEntity>;

  @ManyToOne(() => CourseEntity)
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_study_record_course' })
  course?: Relation<CourseEntity>;
}

/**
 * 結案研習異動申請: a change of issued hours. Before the course's closure the organiser's change
 * applies at once (APPLIED); after it, a request the district (a school's course) or the platform
 * (any other organiser's) approves or rejects.
 */
@Entity('hours_correction')
@Index('IDX_hours_correction_status', ['status', 'id'])
@Index('IDX_hours_correction_record', ['recordId'])
export class HoursCorrectionEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'record_id', type: 'int' })
  recordId: number;

  @Column({ name: 'course_id', type: 'int' })
  courseId: number;

  @Column({ name: 'organiser_unit_id', type: 'int' })
  organiserUnitId: number;

  /** The organiser's county (a district decides its county's schools' requests). */
  @Column({ name: 'county_id', type: 'int', nullable: true })
  countyId: number | null;

  @Column({ name: 'hours_before', ...hoursColumn })
  hoursBefore: number;

  @Column({ name: 'hours_after', ...hoursColumn })
  hoursAfter: number;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'varchar', length: 10 })
  status: CorrectionStatus;

  @Column({ name: 'requested_by', type: 'varchar', length: 64 })
  requestedBy: string;

  @Column({ name: 'requested_at', type: 'datetime' })
  requestedAt: Date;

  @Column({ name: 'decided_by', type: 'varchar', length: 64, nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_note', type: 'varchar', length: 500, nullable: true })
  decisionNote: string | null;

  @ManyToOne(() => StudyRecordEntity)
  @JoinColumn({ name: 'record_id', foreignKeyConstraintName: 'FK_hours_correction_record' })
  record?: Relation<StudyRecordEntity>;
}
