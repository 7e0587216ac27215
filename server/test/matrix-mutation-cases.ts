import type { RuleName } from '../src/auth/rules';
import { freshNationalId, type demoIds, type Harness } from './harness';
import { CALLERS, LOGINS, type Caller, type Key, type Login } from './matrix-read-cases';

/**
 * The cases of the mutation authorization matrix (mutation-matrix.test.ts runs them;
 * matrix-coverage.test.ts checks that together with the read matrix's they exercise every rule).
 * Each demo login, each partner key and an anonymous caller tries each mutation on a target
 * prepared for that attempt (`vars`); the expected outcome is written out here. A refused attempt
 * must change nothing: the suite compares the case's tables (`TABLES`) and every table's row count
 * before and after it.
 */
export { CALLERS, LOGINS };
export type { Caller, Key, Login };

/** The suite's harness, demo IDs and partner-key secrets, set in its beforeAll (the cases' `vars` read them when run). */
export const env = {} as { h: Harness; ids: Awaited<ReturnType<typeof demoIds>>; secrets: Record<Key, string> };

/** Public mutations (policy.test.ts's explicit public list) the matrix tries too: everyone succeeds. */
export type PublicMutation =
  'Mutation.requestPasswordReset' | 'Mutation.resetPasswordWithToken' | 'Mutation.applyForBusinessAccount' | 'Mutation.unsubscribe';

export interface Case {
  /** The rule the mutation stands on (or, for a public one, its name). */
  rule: RuleName | PublicMutation;
  name: string;
  query: string;
  vars: () => Promise<Record<string, unknown>>;
  /** Who succeeds: these callers; 'everyone' (anonymous and keys too); 'logged-in' (every person logged in, no partner key). */
  allowed: Caller[] | 'everyone' | 'logged-in';
  after?: (login: Login) => Promise<void>;
  /** Callers refused by the row rather than the field: what they get instead of FORBIDDEN (e.g. NOT_FOUND for a row they cannot see). */
  denied?: Partial<Record<Caller, string>>;
}

/**
 * What each mutation writes (a table, or a SELECT of the columns that matter): compared row by row
 * before and after every refused attempt. API keys: not the usage counters, which a timer flushes.
 */
export const TABLES: Partial<Record<RuleName | PublicMutation, string[]>> = {
  'Mutation.markNotificationsRead': ['notification'],
  'Mutation.setMessagingPreferences': ['messaging_preference'],
  'Mutation.unsubscribe': ['messaging_preference'],
  'Mutation.requestPasswordReset': ['password_reset', 'outbox_event'],
  'Mutation.resetPasswordWithToken': ['password_reset', 'credential', 'login_session'],
  'Mutation.applyForBusinessAccount': ['business_account', 'credential'],
  'Mutation.activateBusinessAccount': ['business_account', 'credential'],
  'Mutation.suspendBusinessAccount': ['business_account', 'credential'],
  'Mutation.deleteBusinessAccount': ['business_account', 'credential'],
  'Mutation.setBusinessAccountPermissions': ['business_account'],
  'Mutation.changeBusinessAccountRole': ['business_account'],
  'Mutation.resetPassword': ['credential'],
  'Mutation.unlockLogin': ['credential'],
  'Mutation.changeMyPassword': ['credential', 'login_session'],
  'Mutation.logout': ['login_session'],
  'Mutation.logoutEverywhere': ['login_session'],
  'Mutation.updateMyProfile': ['teacher'],
  'Mutation.confirmMyProfile': ['teacher'],
  'Mutation.correctTeachers': ['teacher', 'teacher_subject'],
  'Mutation.markTeacherReviewDone': ['unit', 'teacher'],
  'Mutation.addTeacher': ['teacher', 'teacher_subject'],
  'Mutation.transferTeacher': ['teacher_transfer', 'teacher'],
  'Mutation.acceptTeacherTransfer': ['teacher_transfer', 'teacher'],
  'Mutation.declineTeacherTransfer': ['teacher_transfer', 'teacher'],
  'Mutation.setReferenceItem': ['reference_item'],
  'Mutation.createCourse': ['course', 'course_session'],
  'Mutation.updateCourse': ['course', 'course_session'],
  'Mutation.submitCourse': ['course'],
  'Mutation.approveCourse': ['course'],
  'Mutation.returnCourse': ['course'],
  'Mutation.publishCourse': ['course'],
  'Mutation.cancelCourse': ['course', 'course_registration'],
  'Mutation.closeCourse': ['course', 'course_registration'],
  'Mutation.uploadCourseParticipants': ['course_registration'],
  'Mutation.enrolInCourse': ['course_registration'],
  'Mutation.withdrawFromCourse': ['course_registration'],
  'Mutation.decideCourseRegistration': ['course_registration'],
  'Mutation.recordAttendance': ['course_attendance'],
  'Mutation.uploadAttendance': ['course_attendance'],
  'Mutation.openSessionSignIn': ['session_sign_in'],
  'Mutation.signInToSession': ['course_attendance'],
  'Mutation.issueHours': ['study_record', 'outbox_event'],
  'Mutation.correctStudyRecord': ['study_record', 'hours_correction'],
  'Mutation.decideHoursCorrection': ['study_record', 'hours_correction'],
  'Mutation.reportExternalHours': ['study_record'],
  'Mutation.configureSchoolYear': ['school_year', 'plan_window', 'county_school_year'],
  'Mutation.saveSchoolPlan': ['school_plan', 'school_plan_domain', 'school_plan_choice'],
  'Mutation.submitSchoolPlan': ['school_plan'],
  'Mutation.reopenSchoolPlan': ['plan_reopening'],
  'Mutation.saveMyTeacherPlan': [
    "teacher_plan WHERE teacher_id IN (SELECT teacher_id FROM credential WHERE username IN ('teacher.demo', 'teacher.other'))",
  ],
  'Mutation.submitMyTeacherPlan': [
    "teacher_plan WHERE teacher_id IN (SELECT teacher_id FROM credential WHERE username IN ('teacher.demo', 'teacher.other'))",
  ],
  'Mutation.reopenTeacherPlan': ['plan_reopening'],
  'Mutation.remindPendingSchools': ['reminder', 'outbox_event'],
  'Mutation.submitSatisfactionSurvey': ['survey_response'],
  'Mutation.createWebhook': ['webhook_endpoint'],
  'Mutation.startExport': ['export_job', 'audit_event'],
  'Mutation.disableWebhook': ['webhook_endpoint'],
  'Mutation.redeliverWebhook': ['webhook_delivery'],
  'Mutation.createApiKey': ['SELECT id, prefix, name, scopes, county_id, revoked_at, secret_hash FROM api_key'],
  'Mutation.rotateApiKey': ['SELECT id, prefix, name, scopes, county_id, revoked_at, secret_hash FROM api_key'],
  'Mutation.revokeApiKey': ['SELECT id, prefix, name, scopes, county_id, revoked_at, secret_hash FROM api_key'],
};

let seq = 0;
export async function account(role: string, status: 'PENDING' | 'ACTIVE', unitId = env.ids.demoSchool): Promise<string> {
  seq++;
  const input = {
    unitId,
    role,
    name: '矩陣',
    nationalId: freshNationalId(),
    username: `matrix${seq}`,
    password: 'Passw0rd!',
    phone: '02-1234-5678',
    email: `m${seq}@example.tw`,
  };
  const r = await env.h
    .anonymous()
    .query('mutation($input: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $input) { id } }', { input });
  const id = r.data!.applyForBusinessAccount.id;
  if (status === 'ACTIVE') {
    const a = await env.h.as('admin').query('mutation($id: ID!) { activateBusinessAccount(id: $id) { id } }', { id });
    if (a.errors) throw new Error(JSON.stringify(a.errors));
  }
  return id;
}

/** A teacher added to chief.other's school and asked for by the demo school: a pending transfer request. */
async function pendingTransfer(): Promise<string> {
  const nationalId = freshNationalId();
  const add = await env.h.as('admin').query('mutation($input: NewTeacherInput!) { addTeacher(input: $input) { id } }', {
    input: { schoolId: env.ids.otherSchool, nationalId, name: '丁', title: 'FULL_TIME', subjects: ['ARTS'] },
  });
  if (add.errors) throw new Error(JSON.stringify(add.errors));
  const r = await env.h
    .as('chief.demo')
    .query('mutation($n: String!, $to: ID!) { transferTeacher(nationalId: $n, toSchoolId: $to) { id } }', {
      n: nationalId,
      to: env.ids.demoSchool,
    });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.transferTeacher.id;
}

// ---- courses (issue 11): fresh targets of the demo school, the window open around the real time ----
export const DAY = 86400_000;
export const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
export const courseInput = (over: Record<string, unknown> = {}) => ({
  title: '矩陣課程',
  domain: 'EMERGING_POLICY',
  level: 'BASIC',
  mode: 'NON_CREDIT',
  place: 'ONLINE',
  methods: ['DIGITAL_COURSE'],
  hours: 2,
  capacity: 100,
  waitlistSize: 0,
  registrationOpensAt: iso(-DAY),
  registrationClosesAt: iso(10 * DAY),
  contactName: '承辦',
  sessions: [{ startsAt: iso(20 * DAY), endsAt: iso(20 * DAY + 7200_000), onlineUrl: 'https://meet.example.tw/m' }],
  ...over,
});
export async function courseAt(
  stage: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'PUBLISHED',
  over: Record<string, unknown> = {},
): Promise<string> {
  const run = async (login: string, q: string, v: Record<string, unknown>) => {
    const r = await env.h.as(login).query(q, v);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!;
  };
  const id = (await run('chief.demo', 'mutation($i: CourseInput!) { createCourse(input: $i) { id } }', { i: courseInput(over) }))
    .createCourse.id;
  const steps: [string, string][] = [
    ['SUBMITTED', 'submitCourse'],
    ['APPROVED', 'approveCourse'],
    ['PUBLISHED', 'publishCourse'],
  ];
  const upTo = ['DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED'].indexOf(stage);
  for (const [i, [, m]] of steps.entries()) {
    if (i >= upTo) break;
    await run(m === 'approveCourse' ? 'district.taipei' : 'chief.demo', `mutation($id: ID!) { ${m}(id: $id) { id } }`, { id });
  }
  return id;
}
async function enrolled(login: string, over: Record<string, unknown> = {}): Promise<{ course: string; registration: string }> {
  const course = await courseAt('PUBLISHED', over);
  const r = await env.h.as(login).query('mutation($c: ID!) { enrolInCourse(courseId: $c) { id } }', { c: course });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return { course, registration: r.data!.enrolInCourse.id };
}
const ORGANISERS: Login[] = ['admin', 'chief.demo', 'contact.demo', 'operator.demo'];
const HIDDEN = { 'district.taipei': 'NOT_FOUND', 'operator.univ': 'NOT_FOUND', 'chief.other': 'NOT_FOUND' } as const;
export const COURSE_CASES: Case[] = [
  {
    rule: 'Mutation.createCourse',
    name: 'createCourse',
    allowed: ['admin', 'district.taipei', 'chief.demo', 'contact.demo', 'operator.demo', 'chief.other', 'operator.univ'],
    query: 'mutation($i: CourseInput!) { createCourse(input: $i) { id } }',
    vars: async () => ({ i: courseInput() }),
  },
  {
    rule: 'Mutation.updateCourse',
    name: 'updateCourse',
    allowed: ORGANISERS,
    denied: HIDDEN,
    query: 'mutation($id: ID!, $i: CourseInput!) { updateCourse(id: $id, input: $i) { id } }',
    vars: async () => ({ id: await courseAt('DRAFT'), i: courseInput({ title: '改' }) }),
  },
  {
    rule: 'Mutation.submitCourse',
    name: 'submitCourse',
    allowed: ORGANISERS,
    denied: HIDDEN,
    query: 'mutation($id: ID!) { submitCourse(id: $id) { id } }',
    vars: async () => ({ id: await courseAt('DRAFT') }),
  },
  {
    rule: 'Mutation.approveCourse',
    name: 'approveCourse',
    allowed: ['admin', 'district.taipei'],
    query: 'mutation($id: ID!) { approveCourse(id: $id) { id } }',
    vars: async () => ({ id: await courseAt('SUBMITTED') }),
  },
  {
    rule: 'Mutation.returnCourse',
    name: 'returnCourse',
    allowed: ['admin', 'district.taipei'],
    query: 'mutation($id: ID!) { returnCourse(id: $id, reason: "再議") { id } }',
    vars: async () => ({ id: await courseAt('SUBMITTED') }),
  },
  {
    rule: 'Mutation.publishCourse',
    name: 'publishCourse',
    allowed: ORGANISERS,
    denied: { 'operator.univ': 'NOT_FOUND', 'chief.other': 'NOT_FOUND' },
    query: 'mutation($id: ID!) { publishCourse(id: $id) { id } }',
    vars: async () => ({ id: await courseAt('APPROVED') }),
  },
  {
    rule: 'Mutation.cancelCourse',
    name: 'cancelCourse',
    allowed: ORGANISERS,
    query: 'mutation($id: ID!) { cancelCourse(id: $id, reason: "停辦") { id } }',
    vars: async () => ({ id: await courseAt('PUBLISHED') }),
  },
  {
    rule: 'Mutation.closeCourse',
    name: 'closeCourse',
    allowed: ORGANISERS,
    query: 'mutation($id: ID!) { closeCourse(id: $id) { id } }',
    vars: async () => ({
      id: await courseAt('PUBLISHED', {
        registrationOpensAt: iso(-30 * DAY),
        registrationClosesAt: iso(-20 * DAY),
        sessions: [{ startsAt: iso(-10 * DAY), endsAt: iso(-10 * DAY + 7200_000), onlineUrl: 'https://meet.example.tw/m' }],
      }),
    }),
  },
  {
    rule: 'Mutation.uploadCourseParticipants',
    name: 'uploadCourseParticipants (dry run)',
    allowed: ORGANISERS,
    query: 'mutation($c: ID!, $f: String!) { uploadCourseParticipants(courseId: $c, file: $f, format: CSV) { rows } }',
    vars: async () => ({ c: await courseAt('PUBLISHED'), f: Buffer.from('身分證字號\r\nA123456789\r\n').toString('base64') }),
  },
  {
    rule: 'Mutation.enrolInCourse',
    name: 'enrolInCourse',
    allowed: ['teacher.demo', 'teacher.other'],
    query: 'mutation($c: ID!) { enrolInCourse(courseId: $c) { id } }',
    vars: async () => ({ c: await courseAt('PUBLISHED') }),
  },
  {
    rule: 'Mutation.withdrawFromCourse',
    name: 'withdrawFromCourse',
    allowed: ['teacher.demo', 'teacher.other'],
    query: 'mutation($c: ID!) { withdrawFromCourse(courseId: $c) { id } }',
    vars: async () => {
      const { course } = await enrolled('teacher.demo');
      const r = await env.h.as('teacher.other').query('mutation($c: ID!) { enrolInCourse(courseId: $c) { id } }', { c: course });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return { c: course };
    },
  },
  {
    rule: 'Mutation.decideCourseRegistration',
    name: 'decideCourseRegistration',
    allowed: ['chief.demo', 'contact.demo'],
    denied: { 'chief.other': 'NOT_FOUND' },
    query: 'mutation($id: ID!) { decideCourseRegistration(id: $id, approve: true) { id } }',
    vars: async () => ({ id: (await enrolled('teacher.demo', { schoolApproval: true })).registration }),
  },
];

export const CASES: Case[] = [
  {
    rule: 'Mutation.markNotificationsRead',
    name: 'markNotificationsRead',
    allowed: 'logged-in',
    query: 'mutation { markNotificationsRead(all: true) }',
    vars: async () => ({}),
  },
  {
    // each person or account its own preferences; a partner key has none
    rule: 'Mutation.setMessagingPreferences',
    name: 'setMessagingPreferences',
    allowed: 'logged-in',
    query: 'mutation { setMessagingPreferences(input: { language: ZH_TW, mode: IMMEDIATE, mutedTypes: [PLAN_SUBMITTED] }) { mode } }',
    vars: async () => ({}),
  },
  {
    // the link of a mail: the same answer for anyone, the key known or not (an unknown one here: nothing changes)
    rule: 'Mutation.unsubscribe',
    name: 'unsubscribe',
    allowed: 'everyone',
    query: 'mutation($k: String!) { unsubscribe(key: $k, type: PLAN_SUBMITTED) }',
    vars: async () => ({ k: `matrix-unknown-key-${String(++seq).padStart(14, '0')}` }),
  },
  {
    // the same answer for anyone, known or not (each attempt a new name: the per-name limit is not what is tested here)
    rule: 'Mutation.requestPasswordReset',
    name: 'requestPasswordReset',
    allowed: 'everyone',
    query: 'mutation($l: String!) { requestPasswordReset(login: $l) }',
    vars: async () => ({ l: `nobody${++seq}` }),
  },
  {
    rule: 'Mutation.resetPasswordWithToken',
    name: 'resetPasswordWithToken',
    allowed: 'everyone',
    query: 'mutation($t: String!) { resetPasswordWithToken(token: $t, newPassword: "Matrix1234") }',
    vars: async () => {
      // a valid link of a fresh account, as requestPasswordReset stores it (the SHA-256 of the token)
      const { createHash, randomBytes } = await import('node:crypto');
      const id = await account('OPERATOR', 'ACTIVE');
      const username = `matrix${seq}`;
      const [{ id: credentialId }] = await env.h.ds.query('SELECT id FROM credential WHERE username = ?', [username]);
      const token = randomBytes(32).toString('base64url');
      const { PasswordResetEntity } = await import('../src/modules/messaging');
      const now = env.h.app.services.clock.now();
      await env.h.ds.getRepository(PasswordResetEntity).insert({
        credentialId: Number(credentialId),
        tokenHash: createHash('sha256').update(token).digest('hex'),
        createdAt: now,
        expiresAt: new Date(now.getTime() + 600_000),
        usedAt: null,
      });
      void id;
      return { t: token };
    },
  },
  {
    rule: 'Mutation.applyForBusinessAccount',
    name: 'applyForBusinessAccount',
    allowed: 'everyone',
    query: 'mutation($input: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $input) { id } }',
    vars: async () => {
      seq++;
      return {
        input: {
          unitId: env.ids.demoSchool,
          role: 'OPERATOR',
          name: '甲',
          nationalId: freshNationalId(),
          username: `apply${seq}`,
          password: 'Passw0rd!',
          phone: '02-1111-2222',
          email: 'a@example.tw',
        },
      };
    },
  },
  {
    rule: 'Mutation.activateBusinessAccount',
    name: 'activateBusinessAccount (CONTACT)',
    allowed: ['admin', 'chief.demo'],
    query: 'mutation($id: ID!) { activateBusinessAccount(id: $id) { id } }',
    vars: async () => ({ id: await account('CONTACT', 'PENDING') }),
  },
  {
    rule: 'Mutation.activateBusinessAccount',
    name: 'activateBusinessAccount (CHIEF)',
    allowed: ['admin', 'district.taipei'],
    query: 'mutation($id: ID!) { activateBusinessAccount(id: $id) { id } }',
    vars: async () => ({ id: await account('CHIEF', 'PENDING') }),
  },
  {
    rule: 'Mutation.activateBusinessAccount',
    name: 'activateBusinessAccount (university OPERATOR)',
    allowed: ['admin'],
    query: 'mutation($id: ID!) { activateBusinessAccount(id: $id) { id } }',
    vars: async () => ({ id: await account('OPERATOR', 'PENDING', env.ids.university) }),
  },
  {
    rule: 'Mutation.suspendBusinessAccount',
    name: 'suspendBusinessAccount',
    allowed: ['admin', 'chief.demo'],
    query: 'mutation($id: ID!) { suspendBusinessAccount(id: $id) { id } }',
    vars: async () => ({ id: await account('CONTACT', 'ACTIVE') }),
  },
  {
    rule: 'Mutation.deleteBusinessAccount',
    name: 'deleteBusinessAccount',
    allowed: ['admin', 'chief.demo'],
    query: 'mutation($id: ID!) { deleteBusinessAccount(id: $id) { id } }',
    vars: async () => ({ id: await account('OPERATOR', 'ACTIVE') }),
  },
  {
    rule: 'Mutation.setBusinessAccountPermissions',
    name: 'setBusinessAccountPermissions',
    allowed: ['admin', 'chief.demo'],
    query: 'mutation($id: ID!) { setBusinessAccountPermissions(id: $id, permissions: [STATISTICS]) { id } }',
    vars: async () => ({ id: await account('CONTACT', 'ACTIVE') }),
  },
  {
    rule: 'Mutation.changeBusinessAccountRole',
    name: 'changeBusinessAccountRole',
    allowed: ['admin', 'chief.demo'],
    query: 'mutation($id: ID!) { changeBusinessAccountRole(id: $id, role: CONTACT) { id } }',
    vars: async () => ({ id: await account('OPERATOR', 'ACTIVE') }),
  },
  {
    rule: 'Mutation.resetPassword',
    name: 'resetPassword (business account)',
    allowed: ['admin', 'chief.demo'],
    query: 'mutation($id: ID!) { resetPassword(accountId: $id) { username } }',
    vars: async () => ({ id: await account('CONTACT', 'ACTIVE') }),
  },
  {
    rule: 'Mutation.resetPassword',
    name: 'resetPassword (teacher)',
    allowed: ['admin', 'chief.demo', 'contact.demo'],
    query: 'mutation($id: ID!) { resetPassword(accountId: $id) { username } }',
    vars: async () => ({ id: env.ids.teacherPeer }),
  },
  {
    rule: 'Mutation.changeMyPassword',
    name: 'changeMyPassword',
    allowed: 'logged-in',
    query: 'mutation { changeMyPassword(currentPassword: "demo1234", newPassword: "Changed123") }',
    vars: async () => ({}),
    after: async (login) => {
      const r = await env.h.as(login).query('mutation { changeMyPassword(currentPassword: "Changed123", newPassword: "demo1234") }');
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    },
  },
  {
    rule: 'Mutation.unlockLogin',
    name: 'unlockLogin (business account)',
    allowed: ['admin', 'chief.demo'],
    query: 'mutation($id: ID!) { unlockLogin(accountId: $id) }',
    vars: async () => ({ id: await account('CONTACT', 'ACTIVE') }),
  },
  {
    rule: 'Mutation.unlockLogin',
    name: 'unlockLogin (teacher)',
    allowed: ['admin', 'chief.demo', 'contact.demo'],
    query: 'mutation($id: ID!) { unlockLogin(accountId: $id) }',
    vars: async () => ({ id: env.ids.teacherDemo }),
  },
  {
    rule: 'Mutation.logout',
    name: 'logout',
    allowed: 'logged-in',
    query: 'mutation { logout }',
    vars: async () => ({}),
    after: async () => env.h.forgetTokens(),
  },
  {
    rule: 'Mutation.logoutEverywhere',
    name: 'logoutEverywhere',
    allowed: 'logged-in',
    query: 'mutation { logoutEverywhere }',
    vars: async () => ({}),
    after: async () => env.h.forgetTokens(),
  },
  {
    rule: 'Mutation.updateMyProfile',
    name: 'updateMyProfile',
    allowed: ['teacher.demo', 'teacher.other'],
    query: 'mutation { updateMyProfile(input: { phone: "02-2222-3333" }) { id } }',
    vars: async () => ({}),
  },
  {
    rule: 'Mutation.confirmMyProfile',
    name: 'confirmMyProfile',
    allowed: ['teacher.demo', 'teacher.other'],
    query: 'mutation { confirmMyProfile { id } }',
    vars: async () => ({}),
  },
  {
    rule: 'Mutation.correctTeachers',
    name: 'correctTeachers',
    allowed: ['admin', 'chief.demo', 'contact.demo', 'key.sync'],
    query: 'mutation($id: ID!) { correctTeachers(items: [{ id: $id, title: FULL_TIME }]) { id } }',
    vars: async () => ({ id: env.ids.teacherPeer }),
  },
  {
    rule: 'Mutation.markTeacherReviewDone',
    name: 'markTeacherReviewDone',
    allowed: ['admin', 'chief.demo', 'contact.demo'],
    query: 'mutation($id: ID!) { markTeacherReviewDone(schoolId: $id) { id } }',
    vars: async () => ({ id: env.ids.demoSchool }),
  },
  {
    rule: 'Mutation.addTeacher',
    name: 'addTeacher',
    allowed: ['admin', 'district.taipei', 'chief.demo', 'contact.demo'],
    query: 'mutation($input: NewTeacherInput!) { addTeacher(input: $input) { id } }',
    vars: async () => ({
      input: { schoolId: env.ids.demoSchool, nationalId: freshNationalId(), name: '乙', title: 'ACTING', subjects: ['ARTS'] },
    }),
  },
  {
    rule: 'Mutation.transferTeacher',
    name: 'transferTeacher',
    allowed: ['admin', 'district.taipei', 'chief.demo', 'contact.demo'],
    query: 'mutation($n: String!, $to: ID!) { transferTeacher(nationalId: $n, toSchoolId: $to) { id } }',
    vars: async () => {
      const nationalId = freshNationalId();
      const r = await env.h.as('admin').query('mutation($input: NewTeacherInput!) { addTeacher(input: $input) { id } }', {
        input: { schoolId: env.ids.thirdSchool, nationalId, name: '丙', title: 'FULL_TIME', subjects: ['ARTS'] },
      });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return { n: nationalId, to: env.ids.demoSchool };
    },
  },
  {
    rule: 'Mutation.acceptTeacherTransfer',
    name: 'acceptTeacherTransfer',
    allowed: ['admin', 'chief.other'],
    query: 'mutation($id: ID!) { acceptTeacherTransfer(id: $id) { status } }',
    vars: async () => ({ id: await pendingTransfer() }),
  },
  {
    // the sending side declines; the receiving side (its school, its district) withdraws
    rule: 'Mutation.declineTeacherTransfer',
    name: 'declineTeacherTransfer',
    allowed: ['admin', 'chief.other', 'chief.demo', 'contact.demo', 'district.taipei'],
    query: 'mutation($id: ID!) { declineTeacherTransfer(id: $id) { status } }',
    vars: async () => ({ id: await pendingTransfer() }),
  },
  {
    rule: 'Mutation.setReferenceItem',
    name: 'setReferenceItem',
    allowed: ['admin'],
    query: 'mutation { setReferenceItem(input: { list: TITLE, code: "PART_TIME", active: true }) { code } }',
    vars: async () => ({}),
  },
];

// ---- planning (附件三): a school year whose windows are all open around the real time ----
/** The school year the planning cases fill (configured once, by the platform, with every window open now). */
export const PLAN_YEAR = 150;
export const twDate = (ms: number) => new Date(Date.now() + ms + 8 * 3600_000).toISOString().slice(0, 10);
export async function yearInput(year: number): Promise<Record<string, unknown>> {
  const counties: { id: string }[] = (await env.h.anonymous().query('{ counties { id } }')).data!.counties;
  const open = { opensOn: twDate(-10 * DAY), closesOn: twDate(30 * DAY) };
  return {
    year,
    serviceOpensOn: twDate(-30 * DAY),
    serviceClosesOn: twDate(300 * DAY),
    rewardThresholdPercent: 2,
    windows: [
      { planKind: 'SCHOOL_PLAN', groupKey: 'A', ...open },
      { planKind: 'TEACHER_PLAN', groupKey: '1', ...open },
    ],
    counties: counties.map((c) => ({ countyId: c.id, planGroup: 'A', teacherWave: 1 })),
  };
}
async function must(login: string, q: string, v: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const r = await env.h.as(login).query(q, v);
  if (r.errors) throw new Error(`${login}: ${JSON.stringify(r.errors)}`);
  return r.data!;
}
let planYear: Promise<void> | null = null;
/** Configures PLAN_YEAR once per suite. */
export const planningYear = (): Promise<void> =>
  (planYear ??= (async () => {
    await must('admin', 'mutation($i: SchoolYearInput!) { configureSchoolYear(input: $i) { year } }', { i: await yearInput(PLAN_YEAR) });
  })());
export const CHOICES = {
  modes: ['NON_CREDIT'],
  times: ['WEEKDAY_DAYTIME'],
  places: ['OWN_SCHOOL'],
  levels: ['ADVANCED'],
  methods: ['WORKSHOP'],
  domains: [{ domain: 'CURRICULUM_TEACHING_ASSESSMENT', themes: '素養導向', hours: 18 }],
};
const SAVE_SCHOOL = 'mutation($i: SchoolPlanInput!) { saveSchoolPlan(input: $i) { id } }';
const SUBMIT_SCHOOL = 'mutation($s: ID!, $y: Int!) { submitSchoolPlan(schoolId: $s, schoolYear: $y) { id } }';
const SAVE_MINE = 'mutation($i: TeacherPlanInput!) { saveMyTeacherPlan(input: $i) { id } }';
const SUBMIT_MINE = 'mutation($y: Int!) { submitMyTeacherPlan(schoolYear: $y) { id } }';
let submitted: Promise<void> | null = null;
/** The plans of PLAN_YEAR submitted: both demo schools' and both demo teachers' (who then answer the survey). */
const plansSubmitted = () =>
  (submitted ??= (async () => {
    await planningYear();
    for (const [login, school] of [
      ['chief.demo', env.ids.demoSchool],
      ['chief.other', env.ids.otherSchool],
    ]) {
      await must(login, SAVE_SCHOOL, { i: { schoolId: school, schoolYear: PLAN_YEAR, ...CHOICES } });
      await must(login, SUBMIT_SCHOOL, { s: school, y: PLAN_YEAR });
    }
    for (const login of ['teacher.demo', 'teacher.other']) {
      await must(login, SAVE_MINE, { i: { schoolYear: PLAN_YEAR, ...CHOICES } });
      await must(login, SUBMIT_MINE, { y: PLAN_YEAR });
    }
  })());
const PLAN_FILLERS: Caller[] = ['chief.demo', 'contact.demo'];
const REOPENERS: Caller[] = ['admin', 'district.taipei'];
const TEACHERS: Caller[] = ['teacher.demo', 'teacher.other'];

export const PLANNING_CASES: Case[] = [
  {
    rule: 'Mutation.configureSchoolYear',
    name: 'configureSchoolYear',
    allowed: ['admin'],
    query: 'mutation($i: SchoolYearInput!) { configureSchoolYear(input: $i) { year } }',
    vars: async () => ({ i: await yearInput(PLAN_YEAR + 1) }),
  },
  {
    // chief.other fills its own school's plan, not the demo school's
    rule: 'Mutation.saveSchoolPlan',
    name: 'saveSchoolPlan (the demo school)',
    allowed: PLAN_FILLERS,
    denied: { 'chief.other': 'FORBIDDEN' },
    query: SAVE_SCHOOL,
    vars: async () => (await planningYear(), { i: { schoolId: env.ids.demoSchool, schoolYear: PLAN_YEAR, ...CHOICES } }),
  },
  {
    rule: 'Mutation.submitSchoolPlan',
    name: 'submitSchoolPlan (the demo school)',
    allowed: PLAN_FILLERS,
    query: SUBMIT_SCHOOL,
    vars: async () => {
      await planningYear();
      await must('chief.demo', SAVE_SCHOOL, { i: { schoolId: env.ids.demoSchool, schoolYear: PLAN_YEAR, ...CHOICES } });
      return { s: env.ids.demoSchool, y: PLAN_YEAR };
    },
  },
  {
    rule: 'Mutation.saveMyTeacherPlan',
    name: 'saveMyTeacherPlan',
    allowed: TEACHERS,
    query: SAVE_MINE,
    vars: async () => (await planningYear(), { i: { schoolYear: PLAN_YEAR, ...CHOICES } }),
  },
  {
    rule: 'Mutation.submitMyTeacherPlan',
    name: 'submitMyTeacherPlan',
    allowed: TEACHERS,
    query: SUBMIT_MINE,
    vars: async () => {
      await planningYear();
      for (const login of ['teacher.demo', 'teacher.other']) await must(login, SAVE_MINE, { i: { schoolYear: PLAN_YEAR, ...CHOICES } });
      return { y: PLAN_YEAR };
    },
  },
  {
    rule: 'Mutation.reopenSchoolPlan',
    name: 'reopenSchoolPlan (the demo school, 109)',
    allowed: REOPENERS,
    query: 'mutation($s: ID!, $u: DateTimeISO!) { reopenSchoolPlan(schoolId: $s, schoolYear: 109, until: $u) }',
    vars: async () => ({ s: env.ids.demoSchool, u: iso(2 * DAY) }),
  },
  {
    rule: 'Mutation.reopenTeacherPlan',
    name: 'reopenTeacherPlan (teacher.demo, 109)',
    allowed: REOPENERS,
    query: 'mutation($t: ID!, $u: DateTimeISO!) { reopenTeacherPlan(teacherId: $t, schoolYear: 109, until: $u) }',
    vars: async () => ({ t: env.ids.teacherDemo, u: iso(2 * DAY) }),
  },
  {
    rule: 'Mutation.remindPendingSchools',
    name: 'remindPendingSchools',
    allowed: REOPENERS,
    query: 'mutation($y: Int!) { remindPendingSchools(schoolYear: $y, confirm: true) { __typename } }',
    vars: async () => (await planningYear(), { y: PLAN_YEAR }),
  },
  {
    // once per account and year, after its plan was submitted
    rule: 'Mutation.submitSatisfactionSurvey',
    name: 'submitSatisfactionSurvey',
    allowed: [...TEACHERS, ...PLAN_FILLERS, 'chief.other'],
    query: 'mutation($y: Int!) { submitSatisfactionSurvey(schoolYear: $y, ratings: [5, 4, 4, 5, 3], comment: "好") }',
    vars: async () => (await plansSubmitted(), { y: PLAN_YEAR }),
  },
];

// ---- partner API keys: the platform only ----
const CREATE_KEY = 'mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { secret } }';
async function freshKey(): Promise<string> {
  const r = await must('admin', 'mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { key { id } } }', {
    i: { name: `matrix key ${++seq}`, scopes: ['DIRECTORY_READ'] },
  });
  return r.createApiKey.key.id;
}
export const API_KEY_CASES: Case[] = [
  {
    rule: 'Mutation.createApiKey',
    name: 'createApiKey',
    allowed: ['admin'],
    query: CREATE_KEY,
    vars: async () => ({ i: { name: `matrix key ${++seq}`, scopes: ['DIRECTORY_READ'] } }),
  },
  {
    rule: 'Mutation.rotateApiKey',
    name: 'rotateApiKey',
    allowed: ['admin'],
    query: 'mutation($id: ID!) { rotateApiKey(id: $id) { secret } }',
    vars: async () => ({ id: await freshKey() }),
  },
  {
    rule: 'Mutation.revokeApiKey',
    name: 'revokeApiKey',
    allowed: ['admin'],
    query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
    vars: async () => ({ id: await freshKey() }),
  },
];

// ---- partner webhooks: the platform only ----
const NEW_HOOK = 'mutation($i: NewWebhookInput!) { createWebhook(input: $i) { webhook { id } } }';
const hookInput = async () => ({ apiKeyId: await freshKey(), url: 'http://127.0.0.1:9/matrix', events: ['PLAN_SUBMITTED'] });
async function freshHook(): Promise<string> {
  return (await must('admin', NEW_HOOK, { i: await hookInput() })).createWebhook.webhook.id;
}
/** A delivery of a fresh webhook to redeliver (written as the dispatcher writes one; the event need not exist). */
async function freshDelivery(): Promise<string> {
  const hook = Number(
    Buffer.from(await freshHook(), 'base64url')
      .toString('utf8')
      .split(':')[1],
  );
  const { WebhookDeliveryEntity } = await import('../src/modules/messaging');
  const now = new Date();
  const d = await env.h.ds.getRepository(WebhookDeliveryEntity).save({
    endpointId: hook,
    eventId: 1,
    eventType: 'PLAN_SUBMITTED',
    status: 'SENT',
    attempts: 1,
    nextAttemptAt: now,
    claimedBy: null,
    claimedUntil: null,
    responseStatus: 200,
    reason: null,
    redeliveryOf: null,
    createdAt: now,
    deliveredAt: now,
  });
  return Buffer.from(`WebhookDelivery:${d.id}`).toString('base64url');
}
export const WEBHOOK_CASES: Case[] = [
  {
    rule: 'Mutation.createWebhook',
    name: 'createWebhook',
    allowed: ['admin'],
    query: NEW_HOOK,
    vars: async () => ({ i: await hookInput() }),
  },
  {
    rule: 'Mutation.disableWebhook',
    name: 'disableWebhook',
    allowed: ['admin'],
    query: 'mutation($id: ID!) { disableWebhook(id: $id) { disabledAt } }',
    vars: async () => ({ id: await freshHook() }),
  },
  {
    rule: 'Mutation.redeliverWebhook',
    name: 'redeliverWebhook',
    allowed: ['admin'],
    query: 'mutation($d: ID!) { redeliverWebhook(deliveryId: $d) { status } }',
    vars: async () => ({ d: await freshDelivery() }),
  },
];

// ---- attendance and hours (issue 12) ----
const HOUR = 3600_000;
const gql = async (login: string, q: string, v: Record<string, unknown> = {}) => {
  const r = await env.h.as(login).query(q, v);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};
/** A published course of the demo school with one session around `sessionAt` and teacher.demo admitted (uploaded by chief.demo). */
export async function withAttendee(sessionAt: number): Promise<{ course: string; session: string; registration: string }> {
  const course = await courseAt('PUBLISHED', {
    registrationOpensAt: iso(sessionAt - 5 * DAY),
    registrationClosesAt: iso(sessionAt - 4 * DAY),
    sessions: [{ startsAt: iso(sessionAt - HOUR), endsAt: iso(sessionAt + HOUR), onlineUrl: 'https://meet.example.tw/h' }],
  });
  const nid = (await env.h.ds.query(`SELECT national_id FROM teacher WHERE id = ${env.ids.raw.teacherDemo}`))[0].national_id;
  await gql(
    'chief.demo',
    'mutation($c: ID!, $f: String!) { uploadCourseParticipants(courseId: $c, file: $f, format: CSV, dryRun: false) { committed } }',
    {
      c: course,
      f: Buffer.from(`身分證字號\r\n${nid}\r\n`).toString('base64'),
    },
  );
  const d = await gql(
    'chief.demo',
    'query($c: ID!) { course(id: $c) { sessions { id } registrations(first: 5) { edges { node { id } } } } }',
    { c: course },
  );
  return { course, session: d.course.sessions[0].id, registration: d.course.registrations.edges[0].node.id };
}
/** An ended course with teacher.demo present and its hours issued: the record's ID. */
export async function issuedRecord(): Promise<{ course: string; record: string }> {
  const { course, session, registration } = await withAttendee(-2 * DAY);
  await gql('chief.demo', 'mutation($s: ID!, $e: [AttendanceInput!]!) { recordAttendance(sessionId: $s, entries: $e) { recorded } }', {
    s: session,
    e: [{ registrationId: registration, status: 'PRESENT' }],
  });
  await gql('chief.demo', 'mutation($c: ID!) { issueHours(courseId: $c) { issued } }', { c: course });
  const d = await gql('chief.demo', 'query($c: ID!) { course(id: $c) { studyRecords(first: 1) { edges { node { id } } } } }', {
    c: course,
  });
  return { course, record: d.course.studyRecords.edges[0].node.id };
}
export const HOURS_CASES: Case[] = [
  {
    rule: 'Mutation.recordAttendance',
    name: 'recordAttendance',
    allowed: ORGANISERS,
    denied: HIDDEN,
    query: 'mutation($s: ID!, $e: [AttendanceInput!]!) { recordAttendance(sessionId: $s, entries: $e) { recorded } }',
    vars: async () => {
      const a = await withAttendee(0);
      return { s: a.session, e: [{ registrationId: a.registration, status: 'LATE' }] };
    },
  },
  {
    rule: 'Mutation.uploadAttendance',
    name: 'uploadAttendance (dry run)',
    allowed: ORGANISERS,
    denied: HIDDEN,
    query: 'mutation($s: ID!, $f: String!) { uploadAttendance(sessionId: $s, file: $f, format: CSV) { rows } }',
    vars: async () => ({ s: (await withAttendee(0)).session, f: Buffer.from('身分證字號,出席\r\nA123456789,出席\r\n').toString('base64') }),
  },
  {
    rule: 'Mutation.openSessionSignIn',
    name: 'openSessionSignIn',
    allowed: ORGANISERS,
    denied: HIDDEN,
    query: 'mutation($s: ID!) { openSessionSignIn(sessionId: $s) { code } }',
    vars: async () => ({ s: (await withAttendee(0)).session }),
  },
  {
    // only an admitted teacher signs in (teacher.other is not admitted: FORBIDDEN with reason NOT_REGISTERED)
    rule: 'Mutation.signInToSession',
    name: 'signInToSession',
    allowed: ['teacher.demo'],
    query: 'mutation($c: String!) { signInToSession(code: $c) { status } }',
    vars: async () => {
      const { session } = await withAttendee(0);
      return {
        c: (await gql('chief.demo', 'mutation($s: ID!) { openSessionSignIn(sessionId: $s) { code } }', { s: session })).openSessionSignIn
          .code,
      };
    },
  },
  {
    rule: 'Mutation.issueHours',
    name: 'issueHours',
    allowed: ORGANISERS,
    denied: HIDDEN,
    query: 'mutation($c: ID!) { issueHours(courseId: $c) { issued } }',
    vars: async () => {
      const { course, session, registration } = await withAttendee(-2 * DAY);
      await gql('chief.demo', 'mutation($s: ID!, $e: [AttendanceInput!]!) { recordAttendance(sessionId: $s, entries: $e) { recorded } }', {
        s: session,
        e: [{ registrationId: registration, status: 'PRESENT' }],
      });
      return { c: course };
    },
  },
  {
    rule: 'Mutation.correctStudyRecord',
    name: 'correctStudyRecord',
    allowed: ORGANISERS,
    denied: HIDDEN,
    query: 'mutation($id: ID!) { correctStudyRecord(id: $id, hours: 1, reason: "早退補登") { status } }',
    vars: async () => ({ id: (await issuedRecord()).record }),
  },
  {
    // after closure: a request the demo school's district (or the platform) decides
    rule: 'Mutation.decideHoursCorrection',
    name: 'decideHoursCorrection',
    allowed: ['admin', 'district.taipei'],
    denied: { 'chief.demo': 'FORBIDDEN' },
    query: 'mutation($id: ID!) { decideHoursCorrection(id: $id, approve: true) { status } }',
    vars: async () => ({ id: await pendingCorrection() }),
  },
  {
    // partner keys with HOURS_WRITE only (hours.test.ts has one); none of the matrix's callers holds the scope
    rule: 'Mutation.reportExternalHours',
    name: 'reportExternalHours',
    allowed: [],
    query: 'mutation($i: ExternalHoursInput!) { reportExternalHours(input: $i) { id } }',
    vars: async () => ({
      i: {
        externalId: `m-${++seq}`,
        nationalId: 'A123456789',
        title: '線上課程',
        domain: 'EMERGING_POLICY',
        hours: 2,
        startsOn: '2025-01-02',
        endsOn: '2025-01-02',
      },
    }),
  },
];

/** A correction request after closure (a course of the demo school, closed), awaiting its decision: its ID. */
export async function pendingCorrection(): Promise<string> {
  const { course, record } = await issuedRecord();
  await gql('chief.demo', 'mutation($id: ID!) { closeCourse(id: $id) { id } }', { id: course });
  const d = await gql('chief.demo', 'mutation($id: ID!) { correctStudyRecord(id: $id, hours: 1, reason: "結案後異動") { id status } }', {
    id: record,
  });
  if (d.correctStudyRecord.status !== 'PENDING') throw new Error('expected a pending request');
  return d.correctStudyRecord.id;
}

/** Bulk exports: county-level readers (the platform, a district, a TEACHER_SYNC key); the job is only queued here. */
export const EXPORT_CASES: Case[] = [
  {
    rule: 'Mutation.startExport',
    name: 'startExport',
    allowed: ['admin', 'district.taipei', 'key.sync'],
    query: 'mutation { startExport(kind: TEACHERS) { status } }',
    vars: async () => ({}),
  },
];
export const ALL_MUTATION_CASES: Case[] = [
  ...CASES,
  ...COURSE_CASES,
  ...HOURS_CASES,
  ...PLANNING_CASES,
  ...API_KEY_CASES,
  ...WEBHOOK_CASES,
  ...EXPORT_CASES,
];

/**
 * Rules the suite exercises with cases of their own (written out in mutation-matrix.test.ts), each
 * with the query that reaches it: a reminder's deliveries (a reminder must exist first).
 */
export const OTHER_MUTATION_SUITE_CASES: { rule: RuleName; query: string }[] = [
  { rule: 'Reminder.deliveries', query: '{ reminders(schoolYear: 150) { deliveries { status } } }' },
  { rule: 'Reminder.deliveryCounts', query: '{ reminders(schoolYear: 150) { deliveryCounts { sent } } }' },
];
