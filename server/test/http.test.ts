import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHttpServer } from '../src/http';
import { tempDir } from './db';
import { Harness } from './harness';

describe('HTTP: the API at /graphql and the UI at /', () => {
  let h: Harness;
  let server: Server;
  let base: string;
  const ui = tempDir('ui');

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
    const anon = (await (await post(JSON.stringify({ query: '{ me { __typename } }' }))).json()) as any;
    expect(anon.data).toEqual({ me: null });
    expect(anon.extensions.cost).toMatchObject({ requested: 1, depth: 2 });
    const login: any = await (
      await post(JSON.stringify({ query: 'mutation { login(username: "analyst", password: "demo1234") { token } }' }))
    ).json();
    const token = login.data.login.token;
    const me = (await (
      await post(JSON.stringify({ query: '{ me { __typename username } }' }), { authorization: `Bearer ${token}` })
    ).json()) as any;
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

  it('a browser opening /graphql gets a short page pointing to the explorer and docs/API.md; programs still get JSON', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('/explorer');
    expect(html).toContain('docs/API.md');
    expect(html).not.toMatch(/csrf/i);
    // without a query and asking for JSON: Apollo's answer as before (a 400 with a code)
    const json = await fetch(`${base}/graphql`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(400);
    expect(json.headers.get('content-type')).toContain('application/json');
  });

  it('answers application/graphql-response+json with 4xx for requests that cannot run', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(res.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a simple cross-site POST (text/plain) is refused by CSRF prevention; wrong variable types are BAD_USER_INPUT', async () => {
    const plain = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ counties { code } }' }),
    });
    expect(plain.status).toBeGreaterThanOrEqual(400);
    const vars = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($f: Int) { schools(first: $f) { totalCount } }', variables: { f: 'many' } }),
    });
    expect(((await vars.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('sets security headers; CORS only for configured origins', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://partner.example.tw' },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://partner.example.tw');
    const other = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example.tw', 'access-control-request-method': 'POST' },
    });
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
      const apply = await own
        .anonymous()
        .query('mutation($input: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $input) { id } }', {
          input: {
            unitId: 'VW5pdDozMA',
            role: 'OPERATOR',
            name: nasty.slice(0, 50),
            nationalId: withCheckDigit('Y10000001'),
            username: 'literal.name',
            password: 'Passw0rd!',
            phone: '02-1234-5678',
            email: 'x@example.tw',
          },
        });
      expect(apply.errors).toBeUndefined();
      const back = await own
        .as('admin')
        .query('query($id: ID!) { node(id: $id) { ... on BusinessAccount { name } } }', { id: apply.data!.applyForBusinessAccount.id });
      expect(back.data!.node.name).toBe(nasty.slice(0, 50));
      const [{ n }] = await own.ds.query('SELECT COUNT(*) AS n FROM teacher');
      expect(Number(n)).toBeGreaterThan(0);
    } finally {
      await own.stop();
    }
  });
});

/** Sends bytes over a raw socket; resolves with the status line's code (null: no answer) once the server closes or 3 s pass. */
function rawRequest(port: number, bytes: string | Buffer): Promise<{ status: number | null; text: string }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
    const done = () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : null, text });
    };
    const timer = setTimeout(() => socket.destroy(), 3000);
    socket.on('data', (c) => chunks.push(c));
    socket.on('close', done);
    socket.on('error', () => undefined);
  });
}

describe('HTTP: malformed requests get a 4xx and the process lives', () => {
  let h: Harness;
  let server: Server;
  let port: number;
  const ui = tempDir('ui');

  beforeAll(async () => {
    fs.mkdirSync(path.join(ui, 'assets'));
    fs.writeFileSync(path.join(ui, 'index.html'), '<!doctype html><title>教師進修</title>');
    fs.writeFileSync(path.join(ui, 'assets', 'app-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))})`);
    fs.writeFileSync(path.join(ui, 'assets', 'app-abc123.js.map'), '{"version":3,"sources":["secret.ts"]}');
    h = await Harness.start();
    server = createHttpServer(h.app, { staticDir: ui });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await h.stop();
    fs.rmSync(ui, { recursive: true, force: true });
  });

  const get = (target: string, headers = '') => `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${headers}\r\n`;
  const post = (target: string, headers: string, body = '') =>
    `POST ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${headers}\r\n${body}`;

  // [name, request, expected: a 4xx status, or 'closed' (unparsable HTTP: an answer of 400 or none, and the socket closed)]
  const CASES: [string, string | Buffer, number | 'any4xx' | 'no5xx'][] = [
    ['GET /%', get('/%'), 400],
    ['GET /%E0%A4%A', get('/%E0%A4%A'), 400],
    ['GET /%ZZ/x', get('/%ZZ/x'), 400],
    ['GET /assets/%', get('/assets/%'), 400],
    ['GET /exports/%ZZ.csv', get('/exports/%ZZ.csv'), 400],
    ['GET /graphql/%', get('/graphql/%'), 400],
    ['GET http://[', get('http://['), 'any4xx'],
    ['GET http://[::1/%', get('http://[::1/%'), 'any4xx'],
    ['GET http://localhost:99999/ (absolute form: served like /)', get('http://localhost:99999/'), 'no5xx'],
    ['GET *', get('*'), 'any4xx'],
    ['GET x (no leading slash)', get('x'), 'any4xx'],
    ['GET /graphql?query=% (a malformed query string)', get('/graphql?query=%', 'apollo-require-preflight: 1\r\n'), 400],
    [
      'GET /graphql?query={me{username}}&extensions=%7B',
      get('/graphql?query=%7Bme%7Busername%7D%7D&extensions=%7B', 'apollo-require-preflight: 1\r\n'),
      400,
    ],
    ['a header with a NUL byte', get('/', 'x-evil: a\u0000b\r\n'), 'any4xx'],
    ['a header name with a space', get('/', 'bad header: x\r\n'), 'any4xx'],
    ['a header line without a colon', get('/', 'nocolon\r\n'), 'any4xx'],
    ['a bare LF in a header value', get('/', 'x-a: 1\nx-b: 2\r\n'), 'any4xx'],
    ['16 KiB of headers and more', get('/', `x-big: ${'a'.repeat(20000)}\r\n`), 'any4xx'],
    ['no Host header', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', 'any4xx'],
    [
      'an absurd Content-Length',
      post('/graphql', 'content-type: application/json\r\ncontent-length: 99999999999999999999999\r\n'),
      'any4xx',
    ],
    ['a negative Content-Length', post('/graphql', 'content-type: application/json\r\ncontent-length: -1\r\n'), 'any4xx'],
    [
      'two different Content-Lengths',
      post('/graphql', 'content-type: application/json\r\ncontent-length: 2\r\ncontent-length: 3\r\n', '{}'),
      'any4xx',
    ],
    [
      'Content-Length and Transfer-Encoding',
      post('/graphql', 'content-type: application/json\r\ncontent-length: 2\r\ntransfer-encoding: chunked\r\n', '{}'),
      'any4xx',
    ],
    [
      'a Content-Length over 1 MiB with a small body',
      post('/graphql', 'content-type: application/json\r\ncontent-length: 5000000\r\n', '{}'),
      413,
    ],
    [
      'a bad chunked body',
      post('/graphql', 'content-type: application/json\r\ntransfer-encoding: chunked\r\n', 'zz\r\n{}\r\n0\r\n\r\n'),
      'any4xx',
    ],
    [
      'a JSON body in an unknown charset',
      post('/graphql', 'content-type: application/json; charset=ebcdic\r\ncontent-length: 2\r\n', '{}'),
      'any4xx',
    ],
    ['a JSON body that is a string', post('/graphql', 'content-type: application/json\r\ncontent-length: 5\r\n', '"abc"'), 400],
    ['query is not a string', post('/graphql', 'content-type: application/json\r\ncontent-length: 13\r\n', '{"query": 1} '), 400],
    [
      'bytes that are not UTF-8 in the body',
      post(
        '/graphql',
        'content-type: application/json\r\ncontent-length: 14\r\n',
        Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d, 0x20, 0x20]).toString('latin1'),
      ),
      400,
    ],
    ['a TLS hello on the plain port', Buffer.from('160301020001000100fc0303', 'hex'), 'any4xx'],
    ['a method that does not exist', 'FOO%% / HTTP/1.1\r\nHost: x\r\n\r\n', 'any4xx'],
    ['HTTP/9.9', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n', 'any4xx'],
    ['GET /exports/constructor.csv (an inherited key: no download, the UI)', get('/exports/constructor.csv'), 'no5xx'],
    ['GET /exports/__proto__.csv', get('/exports/__proto__.csv'), 'no5xx'],
    [
      'a bearer token of non-ASCII bytes',
      Buffer.concat([
        Buffer.from('GET /exports/teachers.csv?schoolId=% HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer '),
        Buffer.from([0xff, 0xfe, 0x80]),
        Buffer.from('\r\n\r\n'),
      ]),
      401,
    ],
  ];

  it.each(CASES)('%s: a 4xx (or a closed connection), then /healthz answers', async (_name, request, expected) => {
    const answer = await rawRequest(port, typeof request === 'string' ? Buffer.from(request, 'latin1') : request);
    if (expected === 'no5xx') {
      expect(answer.status).not.toBeNull();
      expect(answer.status).toBeLessThan(500);
    } else if (expected === 'any4xx') {
      // unparsable HTTP: Node answers 400/431 and closes, or just closes; never a 5xx
      if (answer.status !== null) expect(answer.status).toBeGreaterThanOrEqual(400);
      if (answer.status !== null) expect(answer.status).toBeLessThan(500);
    } else {
      expect(answer.status).toBe(expected);
    }
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('ok');
  });

  it('well-formed but odd paths are answered without a 5xx', async () => {
    for (const p of [
      '/%00',
      '/..%2f..%2fetc%2fpasswd',
      '//evil.example.com/x',
      '/assets/../../../etc/passwd',
      '/.env',
      '/?a=%&b=%zz',
      '/graphql%00',
    ]) {
      const answer = await rawRequest(port, Buffer.from(get(p), 'latin1'));
      expect([p, answer.status! < 500]).toEqual([p, true]);
      expect(answer.text).not.toMatch(/root:x:0|stack|at .*\.ts/);
    }
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('serves no source maps; hashed assets are compressed and cached for a year, index.html is revalidated', async () => {
    const map = await fetch(`http://127.0.0.1:${port}/assets/app-abc123.js.map`);
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('secret.ts');
    const gz = await rawRequest(port, Buffer.from(get('/assets/app-abc123.js', 'accept-encoding: gzip\r\n'), 'latin1'));
    expect(gz.status).toBe(200);
    expect(gz.text).toMatch(/content-encoding: gzip/i);
    expect(gz.text).toMatch(/cache-control: public, max-age=31536000, immutable/i);
    const br = await rawRequest(port, Buffer.from(get('/assets/app-abc123.js', 'accept-encoding: br\r\n'), 'latin1'));
    expect(br.text).toMatch(/content-encoding: br/i);
    const index = await fetch(`http://127.0.0.1:${port}/planning/2022`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    const root = await fetch(`http://127.0.0.1:${port}/`);
    expect(await root.text()).toContain('教師進修');
    const missing = await fetch(`http://127.0.0.1:${port}/assets/gone-123.js`);
    expect(missing.status).toBe(404);
  });

  it('API answers are no-store and compressed when large', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ a: counties { code name } b: counties { code name } c: counties { code name } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(((await res.json()) as any).data.a).toHaveLength(23);
  });

  it('a browser opening /graphql gets a page pointing to the explorer and docs/API.md; programs get the CSRF error as before', async () => {
    const page = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('href="/explorer"');
    expect(html).toContain('docs/API.md');
    const program = await fetch(`http://127.0.0.1:${port}/graphql?query=${encodeURIComponent('{ me { username } }')}`, {
      headers: { accept: 'text/html' },
    });
    expect(program.status).toBe(400); // a query from a browser without the preflight header: CSRF prevention as before
  });
});

describe('Downloads: bad parameters answer 400 with a code, never 500', () => {
  let h: Harness;
  let server: Server;
  let base: string;
  let analyst: string;
  beforeAll(async () => {
    h = await Harness.start();
    server = createHttpServer(h.app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    analyst = await h.token('analyst');
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await h.stop();
  });

  const download = async (pathAndQuery: string, token: string | null = analyst) => {
    const res = await fetch(`${base}${pathAndQuery}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const text = await res.text();
    let body: any = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    return { status: res.status, body, text };
  };
  const filter = (f: unknown) =>
    `/exports/demand.csv?dimension=MODE&filter=${encodeURIComponent(typeof f === 'string' ? f : JSON.stringify(f))}`;
  const years = (n: number) => Array.from({ length: n }, (_, i) => 100 + (i % 10)).join(',');

  it.each([
    ['dimension=__proto__', '/exports/demand.csv?dimension=__proto__', 'dimension'],
    ['dimension=constructor', '/exports/demand.csv?dimension=constructor', 'dimension'],
    ['dimension=toString', '/exports/demand.xlsx?dimension=toString', 'dimension'],
    ['source=__proto__', '/exports/demand.csv?dimension=MODE&source=__proto__', 'source'],
    ['groupBy=__proto__', '/exports/demand.csv?dimension=MODE&groupBy=__proto__', 'groupBy'],
    ['filter that is not JSON', filter('{'), 'filter'],
    ['filter that is a list', filter([1]), 'filter'],
    ['filter that is a number', filter('5'), 'filter'],
    ['filter with schoolYears as text', filter({ schoolYears: 'abc' }), 'filter.schoolYears'],
    ['filter with a fractional year', filter({ schoolYears: [1.5] }), 'filter.schoolYears.0'],
    ['filter with an unknown stage', filter({ stages: ['NOPE'] }), 'filter.stages.0'],
    ['filter with an unknown field', filter({ nope: 1 }), 'filter'],
    ['filter with a __proto__ key', '/exports/demand.csv?dimension=MODE&filter=' + encodeURIComponent('{"__proto__":{"x":1}}'), 'filter'],
    ['filter with an object as a county', filter({ countyIds: [{}] }), 'filter.countyIds.0'],
    ['filter with a county of another type', filter({ countyIds: ['U2Nob29sOjE'] }), 'filter.countyIds.0'],
    [
      'filter with a choice of dimension __proto__',
      filter({ choices: [{ dimension: '__proto__', options: ['x'] }] }),
      'filter.choices.0.dimension',
    ],
    ['filter with 1,000 school years', filter({ schoolYears: Array.from({ length: 1000 }, () => 109) }), 'filter.schoolYears'],
    ['participation of 1,000 school years', `/exports/participation.csv?schoolYears=${years(1000)}`, 'schoolYears'],
    ['participation of a year that is not a number', '/exports/participation.csv?schoolYears=1e3', 'schoolYears'],
    ['participation of a bad county', '/exports/participation.csv?schoolYears=109&countyIds=%', 'countyIds.0'],
    ['demand report of year 99999', '/exports/demand-report.xlsx?schoolYear=99999', 'schoolYear'],
    ['demand report as CSV', '/exports/demand-report.csv?schoolYear=109', 'format'],
    ['rewards of no year', '/exports/rewards.csv?schoolYear=x', 'schoolYear'],
    ['rewards of a bad county', '/exports/rewards.csv?schoolYear=109&countyId=__proto__', 'countyId'],
    ['teachers of no school', '/exports/teachers.csv', 'schoolId'],
    ['teachers of a malformed school ID', '/exports/teachers.csv?schoolId=%E0%A4%A', 'schoolId'],
  ])('%s: 400 BAD_USER_INPUT naming the parameter', async (_name, url, field) => {
    const r = await download(url);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.body.errors[0].extensions.fields?.[0] ?? '').toContain(field.split('.')[0]);
    if (field.includes('.')) expect(r.body.errors[0].extensions.fields[0]).toBe(field);
    expect(r.text).not.toMatch(/stack|TypeError|\.ts:/);
  });

  it('40,000 school years: refused before any work (431 from the HTTP parser, or 400)', async () => {
    const r = await download(`/exports/participation.csv?schoolYears=${years(40000)}`);
    expect([400, 414, 431]).toContain(r.status);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('a good download still works; anonymous gets 401, a partner-less FORBIDDEN 403', async () => {
    const ok = await download(filter({ schoolYears: [109], stages: ['ELEMENTARY'] }));
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('規劃數');
    const numeric = await download(filter({ countyIds: [2] }));
    expect(numeric.status).toBe(200);
    expect((await download('/exports/demand.csv?dimension=MODE', null)).status).toBe(401);
    const teacher = await h.token('teacher.demo');
    expect((await download('/exports/demand.csv?dimension=MODE', teacher)).status).toBe(403);
  });
});

describe("HTTP: Apollo's status and headers pass through express unchanged", () => {
  it('an error with extensions.http (429 + Retry-After) reaches the client as such', async () => {
    const { createApp } = await import('../src/app');
    const { sharedDatabase } = await import('./db');
    const { TEST_SECRET } = await import('./harness');
    const { GraphQLError } = await import('graphql');
    const ds = await sharedDatabase();
    const app = await createApp(ds, {
      tokenSecret: TEST_SECRET,
      plugins: [
        {
          async requestDidStart() {
            return {
              async didResolveOperation({ operationName }) {
                if (operationName !== 'Limited') return;
                throw new GraphQLError('Slow down', {
                  extensions: {
                    code: 'RATE_LIMITED',
                    retryAfterSeconds: 7,
                    http: { status: 429, headers: new Map([['retry-after', '7']]) },
                  },
                });
              },
            };
          },
        },
      ],
    });
    const server = createHttpServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: 'query Limited { me { username } }' }),
      });
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('7');
      expect(res.headers.get('content-type')).toContain('application/graphql-response+json');
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 7 });
      expect(body.errors[0].extensions.http).toBeUndefined();
    } finally {
      await new Promise((r) => server.close(r));
      await app.apollo.stop();
      await ds.destroy();
    }
  });
});
