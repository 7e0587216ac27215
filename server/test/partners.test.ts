import type { AddressInfo } from 'node:net';

import { createHttpServer } from '../src/http';
import { codes, demoIds, Harness, seededHarness } from './harness';
import { dbLabel } from './db';

/** Partner keys: scopes, the leaky bucket, rotation and revocation, usage, hashes only. */
let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
const CREATE =
  'mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { secret key { id prefix scopes county { code } pointsPerSecond } } }';
beforeAll(async () => {
  h = await seededHarness('partners');
  ids = await demoIds(h);
}, 120000);
afterAll(() => h.stop());

const asKey = (secret: string) => ({ query: (q: string, v: Record<string, unknown> = {}) => h.raw(q, v, `ApiKey ${secret}`) });
async function key(scopes: string[], extra: Record<string, unknown> = {}) {
  const r = await h.as('admin').query(CREATE, { i: { name: `key ${scopes.join('+')}`, scopes, ...extra } });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.createApiKey as { secret: string; key: { id: string; prefix: string } };
}

describe(`partner keys (${dbLabel()})`, () => {
  it('only the platform creates keys; the secret is shown once and only its hash is kept', async () => {
    for (const login of ['analyst', 'district.taipei', 'chief.demo']) {
      expect(codes(await h.as(login).query(CREATE, { i: { name: 'x', scopes: ['DIRECTORY_READ'] } }))).toEqual(['FORBIDDEN']);
    }
    const k = await key(['DIRECTORY_READ']);
    expect(k.secret).toMatch(/^ik_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    const rows = await h.ds.query('SELECT * FROM api_key WHERE prefix = ?', [k.key.prefix]);
    expect(JSON.stringify(rows)).not.toContain(k.secret.split('_').slice(2).join('_'));
    const bad = await h.as('admin').query(CREATE, { i: { name: 'sync', scopes: ['TEACHER_SYNC'] } });
    expect(bad.errors![0].extensions!.fields).toEqual(['countyId']);
  });

  it('DIRECTORY_READ reads the school directory and nothing personal or statistical', async () => {
    const k = asKey((await key(['DIRECTORY_READ'])).secret);
    const schools = await k.query('{ schools(first: 5) { totalCount } me { role } }');
    expect(schools.data!.schools.totalCount).toBe(120);
    expect(schools.data!.me.role).toBe('PARTNER');
    expect(codes(await k.query('{ teachers(first: 1) { totalCount } }'))).toEqual(['FORBIDDEN']);
    expect(codes(await k.query('{ demand(source: TEACHER_PLANS, dimension: MODE) { k } }'))).toEqual(['FORBIDDEN']);
    expect(codes(await k.query('{ businessAccounts(first: 1) { totalCount } }'))).toEqual(['FORBIDDEN']);
  });

  it('STATISTICS_READ reads the analysis of every county, no rows about people', async () => {
    const k = asKey((await key(['STATISTICS_READ'])).secret);
    const r = await k.query(
      '{ demand(source: TEACHER_PLANS, dimension: MODE, groupBy: [COUNTY]) { groups { key { label } } } participation(schoolYears: [109]) { schoolsSubmitted } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.demand.groups).toHaveLength(23);
    expect(codes(await k.query('{ teachers(first: 1) { totalCount } }'))).toEqual(['FORBIDDEN']);
  });

  it('TEACHER_SYNC reads and corrects the teacher records of its county only, IDs masked, no contact details', async () => {
    const counties = (await h.anonymous().query('{ counties { id code } }')).data!.counties;
    const tpe = counties.find((c: any) => c.code === 'TPE').id;
    const k = asKey((await key(['TEACHER_SYNC'], { countyId: tpe })).secret);
    const list = await k.query('{ teachers(first: 100) { totalCount edges { node { school { county { code } } nationalIdMasked } } } }');
    const [{ n }] = await h.ds.query('SELECT COUNT(*) AS n FROM teacher t JOIN unit u ON u.id = t.school_id WHERE u.county_id = 2');
    expect(list.data!.teachers.totalCount).toBe(Number(n));
    expect(new Set(list.data!.teachers.edges.map((e: any) => e.node.school.county.code))).toEqual(new Set(['TPE']));
    expect(list.data!.teachers.edges[0].node.nationalIdMasked).toMatch(/\*{4}/);
    const email = await k.query('query($id: ID!) { node(id: $id) { ... on Teacher { email nationalId } } }', { id: ids.teacherPeer });
    expect(email.data!.node).toEqual({ email: null, nationalId: null });
    const fix = await k.query('mutation($id: ID!) { correctTeachers(items: [{ id: $id, title: DIRECTOR }]) { title } }', {
      id: ids.teacherPeer,
    });
    expect(fix.data!.correctTeachers[0].title).toBe('DIRECTOR');
    expect(
      codes(
        await k.query('mutation($id: ID!) { correctTeachers(items: [{ id: $id, title: DIRECTOR }]) { title } }', { id: ids.teacherOther }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await k.query('mutation($id: ID!) { resetPassword(accountId: $id) { username } }', { id: ids.teacherPeer }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await k.query('{ demand(source: TEACHER_PLANS, dimension: MODE) { k } }'))).toEqual(['FORBIDDEN']);
    const audit = await h
      .as('admin')
      .query('query($t: ID) { auditEvents(first: 5, targetId: $t, newestFirst: true) { edges { node { actorKind actorUsername } } } }', {
        t: ids.teacherPeer,
      });
    expect(audit.data!.auditEvents.edges[0].node.actorKind).toBe('PARTNER');
  });

  it('a leaky bucket per key: RATE_LIMITED with a retry time, and usage is visible to the platform', async () => {
    const created = await key(['DIRECTORY_READ'], { pointsPerSecond: 3 });
    const k = asKey(created.secret);
    // capacity 10 s x 3 points = 30 points; this query costs 1 (schools) + 10 x (edge 1 + node 1) = 21
    const q = '{ schools(first: 10) { edges { node { name code } } } }';
    expect((await k.query(q)).errors).toBeUndefined();
    const limited = await k.query(q);
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const keys = await h.as('admin').query('{ apiKeys { prefix requests refused pointsUsed lastUsedAt } }');
    const mine = keys.data!.apiKeys.find((x: any) => x.prefix === created.key.prefix);
    expect(mine).toMatchObject({ requests: 1, refused: 1, pointsUsed: 21 });
    expect(mine.lastUsedAt).not.toBeNull();
  });

  it('rotation replaces the secret at once; a revoked key is nobody', async () => {
    const created = await key(['DIRECTORY_READ']);
    const rotated = await h.as('admin').query('mutation($id: ID!) { rotateApiKey(id: $id) { secret } }', { id: created.key.id });
    const fresh = rotated.data!.rotateApiKey.secret;
    expect(codes(await asKey(created.secret).query('{ schools(first: 1) { totalCount } }'))).toEqual(['INVALID_API_KEY']);
    expect((await asKey(fresh).query('{ schools(first: 1) { totalCount } }')).errors).toBeUndefined();
    await h.as('admin').query('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: created.key.id });
    expect(codes(await asKey(fresh).query('{ schools(first: 1) { totalCount } }'))).toEqual(['INVALID_API_KEY']);
    expect(codes(await h.as('admin').query('mutation($id: ID!) { rotateApiKey(id: $id) { secret } }', { id: created.key.id }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('a key also works as X-Api-Key over HTTP', async () => {
    const created = await key(['DIRECTORY_READ']);
    const server = createHttpServer(h.app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': created.secret },
        body: JSON.stringify({ query: '{ me { role name } }' }),
      });
      expect(((await res.json()) as any).data.me).toEqual({ role: 'PARTNER', name: 'key DIRECTORY_READ' });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
