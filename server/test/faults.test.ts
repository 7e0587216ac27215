import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { createApp, App } from '../src/app';
import { createHttpServer } from '../src/http';
import { openDataSource } from '../src/db/data-source';
import { seed } from '../src/db/seed/generator';
import { withCheckDigit } from '../src/shared/national-id';
import { onMysql, tempDir } from './db';
import { TEST_SECRET } from './harness';

/**
 * The database going away mid-load (MariaDB suite only): a MariaDB of the test's own, on a spare
 * port, is stopped under load and started again. Every request gets an answer with a code while it
 * is down, the server stays up, service resumes by itself, and no acknowledged write is lost.
 */
const MARIADBD = '/usr/sbin/mariadbd';
const run = onMysql && fs.existsSync(MARIADBD) ? describe : describe.skip;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => resolve(p));
    });
  });

run('the database going away', () => {
  // made when the suite runs (not when jest collects it, which left one behind on every SQLite run), under the run's
  // temporary directory
  let dir = '';
  let port = 0;
  let db: ChildProcess | null = null;
  let ds: DataSource;
  let app: App;
  let server: Server;
  let base: string;

  const startDb = async () => {
    db = spawn(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${dir}/data`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--socket=${dir}/sock`,
        '--user=root',
        `--pid-file=${dir}/pid`,
        // its own: a MariaDB server deletes every #sql* file of its tmpdir when it starts, and /tmp holds the
        // internal temporary tables of the machine's server, which the MySQL suite is using meanwhile
        `--tmpdir=${dir}/tmp`,
        '--skip-log-bin',
        '--innodb-buffer-pool-size=64M',
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 100; i++) {
      const ok = await new Promise<boolean>((r) => {
        const c = net.connect(port, '127.0.0.1', () => {
          c.destroy();
          r(true);
        });
        c.on('error', () => r(false));
      });
      if (ok) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('MariaDB did not start');
  };
  const stopDb = async () => {
    const p = db!;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill('SIGTERM');
    });
    db = null;
  };

  beforeAll(async () => {
    dir = tempDir('fault-db');
    fs.mkdirSync(path.join(dir, 'tmp'));
    port = await freePort();
    const init = spawnSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${dir}/data`,
        `--tmpdir=${dir}/tmp`,
        '--user=root',
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      { encoding: 'utf8' },
    );
    if (init.status !== 0) throw new Error(`mariadb-install-db failed: ${init.stderr}`);
    await startDb();
    ds = await openDataSource({ url: `mysql://root@127.0.0.1:${port}/inservice_fault` });
    await seed(ds, { scale: 'demo' });
    app = await createApp(ds, { tokenSecret: TEST_SECRET });
    server = createHttpServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 180000);

  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await app?.apollo.stop();
    if (ds?.isInitialized) await ds.destroy().catch(() => undefined);
    if (db) await stopDb();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 60000);

  const post = async (query: string, variables: Record<string, unknown> = {}) => {
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

  it('answers every request with a code while down, resumes by itself, and loses no acknowledged write', async () => {
    const APPLY = 'mutation($i: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $i) { id } }';
    const acknowledged: string[] = [];
    const outcomes: string[] = [];
    let seq = 0;
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const n = ++seq;
        const username = `fault.${n}`;
        try {
          const r = await post(APPLY, {
            i: {
              unitId: 'U2Nob29sOjEwMA',
              role: 'OPERATOR',
              name: '故障',
              nationalId: withCheckDigit(`Y2${String(n).padStart(7, '0')}`),
              username,
              password: 'Passw0rd!',
              phone: '02-1234-5678',
              email: 'f@example.tw',
            },
          });
          if (r.body.data?.applyForBusinessAccount) {
            acknowledged.push(username);
            outcomes.push('ok');
          } else outcomes.push(String(r.body.errors?.[0]?.extensions?.code ?? r.status));
        } catch {
          outcomes.push('NO_ANSWER');
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const login = await post('mutation { login(username: "analyst", password: "demo1234") { token } }');
    const analystToken = login.body.data.login.token as string;
    const writers = [writer(), writer(), writer(), writer()];
    let before = 0;
    try {
      await new Promise((r) => setTimeout(r, 1500));
      before = acknowledged.length;
      await stopDb();
      const down = await post('{ counties { name } }');
      expect(down.status).toBe(503);
      expect(down.body.errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'DATABASE_UNAVAILABLE' });
      // a logged-in caller (its token is checked against the database) and a download: 503 with the reason too, not a plain 500
      const loggedIn = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${analystToken}` },
        body: JSON.stringify({ query: '{ me { username } }' }),
      });
      expect(loggedIn.status).toBe(503);
      expect(loggedIn.headers.get('retry-after')).toBeTruthy();
      expect(((await loggedIn.json()) as any).errors[0].extensions).toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
        reason: 'DATABASE_UNAVAILABLE',
      });
      const download = await fetch(`${base}/exports/participation.csv?schoolYears=109`, {
        headers: { authorization: `Bearer ${analystToken}` },
      });
      expect(download.status).toBe(503);
      expect(((await download.json()) as any).errors[0].extensions).toMatchObject({ reason: 'DATABASE_UNAVAILABLE' });
      expect(JSON.stringify(down.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      await new Promise((r) => setTimeout(r, 1000));
      await startDb();
      // service resumes without a restart of the API
      let resumed = false;
      let last: unknown = null;
      for (let i = 0; i < 100 && !resumed; i++) {
        const r = await post('{ counties { name } }');
        last = r.body;
        resumed = !r.body.errors && r.body.data?.counties?.length === 23;
        if (!resumed) await new Promise((res) => setTimeout(res, 200));
      }
      if (!resumed) console.error('[faults] not resumed:', JSON.stringify(last));
      expect(resumed).toBe(true);
      await new Promise((r) => setTimeout(r, 1000));
    } finally {
      stop = true;
      await Promise.all(writers);
    }
    expect(before).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(before);
    expect(outcomes.filter((o) => o !== 'ok' && o !== 'INTERNAL_SERVER_ERROR')).toEqual([]);
    expect(outcomes).toContain('INTERNAL_SERVER_ERROR');
    // every acknowledged application is in the database
    const rows: { username: string }[] = await ds.query("SELECT username FROM credential WHERE username LIKE 'fault.%'");
    const stored = new Set(rows.map((r) => r.username));
    expect(acknowledged.filter((u) => !stored.has(u))).toEqual([]);
  }, 120000);
});
