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
}

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
  for (const c of CASES) {
    it(`${c.name}: ${Array.isArray(c.allowed) ? c.allowed.join(', ') : c.allowed}`, async () => {
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const login of [...ALL, null]) {
        const key = login ?? 'anonymous';
        const r = login ? await h.as(login).query(c.query, await c.vars()) : await h.anonymous().query(c.query, await c.vars());
        outcome[key] = r.errors ? codes(r).join(',') : 'ok';
        const allowed = c.allowed === 'everyone' || (login !== null && (c.allowed === 'logged-in' || c.allowed.includes(login)));
        expected[key] = allowed ? 'ok' : login ? 'FORBIDDEN' : 'UNAUTHENTICATED';
        if (!r.errors && login && c.after) await c.after(login);
      }
      expect(outcome).toEqual(expected);
    });
  }
});
