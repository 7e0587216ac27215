import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHttpServer } from '../src/http';
import { projectRoot } from '../src/db/data-source';
import { codes, Harness, seededHarness } from './harness';
import { dbLabel } from './db';

/**
 * Status codes through the real HTTP server, as the GraphQL-over-HTTP specification asks for them
 * with `application/graphql-response+json`; introspection and hints for anonymous callers in
 * production; what partner keys pay.
 */
let h: Harness;
let server: Server;
let base: string;
beforeAll(async () => {
  h = await seededHarness('status');
  server = createHttpServer(h.app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120000);
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await h.stop();
});

const ACCEPT = 'application/graphql-response+json';
async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: ACCEPT, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: any[]; extensions?: any } };
}
const code = (b: { errors?: any[] }) => b.errors?.[0]?.extensions?.code;

async function newKey(pointsPerSecond: number, scopes = ['DIRECTORY_READ']) {
  const r = await h.as('admin').query('mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { secret key { id } } }', {
    i: { name: `status ${pointsPerSecond}`, scopes, pointsPerSecond },
  });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.createApiKey as { secret: string; key: { id: string } };
}

describe(`HTTP status codes (${dbLabel()})`, () => {
  it('200 for an answer; QUERY_TOO_COMPLEX is 400 and nothing runs', async () => {
    const ok = await post({ query: '{ counties { name } }' });
    expect(ok.status).toBe(200);
    const r = await post({ query: '{ counties { schedules { county { schedules { county { schedules { schoolYear } } } } } } }' });
    expect(r.status).toBe(400);
    expect(code(r.body)).toBe('QUERY_TOO_COMPLEX');
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors![0].extensions.http).toBeUndefined();
  });

  it("a trusted document's hash sent with some other text is 400 BAD_USER_INPUT", async () => {
    const published = JSON.parse(
      fs.readFileSync(path.join(projectRoot(), 'client', 'src', 'gql', 'persisted-documents.json'), 'utf8'),
    ) as Record<string, string>;
    const hash = Object.keys(published)[0];
    const r = await post({ query: '{ counties { name } }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(r.status).toBe(400);
    expect(code(r.body)).toBe('BAD_USER_INPUT');
    expect(r.body.errors![0].extensions.reason).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    // the hash alone still works
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, operationName: undefined });
    expect(byHash.status).not.toBe(500);
  });

  it('an unknown, malformed or revoked API key is 401 INVALID_API_KEY, not "please log in"', async () => {
    for (const key of ['ik_abcdefgh_' + 'x'.repeat(43), 'not-a-key']) {
      const r = await post({ query: '{ me { role } }' }, { 'x-api-key': key });
      expect(r.status).toBe(401);
      expect(code(r.body)).toBe('INVALID_API_KEY');
    }
    const k = await newKey(100);
    expect((await post({ query: '{ me { role } }' }, { authorization: `ApiKey ${k.secret}` })).body.data.me.role).toBe('PARTNER');
    await h.as('admin').query('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: k.key.id });
    const revoked = await post({ query: '{ me { role } }' }, { authorization: `ApiKey ${k.secret}` });
    expect(revoked.status).toBe(401);
    expect(code(revoked.body)).toBe('INVALID_API_KEY');
  });

  it("a key's full bucket is 429 RATE_LIMITED with Retry-After", async () => {
    const k = await newKey(3); // 30 points
    const q = { query: '{ schools(first: 10) { edges { node { name } } } }' }; // 21 points
    expect((await post(q, { 'x-api-key': k.secret })).status).toBe(200);
    const r = await post(q, { 'x-api-key': k.secret });
    expect(r.status).toBe(429);
    expect(code(r.body)).toBe('RATE_LIMITED');
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(r.headers.get('retry-after'))).toBe(r.body.errors![0].extensions.retryAfterSeconds);
  });

  it("a request costing more than the key's whole bucket gets an error naming the bucket (400), not a retry that never succeeds", async () => {
    const k = await newKey(2); // 20 points
    const r = await post({ query: '{ schools(first: 10) { edges { node { name } } } }' }, { 'x-api-key': k.secret }); // 21
    expect(r.status).toBe(400);
    expect(r.headers.get('retry-after')).toBeNull();
    expect(code(r.body)).toBe('QUERY_TOO_COMPLEX');
    expect(r.body.errors![0].extensions).toMatchObject({ limit: 'bucket', value: 21, max: 20, pointsPerSecond: 2 });
    expect(r.body.errors![0].message).toContain('bucket of 20 points');
  });

  it("a partner request that fails validation still pays a minimum (10 points) into the key's bucket", async () => {
    // 1 point a second, a bucket of 10: one invalid request fills it, and it takes 10 s to drain
    // (a faster key made this depend on the machine's speed)
    const k = await newKey(1);
    for (let i = 0; i < 1; i++) {
      const bad = await post({ query: '{ nope }' }, { 'x-api-key': k.secret });
      expect(bad.status).toBe(400);
      expect(code(bad.body)).toBe('BAD_USER_INPUT');
    }
    const limited = await post({ query: '{ nope }' }, { 'x-api-key': k.secret });
    expect(limited.status).toBe(429);
    expect(code(limited.body)).toBe('RATE_LIMITED');
    expect(limited.headers.get('retry-after')).not.toBeNull();
    const valid = await post({ query: '{ schools(first: 1) { totalCount } }' }, { 'x-api-key': k.secret });
    expect(valid.status).toBe(429);
    await h.app.services.apiKeys.flush();
    const [row] = await h.ds.query('SELECT points_used AS p, refused AS r FROM api_key WHERE name = ? ORDER BY id DESC', ['status 1']);
    expect(Number(row.p)).toBe(10);
    expect(Number(row.r)).toBeGreaterThanOrEqual(2);
  });

  it("the public lookup's limit per address is 429 with Retry-After", async () => {
    const q = { query: '{ businessAccountDirectory(first: 1, search: "國") { totalCount } }' };
    let last = await post(q);
    for (let i = 0; i < 40 && last.status === 200; i++) last = await post(q);
    expect(last.status).toBe(429);
    expect(code(last.body)).toBe('RATE_LIMITED');
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe(`introspection and "Did you mean" in production (${dbLabel()})`, () => {
  const env = process.env.NODE_ENV;
  beforeAll(() => {
    process.env.NODE_ENV = 'production';
  });
  afterAll(() => {
    process.env.NODE_ENV = env;
  });

  it('anonymous callers (and teachers, schools, districts) get no introspection; analysts, partners and the platform keep it', async () => {
    const schema = '{ __schema { queryType { name } } }';
    const type = '{ __type(name: "School") { fields { name } } }';
    for (const q of [schema, type]) {
      const r = await post({ query: q });
      expect(r.status).toBe(403);
      expect(r.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED' });
      expect(codes(await h.as('teacher.demo').query(q))).toEqual(['FORBIDDEN']);
    }
    for (const login of ['analyst', 'admin']) expect((await h.as(login).query(schema)).data!.__schema.queryType.name).toBe('Query');
    const k = await newKey(100);
    expect((await post({ query: schema }, { 'x-api-key': k.secret })).body.data.__schema.queryType.name).toBe('Query');
    // the same documents again (each checked once, then remembered): still refused to those who may not
    for (const q of [schema, type]) {
      expect((await post({ query: q })).status).toBe(403);
      expect(codes(await h.as('teacher.demo').query(q))).toEqual(['FORBIDDEN']);
    }
    // introspection inside a fragment is found too
    const viaFragment = 'query { ...F } fragment F on Query { __schema { types { name } } }';
    expect((await post({ query: viaFragment })).status).toBe(403);
    expect((await h.as('analyst').query(viaFragment)).errors).toBeUndefined();
    // __typename is not introspection
    expect((await post({ query: '{ __typename }' })).status).toBe(200);
  });

  it('no "Did you mean" hints for anonymous callers; the analyst keeps them', async () => {
    const anon = await post({ query: '{ countis { name } }' });
    expect(anon.status).toBe(400);
    expect(anon.body.errors![0].message).toBe('Cannot query field "countis" on type "Query".');
    const analyst = await h.as('analyst').query('{ countis { name } }');
    expect(analyst.errors![0].message).toContain('Did you mean');
  });
});

describe(`DATABASE_UNAVAILABLE (${dbLabel()})`, () => {
  it('is 503 with its reason for a logged-in caller too (reading the token needs the database)', async () => {
    const token = await h.token('analyst');
    const d = await seededHarness('status_down');
    const srv = createHttpServer(d.app);
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/graphql`;
    try {
      const t = await d.token('analyst');
      await d.ds.destroy();
      for (const authorization of [`Bearer ${t}`, undefined]) {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: ACCEPT, ...(authorization ? { authorization } : {}) },
          body: JSON.stringify({ query: '{ counties { name } }' }),
        });
        const body = (await res.json()) as any;
        expect(res.status).toBe(503);
        expect(body.errors[0].extensions).toMatchObject({ reason: 'DATABASE_UNAVAILABLE' });
        expect(body.errors[0].message).toContain('database is unavailable');
      }
    } finally {
      await new Promise((r) => srv.close(r));
      await d.stop();
    }
    expect(token).toBeTruthy();
  }, 120000);
});
