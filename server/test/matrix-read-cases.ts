import { DEMO_LOGINS } from '../src/db/seed/generator';
import type { RuleName } from '../src/auth/rules';

/**
 * The cases of the read authorization matrix (authorization.test.ts runs them; matrix-coverage.test.ts
 * checks that together with the mutation matrix's they exercise every rule). Each case names the
 * rule it exercises; the expectations are written out here, independently of the rules they check
 * (docs/DOMAIN.md section 3). Queries and targets use `ids`, filled by the suite before it runs.
 */
export type Login = (typeof DEMO_LOGINS)[number];
/** Partner keys: a TEACHER_SYNC key of the demo school's county (Taipei) and a STATISTICS_READ key. */
export type Key = 'key.sync' | 'key.stats';
export type Caller = Login | Key;
export const LOGINS = [...DEMO_LOGINS] as Login[];
export const KEYS: Key[] = ['key.sync', 'key.stats'];
export const CALLERS: Caller[] = [...LOGINS, ...KEYS];
export const only = (...l: Caller[]) => new Set<Caller>(l);

/** Global IDs of the targets (S_ school, T_ teacher, A_ account, SP_/TP_ plans, C_ course, R_ registration) and years. */
export const ids: Record<string, string> = {};
export const years = { schoolPlan: 0, teacherPlan: 0 };

/** A root field: who gets an answer; everyone else FORBIDDEN (or the code in `denied`), anonymous UNAUTHENTICATED. */
export interface RootCase {
  rule: RuleName;
  field: string;
  q: () => string;
  allowed: Set<Caller>;
  /** What an anonymous caller gets instead of UNAUTHENTICATED. */
  anonymous?: string;
  /** What the allowed get instead of an answer ('null': a nullable field asked for a row that is not theirs). */
  allowedAnswer?: string;
  /** For list counts: which allowed callers get an empty list (the rest a non-empty one); undefined: not checked. */
  empty?: Set<Caller>;
}

const STAFF = only('admin', 'analyst', 'district.taipei');
const STATS = only('admin', 'analyst', 'district.taipei', 'key.stats');

export const ROOT_CASES: RootCase[] = [
  {
    rule: 'Query.schools',
    field: 'schools',
    q: () => '{ schools(first: 1) { totalCount } }',
    allowed: new Set(CALLERS),
    // a university's operator has no school in its scope: an empty list, not an error
    empty: only('operator.univ'),
  },
  {
    rule: 'Query.teachers',
    field: 'teachers',
    q: () => '{ teachers(first: 1) { totalCount } }',
    allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo', 'teacher.other', 'chief.other', 'key.sync'),
    empty: only(),
  },
  {
    rule: 'Query.businessAccounts',
    field: 'businessAccounts',
    q: () => '{ businessAccounts(first: 1) { totalCount } }',
    allowed: only('admin', 'district.taipei', 'chief.demo', 'chief.other'),
    empty: only(),
  },
  {
    rule: 'Query.auditEvents',
    field: 'auditEvents',
    q: () => '{ auditEvents(first: 1) { totalCount } }',
    allowed: only('admin', 'district.taipei', 'chief.demo', 'chief.other'),
  },
  {
    rule: 'Query.teacherTransfers',
    field: 'teacherTransfers',
    q: () => '{ teacherTransfers(first: 1) { totalCount } }',
    allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo', 'teacher.other', 'chief.other'),
  },
  {
    rule: 'Query.supplyDemand',
    field: 'supplyDemand',
    q: () => '{ supplyDemand(schoolYear: 110, dimension: MODE) { k exact } }',
    // the statistics readers, and organisers' accounts with the statistics permission (研習辦理單位參考)
    allowed: only(
      'admin',
      'analyst',
      'district.taipei',
      'key.stats',
      'chief.demo',
      'contact.demo',
      'operator.demo',
      'chief.other',
      'operator.univ',
    ),
  },
  { rule: 'Query.demand', field: 'demand', q: () => '{ demand(source: TEACHER_PLANS, dimension: MODE) { k } }', allowed: STATS },
  {
    rule: 'Query.participation',
    field: 'participation',
    q: () => '{ participation(schoolYears: [109]) { schoolsSubmitted } }',
    allowed: STATS,
    empty: only(),
  },
  { rule: 'Query.alignment', field: 'alignment', q: () => '{ alignment(schoolYear: 109) { __typename } }', allowed: STATS, empty: only() },
  {
    rule: 'Query.schoolDemandComparison',
    field: 'schoolDemandComparison',
    q: () => `{ schoolDemandComparison(schoolId: "${ids.S_demo}", schoolYear: 109, dimension: MODE) { __typename } }`,
    allowed: only('admin', 'chief.demo', 'contact.demo', 'operator.demo'),
  },
  {
    rule: 'Query.myTeacherPlanning',
    field: 'myTeacherPlanning',
    q: () => '{ myTeacherPlanning(schoolYear: 109) { __typename } }',
    allowed: only('teacher.demo', 'teacher.other'),
  },
  {
    rule: 'Query.planningProgress',
    field: 'planningProgress',
    q: () => '{ planningProgress(schoolYear: 109) { county { id } } }',
    allowed: STAFF,
    empty: only(),
  },
  {
    rule: 'Query.pendingSchools',
    field: 'pendingSchools',
    q: () => '{ pendingSchools(schoolYear: 109) { __typename } }',
    allowed: only('admin', 'district.taipei'),
  },
  {
    rule: 'Query.reminders',
    field: 'reminders',
    q: () => '{ reminders(schoolYear: 109) { __typename } }',
    allowed: only('admin', 'district.taipei'),
    // an anonymous caller's cost budget refuses this list's assumed size before any rule is asked
    anonymous: 'QUERY_TOO_COMPLEX',
  },
  { rule: 'Query.rewardList', field: 'rewardList', q: () => '{ rewardList(schoolYear: 109) { __typename } }', allowed: STAFF },
  {
    rule: 'Query.surveyResults',
    field: 'surveyResults',
    q: () => '{ surveyResults(schoolYear: 109) { county { id } } }',
    allowed: STAFF,
    // the demo data holds no survey answers: an empty list, told apart from an error
    empty: STAFF,
  },
  {
    rule: 'Query.hoursAttainment',
    field: 'hoursAttainment',
    q: () => '{ hoursAttainment(schoolYear: 110) { teachersWithPlan } }',
    // readers of statistics and schools' accounts with the statistics permission (a university's operator: no)
    allowed: only('admin', 'analyst', 'district.taipei', 'key.stats', 'chief.demo', 'contact.demo', 'operator.demo', 'chief.other'),
  },
  {
    rule: 'Query.hoursCorrections',
    field: 'hoursCorrections',
    q: () => '{ hoursCorrections(first: 1) { totalCount } }',
    allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'operator.demo', 'chief.other', 'operator.univ'),
  },
  {
    rule: 'Query.studyRecord',
    field: 'studyRecord',
    // a record nobody has: every logged-in caller gets null (the row scope: hours.test.ts and the persons walk)
    q: () => `{ studyRecord(id: "${Buffer.from('StudyRecord:999999999').toString('base64url')}") { __typename } }`,
    allowed: new Set(CALLERS),
    allowedAnswer: 'null',
  },
  { rule: 'Query.apiKeys', field: 'apiKeys', q: () => '{ apiKeys { __typename } }', allowed: only('admin'), empty: only() },
  {
    rule: 'Query.changes',
    field: 'changes',
    q: () => '{ changes(since: "2020-01-01T00:00:00Z", first: 1) { hasMore } }',
    // the platform, a district (its county) and a TEACHER_SYNC key (its county); a STATISTICS_READ key follows nothing
    allowed: only('admin', 'district.taipei', 'key.sync'),
  },
  {
    rule: 'Query.exportJobs',
    field: 'exportJobs',
    q: () => '{ exportJobs(first: 1) { totalCount } }',
    allowed: only('admin', 'district.taipei', 'key.sync'),
    empty: only('admin', 'district.taipei', 'key.sync'),
  },
  {
    rule: 'Query.exportJob',
    field: 'exportJob',
    // "ExportJob:999999": nobody's job, so the allowed get null
    q: () => `{ exportJob(id: "${Buffer.from('ExportJob:999999').toString('base64url')}") { status } }`,
    allowed: only('admin', 'district.taipei', 'key.sync'),
    allowedAnswer: 'null',
  },
  { rule: 'Query.webhooks', field: 'webhooks', q: () => '{ webhooks { __typename } }', allowed: only('admin'), empty: only('admin') },
  {
    rule: 'Query.webhookDeliveries',
    field: 'webhookDeliveries',
    // "Webhook:999999": a webhook nobody registered, so the platform gets an empty page
    q: () => `{ webhookDeliveries(webhookId: "${Buffer.from('Webhook:999999').toString('base64url')}", first: 1) { totalCount } }`,
    allowed: only('admin'),
    empty: only('admin'),
  },
  {
    rule: 'Query.myMessagingPreferences',
    field: 'myMessagingPreferences',
    q: () => '{ myMessagingPreferences { mode mutedTypes } }',
    // every person and account its own; a partner key has none
    allowed: new Set(LOGINS),
  },
  {
    rule: 'Query.notifications',
    field: 'notifications',
    q: () => '{ notifications(first: 1) { totalCount } }',
    // every person and account its own inbox; a partner key has none
    allowed: new Set(LOGINS),
  },
];

/** Which callers see each row at all (node(id:) returns null otherwise): the row scopes. */
export const VISIBLE: Record<string, Set<Caller>> = {
  S_demo: only(
    'admin',
    'analyst',
    'district.taipei',
    'chief.demo',
    'contact.demo',
    'operator.demo',
    'teacher.demo',
    'key.sync',
    'key.stats',
  ),
  S_other: only('admin', 'analyst', 'teacher.other', 'chief.other', 'key.stats'),
  T_demo: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo', 'key.sync'),
  T_peer: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'key.sync'),
  T_other: only('admin', 'teacher.other', 'chief.other'),
  A_chief: only('admin', 'district.taipei', 'chief.demo'),
  A_contact: only('admin', 'district.taipei', 'chief.demo', 'contact.demo'),
  A_otherChief: only('admin', 'chief.other'),
  SP_demo: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'operator.demo', 'teacher.demo'),
  TP_demo: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo', 'key.sync'),
  TP_other: only('admin', 'teacher.other', 'chief.other'),
  // a published course is public; a registration is read by the teacher, its school's CHIEF/CONTACT, the course's managers, the platform
  C_demo: new Set(CALLERS),
  R_demo: only('admin', 'teacher.demo', 'chief.demo', 'contact.demo', 'operator.demo'),
};

/** A protected field of a row: who gets a value; everyone else who sees the row gets null + FORBIDDEN. */
export interface FieldCase {
  rule: RuleName;
  target: string;
  type: string;
  field: () => string;
  allowed: Set<Caller>;
  check?: (v: unknown) => void;
}

const f = (
  rule: RuleName,
  target: string,
  field: string | (() => string),
  allowed: Set<Caller>,
  check?: (v: unknown) => void,
): FieldCase => ({
  rule,
  target,
  type: rule.split('.')[0],
  field: typeof field === 'string' ? () => field : field,
  allowed,
  check,
});
const DEMO_SCHOOL_READERS = only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo');
const DEMO_PLAN_READERS = only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'operator.demo', 'teacher.demo');
const maskedId = (v: unknown) => expect(v).toMatch(/^A[12]\d\*{4}\d{3}$/);

export const FIELD_CASES: FieldCase[] = [
  f('Teacher.nationalId', 'T_demo', 'nationalId', only('admin', 'teacher.demo'), (v) => expect(v).toMatch(/^A[12]\d{8}$/)),
  f('Teacher.nationalId', 'T_peer', 'nationalId', only('admin')),
  f('Teacher.nationalId', 'T_other', 'nationalId', only('admin', 'teacher.other')),
  f(
    'Teacher.nationalIdMasked',
    'T_demo',
    'nationalIdMasked',
    only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo', 'key.sync'),
    maskedId,
  ),
  f('Teacher.nationalIdMasked', 'T_peer', 'nationalIdMasked', only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'key.sync')),
  f('Teacher.nationalIdMasked', 'T_other', 'nationalIdMasked', only('admin', 'teacher.other', 'chief.other')),
  f('Teacher.email', 'T_demo', 'email', only('admin', 'chief.demo', 'contact.demo', 'teacher.demo')),
  f('Teacher.phone', 'T_demo', 'phone', only('admin', 'chief.demo', 'contact.demo', 'teacher.demo')),
  f('Teacher.email', 'T_peer', 'email', only('admin', 'chief.demo', 'contact.demo')),
  f('Teacher.phone', 'T_other', 'phone', only('admin', 'teacher.other', 'chief.other')),
  f(
    'Teacher.profileConfirmation',
    'T_demo',
    'profileConfirmation { current }',
    only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo', 'key.sync'),
  ),
  f(
    'School.teacherReview',
    'S_demo',
    'teacherReview { done }',
    only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo', 'key.sync'),
  ),
  f(
    'Teacher.plans',
    'T_demo',
    'plans { schoolYear }',
    only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo', 'key.sync'),
  ),
  f('Teacher.plans', 'T_peer', 'plans { schoolYear }', only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'key.sync')),
  f(
    'Teacher.plan',
    'T_demo',
    () => `plan(schoolYear: ${years.teacherPlan}) { status }`,
    only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo', 'key.sync'),
  ),
  f('Teacher.plan', 'T_other', () => `plan(schoolYear: ${years.teacherPlan}) { status }`, only('admin', 'teacher.other', 'chief.other')),
  f(
    'School.teachers',
    'S_demo',
    'teachers(first: 5) { totalCount }',
    only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo', 'key.sync'),
  ),
  f('School.teachers', 'S_other', 'teachers(first: 5) { totalCount }', only('admin', 'teacher.other', 'chief.other')),
  f('School.businessAccounts', 'S_demo', 'businessAccounts { role }', only('admin', 'district.taipei', 'chief.demo')),
  f('School.businessAccounts', 'S_other', 'businessAccounts { role }', only('admin', 'chief.other')),
  f('School.schoolPlans', 'S_demo', 'schoolPlans { schoolYear }', DEMO_PLAN_READERS),
  f('School.schoolPlans', 'S_other', 'schoolPlans { schoolYear }', only('admin', 'teacher.other', 'chief.other')),
  f('School.schoolPlan', 'S_demo', () => `schoolPlan(schoolYear: ${years.schoolPlan}) { status }`, DEMO_PLAN_READERS),
  f(
    'School.schoolPlan',
    'S_other',
    () => `schoolPlan(schoolYear: ${years.schoolPlan}) { status }`,
    only('admin', 'teacher.other', 'chief.other'),
  ),
  f('School.planning', 'S_demo', 'planning(schoolYear: 109) { canFill canReopen }', DEMO_PLAN_READERS),
  f('School.planning', 'S_other', 'planning(schoolYear: 109) { canFill canReopen }', only('admin', 'teacher.other', 'chief.other')),
  f(
    'School.teacherProgress',
    'S_demo',
    'teacherProgress(schoolYear: 109) { teachers submitted }',
    only(...DEMO_SCHOOL_READERS, 'key.sync'),
  ),
  f(
    'School.teacherProgress',
    'S_other',
    'teacherProgress(schoolYear: 109) { teachers submitted }',
    only('admin', 'teacher.other', 'chief.other'),
  ),
  f(
    'Course.registrations',
    'C_demo',
    'registrations(first: 5) { totalCount }',
    only('admin', 'chief.demo', 'contact.demo', 'operator.demo'),
  ),
  f(
    'Teacher.registrations',
    'T_demo',
    'registrations(first: 5) { totalCount }',
    only('admin', 'chief.demo', 'contact.demo', 'teacher.demo'),
  ),
  f('Teacher.registrations', 'T_other', 'registrations(first: 5) { totalCount }', only('admin', 'chief.other', 'teacher.other')),
  f('School.courseRegistrations', 'S_demo', 'courseRegistrations(first: 5) { totalCount }', only('admin', 'chief.demo', 'contact.demo')),
  f('School.courseRegistrations', 'S_other', 'courseRegistrations(first: 5) { totalCount }', only('admin', 'chief.other')),
  f(
    'CourseRegistration.nationalIdMasked',
    'R_demo',
    'nationalIdMasked',
    only('admin', 'teacher.demo', 'chief.demo', 'contact.demo', 'operator.demo'),
    maskedId,
  ),
  f('Teacher.studyRecords', 'T_demo', 'studyRecords(first: 5) { totalCount }', only('admin', 'chief.demo', 'contact.demo', 'teacher.demo')),
  f('Teacher.studyRecords', 'T_other', 'studyRecords(first: 5) { totalCount }', only('admin', 'chief.other', 'teacher.other')),
  f('Teacher.hours', 'T_demo', 'hours(schoolYear: 110) { total }', only('admin', 'chief.demo', 'contact.demo', 'teacher.demo')),
  f(
    'Teacher.attainment',
    'T_demo',
    'attainment(schoolYear: 110) { plannedTotal }',
    only('admin', 'chief.demo', 'contact.demo', 'teacher.demo'),
  ),
  f('Teacher.attainment', 'T_other', 'attainment(schoolYear: 110) { plannedTotal }', only('admin', 'chief.other', 'teacher.other')),
  f(
    'School.hoursAttainment',
    'S_demo',
    'hoursAttainment(schoolYear: 110) { teachersWithPlan }',
    only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'operator.demo'),
  ),
  f('School.hoursAttainment', 'S_other', 'hoursAttainment(schoolYear: 110) { teachersWithPlan }', only('admin', 'chief.other')),
  f('BusinessAccount.nationalId', 'A_chief', 'nationalId', only('admin', 'chief.demo')),
  f('BusinessAccount.nationalId', 'A_contact', 'nationalId', only('admin', 'contact.demo')),
  f('BusinessAccount.nationalIdMasked', 'A_contact', 'nationalIdMasked', only('admin', 'district.taipei', 'chief.demo', 'contact.demo')),
  ...(['username', 'email', 'phone', 'permissions', 'status', 'version'] as const).flatMap((field) => [
    f(`BusinessAccount.${field}`, 'A_contact', field, only('admin', 'district.taipei', 'chief.demo', 'contact.demo')),
    f(`BusinessAccount.${field}`, 'A_otherChief', field, only('admin', 'chief.other')),
  ]),
];

/**
 * Rules the suite exercises with cases of their own (written out in authorization.test.ts), each
 * with the query that reaches it: the row scopes through `node(id:)`, the inbox count on `me`, a
 * reminder's deliveries.
 */
export const OTHER_READ_CASES: { rule: RuleName; query: string }[] = [
  { rule: 'Query.node', query: 'query($id: ID!) { node(id: $id) { id } }' },
  { rule: 'Viewer.unreadNotifications', query: '{ me { unreadNotifications } }' },
  { rule: 'Reminder.deliveries', query: '{ reminders(schoolYear: 111) { deliveries { status } } }' },
  { rule: 'Reminder.deliveryCounts', query: '{ reminders(schoolYear: 111) { deliveryCounts { sent } } }' },
  // a session's attendance: hours.test.ts ("attendance is read by the course's managers only")
  { rule: 'CourseSession.attendance', query: '{ course(id: "x") { sessions { attendance { status } } } }' },
];
