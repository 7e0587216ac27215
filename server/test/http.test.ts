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
    expect(anon.extensions.cost).toMatchObject({ requested: 2, depth: 2 });
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
