import { bitsToPermissions, ROLE_PERMISSIONS } from '../src/shared/enums';
import { codes, demoIds, freshNationalId, Harness, seededHarness } from './harness';
import { dbLabel } from './db';

/**
 * Competing requests fired in parallel (on MariaDB they run on separate connections): no ordering
 * may leave a school without an active CHIEF, two live accounts with one national ID, or a
 * permission wider than the role.
 */
let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  h = await seededHarness('races');
  ids = await demoIds(h);
  for (const u of ['admin', 'district.taipei', 'chief.demo']) await h.token(u);
}, 120000);
afterAll(() => h.stop());

const APPLY = 'mutation($input: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $input) { id } }';
let seq = 0;
const input = (over: Record<string, unknown> = {}) => {
  seq++;
  return {
    unitId: ids.demoSchool,
    role: 'CONTACT',
    name: '競速',
    nationalId: freshNationalId(),
    username: `racer${seq}`,
    password: 'Passw0rd!',
    phone: '02-1234-5678',
    email: `racer${seq}@example.tw`,
    ...over,
  };
};
const outcome = (r: { errors?: { extensions?: Record<string, any> }[] }) => (r.errors ? String(r.errors[0].extensions?.code) : 'ok');

async function activeChiefs(schoolId: number): Promise<number> {
  const [{ n }] = await h.ds.query(
    "SELECT COUNT(*) AS n FROM business_account WHERE unit_id = ? AND role = 'CHIEF' AND status = 'ACTIVE'",
    [schoolId],
  );
  return Number(n);
}

describe(`races (${dbLabel()})`, () => {
  it('20 parallel applications with one national ID: all pending, and exactly one can be activated', async () => {
    const nationalId = freshNationalId();
    const results = await Promise.all(Array.from({ length: 20 }, () => h.anonymous().query(APPLY, { input: input({ nationalId }) })));
    expect(results.map(outcome)).toEqual(Array(20).fill('ok'));
    const ACTIVATE = 'mutation($id: ID!) { activateBusinessAccount(id: $id) { status } }';
    const activated = await Promise.all(results.map((r) => h.as('chief.demo').query(ACTIVATE, { id: r.data!.applyForBusinessAccount.id })));
    const o = activated.map(outcome);
    expect(o.filter((x) => x === 'ok')).toHaveLength(1);
    expect(o.filter((x) => x === 'CONFLICT')).toHaveLength(19);
    const [{ n }] = await h.ds.query("SELECT COUNT(*) AS n FROM business_account WHERE live_national_id = ? AND status = 'ACTIVE'", [
      nationalId,
    ]);
    expect(Number(n)).toBe(1);
  });

  it('20 parallel applications for one username: exactly one login', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => h.anonymous().query(APPLY, { input: input({ username: 'same.name' }) })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(new Set(results.filter((r) => r.errors).map((r) => codes(r)[0]))).toEqual(new Set(['CONFLICT']));
  });

  it('removing every CHIEF of a school at once leaves one active CHIEF, whatever the order', async () => {
    // the demo school gets three more active CHIEFs
    const chiefs = [ids.chiefDemo];
    for (let i = 0; i < 3; i++) {
      const a = await h.anonymous().query(APPLY, { input: input({ role: 'CHIEF' }) });
      const id = a.data!.applyForBusinessAccount.id;
      expect(outcome(await h.as('district.taipei').query('mutation($id: ID!) { activateBusinessAccount(id: $id) { id } }', { id }))).toBe(
        'ok',
      );
      chiefs.push(id);
    }
    expect(await activeChiefs(ids.raw.demoSchool)).toBe(4);
    const ops = [
      'mutation($id: ID!) { deleteBusinessAccount(id: $id) { id } }',
      'mutation($id: ID!) { suspendBusinessAccount(id: $id) { id } }',
      'mutation($id: ID!) { changeBusinessAccountRole(id: $id, role: CONTACT) { id } }',
      'mutation($id: ID!) { deleteBusinessAccount(id: $id) { id } }',
    ];
    const results = await Promise.all(
      chiefs.flatMap((id, i) => [h.as('district.taipei').query(ops[i], { id }), h.as('admin').query(ops[(i + 1) % 4], { id })]),
    );
    const outcomes = results.map(outcome);
    // CONFLICT: the last CHIEF or a stale state; NOT_FOUND: already deleted; FORBIDDEN: already demoted
    // to CONTACT, which the district no longer manages
    expect(outcomes.filter((o) => !['ok', 'CONFLICT', 'NOT_FOUND', 'FORBIDDEN'].includes(o))).toEqual([]);
    expect(outcomes.filter((o) => o === 'CONFLICT').length).toBeGreaterThan(0);
    expect(await activeChiefs(ids.raw.demoSchool)).toBe(1);
  });

  it('a role change racing a permission change never leaves permissions wider than the role', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await h.anonymous().query(APPLY, { input: input({ role: 'CONTACT' }) });
      const id = a.data!.applyForBusinessAccount.id;
      await h.as('chief.demo').query('mutation($id: ID!) { activateBusinessAccount(id: $id) { id } }', { id });
      await Promise.all([
        h.as('chief.demo').query('mutation($id: ID!) { changeBusinessAccountRole(id: $id, role: OPERATOR) { id } }', { id }),
        h
          .as('chief.demo')
          .query('mutation($id: ID!, $p: [Permission!]!) { setBusinessAccountPermissions(id: $id, permissions: $p) { id } }', {
            id,
            p: ROLE_PERMISSIONS.CONTACT,
          }),
      ]);
    }
    const rows: { role: 'CHIEF' | 'CONTACT' | 'OPERATOR'; permissions: number }[] = await h.ds.query(
      'SELECT role, permissions FROM business_account',
    );
    for (const r of rows) {
      const allowed = new Set(ROLE_PERMISSIONS[r.role]);
      expect(bitsToPermissions(Number(r.permissions)).filter((p) => !allowed.has(p))).toEqual([]);
    }
  });

  it('every school still has an active CHIEF and no national ID has two live (active or suspended) accounts', async () => {
    const [{ n: dupes }] = await h.ds.query(
      "SELECT COUNT(*) AS n FROM (SELECT national_id FROM business_account WHERE status IN ('ACTIVE', 'SUSPENDED') GROUP BY national_id HAVING COUNT(*) > 1) d",
    );
    expect(Number(dupes)).toBe(0);
    const orphans = await h.ds.query(
      "SELECT u.id FROM unit u WHERE u.kind = 'SCHOOL' AND NOT EXISTS (SELECT 1 FROM business_account a WHERE a.unit_id = u.id AND a.role = 'CHIEF' AND a.status = 'ACTIVE')",
    );
    expect(orphans).toEqual([]);
  });
});
