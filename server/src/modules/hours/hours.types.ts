import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import {
  AttendanceMethod,
  AttendanceStatus,
  CorrectionStatus,
  StudyDomain,
  StudyRecordSource,
  UploadProblemKind,
} from '../../shared/enums';
import { Connection } from '../../shared/pagination';
import { Node } from '../../shared/node';
import { ListSize } from '../../shared/cost-directives';

@ObjectType({
  implements: Node,
  description: '研習紀錄: hours a teacher earned, from a course here or an external source, with its certificate (研習證明)',
})
export class StudyRecord extends Node {
  @Field(() => StudyRecordSource)
  source: StudyRecordSource;

  @Field({ description: 'The course title (or the external activity)' })
  title: string;

  @Field({ description: 'The issuer as printed on the certificate (核發單位)' })
  issuerName: string;

  @Field(() => Int, { description: 'School year (學年度) of the study' })
  schoolYear: number;

  @Field(() => StudyDomain)
  domain: StudyDomain;

  @Field(() => Float, { description: 'Study hours (研習時數), in half hours' })
  hours: number;

  @Field({ description: 'First day (YYYY-MM-DD, Taiwan)' })
  startsOn: string;

  @Field({ description: 'Last day (YYYY-MM-DD, Taiwan)' })
  endsOn: string;

  @Field(() => DateTimeISOResolver)
  issuedAt: Date;

  @Field({ description: '證明書字號' })
  certificateNumber: string;

  @Field({ description: 'The code anyone may check with verifyCertificate (查驗碼)' })
  verificationCode: string;

  @Field({ description: 'The PDF certificate, authorized like the API (send the bearer token)' })
  certificateUrl: string;

  @Field(() => String, { nullable: true, description: "The partner's own record ID (external records)" })
  externalId: string | null;
}

export const StudyRecordConnection = Connection(StudyRecord, 'StudyRecord');

@ObjectType({ description: 'Hours of one domain' })
export class DomainHours {
  @Field(() => StudyDomain)
  domain: StudyDomain;

  @Field(() => Float)
  hours: number;
}

@ObjectType({ description: "A teacher's study hours in a school year: the total and per domain" })
export class StudyHours {
  @Field(() => Int)
  schoolYear: number;

  @Field(() => Float)
  total: number;

  @ListSize(6)
  @Field(() => [DomainHours], { description: 'Domains with hours, largest first' })
  byDomain: DomainHours[];
}

@ObjectType({ description: 'One domain of a teacher plan: planned against earned hours' })
export class DomainAttainment {
  @Field(() => StudyDomain)
  domain: StudyDomain;

  @Field(() => Float, { description: 'Hours planned (the teacher plan)' })
  planned: number;

  @Field(() => Float, { description: 'Hours earned (study records)' })
  earned: number;

  @Field({ description: 'Earned at least what was planned (a domain planned with 0 hours counts as reached)' })
  reached: boolean;
}

@ObjectType({ description: '目標達成度: a teacher plan against the hours earned, per domain' })
export class HoursAttainment {
  @Field(() => Int)
  schoolYear: number;

  @Field({ description: 'The teacher has a plan for the year' })
  hasPlan: boolean;

  @Field(() => Float)
  plannedTotal: number;

  @Field(() => Float)
  earnedTotal: number;

  @Field(() => Float, { nullable: true, description: 'Earned over planned hours (null without planned hours); may exceed 1' })
  rate: number | null;

  @ListSize(6)
  @Field(() => [DomainAttainment], { description: 'Every domain planned or earned' })
  domains: DomainAttainment[];
}

@ObjectType({
  description: "One domain of a roll-up: teachers planning it, planned and earned hours, teachers who reached their plan's hours",
})
export class DomainRollup {
  @Field(() => StudyDomain)
  domain: StudyDomain;

  @Field(() => Int)
  teachersPlanning: number;

  @Field(() => Int)
  teachersReached: number;

  @Field(() => Float)
  plannedHours: number;

  @Field(() => Float)
  earnedHours: number;
}

@ObjectType({
  description:
    "目標達成度 of many teachers (a school, a county, the nation): exact for those who read the teachers' records, else perturbed by the disclosure control (docs/API.md)",
})
export class AttainmentRollup {
  @Field(() => Int)
  schoolYear: number;

  @Field({ description: 'Whether the figures are exact or perturbed' })
  exact: boolean;

  @Field(() => Int, { description: 'Teachers with a plan for the year' })
  teachersWithPlan: number;

  @Field(() => Int, { description: "Teachers whose earned hours reach their plan's total" })
  teachersReached: number;

  @Field(() => Float)
  plannedHours: number;

  @Field(() => Float)
  earnedHours: number;

  @ListSize(6)
  @Field(() => [DomainRollup])
  domains: DomainRollup[];
}

@ObjectType({ description: "A teacher's attendance at a session" })
export class SessionAttendance {
  @Field(() => ID, { description: 'The registration (CourseRegistration ID)' })
  registrationId: string;

  @Field({ description: "The teacher's name" })
  teacherName: string;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;

  @Field(() => AttendanceMethod)
  method: AttendanceMethod;

  @Field(() => DateTimeISOResolver)
  recordedAt: Date;
}

@InputType({ description: "One teacher's attendance at a session" })
export class AttendanceInput {
  @Field(() => ID, { description: 'An admitted registration of the course' })
  registrationId: string;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;
}

@ObjectType({ description: 'What recordAttendance recorded' })
export class AttendanceResult {
  @Field(() => Int)
  recorded: number;
}

@ObjectType({ description: 'A problem row of an attendance upload' })
export class AttendanceUploadProblem {
  @Field(() => Int)
  row: number;

  @Field(() => UploadProblemKind)
  kind: UploadProblemKind;

  @Field()
  nationalIdMasked: string;
}

@ObjectType({ description: 'The report of an attendance upload (a dry run, or what was recorded)' })
export class AttendanceUploadReport {
  @Field()
  dryRun: boolean;

  @Field()
  committed: boolean;

  @Field(() => Int)
  rows: number;

  @Field(() => Int)
  accepted: number;

  @ListSize(2000)
  @Field(() => [AttendanceUploadProblem])
  problems: AttendanceUploadProblem[];
}

@ObjectType({ description: "簽到碼: the code a session's participants sign in with (show it, or its QR code, during the session)" })
export class SessionSignIn {
  @Field()
  code: string;

  @Field(() => DateTimeISOResolver)
  validFrom: Date;

  @Field(() => DateTimeISOResolver)
  validUntil: Date;

  @Field({ description: 'The address a phone opens from the QR code (the sign-in page with the code)' })
  signInPath: string;
}

@ObjectType({ description: 'What issueHours did: records written now, ones that existed (unchanged), admitted teachers without hours' })
export class HoursIssueReport {
  @Field(() => Int)
  issued: number;

  @Field(() => Int)
  alreadyIssued: number;

  @Field(() => Int)
  withoutHours: number;

  @Field(() => Float, { description: 'Hours issued by this call' })
  hoursIssued: number;
}

@ObjectType({ implements: Node, description: "研習時數異動 / 結案研習異動申請: a change of a record's hours" })
export class HoursCorrection extends Node {
  @Field(() => Float)
  hoursBefore: number;

  @Field(() => Float)
  hoursAfter: number;

  @Field()
  reason: string;

  @Field(() => CorrectionStatus)
  status: CorrectionStatus;

  @Field(() => DateTimeISOResolver)
  requestedAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  decisionNote: string | null;
}

export const HoursCorrectionConnection = Connection(HoursCorrection, 'HoursCorrection');

@ObjectType({ description: 'What may be done with a correction' })
export class HoursCorrectionViewerCan {
  @Field()
  decide: boolean;
}

@InputType({ description: 'A completion reported by a partner (HOURS_WRITE)' })
export class ExternalHoursInput {
  @Field({ description: "The partner's own record ID (idempotency key)" })
  externalId: string;

  @Field({ description: "The teacher's national ID" })
  nationalId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: "Printed as the issuer (default: the key's name)" })
  issuerName?: string | null;

  @Field(() => StudyDomain)
  domain: StudyDomain;

  @Field(() => Float, { description: 'Hours, in half hours (0.5 to 200)' })
  hours: number;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD (not in the future)' })
  endsOn: string;
}

@ObjectType({ description: '研習證明查驗: whether a code belongs to a certificate, and what the certificate shows (the name masked)' })
export class CertificateVerification {
  @Field()
  valid: boolean;

  @Field(() => String, { nullable: true })
  certificateNumber: string | null;

  @Field(() => String, { nullable: true, description: 'The name, masked (王○明)' })
  teacherName: string | null;

  @Field(() => String, { nullable: true })
  courseTitle: string | null;

  @Field(() => Float, { nullable: true })
  hours: number | null;

  @Field(() => String, { nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true })
  endsOn: string | null;

  @Field(() => String, { nullable: true })
  issuerName: string | null;
}
