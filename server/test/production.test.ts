import { spawn, ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp, App } from '../src/app';
import { createHttpServer } from '../src/http';
import { createPlatformAdministrator } from '../src/admin';
import { dbLabel, freshDatabase, onMysql } from './db';
import { TEST_SECRET } from './harness';
import { testDist } from './dist';
import { createDataSource } from '../src/db/data-source';
import { PRODUCTION_SCRYPT_N } from '../src/auth/password';

/**
 * NODE_ENV=production: an empty database gets no demo data and no demo passwords; the first
 * platform administrator comes from `npm run admin:create`; until then the server says so.
 * Runs the built server and CLI as production does (the build the global setup made of server/src,
 * test/dist.ts), on this run's database.
 */
const SERVER_DIR = path.resolve(__dirname, '..');
const dist = testDist;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => resolve(p));
    });
  });

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

describe(`production start on an empty database (${dbLabel()})`, () => {
  let child: ChildProcess;
  let base: string;
  let log = '';
  let dir: string | undefined;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const db = await freshDatabase('production');
    dir = db.sqlitePath ? path.join(path.dirname(db.sqlitePath), 'data') : undefined; // a data directory that does not exist yet
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    env = {
      ...process.env,
      PORT: String(port),
      NODE_ENV: 'production',
      TOKEN_SECRET: TEST_SECRET,
      ADMIN_PASSWORD: '',
      ...(onMysql ? { DATABASE_URL: db.url } : { DATA_DIR: dir, DATABASE_URL: '' }),
    };
    child = spawn(process.execPath, [dist('main.js')], { cwd: SERVER_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => (log += String(d)));
    child.stderr!.on('data', (d) => (log += String(d)));
    for (let i = 0; i < 600; i++) {
      if (child.exitCode !== null) throw new Error(`the server exited: ${log}`);
      if (
        await fetch(`${base}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the server did not start: ${log}`);
  }, 120_000);

  afterAll(async () => {
    if (child?.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    if (dir) fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] },
    };
  };
  // async (spawnSync would block this process while the server closes its idle keep-alive sockets)
  const adminCreate = (args: string[], opts: { password?: string; stdin?: string }) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const p = spawn(process.execPath, [dist('admin-create.js'), ...args], {
        cwd: SERVER_DIR,
        env: { ...env, ADMIN_PASSWORD: opts.password ?? '' },
      });
      let stdout = '';
      let stderr = '';
      p.stdout.on('data', (d) => (stdout += String(d)));
      p.stderr.on('data', (d) => (stderr += String(d)));
      p.stdin.end(opts.stdin ?? '');
      p.on('close', (status) => resolve({ status, stdout, stderr }));
    });

  it('seeds nothing: no demo data, no demo logins', async () => {
    expect(log).toContain('NODE_ENV=production: the database is empty and stays so');
    expect(log).not.toContain('Demo data ready');
    const counties = await gql('{ counties { code } }');
    expect(counties.body.data.counties).toEqual([]);
    for (const u of ['admin', 'analyst', 'chief.demo', 'teacher.demo']) {
      const r = await gql(LOGIN, { u, p: 'demo1234' });
      expect(r.body.data ?? null).toBeNull();
    }
  });

  it('says clearly that no administrator exists: at start, on /readyz, on login', async () => {
    expect(log).toMatch(/WARNING: No platform administrator exists yet: .*npm run admin:create/);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.text()).toMatch(/no platform administrator exists yet.*admin:create/i);
    const login = await gql(LOGIN, { u: 'someone', p: 'whatever1' });
    expect(login.status).toBe(503);
    expect(login.body.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NO_ADMINISTRATOR' });
    expect(login.body.errors![0].message).toContain('npm run admin:create');
  });

  it('npm run admin:create makes the first platform administrator (password from the environment or standard input)', async () => {
    const noName = await adminCreate(['--username', 'root.admin'], { password: 'Str0ngPassw0rd' });
    expect(noName.status).toBe(2);
    const weak = await adminCreate(['--username', 'root.admin', '--name', '平臺管理者'], { password: 'short' });
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('(password)');
    const ok = await adminCreate(['--username', 'root.admin', '--name', '平臺管理者'], { password: 'Str0ngPassw0rd' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Platform administrator "root.admin" created');
    expect(ok.stdout + ok.stderr).not.toContain('Str0ngPassw0rd');
    const again = await adminCreate(['--username', 'root.admin', '--name', 'x'], { password: 'Str0ngPassw0rd' });
    expect(again.status).toBe(1);
    const fromStdin = await adminCreate(['--username', 'second.admin', '--name', '第二位管理者'], { stdin: 'An0therPassword\n' });
    expect(fromStdin.status).toBe(0);

    expect(await (await fetch(`${base}/readyz`)).text()).toBe('ready');
    const login = await gql(LOGIN, { u: 'root.admin', p: 'Str0ngPassw0rd' });
    expect(login.body.errors).toBeUndefined();
    const token = login.body.data.login.token;
    const me = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { username role } }' }),
    });
    expect(((await me.json()) as any).data.me).toEqual({ username: 'root.admin', role: 'PLATFORM_ADMIN' });
    expect((await gql(LOGIN, { u: 'second.admin', p: 'An0therPassword' })).body.data.login.token).toBeTruthy();
  }, 120_000); // five CLI processes, each loading the server's modules

  it("production hashes passwords at scrypt's production cost: the test suite's lower cost is not honoured there", async () => {
    // this process (jest: NODE_ENV=test) runs with the lower cost, and the server and CLI inherited the variable
    expect(Number(process.env.INSERVICE_TEST_SCRYPT_N)).toBeLessThan(PRODUCTION_SCRYPT_N);
    expect(env.INSERVICE_TEST_SCRYPT_N).toBe(process.env.INSERVICE_TEST_SCRYPT_N);
    const ds = createDataSource(onMysql ? { url: env.DATABASE_URL } : { sqlitePath: path.join(dir!, 'inservice.sqlite') });
    await ds.initialize();
    try {
      const rows: { username: string; hash: string }[] = await ds.query(
        "SELECT username, password_hash AS hash FROM credential WHERE username IN ('root.admin', 'second.admin') ORDER BY username",
      );
      expect(rows.map((r) => [r.username, r.hash.split('$').slice(0, 4).join('$')])).toEqual([
        ['root.admin', `scrypt$${PRODUCTION_SCRYPT_N}$8$1`],
        ['second.admin', `scrypt$${PRODUCTION_SCRYPT_N}$8$1`],
      ]);
    } finally {
      await ds.destroy();
    }
  });

  (onMysql ? it.skip : it)('the SQLite file (and its -wal, -shm) and its directory are readable by the service user alone', () => {
    const mode = (f: string) => fs.statSync(f).mode & 0o777;
    expect(mode(path.join(dir!, 'inservice.sqlite'))).toBe(0o600);
    for (const f of ['inservice.sqlite-wal', 'inservice.sqlite-shm']) {
      if (fs.existsSync(path.join(dir!, f))) expect([f, mode(path.join(dir!, f))]).toEqual([f, 0o600]);
    }
    expect(mode(dir!) & 0o077).toBe(0);
  });
});

(onMysql ? describe.skip : describe)('the SQLite file disappearing under a running server', () => {
  let app: App;
  let server: Server;
  let base: string;
  let file: string;

  beforeAll(async () => {
    const db = await freshDatabase('file_gone');
    file = db.sqlitePath!;
    const ds = await db.open();
    await ds.runMigrations();
    await createPlatformAdministrator(ds, { username: 'first.admin', name: '管理者', password: 'Passw0rdPassw0rd' });
    app = await createApp(ds, { tokenSecret: TEST_SECRET });
    server = createHttpServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await app.apollo.stop();
    await app.ds.destroy();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] },
    };
  };

  it('the SQLite file is created with mode 0600', () => {
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('/readyz fails with 503 and every write is refused with DATABASE_UNAVAILABLE, nothing written', async () => {
    const login = await gql(LOGIN, { u: 'first.admin', p: 'Passw0rdPassw0rd' });
    const token = login.body.data.login.token as string;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    const moved = `${file}.moved`;
    fs.renameSync(file, moved); // what `rm` or a bad clean-up does: SQLite would keep writing into a file no one will open again
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.text()).toMatch(/database unavailable/);
    const change = await gql(
      'mutation { changeMyPassword(currentPassword: "Passw0rdPassw0rd", newPassword: "Other0Passw0rd") }',
      {},
      token,
    );
    expect(change.status).toBe(503);
    expect(change.retryAfter).toBe('5');
    expect(change.body.errors![0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'DATABASE_UNAVAILABLE' });
    const anonymous = await gql(LOGIN, { u: 'first.admin', p: 'Passw0rdPassw0rd' });
    expect(anonymous.status).toBe(503);
    expect(anonymous.body.errors![0].extensions).toMatchObject({ reason: 'DATABASE_UNAVAILABLE' });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    // a file put back that is not the one opened is refused too; the original back: service resumes
    fs.copyFileSync(moved, file);
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    fs.rmSync(file);
    fs.renameSync(moved, file);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const [{ n }] = await app.ds.query("SELECT COUNT(*) AS n FROM audit_event WHERE operation = 'changeMyPassword'");
    expect(Number(n)).toBe(0);
    const after = await gql(LOGIN, { u: 'first.admin', p: 'Passw0rdPassw0rd' });
    expect(after.body.data.login.token).toBeTruthy();
  });
});
