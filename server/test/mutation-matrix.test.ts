import { DEMO_LOGINS } from '../src/db/seed/generator';
import { codes, demoIds, freshNationalId, Harness, seededHarness } from './harness';
import { dbLabel } from './db';

/**
 * The authorization matrix for every mutation: each demo login and an anonymous caller tries each
 * one on a target prepared for that attempt; the expected outcome is written out here.
 */
type Login = (typeof DEMO_LOGINS)[number];
const ALL = [...DEMO_LOGINS] as Login[];

let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  h = await seededHarness('mutation_matrix');
  ids = await demoIds(h);
}, 120000);
afterAll(() => h.stop());

let seq = 0;
async function account(role: string, status: 'PENDING' | 'ACTIVE', unitId = ids.demoSchool): Promise<string> {
  seq++;
  const input = {
    unitId, role, name: '矩陣', nationalId: freshNationalId(), username: `matrix${seq}`, password: 'Passw0rd!', phone: '02-1234-5678', email: `m${seq}@example.tw`,
  };
  const r = await h.anonymous().query('mutation($input: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $input) { id } }', { input });
  const id = r.data!.applyForBusinessAccount.id;
  if (status === 'ACTIVE') {
    const a = await h.as('admin').query('mutation($id: ID!) { activateBusinessAccount(id: $id) { id } }', { id });
    if (a.errors) throw new Error(JSON.stringify(a.errors));
  }
  return id;
}

/** A teacher added to chief.other's school and asked for by the demo school: a pending transfer request. */
async function pendingTransfer(): Promise<string> {
  const nationalId = freshNationalId();
  const add = await h.as('admin').query('mutation($input: NewTeacherInput!) { addTeacher(input: $input) { id } }', {
    input: { schoolId: ids.otherSchool, nationalId, name: '丁', title: 'FULL_TIME', subjects: ['ARTS'] },
  });
  if (add.errors) throw new Error(JSON.stringify(add.errors));
  const r = await h.as('chief.demo').query('mutation($n: String!, $to: ID!) { transferTeacher(nationalId: $n, toSchoolId: $to) { id } }', { n: nationalId, to: ids.demoSchool });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.transferTeacher.id;
}

interface Case {
  name: string;
  query: string;
  vars: () => Promise<Record<string, unknown>>;
  allowed: Login[] | 'everyone' | 'logged-in';
  after?: (login: Login) => Promise<void>;
  /** Logins refused by the row rather than the field: what they get instead of FORBIDDEN (e.g. NOT_FOUND for a row they cannot see). */
  denied?: Partial<Record<Login, string>>;
}

// ---- courses (issue 11): fresh targets of the demo school, the window open around the real time ----
const DAY = 86400_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const courseInput = (over: Record<string, unknown> = {}) => ({
  title: '矩陣課程', domain: 'EMERGING_POLICY', level: 'BASIC', mode: 'NON_CREDIT', place: 'ONLINE', methods: ['DIGITAL_COURSE'], hours: 2, capacity: 100,
  waitlistSize: 0, registrationOpensAt: iso(-DAY), registrationClosesAt: iso(10 * DAY), contactName: '承辦',
  sessions: [{ startsAt: iso(20 * DAY), endsAt: iso(20 * DAY + 7200_000), onlineUrl: 'https://meet.example.tw/m' }], ...over,
});
async function courseAt(stage: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'PUBLISHED', over: Record<string, unknown> = {}): Promise<string> {
  const run = async (login: string, q: string, v: Record<string, unknown>) => {
    const r = await h.as(login).query(q, v);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!;
  };
  const id = (await run('chief.demo', 'mutation($i: CourseInput!) { createCourse(input: $i) { id } }', { i: courseInput(over) })).createCourse.id;
  const steps: [string, string][] = [['SUBMITTED', 'submitCourse'], ['APPROVED', 'approveCourse'], ['PUBLISHED', 'publishCourse']];
  const upTo = ['DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED'].indexOf(stage);
  for (const [i, [, m]] of steps.entries()) {
    if (i >= upTo) break;
    await run(m === 'approveCourse' ? 'district.taipei' : 'chief.demo', `mutation($id: ID!) { ${m}(id: $id) { id } }`, { id });
  }
  return id;
}
async function enrolled(login: string, over: Record<string, unknown> = {}): Promise<{ course: string; registration: string }> {
  const course = await courseAt('PUBLISHED', over);
  const r = await h.as(login).query('mutation($c: ID!) { enrolInCourse(courseId: $c) { id } }', { c: course });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return { course, registration: r.data!.enrolInCourse.id };
}
const ORGANISERS: Login[] = ['admin', 'chief.demo', 'contact.demo', 'operator.demo'];
const HIDDEN = { 'district.taipei': 'NOT_FOUND', 'operator.univ': 'NOT_FOUND', 'chief.other': 'NOT_FOUND' } as const;
const COURSE_CASES: Case[] = [
  {
    name: 'createCourse', allowed: ['admin', 'district.taipei', 'chief.demo', 'contact.demo', 'operator.demo', 'chief.other', 'operator.univ'],
    query: 'mutation($i: CourseInput!) { createCourse(input: $i) { id } }', vars: async () => ({ i: courseInput() }),
  },
  { name: 'updateCourse', allowed: ORGANISERS, denied: HIDDEN, query: 'mutation($id: ID!, $i: CourseInput!) { updateCourse(id: $id, input: $i) { id } }', vars: async () => ({ id: await courseAt('DRAFT'), i: courseInput({ title: '改' }) }) },
  { name: 'submitCourse', allowed: ORGANISERS, denied: HIDDEN, query: 'mutation($id: ID!) { submitCourse(id: $id) { id } }', vars: async () => ({ id: await courseAt('DRAFT') }) },
  { name: 'approveCourse', allowed: ['admin', 'district.taipei'], query: 'mutation($id: ID!) { approveCourse(id: $id) { id } }', vars: async () => ({ id: await courseAt('SUBMITTED') }) },
  { name: 'returnCourse', allowed: ['admin', 'district.taipei'], query: 'mutation($id: ID!) { returnCourse(id: $id, reason: "再議") { id } }', vars: async () => ({ id: await courseAt('SUBMITTED') }) },
  {
    name: 'publishCourse', allowed: ORGANISERS, denied: { 'operator.univ': 'NOT_FOUND', 'chief.other': 'NOT_FOUND' },
    query: 'mutation($id: ID!) { publishCourse(id: $id) { id } }', vars: async () => ({ id: await courseAt('APPROVED') }),
  },
  { name: 'cancelCourse', allowed: ORGANISERS, query: 'mutation($id: ID!) { cancelCourse(id: $id, reason: "停辦") { id } }', vars: async () => ({ id: await courseAt('PUBLISHED') }) },
  {
    name: 'closeCourse', allowed: ORGANISERS, query: 'mutation($id: ID!) { closeCourse(id: $id) { id } }',
    vars: async () => ({
      id: await courseAt('PUBLISHED', {
        registrationOpensAt: iso(-30 * DAY), registrationClosesAt: iso(-20 * DAY), sessions: [{ startsAt: iso(-10 * DAY), endsAt: iso(-10 * DAY + 7200_000), onlineUrl: 'https://meet.example.tw/m' }],
      }),
    }),
  },
  {
    name: 'uploadCourseParticipants (dry run)', allowed: ORGANISERS,
    query: 'mutation($c: ID!, $f: String!) { uploadCourseParticipants(courseId: $c, file: $f, format: CSV) { rows } }',
    vars: async () => ({ c: await courseAt('PUBLISHED'), f: Buffer.from('身分證字號\r\nA123456789\r\n').toString('base64') }),
  },
  { name: 'enrolInCourse', allowed: ['teacher.demo', 'teacher.other'], query: 'mutation($c: ID!) { enrolInCourse(courseId: $c) { id } }', vars: async () => ({ c: await courseAt('PUBLISHED') }) },
  {
    name: 'withdrawFromCourse', allowed: ['teacher.demo', 'teacher.other'], query: 'mutation($c: ID!) { withdrawFromCourse(courseId: $c) { id } }',
    vars: async () => {
      const { course } = await enrolled('teacher.demo');
      const r = await h.as('teacher.other').query('mutation($c: ID!) { enrolInCourse(courseId: $c) { id } }', { c: course });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return { c: course };
    },
  },
  {
    name: 'decideCourseRegistration', allowed: ['chief.demo', 'contact.demo'], denied: { 'chief.other': 'NOT_FOUND' },
    query: 'mutation($id: ID!) { decideCourseRegistration(id: $id, approve: true) { id } }',
    vars: async () => ({ id: (await enrolled('teacher.demo', { schoolApproval: true })).registration }),
  },
];

const CASES: Case[] = [
  { name: 'markNotificationsRead', allowed: 'logged-in', query: 'mutation { markNotificationsRead(all: true) }', vars: async () => ({}) },
  {
    // the same answer for anyone, known or not (each attempt a new name: the per-name limit is not what is tested here)
    name: 'requestPasswordReset', allowed: 'everyone', query: 'mutation($l: String!) { requestPasswordReset(login: $l) }',
    vars: async () => ({ l: `nobody${++seq}` }),
  },
  {
    name: 'resetPasswordWithToken', allowed: 'everyone', query: 'mutation($t: String!) { resetPasswordWithToken(token: $t, newPassword: "Matrix1234") }',
    vars: async () => {
      // a valid link of a fresh account, as requestPasswordReset stores it (the SHA-256 of the token)
      const { createHash, randomBytes } = await import('node:crypto');
      const id = await account('OPERATOR', 'ACTIVE');
      const username = `matrix${seq}`;
      const [{ id: credentialId }] = await h.ds.query('SELECT id FROM credential WHERE username = ?', [username]);
      const token = randomBytes(32).toString('base64url');
      const { PasswordResetEntity } = await import('../src/modules/messaging');
      const now = h.app.services.clock.now();
      await h.ds.getRepository(PasswordResetEntity).insert({
        credentialId: Number(credentialId), tokenHash: createHash('sha256').update(token).digest('hex'), createdAt: now, expiresAt: new Date(now.getTime() + 600_000), usedAt: null,
      });
      void id;
      return { t: token };
    },
  },
  {
    name: 'applyForBusinessAccount', allowed: 'everyone',
    query: 'mutation($input: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $input) { id } }',
    vars: async () => {
      seq++;
      return { input: { unitId: ids.demoSchool, role: 'OPERATOR', name: '甲', nationalId: freshNationalId(), username: `apply${seq}`, password: 'Passw0rd!', phone: '02-1111-2222', email: 'a@example.tw' } };
    },
  },
  { name: 'activateBusinessAccount (CONTACT)', allowed: ['admin', 'chief.demo'], query: 'mutation($id: ID!) { activateBusinessAccount(id: $id) { id } }', vars: async () => ({ id: await account('CONTACT', 'PENDING') }) },
  { name: 'activateBusinessAccount (CHIEF)', allowed: ['admin', 'district.taipei'], query: 'mutation($id: ID!) { activateBusinessAccount(id: $id) { id } }', vars: async () => ({ id: await account('CHIEF', 'PENDING') }) },
  { name: 'activateBusinessAccount (university OPERATOR)', allowed: ['admin'], query: 'mutation($id: ID!) { activateBusinessAccount(id: $id) { id } }', vars: async () => ({ id: await account('OPERATOR', 'PENDING', ids.university) }) },
  { name: 'suspendBusinessAccount', allowed: ['admin', 'chief.demo'], query: 'mutation($id: ID!) { suspendBusinessAccount(id: $id) { id } }', vars: async () => ({ id: await account('CONTACT', 'ACTIVE') }) },
  { name: 'deleteBusinessAccount', allowed: ['admin', 'chief.demo'], query: 'mutation($id: ID!) { deleteBusinessAccount(id: $id) { id } }', vars: async () => ({ id: await account('OPERATOR', 'ACTIVE') }) },
  {
    name: 'setBusinessAccountPermissions', allowed: ['admin', 'chief.demo'],
    query: 'mutation($id: ID!) { setBusinessAccountPermissions(id: $id, permissions: [STATISTICS]) { id } }', vars: async () => ({ id: await account('CONTACT', 'ACTIVE') }),
  },
  {
    name: 'changeBusinessAccountRole', allowed: ['admin', 'chief.demo'],
    query: 'mutation($id: ID!) { changeBusinessAccountRole(id: $id, role: CONTACT) { id } }', vars: async () => ({ id: await account('OPERATOR', 'ACTIVE') }),
  },
  {
    name: 'resetPassword (business account)', allowed: ['admin', 'chief.demo'],
    query: 'mutation($id: ID!) { resetPassword(accountId: $id) { username } }', vars: async () => ({ id: await account('CONTACT', 'ACTIVE') }),
  },
  { name: 'resetPassword (teacher)', allowed: ['admin', 'chief.demo', 'contact.demo'], query: 'mutation($id: ID!) { resetPassword(accountId: $id) { username } }', vars: async () => ({ id: ids.teacherPeer }) },
  {
    name: 'changeMyPassword', allowed: 'logged-in',
    query: 'mutation { changeMyPassword(currentPassword: "demo1234", newPassword: "Changed123") }', vars: async () => ({}),
    after: async (login) => {
      const r = await h.as(login).query('mutation { changeMyPassword(currentPassword: "Changed123", newPassword: "demo1234") }');
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    },
  },
  {
    name: 'unlockLogin (business account)', allowed: ['admin', 'chief.demo'],
    query: 'mutation($id: ID!) { unlockLogin(accountId: $id) }', vars: async () => ({ id: await account('CONTACT', 'ACTIVE') }),
  },
  { name: 'unlockLogin (teacher)', allowed: ['admin', 'chief.demo', 'contact.demo'], query: 'mutation($id: ID!) { unlockLogin(accountId: $id) }', vars: async () => ({ id: ids.teacherDemo }) },
  { name: 'logout', allowed: 'logged-in', query: 'mutation { logout }', vars: async () => ({}), after: async () => h.forgetTokens() },
  { name: 'logoutEverywhere', allowed: 'logged-in', query: 'mutation { logoutEverywhere }', vars: async () => ({}), after: async () => h.forgetTokens() },
  { name: 'updateMyProfile', allowed: ['teacher.demo', 'teacher.other'], query: 'mutation { updateMyProfile(input: { phone: "02-2222-3333" }) { id } }', vars: async () => ({}) },
  { name: 'confirmMyProfile', allowed: ['teacher.demo', 'teacher.other'], query: 'mutation { confirmMyProfile { id } }', vars: async () => ({}) },
  {
    name: 'correctTeachers', allowed: ['admin', 'chief.demo', 'contact.demo'],
    query: 'mutation($id: ID!) { correctTeachers(items: [{ id: $id, title: FULL_TIME }]) { id } }', vars: async () => ({ id: ids.teacherPeer }),
  },
  { name: 'markTeacherReviewDone', allowed: ['admin', 'chief.demo', 'contact.demo'], query: 'mutation($id: ID!) { markTeacherReviewDone(schoolId: $id) { id } }', vars: async () => ({ id: ids.demoSchool }) },
  {
    name: 'addTeacher', allowed: ['admin', 'district.taipei', 'chief.demo', 'contact.demo'],
    query: 'mutation($input: NewTeacherInput!) { addTeacher(input: $input) { id } }',
    vars: async () => ({ input: { schoolId: ids.demoSchool, nationalId: freshNationalId(), name: '乙', title: 'ACTING', subjects: ['ARTS'] } }),
  },
  {
    name: 'transferTeacher', allowed: ['admin', 'district.taipei', 'chief.demo', 'contact.demo'],
    query: 'mutation($n: String!, $to: ID!) { transferTeacher(nationalId: $n, toSchoolId: $to) { id } }',
    vars: async () => {
      const nationalId = freshNationalId();
      const r = await h.as('admin').query('mutation($input: NewTeacherInput!) { addTeacher(input: $input) { id } }', {
        input: { schoolId: ids.thirdSchool, nationalId, name: '丙', title: 'FULL_TIME', subjects: ['ARTS'] },
      });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return { n: nationalId, to: ids.demoSchool };
    },
  },
  {
    name: 'acceptTeacherTransfer', allowed: ['admin', 'chief.other'],
    query: 'mutation($id: ID!) { acceptTeacherTransfer(id: $id) { status } }', vars: async () => ({ id: await pendingTransfer() }),
  },
  {
    // the sending side declines; the receiving side (its school, its district) withdraws
    name: 'declineTeacherTransfer', allowed: ['admin', 'chief.other', 'chief.demo', 'contact.demo', 'district.taipei'],
    query: 'mutation($id: ID!) { declineTeacherTransfer(id: $id) { status } }', vars: async () => ({ id: await pendingTransfer() }),
  },
  { name: 'setReferenceItem', allowed: ['admin'], query: 'mutation { setReferenceItem(input: { list: TITLE, code: "PART_TIME", active: true }) { code } }', vars: async () => ({}) },
];

describe(`mutation authorization matrix (${dbLabel()})`, () => {
  for (const c of [...CASES, ...COURSE_CASES]) {
    it(`${c.name}: ${Array.isArray(c.allowed) ? c.allowed.join(', ') : c.allowed}`, async () => {
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const login of [...ALL, null]) {
        const key = login ?? 'anonymous';
        const r = login ? await h.as(login).query(c.query, await c.vars()) : await h.anonymous().query(c.query, await c.vars());
        outcome[key] = r.errors ? codes(r).join(',') : 'ok';
        const allowed = c.allowed === 'everyone' || (login !== null && (c.allowed === 'logged-in' || c.allowed.includes(login)));
        expected[key] = allowed ? 'ok' : login ? (c.denied?.[login] ?? 'FORBIDDEN') : 'UNAUTHENTICATED';
        if (!r.errors && login && c.after) await c.after(login);
      }
      expect(outcome).toEqual(expected);
    });
  }
});
