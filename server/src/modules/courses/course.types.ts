import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Node } from '../../shared/node';
import { Connection } from '../../shared/pagination';
import { ListSize } from '../../shared/cost-directives';
import { LIMITS } from './course-input';
import {
  CourseStatus,
  RegistrationStatus,
  SchoolApproval,
  Stage,
  StudyDomain,
  StudyLevel,
  StudyMethod,
  StudyMode,
  StudyPlace,
  StudyTime,
  Subject,
  TeacherTitle,
  UploadProblemKind,
} from '../../shared/enums';

@ObjectType({ implements: Node, description: '研習課程: a course with its sessions, audience, seats and status' })
export class Course extends Node {
  @Field({ description: '課程代碼: school year, organiser code, sequence (e.g. 110-020001-0003)' })
  code: string;

  @Field(() => Int, { description: 'School year of the first session' })
  schoolYear: number;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => StudyDomain, { description: '主要研習範疇' })
  domain: StudyDomain;

  @Field({ description: 'Themes within the domain (free text)' })
  themes: string;

  @Field(() => Int, { description: '研習時數: study hours a participant earns' })
  hours: number;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int, { description: 'How many may wait for a seat' })
  waitlistSize: number;

  @Field(() => DateTimeISOResolver)
  registrationOpensAt: Date;

  @Field(() => DateTimeISOResolver)
  registrationClosesAt: Date;

  @Field(() => DateTimeISOResolver, { description: "The first session's start" })
  startsAt: Date;

  @Field(() => DateTimeISOResolver, { description: "The last session's end" })
  endsAt: Date;

  @Field({ description: "公假: the teacher's school must approve attendance" })
  schoolApproval: boolean;

  @Field(() => CourseStatus)
  status: CourseStatus;

  @Field(() => String, { nullable: true, description: 'Why the approver returned it, or why it was cancelled' })
  statusNote: string | null;

  @Field(() => Int, { description: 'Optimistic-locking version: send it back with a change' })
  version: number;

  @Field(() => Int, { description: 'Admitted registrations (a count: public)' })
  admittedCount: number;

  @Field(() => Int, { description: 'Waitlisted registrations (a count: public)' })
  waitlistedCount: number;

  @Field(() => DateTimeISOResolver, { nullable: true })
  submittedAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  approvedAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  publishedAt: Date | null;
}

@ObjectType({ description: 'Whom to contact about a course (public, as the course page shows it)' })
export class CourseContact {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;
}

@ObjectType({ description: 'A session: date and times, at a place (county and address) or online' })
export class CourseSession {
  @Field(() => DateTimeISOResolver)
  startsAt: Date;

  @Field(() => DateTimeISOResolver)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl: string | null;
}

@ObjectType({ description: '參加對象: who may enrol; an empty list admits everyone on that dimension' })
export class CourseAudience {
  @Field(() => [Stage])
  stages: Stage[];

  @Field(() => [Subject])
  subjects: Subject[];

  @Field(() => [TeacherTitle])
  titles: TeacherTitle[];

  @Field({ description: 'True when every list is empty' })
  everyone: boolean;
}

@ObjectType({ description: "What the viewer may do with a course now (the policy's predicates; the server checks again)" })
export class CourseViewerCan {
  @Field()
  update: boolean;

  @Field()
  submit: boolean;

  @Field()
  approve: boolean;

  @Field()
  publish: boolean;

  @Field()
  cancel: boolean;

  @Field()
  close: boolean;

  @Field({ description: 'Read the roster, download it, upload participants' })
  manageRoster: boolean;

  @Field({ description: 'Enrol now (a teacher: published, window open, in the audience, not registered, a seat or waitlist place left)' })
  enrol: boolean;

  @Field({ description: 'Withdraw now (a teacher: admitted or waitlisted, window open)' })
  withdraw: boolean;

  @Field({ description: "出席登記: the course's managers, a published course until its closure for hours" })
  recordAttendance: boolean;

  @Field({ description: "核發研習時數: the course's managers, after the course's end" })
  issueHours: boolean;
}

@ObjectType({ implements: Node, description: '報名: a teacher registration for a course (personal data: see docs/API.md "Courses")' })
export class CourseRegistration extends Node {
  @Field(() => RegistrationStatus)
  status: RegistrationStatus;

  @Field(() => SchoolApproval, { description: '公假: the school approval beside the seat' })
  approval: SchoolApproval;

  @Field(() => Int, { description: 'Arrival number in the course queue' })
  queueNo: number;

  @Field(() => DateTimeISOResolver)
  registeredAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}

@InputType({ description: 'A session of a course: a place (countyId and address) or an online URL (https)' })
export class CourseSessionInput {
  @Field(() => DateTimeISOResolver)
  startsAt: Date;

  @Field(() => DateTimeISOResolver)
  endsAt: Date;

  @Field(() => ID, { nullable: true })
  countyId?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl?: string | null;
}

@InputType({ description: 'Who may enrol; leave a list empty to admit everyone on it' })
export class CourseAudienceInput {
  @Field(() => [Stage], { nullable: true })
  stages?: Stage[] | null;

  @Field(() => [Subject], { nullable: true })
  subjects?: Subject[] | null;

  @Field(() => [TeacherTitle], { nullable: true })
  titles?: TeacherTitle[] | null;

  @Field(() => [ID], { nullable: true, description: "Counties of the teachers' schools" })
  countyIds?: string[] | null;
}

@InputType({ description: 'A course as its organiser fills it (createCourse, updateCourse)' })
export class CourseInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => StudyDomain)
  domain: StudyDomain;

  @Field(() => String, { nullable: true })
  themes?: string | null;

  @Field(() => StudyLevel)
  level: StudyLevel;

  @Field(() => StudyMode)
  mode: StudyMode;

  @Field(() => StudyPlace, { description: '進修地點 (kind of place)' })
  place: StudyPlace;

  @Field(() => [StudyMethod])
  methods: StudyMethod[];

  @Field(() => [StudyTime], { nullable: true, description: 'Leave out to derive them from the sessions' })
  times?: StudyTime[] | null;

  @Field(() => Int)
  hours: number;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int, { nullable: true, description: 'Default 0 (no waitlist)' })
  waitlistSize?: number | null;

  @Field(() => DateTimeISOResolver)
  registrationOpensAt: Date;

  @Field(() => DateTimeISOResolver)
  registrationClosesAt: Date;

  @Field(() => Boolean, { nullable: true, description: "公假: the teacher's school must approve (default false)" })
  schoolApproval?: boolean | null;

  @Field()
  contactName: string;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => [CourseSessionInput])
  sessions: CourseSessionInput[];

  @Field(() => CourseAudienceInput, { nullable: true })
  audience?: CourseAudienceInput | null;
}

@ObjectType({ description: 'A row of a participant upload that cannot be taken' })
export class UploadProblem {
  @Field(() => Int, { description: 'Row number as the spreadsheet shows it' })
  row: number;

  @Field(() => UploadProblemKind)
  kind: UploadProblemKind;

  @Field({ description: 'The masked national ID of the row' })
  nationalIdMasked: string;
}

@ObjectType({ description: '資料上傳: the report of a participant upload (a dry run, or the commit)' })
export class ParticipantUploadReport {
  @Field()
  dryRun: boolean;

  @Field({ description: 'True when the participants were admitted' })
  committed: boolean;

  @Field(() => Int)
  rows: number;

  @Field(() => Int, { description: 'Rows admitted (or to be admitted)' })
  accepted: number;

  @Field(() => Int, { description: 'Rows already admitted: unchanged' })
  alreadyAdmitted: number;

  @ListSize(LIMITS.uploadRows)
  @Field(() => [UploadProblem], { description: 'Every row that cannot be taken, by row number' })
  problems: UploadProblem[];
}

export const CourseConnection = Connection(Course, 'Course');
export const CourseRegistrationConnection = Connection(CourseRegistration, 'CourseRegistration');

export { StudyLevel, StudyMethod, StudyMode, StudyPlace, StudyTime };
