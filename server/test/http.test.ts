import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHttpServer } from '../src/http';
import { Harness } from './harness';

describe('HTTP: the API at /graphql and the UI at /', () => {
  let h: Harness;
  let server: Server;
  let base: string;
  const ui = fs.mkdtempSync(path.join(os.tmpdir(), 'inservice-ui-'));

  beforeAll(async () => {
    fs.mkdirSync(path.join(ui, 'assets'));
    fs.writeFileSync(path.join(ui, 'index.html'), '<!doctype html><title>教師進修</title>');
    fs.writeFileSync(path.join(ui, 'assets', 'app.js'), 'console.log(1)');
    h = await Harness.start();
    server = createHttpServer(h.app, { staticDir: ui });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await h.stop();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers { me { __typename } } and logs in over HTTP with a bearer token', async () => {
    const anon = await (await post(JSON.stringify({ query: '{ me { __typename } }' }))).json() as any;
    expect(anon.data).toEqual({ me: null });
    expect(anon.extensions.cost).toMatchObject({ requested: 1, depth: 2 });
    const login: any = await (
      await post(JSON.stringify({ query: 'mutation { login(username: "analyst", password: "demo1234") { token } }' }))
    ).json();
    const token = login.data.login.token;
    const me = await (await post(JSON.stringify({ query: '{ me { __typename username } }' }), { authorization: `Bearer ${token}` })).json() as any;
    expect(me.data.me).toEqual({ __typename: 'Viewer', username: 'analyst' });
  });

  it('a body that is not JSON gets 400 with BAD_USER_INPUT', async () => {
    const res = await post('{not json');
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a body over 1 MiB is refused', async () => {
    const res = await post(JSON.stringify({ query: `{ me { username } } #${'x'.repeat(1_100_000)}` }));
    expect(res.status).toBe(413);
  });

  it('serves the UI files and falls back to index.html for client routes', async () => {
    const index = await fetch(`${base}/schools/abc/teachers`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await index.text()).toContain('教師進修');
    const asset = await fetch(`${base}/assets/app.js`);
    expect(asset.headers.get('content-type')).toContain('javascript');
    const escape = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).toContain('教師進修');
  });
});

describe('GraphQL over HTTP, security headers, CORS', () => {
  let h: Harness;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    h = await Harness.start();
    server = createHttpServer(h.app, { corsOrigins: ['https://partner.example.tw'] });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await h.stop();
  });

  it('GET serves queries (with a preflight-forcing header) and refuses mutations', async () => {
    const q = encodeURIComponent('{ counties { code } }');
    const ok = await fetch(`${base}/graphql?query=${q}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as any).data.counties).toHaveLength(23);
    const csrf = await fetch(`${base}/graphql?query=${q}`);
    expect(csrf.status).toBe(400);
    const m = encodeURIComponent('mutation { login(username: "a", password: "b") { token } }');
    const mutation = await fetch(`${base}/graphql?query=${m}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(mutation.status).toBe(405);
  });

  it('answers application/graphql-response+json with 4xx for requests that cannot run', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(res.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a simple cross-site POST (text/plain) is refused by CSRF prevention; wrong variable types are BAD_USER_INPUT', async () => {
    const plain = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ counties { code } }' }) });
    expect(plain.status).toBeGreaterThanOrEqual(400);
    const vars = await fetch(`${base}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query($f: Int) { schools(first: $f) { totalCount } }', variables: { f: 'many' } }),
    });
    expect(((await vars.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('sets security headers; CORS only for configured origins', async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://partner.example.tw' }, body: JSON.stringify({ query: '{ me { username } }' }) });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://partner.example.tw');
    const other = await fetch(`${base}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' } });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await fetch(`${base}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://partner.example.tw', 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(204);
  });

  it('stores and returns injection strings literally', async () => {
    const { seededHarness } = await import('./harness');
    const { withCheckDigit } = await import('../src/shared/national-id');
    const own = await seededHarness('http_literal');
    try {
      const nasty = `Robert'); DROP TABLE teacher;-- <script>alert(1)</script> %_\\`;
      const search = await own.as('admin').query('query($s: String) { schools(first: 5, search: $s) { totalCount } }', { s: nasty });
      expect(search.errors).toBeUndefined();
      expect(search.data!.schools.totalCount).toBe(0);
      const apply = await own.anonymous().query('mutation($input: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $input) { id } }', {
        input: { unitId: 'VW5pdDozMA', role: 'OPERATOR', name: nasty.slice(0, 50), nationalId: withCheckDigit('Y10000001'), username: 'literal.name', password: 'Passw0rd!', phone: '02-1234-5678', email: 'x@example.tw' },
      });
      expect(apply.errors).toBeUndefined();
      const back = await own.as('admin').query('query($id: ID!) { node(id: $id) { ... on BusinessAccount { name } } }', { id: apply.data!.applyForBusinessAccount.id });
      expect(back.data!.node.name).toBe(nasty.slice(0, 50));
      const [{ n }] = await own.ds.query('SELECT COUNT(*) AS n FROM teacher');
      expect(Number(n)).toBeGreaterThan(0);
    } finally {
      await own.stop();
    }
  });
});
