import { GraphQLEnumType } from 'graphql';
import { registerEnumType } from 'type-graphql';
import { ERROR_CODES, ERROR_REASONS } from './errors';
import { LABELS, EnumName, EnumValue, ROLE_PERMISSIONS as ROLE_DEFAULTS } from './labels';

function enumOf<N extends EnumName>(name: N): { [K in EnumValue<N>]: K } {
  const out = {} as Record<string, string>;
  for (const k of Object.keys(LABELS[name])) out[k] = k;
  return out as { [K in EnumValue<N>]: K };
}

function register<N extends EnumName>(name: N, description: string) {
  const e = enumOf(name);
  const labels = LABELS[name] as Record<string, { zh: string; en: string }>;
  const valuesConfig: Record<string, { description: string }> = {};
  for (const k of Object.keys(labels)) valuesConfig[k] = { description: `${labels[k].zh} (${labels[k].en})` };
  registerEnumType(e, { name, description, valuesConfig: valuesConfig as never });
  return e;
}

export const Stage = register('Stage', 'Education stage of a K-12 school (教育階段)');
export type Stage = EnumValue<'Stage'>;
export const Remoteness = register('Remoteness', 'Remoteness class of a school (偏遠等級)');
export type Remoteness = EnumValue<'Remoteness'>;
export const UnitKind = register('UnitKind', 'Kind of unit (單位類別)');
export type UnitKind = EnumValue<'UnitKind'>;
export const OrganiserKind = register('OrganiserKind', 'Who offered a course (開課單位類別), or EXTERNAL: hours reported without a course');
export type OrganiserKind = EnumValue<'OrganiserKind'>;
export const SupplyGroupBy = register('SupplyGroupBy', 'A grouping of supply against demand (供需)');
export type SupplyGroupBy = EnumValue<'SupplyGroupBy'>;
export const TeacherTitle = register('TeacherTitle', "A teacher's title (職稱)");
export type TeacherTitle = EnumValue<'TeacherTitle'>;
export const Subject = register('Subject', 'Teaching subject (任教科目)');
export type Subject = EnumValue<'Subject'>;
export const BusinessRole = register('BusinessRole', 'Role of a business account (業務帳號身分)');
export type BusinessRole = EnumValue<'BusinessRole'>;
export const Permission = register('Permission', 'A business-account permission (功能權限)');
export type Permission = EnumValue<'Permission'>;
export const AccountStatus = register('AccountStatus', 'Status of a business account');
export type AccountStatus = EnumValue<'AccountStatus'>;
export const StaffRole = register('StaffRole', 'Role of a platform, ministry or district staff account');
export type StaffRole = EnumValue<'StaffRole'>;
export const ViewerRole = register('ViewerRole', 'The role a logged-in viewer acts in');
export type ViewerRole = EnumValue<'ViewerRole'>;
export const ApiScope = register('ApiScope', 'What a partner API key may do');
export type ApiScope = EnumValue<'ApiScope'>;
export const ChangeType = register('ChangeType', 'A kind of record the change feed follows (增量同步)');
export type ChangeType = EnumValue<'ChangeType'>;
export const ChangeTombstone = register('ChangeTombstone', 'Why a changed record is gone for you');
export type ChangeTombstone = EnumValue<'ChangeTombstone'>;
export const WebhookEvent = register('WebhookEvent', "An event a partner webhook can receive (the key's scopes decide which)");
export type WebhookEvent = EnumValue<'WebhookEvent'>;
export const MessageType = register('MessageType', 'A kind of message (通知類別): the event that raised it');
export type MessageType = EnumValue<'MessageType'>;
export const MessagingMode = register(
  'MessagingMode',
  'When mails of the kinds that are not essential go: at once, or in one daily digest at 07:00 Taiwan time',
);
export type MessagingMode = EnumValue<'MessagingMode'>;
export const MessageLanguage = register('MessageLanguage', 'The language of mails and notifications');
export type MessageLanguage = EnumValue<'MessageLanguage'>;
export const PlanStatus = register('PlanStatus', 'Status of a plan');
export type PlanStatus = EnumValue<'PlanStatus'>;
export const PlanKind = register('PlanKind', 'School plan or teacher plan');
export type PlanKind = EnumValue<'PlanKind'>;
export const Dimension = register('Dimension', 'A need dimension of a plan, or the domains');
export type Dimension = EnumValue<'Dimension'>;
export const StudyMode = register('StudyMode', '在職進修方式');
export type StudyMode = EnumValue<'StudyMode'>;
export const StudyTime = register('StudyTime', '在職進修時間');
export type StudyTime = EnumValue<'StudyTime'>;
export const StudyPlace = register('StudyPlace', '在職進修地點');
export type StudyPlace = EnumValue<'StudyPlace'>;
export const StudyLevel = register('StudyLevel', '主要進修階層');
export type StudyLevel = EnumValue<'StudyLevel'>;
export const StudyMethod = register('StudyMethod', '主要實施方式');
export type StudyMethod = EnumValue<'StudyMethod'>;
export const StudyDomain = register('StudyDomain', '主要研習範疇');
export type StudyDomain = EnumValue<'StudyDomain'>;
export const AuditOperation = register(
  'AuditOperation',
  'An operation recorded in the audit trail (稽核紀錄的操作): the mutation that made the change',
);
export type AuditOperation = EnumValue<'AuditOperation'>;
export const ActorKind = register(
  'ActorKind',
  'Who made an audited change: a teacher, a business account, staff, a partner key, or an applicant not logged in',
);
export type ActorKind = EnumValue<'ActorKind'>;
export const AuditTargetType = register('AuditTargetType', 'What an audited change acted on (稽核紀錄的對象類別)');
export type AuditTargetType = EnumValue<'AuditTargetType'>;

/** A GraphQL enum of the keys of a catalogue, each described by its entry. */
const catalogueEnum = (name: string, description: string, entries: Record<string, string>) =>
  new GraphQLEnumType({
    name,
    description,
    values: Object.fromEntries(Object.entries(entries).map(([k, d]) => [k, { value: k, description: d }])),
  });

/** The values of `extensions.code` (no field returns it: an orphaned type of the schema, app.ts). */
export const ErrorCodeType = catalogueEnum('ErrorCode', 'The code of an error: `extensions.code` (docs/API.md, Errors)', ERROR_CODES);
/** The values of `extensions.reason`, what clients translate (an orphaned type of the schema, app.ts). */
export const ErrorReasonType = catalogueEnum(
  'ErrorReason',
  'Why an error happened, precisely: `extensions.reason`, a stable code to translate (the message is for people and may change)',
  ERROR_REASONS,
);

export const ExportKind = register('ExportKind', 'What a bulk export holds (匯出資料類別)');
export type ExportKind = EnumValue<'ExportKind'>;
export const ExportFileFormat = register('ExportFileFormat', 'The file format of a bulk export');
export type ExportFileFormat = EnumValue<'ExportFileFormat'>;
export const ExportStatus = register('ExportStatus', 'Where a bulk export job is');
export type ExportStatus = EnumValue<'ExportStatus'>;
export const CourseStatus = register('CourseStatus', 'Status of a course (研習課程狀態)');
export type CourseStatus = EnumValue<'CourseStatus'>;
export const RegistrationStatus = register('RegistrationStatus', 'Status of a course registration (報名狀態)');
export type RegistrationStatus = EnumValue<'RegistrationStatus'>;
export const SchoolApproval = register('SchoolApproval', "The teacher's school's approval of attendance (公假核准)");
export type SchoolApproval = EnumValue<'SchoolApproval'>;
export const AudienceKind = register('AudienceKind', 'A dimension of a course audience (參加對象)');
export type AudienceKind = EnumValue<'AudienceKind'>;
export const CourseOrder = register('CourseOrder', 'Order of the course catalog');
export type CourseOrder = EnumValue<'CourseOrder'>;
export const SheetFormat = register('SheetFormat', 'A spreadsheet file format');
export type SheetFormat = EnumValue<'SheetFormat'>;
export const AttendanceStatus = register('AttendanceStatus', 'Attendance at a session (出席狀態)');
export type AttendanceStatus = EnumValue<'AttendanceStatus'>;
export const AttendanceMethod = register('AttendanceMethod', 'How attendance was recorded');
export type AttendanceMethod = EnumValue<'AttendanceMethod'>;
export const StudyRecordSource = register('StudyRecordSource', 'Where a study record (研習紀錄) comes from');
export type StudyRecordSource = EnumValue<'StudyRecordSource'>;
export const CorrectionStatus = register('CorrectionStatus', 'Status of an hours correction (結案研習異動申請)');
export type CorrectionStatus = EnumValue<'CorrectionStatus'>;
export const UploadProblemKind = register('UploadProblemKind', 'Why a row of a participant upload cannot be taken');
export type UploadProblemKind = EnumValue<'UploadProblemKind'>;

/** Default permissions of each business role (附件二), from the pure labels module the client shares. */
export const ROLE_PERMISSIONS: Record<BusinessRole, readonly Permission[]> = ROLE_DEFAULTS;

const PERMISSION_BITS: Record<Permission, number> = {
  COURSE_REGISTRATION: 1,
  COURSE_MANAGEMENT: 2,
  UNIT_ACCOUNT_MANAGEMENT: 4,
  UNIT_TEACHER_MANAGEMENT: 8,
  STATISTICS: 16,
};

export function permissionsToBits(perms: readonly Permission[]): number {
  return perms.reduce((acc, p) => acc | PERMISSION_BITS[p], 0);
}

export function bitsToPermissions(bits: number): Permission[] {
  return (Object.keys(PERMISSION_BITS) as Permission[]).filter((p) => (bits & PERMISSION_BITS[p]) !== 0);
}
