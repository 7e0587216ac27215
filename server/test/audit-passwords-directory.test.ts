import { DEFAULT_LOGIN_LIMITS } from '../src/auth/login-guard';
import { codes, demoIds, freshNationalId, Harness, seededHarness } from './harness';
import { dbLabel } from './db';

let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  h = await seededHarness('audit');
  ids = await demoIds(h);
}, 120000);
afterAll(() => h.stop());

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token viewer { mustChangePassword } } }';
const AUDIT = `query($actor: String, $target: ID, $from: DateTimeISO, $to: DateTimeISO) {
  auditEvents(first: 100, actor: $actor, targetId: $target, from: $from, to: $to) {
    totalCount edges { node { occurredAt actorKind actorUsername actorUnit { name } operation targetType targetId targetUnit { name } changes { field before after } } }
  } }`;

let seq = 0;
async function applyAndActivate(login: string, over: Record<string, unknown> = {}) {
  seq++;
  const input = {
    unitId: ids.demoSchool,
    role: 'CONTACT',
    name: '申請人',
    nationalId: freshNationalId(),
    username: `audited${seq}`,
    password: 'Passw0rd!',
    phone: '02-2345-6789',
    email: `audited${seq}@example.tw`,
    ...over,
  };
  const a = await h
    .anonymous()
    .query('mutation($input: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $input) { id } }', { input });
  const id = a.data!.applyForBusinessAccount.id;
  const r = await h.as(login).query('mutation($id: ID!) { activateBusinessAccount(id: $id) { status } }', { id });
  expect(r.errors).toBeUndefined();
  return { ...input, id };
}

describe(`audit trail (${dbLabel()})`, () => {
  it('records who, what, when and before -> after, with personal data masked', async () => {
    const started = new Date(Date.now() - 1000);
    const a = await applyAndActivate('chief.demo');
    const r = await h.as('admin').query(AUDIT, { target: a.id, from: started.toISOString() });
    expect(r.errors).toBeUndefined();
    const events = r.data!.auditEvents.edges.map((e: any) => e.node);
    expect(events.map((e: any) => e.operation)).toEqual(['applyForBusinessAccount', 'activateBusinessAccount']);
    const [applied, activated] = events;
    expect(applied.actorKind).toBe('ANONYMOUS');
    expect(activated).toMatchObject({
      actorKind: 'BUSINESS',
      actorUsername: 'chief.demo',
      actorUnit: { name: '臺北市立大安國民小學' },
      targetType: 'BusinessAccount',
      targetId: a.id,
    });
    expect(activated.changes).toEqual([{ field: 'status', before: 'PENDING', after: 'ACTIVE' }]);
    const text = JSON.stringify(applied.changes);
    expect(text).not.toContain(a.nationalId);
    expect(text).not.toContain(a.email);
    expect(text).toContain(`${a.nationalId.slice(0, 3)}****${a.nationalId.slice(-3)}`);
    expect(new Date(activated.occurredAt).getTime()).toBeGreaterThanOrEqual(started.getTime());
  });

  it('is read by the platform (all), a district (its county) and a CHIEF (its unit); not by others', async () => {
    await applyAndActivate('chief.demo');
    const other = await h
      .anonymous()
      .query('mutation($input: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $input) { id } }', {
        input: {
          unitId: ids.otherSchool,
          role: 'CONTACT',
          name: '高雄申請',
          nationalId: freshNationalId(),
          username: `kh${Date.now() % 100000}`,
          password: 'Passw0rd!',
          phone: '07-1234567',
          email: 'kh@example.tw',
        },
      });
    await h
      .as('chief.other')
      .query('mutation($id: ID!) { activateBusinessAccount(id: $id) { status } }', { id: other.data!.applyForBusinessAccount.id });
    const units = async (login: string) =>
      new Set((await h.as(login).query(AUDIT)).data!.auditEvents.edges.map((e: any) => e.node.targetUnit?.name));
    const all = await units('admin');
    expect(all.has('臺北市立大安國民小學')).toBe(true);
    expect([...all].some((n) => String(n).startsWith('高雄市'))).toBe(true);
    const district = await units('district.taipei');
    expect([...district].every((n) => String(n).startsWith('臺北市'))).toBe(true);
    expect(await units('chief.demo')).toEqual(new Set(['臺北市立大安國民小學']));
    for (const login of ['contact.demo', 'operator.demo', 'teacher.demo', 'analyst', 'operator.univ']) {
      expect(codes(await h.as(login).query(AUDIT))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await h.anonymous().query(AUDIT))).toEqual(['UNAUTHENTICATED']);
  });

  it('reads newest first when asked, names the target, filters by operation', async () => {
    const a = await applyAndActivate('chief.demo');
    const r = await h
      .as('chief.demo')
      .query(
        '{ auditEvents(first: 2, newestFirst: true) { pageInfo { hasNextPage endCursor } edges { node { operation targetLabel } } } }',
      );
    expect(r.data!.auditEvents.edges[0].node).toEqual({ operation: 'activateBusinessAccount', targetLabel: `${a.name}（連絡人）` });
    const next = await h
      .as('chief.demo')
      .query('query($c: String) { auditEvents(first: 2, newestFirst: true, after: $c) { edges { node { operation } } } }', {
        c: r.data!.auditEvents.pageInfo.endCursor,
      });
    expect(next.data!.auditEvents.edges[0].node.operation).not.toBeUndefined();
    const ops = await h
      .as('admin')
      .query('{ auditEvents(first: 100, operation: activateBusinessAccount) { edges { node { operation } } } }');
    expect(new Set(ops.data!.auditEvents.edges.map((e: any) => e.node.operation))).toEqual(new Set(['activateBusinessAccount']));
  });

  it('filters by actor and time, and the API offers no way to edit it', async () => {
    const byChief = (await h.as('admin').query(AUDIT, { actor: 'chief.demo' })).data!.auditEvents.edges.map(
      (e: any) => e.node.actorUsername,
    );
    expect(byChief.length).toBeGreaterThan(0);
    expect(new Set(byChief)).toEqual(new Set(['chief.demo']));
    const future = await h.as('admin').query(AUDIT, { from: new Date(Date.now() + 3600_000).toISOString() });
    expect(future.data!.auditEvents.totalCount).toBe(0);
    const backwards = await h.as('admin').query(AUDIT, { from: new Date().toISOString(), to: new Date(Date.now() - 1000).toISOString() });
    expect(backwards.errors![0].extensions!.fields).toEqual(['to']);
    const schema = await h.anonymous().query('{ __schema { mutationType { fields { name } } } }');
    expect(schema.data!.__schema.mutationType.fields.map((f: any) => f.name).filter((n: string) => /audit/i.test(n))).toEqual([]);
  });

  it("a teacher's own profile change is recorded too, contact details masked", async () => {
    await h.as('teacher.demo').query('mutation { updateMyProfile(input: { email: "secret.person@example.tw" }) { id } }');
    const r = await h.as('admin').query(AUDIT, { target: ids.teacherDemo });
    const change = r.data!.auditEvents.edges.map((e: any) => e.node).find((e: any) => e.operation === 'updateMyProfile');
    expect(change.changes).toEqual([{ field: 'email', before: expect.any(String), after: 's***@example.tw' }]);
  });
});

describe(`passwords (${dbLabel()})`, () => {
  it('changes its own password: the current one must be right and the new one strong', async () => {
    const a = await applyAndActivate('chief.demo');
    const token = (await h.anonymous().query(LOGIN, { u: a.username, p: a.password })).data!.login.token;
    const change = (cur: string, next: string) =>
      h.raw(
        'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }',
        { c: cur, n: next },
        `Bearer ${token}`,
      );
    expect((await change('wrong-one1', 'NewPassw0rd')).errors![0].extensions!.fields).toEqual(['currentPassword']);
    expect((await change(a.password, 'weak')).errors![0].extensions!.fields).toEqual(['newPassword']);
    expect((await change(a.password, 'NewPassw0rd')).data!.changeMyPassword).toBe(true);
    expect(codes(await h.anonymous().query(LOGIN, { u: a.username, p: a.password }))).toEqual(['UNAUTHENTICATED']);
    expect((await h.anonymous().query(LOGIN, { u: a.username, p: 'NewPassw0rd' })).errors).toBeUndefined();
  });

  it("a manager resets a subordinate's password: one-time, and it must be changed before anything else", async () => {
    const a = await applyAndActivate('chief.demo');
    const RESET = 'mutation($id: ID!) { resetPassword(accountId: $id) { username temporaryPassword } }';
    for (const login of ['contact.demo', 'operator.demo', 'teacher.demo', 'chief.other', 'analyst']) {
      expect(codes(await h.as(login).query(RESET, { id: a.id }))).toEqual(['FORBIDDEN']);
    }
    const r = await h.as('chief.demo').query(RESET, { id: a.id });
    const { username, temporaryPassword } = r.data!.resetPassword;
    expect(username).toBe(a.username);
    expect(temporaryPassword).toMatch(/^(?=.*[a-z])(?=.*\d)[a-z\d]{12}$/);
    const login = await h.anonymous().query(LOGIN, { u: username, p: temporaryPassword });
    expect(login.data!.login.viewer.mustChangePassword).toBe(true);
    const auth = `Bearer ${login.data!.login.token}`;
    const blocked = await h.raw('{ teachers(first: 1) { totalCount } }', {}, auth);
    expect(codes(blocked)).toEqual(['FORBIDDEN']);
    expect(blocked.errors![0].extensions!.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await h.raw(
      'mutation($c: String!) { changeMyPassword(currentPassword: $c, newPassword: "Fresh1234") }',
      { c: temporaryPassword },
      auth,
    );
    expect(changed.data!.changeMyPassword).toBe(true);
    expect((await h.raw('{ teachers(first: 1) { totalCount } }', {}, auth)).errors).toBeUndefined();
    // the stored hash is not the temporary password in clear
    const [{ password_hash }] = await h.ds.query('SELECT password_hash FROM credential WHERE username = ?', [username]);
    expect(password_hash).not.toContain(temporaryPassword);
  });

  it("the school resets a teacher's password, creating its login if it has none", async () => {
    const r = await h
      .as('chief.demo')
      .query('mutation($id: ID!) { resetPassword(accountId: $id) { username temporaryPassword } }', { id: ids.teacherPeer });
    expect(r.errors).toBeUndefined();
    const login = await h.anonymous().query(LOGIN, { u: r.data!.resetPassword.username, p: r.data!.resetPassword.temporaryPassword });
    expect(login.data!.login.viewer.mustChangePassword).toBe(true);
    expect(
      codes(
        await h.as('district.taipei').query('mutation($id: ID!) { resetPassword(accountId: $id) { username } }', { id: ids.teacherPeer }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it(`after ${DEFAULT_LOGIN_LIMITS.freeFailures} failures a login waits a growing delay (RATE_LIMITED, retryAfterSeconds), even with the right password; its managers lift it`, async () => {
    const a = await applyAndActivate('chief.demo');
    const free = DEFAULT_LOGIN_LIMITS.freeFailures;
    for (let i = 0; i < free; i++) {
      const r = await h.raw(LOGIN, { u: a.username, p: 'wrong-password1' }, undefined, '10.9.0.1');
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    }
    const delayed = await h.raw(LOGIN, { u: a.username, p: a.password }, undefined, '10.9.0.2');
    expect(codes(delayed)).toEqual(['RATE_LIMITED']);
    expect(delayed.errors![0].extensions).toMatchObject({ reason: 'ACCOUNT_DELAY', retryAfterSeconds: 1 });
    // no hard lock: the delay is 1 s after the 5th failure, 2 s after the 6th ... (by the database's count)
    const [{ failed_logins }] = await h.ds.query('SELECT failed_logins FROM credential WHERE username = ?', [a.username]);
    expect(Number(failed_logins)).toBe(free);
    const UNLOCK = 'mutation($id: ID!) { unlockLogin(accountId: $id) }';
    for (const login of ['contact.demo', 'teacher.demo', 'chief.other', 'analyst']) {
      expect(codes(await h.as(login).query(UNLOCK, { id: a.id }))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await h.anonymous().query(UNLOCK, { id: a.id }))).toEqual(['UNAUTHENTICATED']);
    expect((await h.as('chief.demo').query(UNLOCK, { id: a.id })).data!.unlockLogin).toBe(true);
    const again = await h.raw(LOGIN, { u: a.username, p: a.password }, undefined, '10.9.0.2');
    expect(again.errors).toBeUndefined();
    const audit = await h.as('admin').query(AUDIT, { target: a.id });
    expect(audit.data!.auditEvents.edges.map((e: any) => e.node.operation)).toContain('unlockLogin');
  });
});

describe(`public business-account lookup (${dbLabel()})`, () => {
  const LOOKUP =
    'query($c: ID, $s: String, $first: Int) { businessAccountDirectory(countyId: $c, search: $s, first: $first) { totalCount edges { node { unitName unitCode county { name } name role phone email } } } }';

  it('shows unit, name, phone and e-mail of active CHIEFs and CONTACTs to anyone, no OPERATORs', async () => {
    const r = await h.raw(LOOKUP, { s: '020001', first: 50 }, undefined, 'lookup-1');
    expect(r.errors).toBeUndefined();
    const rows = r.data!.businessAccountDirectory.edges.map((e: any) => e.node);
    expect(new Set(rows.map((x: any) => x.role))).toEqual(new Set(['CHIEF', 'CONTACT']));
    expect(rows.every((x: any) => x.unitCode === '020001' && x.phone && x.email)).toBe(true);
    const [{ n }] = await h.ds.query(
      "SELECT COUNT(*) AS n FROM business_account a JOIN unit u ON u.id = a.unit_id WHERE u.code = '020001' AND a.status = 'ACTIVE' AND a.role IN ('CHIEF', 'CONTACT')",
    );
    expect(rows).toHaveLength(Number(n));
  });

  it('has no field for national IDs, usernames or statuses', async () => {
    const t = await h.raw('{ __type(name: "DirectoryEntry") { fields { name } } }', {}, undefined, 'lookup-2');
    const names = t.data!.__type.fields.map((f: any) => f.name);
    for (const hidden of ['nationalId', 'nationalIdMasked', 'username', 'status', 'permissions']) expect(names).not.toContain(hidden);
    const bad = await h.raw('{ businessAccountDirectory(first: 1) { edges { node { username } } } }', {}, undefined, 'lookup-2');
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('searches by county and unit name, and pages', async () => {
    const counties = (await h.anonymous().query('{ counties { id code } }')).data!.counties;
    const khh = counties.find((c: any) => c.code === 'KHH').id;
    const r = await h.raw(LOOKUP, { c: khh, first: 5 }, undefined, 'lookup-3');
    expect(r.data!.businessAccountDirectory.edges.every((e: any) => e.node.county.name === '高雄市')).toBe(true);
    const byName = await h.raw(LOOKUP, { s: '大安國民小學' }, undefined, 'lookup-3');
    expect(byName.data!.businessAccountDirectory.edges.map((e: any) => e.node.unitName)).toContain('臺北市立大安國民小學');
    expect(codes(await h.raw(LOOKUP, { first: 101 }, undefined, 'lookup-3'))).toEqual(['BAD_USER_INPUT']);
  });

  it('is rate-limited per client address', async () => {
    const results: string[] = [];
    for (let i = 0; i < 35; i++) results.push(codes(await h.raw(LOOKUP, { first: 1 }, undefined, 'flooder'))[0] ?? 'ok');
    expect(results.slice(0, 30).every((c) => c === 'ok')).toBe(true);
    expect(results.slice(30).every((c) => c === 'RATE_LIMITED')).toBe(true);
    expect(codes(await h.raw(LOOKUP, { first: 1 }, undefined, 'someone-else'))).toEqual([]);
  });
});
