import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { TeacherEntity, UnitEntity } from '../directory';
import type { AudienceKind, CourseStatus, Dimension, RegistrationStatus, SchoolApproval, StudyDomain } from '../../shared/enums';

/**
 * 研習課程: a course an organiser (a school, a district centre, a university, a legal entity, a
 * social-education institution, the platform) registers, has approved and publishes (DOMAIN.md 7).
 * The need dimensions of the plans (mode, time, place, level, method) are rows of course_choice so
 * that supply and demand join the same way; the domain with its themes is on the course.
 */
@Entity('course')
@Index('UQ_course_code', ['code'], { unique: true })
@Index('IDX_course_organiser', ['organiserUnitId', 'schoolYear'])
@Index('IDX_course_status_start', ['status', 'startsAt', 'id'])
@Index('IDX_course_county_start', ['countyId', 'startsAt'])
@Index('IDX_course_catalog', [
  'countyId',
  'domain',
  'status',
  'searchText',
  'code',
  'startsAt',
  'publishedAt',
  'registrationOpensAt',
  'registrationClosesAt',
])
export class CourseEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  /** 課程代碼: school year, organiser code and sequence, e.g. 110-020001-0003. */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  /** The school year of the first session (ROC: 110 = Aug 2021 - Jul 2022). */
  @Column({ name: 'school_year', type: 'int' })
  schoolYear: number;

  @Column({ name: 'organiser_unit_id', type: 'int' })
  organiserUnitId: number;

  /** The organiser's county (null for the platform and national organisers without one): scope and catalog filter. */
  @Column({ name: 'county_id', type: 'int', nullable: true })
  countyId: number | null;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Column({ type: 'varchar', length: 40 })
  domain: StudyDomain;

  @Column({ type: 'varchar', length: 500 })
  themes: string;

  /** 研習時數: study hours a participant earns. */
  @Column({ type: 'int' })
  hours: number;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ name: 'waitlist_size', type: 'int' })
  waitlistSize: number;

  @Column({ name: 'registration_opens_at', type: 'datetime' })
  registrationOpensAt: Date;

  @Column({ name: 'registration_closes_at', type: 'datetime' })
  registrationClosesAt: Date;

  /** The first session's start and the last one's end (kept with the sessions). */
  @Column({ name: 'starts_at', type: 'datetime' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'datetime' })
  endsAt: Date;

  /** 公假: the teacher's school must approve attendance. */
  @Column({ name: 'school_approval', type: 'boolean', default: false })
  schoolApproval: boolean;

  @Column({ name: 'contact_name', type: 'varchar', length: 50 })
  contactName: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;

  @Column({ name: 'contact_email', type: 'varchar', length: 120, nullable: true })
  contactEmail: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: CourseStatus;

  /** Counters kept in the transaction of every registration change (under the course's row lock). */
  @Column({ name: 'admitted_count', type: 'int', default: 0 })
  admittedCount: number;

  @Column({ name: 'waitlisted_count', type: 'int', default: 0 })
  waitlistedCount: number;

  /** The arrival number the next registration gets (its place in the queue). */
  @Column({ name: 'next_queue_no', type: 'int', default: 1 })
  nextQueueNo: number;

  /** Title, code and organiser name, normalised for search (search.ts: 台/臺, 國小/國民小學 alike). */
  @Column({ name: 'search_text', type: 'varchar', length: 400 })
  searchText: string;

  @Column({ name: 'submitted_at', type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'approved_at', type: 'datetime', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'approved_by', type: 'varchar', length: 64, nullable: true })
  approvedBy: string | null;

  @Column({ name: 'published_at', type: 'datetime', nullable: true })
  publishedAt: Date | null;

  /** Why the approver returned it, or why it was cancelled. */
  @Column({ name: 'status_note', type: 'varchar', length: 500, nullable: true })
  statusNote: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  /** Optimistic locking: raised by one on every write of the course, compared with the version the writer read. */
  @Column({ type: 'int' })
  version: number;

  @ManyToOne(() => UnitEntity)
  @JoinColumn({ name: 'organiser_unit_id', foreignKeyConstraintName: 'FK_course_organiser' })
  organiser?: Relation<UnitEntity>;
}

/** One option of a need dimension (MODE, TIME, PLACE, LEVEL, METHOD) a course offers. */
@Entity('course_choice')
@Index('IDX_course_choice_option', ['dimension', 'option', 'courseId'])
export class CourseChoiceEntity {
  @PrimaryColumn({ name: 'course_id', type: 'int' })
  courseId: number;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  dimension: Dimension;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  option: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_course_choice_course' })
  course?: Relation<CourseEntity>;
}

/** 參加對象: one allowed value of one kind (stage, subject, title, county); a kind with no rows admits everyone. */
@Entity('course_audience')
export class CourseAudienceEntity {
  @PrimaryColumn({ name: 'course_id', type: 'int' })
  courseId: number;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  kind: AudienceKind;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  value: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_course_audience_course' })
  course?: Relation<CourseEntity>;
}

/** A session (date, start, end) at a place (county and address) or online (URL). */
@Entity('course_session')
@Index('IDX_course_session_course', ['courseId', 'startsAt'])
@Index('IDX_course_session_county', ['countyId', 'courseCountyId', 'courseId'])
export class CourseSessionEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'course_id', type: 'int' })
  courseId: number;

  @Column({ name: 'starts_at', type: 'datetime' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'datetime' })
  endsAt: Date;

  @Column({ name: 'county_id', type: 'int', nullable: true })
  countyId: number | null;

  /**
   * The course's county (its organiser's), written with the sessions: the catalog's county filter finds
   * a course held in a county by an organiser of another county from the session index alone.
   */
  @Column({ name: 'course_county_id', type: 'int', nullable: true })
  courseCountyId: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Column({ name: 'online_url', type: 'varchar', length: 300, nullable: true })
  onlineUrl: string | null;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_course_session_course' })
  course?: Relation<CourseEntity>;
}

/**
 * 線上報名: one per teacher and course. `queueNo` is the arrival order; the first `capacity` active
 * registrations by queueNo are ADMITTED, the rest WAITLISTED. A school approval (公假) is beside the
 * seat: an admitted registration awaiting its school holds its seat.
 */
@Entity('course_registration')
@Index('UQ_course_registration', ['courseId', 'teacherId'], { unique: true })
@Index('IDX_course_registration_queue', ['courseId', 'status', 'queueNo'])
@Index('IDX_course_registration_teacher', ['teacherId', 'id'])
@Index('IDX_course_registration_school', ['schoolId', 'id'])
export class CourseRegistrationEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'course_id', type: 'int' })
  courseId: number;

  @Column({ name: 'teacher_id', type: 'int' })
  teacherId: number;

  /** The teacher's school when registering (whose CHIEF/CONTACT approve and see it). */
  @Column({ name: 'school_id', type: 'int' })
  schoolId: number;

  @Column({ type: 'varchar', length: 12 })
  status: RegistrationStatus;

  @Column({ type: 'varchar', length: 12 })
  approval: SchoolApproval;

  @Column({ name: 'queue_no', type: 'int' })
  queueNo: number;

  @Column({ name: 'registered_at', type: 'datetime' })
  registeredAt: Date;

  /** Who registered: the teacher, or the organiser's account for an uploaded participant. */
  @Column({ name: 'registered_by', type: 'varchar', length: 64 })
  registeredBy: string;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  @Column({ name: 'approval_decided_by', type: 'varchar', length: 64, nullable: true })
  approvalDecidedBy: string | null;

  /** The record key of the disclosure control (shared/disclosure.ts): drawn once when the row is inserted, never changed. */
  @Column({ name: 'record_key', type: 'int', default: 0 })
  recordKey: number;

  @ManyToOne(() => CourseEntity)
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_course_registration_course' })
  course?: Relation<CourseEntity>;

  @ManyToOne(() => TeacherEntity)
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'FK_course_registration_teacher' })
  teacher?: Relation<TeacherEntity>;
}
