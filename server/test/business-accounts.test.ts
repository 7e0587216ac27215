import { codes, demoIds, freshNationalId, Harness, seededHarness, TestClock } from './harness';
import { dbLabel } from './db';

let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
const clock = new TestClock();
beforeAll(async () => {
  h = await seededHarness('accounts', clock);
  ids = await demoIds(h);
}, 120000);
afterAll(() => h.stop());

const APPLY = `mutation($input: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $input) { id role status unit { name } } }`;
const ACCOUNT = 'id role status permissions version username';
const ACTIVATE = `mutation($id: ID!, $v: Int) { activateBusinessAccount(id: $id, version: $v) { ${ACCOUNT} } }`;
const SUSPEND = `mutation($id: ID!, $r: ID) { suspendBusinessAccount(id: $id, replacementId: $r) { ${ACCOUNT} } }`;
const DELETE = `mutation($id: ID!, $v: Int, $r: ID) { deleteBusinessAccount(id: $id, version: $v, replacementId: $r) { ${ACCOUNT} } }`;
const PERMS = `mutation($id: ID!, $p: [Permission!]!, $v: Int) { setBusinessAccountPermissions(id: $id, permissions: $p, version: $v) { ${ACCOUNT} } }`;
const ROLE = `mutation($id: ID!, $role: BusinessRole!, $r: ID) { changeBusinessAccountRole(id: $id, role: $role, replacementId: $r) { ${ACCOUNT} } }`;
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token viewer { role mustChangePassword } } }';

let userSeq = 0;
function application(over: Record<string, unknown> = {}) {
  userSeq++;
  return {
    unitId: ids.demoSchool,
    role: 'CONTACT',
    name: '申請人',
    nationalId: freshNationalId(),
    username: `applicant${userSeq}`,
    password: 'Passw0rd!',
    phone: '02-2345-6789',
    email: `applicant${userSeq}@example.tw`,
    ...over,
  };
}

async function apply(over: Record<string, unknown> = {}) {
  const input = application(over);
  const r = await h.anonymous().query(APPLY, { input });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return { ...input, id: r.data!.applyForBusinessAccount.id as string };
}

describe(`business-account lifecycle (${dbLabel()})`, () => {
  describe('applying', () => {
    it('anyone may apply; the account starts PENDING and cannot log in yet', async () => {
      const input = application();
      const r = await h.anonymous().query(APPLY, { input });
      expect(r.errors).toBeUndefined();
      expect(r.data!.applyForBusinessAccount).toMatchObject({ role: 'CONTACT', status: 'PENDING', unit: { name: '臺北市立大安國民小學' } });
      const login = await h.anonymous().query(LOGIN, { u: input.username, p: input.password });
      expect(codes(login)).toEqual(['UNAUTHENTICATED']);
      expect(login.errors![0].extensions!.reason).toBe('INACTIVE');
    });

    it.each([
      ['nationalId', { nationalId: 'A123456788' }],
      ['username', { username: 'x y' }],
      ['password', { password: 'short1' }],
      ['password', { password: 'lettersonly' }],
      ['email', { email: 'not-an-email' }],
      ['phone', { phone: 'call me' }],
      ['name', { name: ' ' }],
    ])('bad input names the field: %s', async (field, over) => {
      const r = await h.anonymous().query(APPLY, { input: application(over) });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions!.fields).toEqual([field]);
      expect(JSON.stringify(r.errors)).not.toContain('A123456788');
    });

    it('universities, legal entities and social-education institutions get OPERATOR accounts only', async () => {
      for (const role of ['CHIEF', 'CONTACT']) {
        const r = await h.anonymous().query(APPLY, { input: application({ unitId: ids.university, role }) });
        expect(codes(r)).toEqual(['BAD_USER_INPUT']);
        expect(r.errors![0].extensions!.fields).toEqual(['role']);
      }
      const ok = await h.anonymous().query(APPLY, { input: application({ unitId: ids.university, role: 'OPERATOR' }) });
      expect(ok.errors).toBeUndefined();
    });

    it('district centres and the platform take no business accounts', async () => {
      const r = await h.anonymous().query(APPLY, { input: application({ unitId: ids.districtUnit, role: 'OPERATOR' }) });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions!.fields).toEqual(['unitId']);
    });

    it('an application answers the same whether or not the national ID holds an account (no enumeration), and a pending one blocks nobody', async () => {
      const first = await apply();
      const [{ national_id: chiefId }] = await h.ds.query(
        "SELECT national_id FROM business_account a JOIN credential c ON c.business_account_id = a.id WHERE c.username = 'chief.demo'",
      );
      // someone else's ID (a pending one, the demo CHIEF's live one, a fresh one): the same success-shaped answer
      const shape = (r: any) => ({
        errors: r.errors,
        keys: Object.keys(r.data!.applyForBusinessAccount).sort(),
        status: r.data!.applyForBusinessAccount.status,
      });
      const answers = [];
      for (const nationalId of [first.nationalId, chiefId, freshNationalId()]) {
        answers.push(shape(await h.anonymous().query(APPLY, { input: application({ nationalId, unitId: ids.demoSchool }) })));
      }
      expect(answers[0]).toEqual({ errors: undefined, keys: ['id', 'role', 'status', 'unit'], status: 'PENDING' });
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      // the manager sees both pending applications of the first ID and decides: one activates, the other then cannot
      const LIST =
        'query($s: [AccountStatus!]) { businessAccounts(first: 100, statuses: $s) { edges { node { id nationalIdMasked status } } } }';
      const pending = (await h.as('chief.demo').query(LIST, { s: ['PENDING'] })).data!.businessAccounts.edges.map((e: any) => e.node);
      const mine = (
        await h.ds.query("SELECT id FROM business_account WHERE national_id = ? AND status = 'PENDING' ORDER BY id", [first.nationalId])
      ).map((r: any) => Number(r.id));
      expect(mine).toHaveLength(2);
      const { toGlobalId } = await import('../src/shared/global-id');
      expect(pending.map((n: any) => n.id)).toEqual(expect.arrayContaining(mine.map((id: number) => toGlobalId('BusinessAccount', id))));
      expect((await h.as('chief.demo').query(ACTIVATE, { id: toGlobalId('BusinessAccount', mine[1]) })).errors).toBeUndefined();
      const second = await h.as('chief.demo').query(ACTIVATE, { id: toGlobalId('BusinessAccount', mine[0]) });
      expect(codes(second)).toEqual(['CONFLICT']);
      expect(second.errors![0].extensions!.fields).toEqual(['nationalId']);
      // the application with the demo CHIEF's live ID cannot be activated either
      const [{ id: squatter }] = await h.ds.query("SELECT id FROM business_account WHERE national_id = ? AND status = 'PENDING'", [
        chiefId,
      ]);
      expect(codes(await h.as('chief.demo').query(ACTIVATE, { id: toGlobalId('BusinessAccount', Number(squatter)) }))).toEqual([
        'CONFLICT',
      ]);
    });

    it('a pending application expires after 30 days (by the clock): not activatable, no longer listed as pending', async () => {
      const start = clock.now();
      try {
        const a = await apply();
        const LIST = 'query($s: [AccountStatus!]) { businessAccounts(first: 100, statuses: $s) { edges { node { id status } } } }';
        const listed = async (st: string) =>
          (await h.as('chief.demo').query(LIST, { s: [st] })).data!.businessAccounts.edges.map((e: any) => e.node.id);
        expect(await listed('PENDING')).toContain(a.id);
        clock.set(new Date(start.getTime() + 29 * 86_400_000).toISOString());
        expect(await listed('PENDING')).toContain(a.id);
        clock.set(new Date(start.getTime() + 30 * 86_400_000 + 1000).toISOString());
        expect(await listed('PENDING')).not.toContain(a.id);
        expect(await listed('EXPIRED')).toContain(a.id);
        const r = await h.as('chief.demo').query(ACTIVATE, { id: a.id });
        expect(codes(r)).toEqual(['CONFLICT']);
        expect(r.errors![0].extensions!.reason).toBe('EXPIRED');
        const [{ status }] = await h.ds.query('SELECT status FROM business_account WHERE id = ?', [
          Number((await import('../src/shared/global-id')).fromGlobalId(a.id, 'id').id),
        ]);
        expect(status).toBe('PENDING');
      } finally {
        clock.set(start.toISOString());
      }
    });

    it('a taken username is a CONFLICT naming the field', async () => {
      const r = await h.anonymous().query(APPLY, { input: application({ username: 'chief.demo' }) });
      expect(codes(r)).toEqual(['CONFLICT']);
      expect(r.errors![0].message).toMatch(/username/);
      expect(r.errors![0].extensions!.fields).toEqual(['username']);
    });

    it('after deletion the national ID may apply again and the old username may be taken again', async () => {
      const first = await apply();
      const del = await h.as('chief.demo').query(DELETE, { id: first.id });
      expect(del.errors).toBeUndefined();
      expect(del.data!.deleteBusinessAccount.status).toBe('DELETED');
      const again = await h
        .anonymous()
        .query(APPLY, { input: application({ nationalId: first.nationalId, username: first.username, unitId: ids.otherSchool }) });
      expect(again.errors).toBeUndefined();
      expect(again.data!.applyForBusinessAccount.status).toBe('PENDING');
    });

    it('an account is personal: no operation changes its holder, national ID or unit, and none hands it over', async () => {
      const schema = await h
        .anonymous()
        .query('{ __schema { mutationType { fields { name args { name type { name ofType { name } } } } } } }');
      const fields = schema.data!.__schema.mutationType.fields as {
        name: string;
        args: { name: string; type: { name: string | null; ofType: { name: string } | null } }[];
      }[];
      expect(fields.map((f) => f.name).filter((n) => /transferBusinessAccount|handOver|changeHolder/i.test(n))).toEqual([]);
      const accountMutations = fields.filter((f) => /BusinessAccount/.test(f.name) && f.name !== 'applyForBusinessAccount');
      for (const f of accountMutations)
        expect(f.args.map((a) => a.name)).not.toEqual(expect.arrayContaining(['nationalId', 'unitId', 'name']));
    });
  });

  describe('managing', () => {
    it('the school CHIEF activates a CONTACT, who then logs in', async () => {
      const a = await apply();
      const r = await h.as('chief.demo').query(ACTIVATE, { id: a.id });
      expect(r.errors).toBeUndefined();
      expect(r.data!.activateBusinessAccount.status).toBe('ACTIVE');
      const login = await h.anonymous().query(LOGIN, { u: a.username, p: a.password });
      expect(login.data!.login.viewer.role).toBe('CONTACT');
    });

    it.each(['contact.demo', 'operator.demo', 'teacher.demo', 'chief.other', 'analyst', 'operator.univ'])(
      '%s may not activate a CONTACT of the demo school',
      async (login) => {
        const a = await apply();
        const r = await h.as(login).query(ACTIVATE, { id: a.id });
        expect(codes(r)).toEqual(['FORBIDDEN']);
        expect((await h.ds.query('SELECT status FROM business_account WHERE national_id = ?', [a.nationalId]))[0].status).toBe('PENDING');
      },
    );

    it("a school's CHIEF is activated by its county's district, not by the school's CHIEF nor another district's", async () => {
      const a = await apply({ role: 'CHIEF' });
      expect(codes(await h.as('chief.demo').query(ACTIVATE, { id: a.id }))).toEqual(['FORBIDDEN']);
      const b = await apply({ role: 'CHIEF', unitId: ids.thirdSchool });
      expect(codes(await h.as('district.taipei').query(ACTIVATE, { id: b.id }))).toEqual(['FORBIDDEN']);
      const ok = await h.as('district.taipei').query(ACTIVATE, { id: a.id });
      expect(ok.data!.activateBusinessAccount.status).toBe('ACTIVE');
      // the platform may act anywhere
      expect((await h.as('admin').query(ACTIVATE, { id: b.id })).data!.activateBusinessAccount.status).toBe('ACTIVE');
    });

    it('operators of universities are managed by the platform only', async () => {
      const a = await apply({ unitId: ids.university, role: 'OPERATOR' });
      for (const login of ['district.taipei', 'chief.demo', 'operator.univ'])
        expect(codes(await h.as(login).query(ACTIVATE, { id: a.id }))).toEqual(['FORBIDDEN']);
      expect((await h.as('admin').query(ACTIVATE, { id: a.id })).data!.activateBusinessAccount.status).toBe('ACTIVE');
      const role = await h.as('admin').query(ROLE, { id: a.id, role: 'CONTACT' });
      expect(codes(role)).toEqual(['BAD_USER_INPUT']);
      expect(role.errors![0].extensions!.fields).toEqual(['role']);
    });

    it('permissions narrow and restore, never beyond the role', async () => {
      const a = await apply({ role: 'OPERATOR' });
      await h.as('chief.demo').query(ACTIVATE, { id: a.id });
      const narrow = await h.as('chief.demo').query(PERMS, { id: a.id, p: ['STATISTICS'] });
      expect(narrow.data!.setBusinessAccountPermissions.permissions).toEqual(['STATISTICS']);
      const wide = await h.as('chief.demo').query(PERMS, { id: a.id, p: ['STATISTICS', 'UNIT_ACCOUNT_MANAGEMENT'] });
      expect(codes(wide)).toEqual(['BAD_USER_INPUT']);
      expect(wide.errors![0].extensions!.fields).toEqual(['permissions']);
      const restore = await h.as('chief.demo').query(PERMS, { id: a.id, p: ['COURSE_REGISTRATION', 'COURSE_MANAGEMENT', 'STATISTICS'] });
      expect(restore.data!.setBusinessAccountPermissions.permissions).toEqual(['COURSE_REGISTRATION', 'COURSE_MANAGEMENT', 'STATISTICS']);
    });

    it('a narrowed permission takes effect at once (the viewer is read per request)', async () => {
      const a = await apply({ role: 'CONTACT' });
      await h.as('chief.demo').query(ACTIVATE, { id: a.id });
      const token = (await h.anonymous().query(LOGIN, { u: a.username, p: a.password })).data!.login.token;
      const before = await h.raw('{ teachers(first: 1) { totalCount } }', {}, `Bearer ${token}`);
      expect(before.errors).toBeUndefined();
      await h.as('chief.demo').query(PERMS, { id: a.id, p: ['STATISTICS'] });
      const after = await h.raw('{ teachers(first: 1) { totalCount } }', {}, `Bearer ${token}`);
      expect(codes(after)).toEqual(['FORBIDDEN']);
    });

    it("a role change starts from the new role's defaults; the CHIEF cannot make a CHIEF", async () => {
      const a = await apply({ role: 'OPERATOR' });
      await h.as('chief.demo').query(ACTIVATE, { id: a.id });
      const r = await h.as('chief.demo').query(ROLE, { id: a.id, role: 'CONTACT' });
      expect(r.data!.changeBusinessAccountRole).toMatchObject({ role: 'CONTACT' });
      expect(r.data!.changeBusinessAccountRole.permissions).toContain('UNIT_TEACHER_MANAGEMENT');
      expect(codes(await h.as('chief.demo').query(ROLE, { id: a.id, role: 'CHIEF' }))).toEqual(['FORBIDDEN']);
    });

    it('a stale version is a CONFLICT and changes nothing', async () => {
      const a = await apply();
      const [{ version }] = await h.ds.query('SELECT version FROM business_account WHERE national_id = ?', [a.nationalId]);
      await h.as('chief.demo').query(ACTIVATE, { id: a.id, v: Number(version) });
      const stale = await h.as('chief.demo').query(DELETE, { id: a.id, v: Number(version) });
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect((await h.ds.query('SELECT status FROM business_account WHERE national_id = ?', [a.nationalId]))[0].status).toBe('ACTIVE');
    });

    it('a deleted account cannot be acted on again', async () => {
      const a = await apply();
      await h.as('chief.demo').query(DELETE, { id: a.id });
      expect(codes(await h.as('chief.demo').query(ACTIVATE, { id: a.id }))).toEqual(['NOT_FOUND']);
    });
  });

  it("the district changes a CHIEF's role when another active CHIEF remains", async () => {
    const extra = await apply({ role: 'CHIEF', unitId: ids.thirdSchool });
    expect(codes(await h.as('district.taipei').query(ROLE, { id: extra.id, role: 'CONTACT' }))).toEqual(['FORBIDDEN']); // 新北, not its county
    const mine = await apply({ role: 'CHIEF' });
    await h.as('district.taipei').query(ACTIVATE, { id: mine.id });
    const r = await h.as('district.taipei').query(ROLE, { id: mine.id, role: 'CONTACT' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.changeBusinessAccountRole.role).toBe('CONTACT');
  });

  it('lists accounts filtered by role, status, unit kind and a search', async () => {
    const L =
      'query($r: [BusinessRole!], $s: [AccountStatus!], $k: [UnitKind!], $q: String) { businessAccounts(first: 100, roles: $r, statuses: $s, unitKinds: $k, search: $q) { totalCount edges { node { role status username unit { kind name } } } } }';
    const chiefs = await h.as('district.taipei').query(L, { r: ['CHIEF'] });
    expect(chiefs.data!.businessAccounts.edges.every((e: any) => e.node.role === 'CHIEF')).toBe(true);
    expect(chiefs.data!.businessAccounts.totalCount).toBeGreaterThan(0);
    const organisers = await h.as('admin').query(L, { k: ['UNIVERSITY', 'LEGAL_ENTITY', 'SOCIAL_EDUCATION'] });
    expect(organisers.data!.businessAccounts.edges.map((e: any) => e.node.unit.kind)).toContain('UNIVERSITY');
    expect(organisers.data!.businessAccounts.edges.every((e: any) => e.node.unit.kind !== 'SCHOOL')).toBe(true);
    const pending = await h.as('chief.demo').query(L, { s: ['PENDING'] });
    expect(pending.data!.businessAccounts.edges.every((e: any) => e.node.status === 'PENDING')).toBe(true);
    const byName = await h.as('chief.demo').query(L, { q: 'contact.demo' });
    expect(byName.data!.businessAccounts.edges.map((e: any) => e.node.username)).toEqual(['contact.demo']);
  });

  describe('a school keeps at least one active CHIEF', () => {
    it('deleting, suspending or demoting the last active CHIEF is refused unless a replacement is activated at once', async () => {
      const lone = await h.ds.query(
        "SELECT COUNT(*) AS n FROM business_account WHERE unit_id = ? AND role = 'CHIEF' AND status = 'ACTIVE'",
        [ids.raw.otherSchool],
      );
      expect(Number(lone[0].n)).toBe(1);
      for (const [q, vars] of [
        [DELETE, {}],
        [SUSPEND, {}],
        [ROLE, { role: 'CONTACT' }],
      ] as const) {
        const r = await h.as('admin').query(q, { id: ids.chiefOther, ...vars });
        expect(codes(r)).toEqual(['CONFLICT']);
        expect(r.errors![0].extensions!.reason).toBe('LAST_CHIEF');
      }
      expect((await h.as('chief.other').query('{ me { role } }')).data!.me.role).toBe('CHIEF');
      // with a replacement (a pending application of the same school) it goes through in one operation
      const successor = await apply({ unitId: ids.otherSchool, role: 'CONTACT' });
      const r = await h.as('admin').query(DELETE, { id: ids.chiefOther, r: successor.id });
      expect(r.errors).toBeUndefined();
      const [{ n }] = await h.ds.query(
        "SELECT COUNT(*) AS n FROM business_account WHERE unit_id = ? AND role = 'CHIEF' AND status = 'ACTIVE'",
        [ids.raw.otherSchool],
      );
      expect(Number(n)).toBe(1);
      const login = await h.anonymous().query(LOGIN, { u: successor.username, p: successor.password });
      expect(login.data!.login.viewer.role).toBe('CHIEF');
    });

    it('a replacement must be of the same school and named by a manager of CHIEFs', async () => {
      const other = await apply({ unitId: ids.otherSchool });
      const r = await h.as('district.taipei').query(DELETE, { id: ids.chiefDemo, r: other.id });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions!.fields).toEqual(['replacementId']);
      const mine = await apply();
      const byChief = await h.as('chief.demo').query(SUSPEND, { id: ids.contactDemo, r: mine.id });
      expect(codes(byChief)).toEqual(['FORBIDDEN']);
      expect((await h.ds.query('SELECT status FROM business_account WHERE national_id = ?', [mine.nationalId]))[0].status).toBe('PENDING');
    });
  });
});
