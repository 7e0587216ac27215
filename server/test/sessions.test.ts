import { codes, demoIds, freshNationalId, Harness, seededHarness } from './harness';
import { dbLabel } from './db';

/**
 * Issue 9, item 4: a token lives while its login session does. logout ends it, logoutEverywhere
 * ends the person's, a password change the others, a reset and a suspension all of the login's; a
 * token that must change its password reads nothing beyond me, changeMyPassword and logout.
 */
let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  h = await seededHarness('sessions');
  ids = await demoIds(h);
}, 120000);
afterAll(() => h.stop());

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const ME = '{ me { username mustChangePassword } }';
let addr = 0;
async function tokenOf(u: string, p = 'demo1234'): Promise<string> {
  const r = await h.raw<{ login: { token: string } }>(LOGIN, { u, p }, undefined, `10.20.0.${++addr}`);
  if (!r.data?.login) throw new Error(JSON.stringify(r.errors));
  return `Bearer ${r.data.login.token}`;
}
const me = async (auth: string) => (await h.raw(ME, {}, auth)).data?.me?.username ?? null;

let seq = 0;
async function activeAccount() {
  seq++;
  const input = {
    unitId: ids.demoSchool,
    role: 'CONTACT',
    name: '連線測試',
    nationalId: freshNationalId(),
    username: `session${seq}`,
    password: 'Passw0rd!',
    phone: '02-2345-6789',
    email: `session${seq}@example.tw`,
  };
  const a = await h
    .anonymous()
    .query('mutation($input: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $input) { id } }', { input });
  const id = a.data!.applyForBusinessAccount.id;
  expect(
    (await h.as('chief.demo').query('mutation($id: ID!) { activateBusinessAccount(id: $id) { status } }', { id })).errors,
  ).toBeUndefined();
  return { ...input, id };
}

describe(`sessions (${dbLabel()})`, () => {
  it('logout ends this token only; another login of the same account goes on', async () => {
    const a = await tokenOf('teacher.demo');
    const b = await tokenOf('teacher.demo');
    expect(await me(a)).toBe('teacher.demo');
    expect((await h.raw('mutation { logout }', {}, a)).data!.logout).toBe(true);
    expect(await me(a)).toBeNull();
    expect(codes(await h.raw('{ teachers(first: 1) { totalCount } }', {}, a))).toEqual(['UNAUTHENTICATED']);
    expect(await me(b)).toBe('teacher.demo');
    expect(codes(await h.anonymous().query('mutation { logout }'))).toEqual(['UNAUTHENTICATED']);
  });

  it("logoutEverywhere ends all of the person's tokens, those of its other logins (same national ID) too", async () => {
    // the demo teacher also holds a business account with its national ID
    const [{ national_id }] = await h.ds.query('SELECT national_id FROM teacher WHERE id = ?', [ids.raw.teacherDemo]);
    const acc = await activeAccount();
    await h.ds.query('UPDATE business_account SET national_id = ? WHERE id = ?', [
      national_id,
      Number(acc.id && (await import('../src/shared/global-id')).fromGlobalId(acc.id, 'id').id),
    ]);
    const t1 = await tokenOf('teacher.demo');
    const t2 = await tokenOf('teacher.demo');
    const b = await tokenOf(acc.username, acc.password);
    const other = await tokenOf('teacher.other');
    const r = await h.raw('mutation { logoutEverywhere }', {}, t1);
    expect(r.data!.logoutEverywhere).toBeGreaterThanOrEqual(3);
    for (const t of [t1, t2, b]) expect(await me(t)).toBeNull();
    expect(await me(other)).toBe('teacher.other');
  });

  it('a password change ends the other tokens of the login and keeps the one that changed it', async () => {
    const a = await activeAccount();
    const t1 = await tokenOf(a.username, a.password);
    const t2 = await tokenOf(a.username, a.password);
    const r = await h.raw(
      'mutation($c: String!) { changeMyPassword(currentPassword: $c, newPassword: "Changed123") }',
      { c: a.password },
      t1,
    );
    expect(r.errors).toBeUndefined();
    expect(await me(t1)).toBe(a.username);
    expect(await me(t2)).toBeNull();
  });

  it("a manager's reset ends every token of the login", async () => {
    const a = await activeAccount();
    const t = await tokenOf(a.username, a.password);
    expect(
      (await h.as('chief.demo').query('mutation($id: ID!) { resetPassword(accountId: $id) { username } }', { id: a.id })).errors,
    ).toBeUndefined();
    expect(await me(t)).toBeNull();
  });

  it('a suspension ends the tokens, and activating the account again does not revive them', async () => {
    const a = await activeAccount();
    const t = await tokenOf(a.username, a.password);
    expect(await me(t)).toBe(a.username);
    expect(
      (await h.as('chief.demo').query('mutation($id: ID!) { suspendBusinessAccount(id: $id) { status } }', { id: a.id })).errors,
    ).toBeUndefined();
    expect(await me(t)).toBeNull();
    expect(
      (await h.as('chief.demo').query('mutation($id: ID!) { activateBusinessAccount(id: $id) { status } }', { id: a.id })).errors,
    ).toBeUndefined();
    expect(await me(t)).toBeNull();
    expect(await me(await tokenOf(a.username, a.password))).toBe(a.username);
  });

  it('a token that must change its password reads nothing beyond me, changeMyPassword and logout', async () => {
    const a = await activeAccount();
    const reset = await h
      .as('chief.demo')
      .query('mutation($id: ID!) { resetPassword(accountId: $id) { temporaryPassword } }', { id: a.id });
    const temp = reset.data!.resetPassword.temporaryPassword;
    const t = await tokenOf(a.username, temp);
    expect((await h.raw(ME, {}, t)).data!.me).toEqual({ username: a.username, mustChangePassword: true });
    for (const q of [
      '{ counties { name } }', // public reference data too
      '{ me { username } counties { name } }',
      '{ schools(first: 1) { totalCount } }',
      '{ businessAccountDirectory(first: 1) { totalCount } }',
      'query { ...F } fragment F on Query { counties { name } }',
    ]) {
      const r = await h.raw(q, {}, t);
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.errors![0].extensions!.reason).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(r.data ?? null).toBeNull();
    }
    const t2 = await tokenOf(a.username, temp);
    expect((await h.raw('mutation { logout }', {}, t2)).data!.logout).toBe(true);
    const changed = await h.raw(
      'mutation($c: String!) { changeMyPassword(currentPassword: $c, newPassword: "Fresh1234") }',
      { c: temp },
      t,
    );
    expect(changed.errors).toBeUndefined();
    expect((await h.raw('{ counties { name } }', {}, t)).errors).toBeUndefined();
  });
});
