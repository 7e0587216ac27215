import { spawn, ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { dbLabel, freshDatabase, onMysql } from './db';
import { TEST_SECRET } from './harness';
import { testDist } from './dist';

/**
 * SIGTERM on the built server (main.js of the build the global setup made, test/dist.ts), on the database of this run (SQLite, or
 * MariaDB with DATABASE_URL): a request in flight completes, then the process exits by itself,
 * within 10 s. (On MariaDB it used to never exit: Apollo's signal handlers plus a second stop(),
 * and the pool kept the process alive.)
 */
const SERVER_DIR = path.resolve(__dirname, '..');
const MAIN = testDist('main.js');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => resolve(p));
    });
  });

/** Resolves with the exit code, or rejects if the process is still running after `ms`. */
const exitWithin = (child: ChildProcess, ms: number) =>
  new Promise<number | null>((resolve, reject) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => reject(new Error(`still running ${ms / 1000} s after SIGTERM`)), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });

describe(`shutdown on SIGTERM (${dbLabel()})`, () => {
  let child: ChildProcess;
  let port: number;
  let log = '';
  let dir: string | undefined;

  beforeAll(async () => {
    const db = await freshDatabase('shutdown');
    dir = db.sqlitePath ? path.dirname(db.sqlitePath) : undefined;
    port = await freePort();
    child = spawn(process.execPath, [MAIN], {
      cwd: SERVER_DIR,
      env: {
        ...process.env,
        PORT: String(port),
        NODE_ENV: 'production',
        TOKEN_SECRET: TEST_SECRET,
        ...(onMysql ? { DATABASE_URL: db.url } : { DATA_DIR: dir, DATABASE_URL: '' }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (log += String(d)));
    child.stderr!.on('data', (d) => (log += String(d)));
    for (let i = 0; i < 600; i++) {
      if (child.exitCode !== null) throw new Error(`the server exited: ${log}`);
      const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the server did not start: ${log}`);
  }, 120_000);

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finishes the request in flight, then exits with 0 within 10 s', async () => {
    // an idle keep-alive connection must not hold the process
    const idle = net.connect(port, '127.0.0.1');
    await new Promise<void>((r) => idle.once('connect', () => r()));
    idle.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((r) => idle.once('data', r));
    idle.on('error', () => undefined);

    // a request in flight: headers sent (the server says 100 Continue), the body not yet
    const body = JSON.stringify({ query: '{ counties { code } }' });
    const socket = net.connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (c) => received.push(c));
    socket.on('error', () => undefined);
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    await new Promise<void>((resolve) => {
      const check = () => (Buffer.concat(received).toString().includes('100 Continue') ? resolve() : socket.once('data', check));
      check();
    });
    socket.write(body.slice(0, 5));

    child.kill('SIGTERM');
    const exited = exitWithin(child, 10_000);
    // new connections are refused once the server stops listening
    for (
      let i = 0;
      i < 50 &&
      (await fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => true,
        () => false,
      ));
      i++
    ) {
      await new Promise((r) => setTimeout(r, 20));
    }
    socket.write(body.slice(5));
    await closed;
    const answer = Buffer.concat(received).toString();
    expect(answer).toMatch(/HTTP\/1\.1 200 OK/);
    expect(answer).toContain('{"data":{"counties":[]}');
    expect(await exited).toBe(0);
    expect(log).toContain('SIGTERM: finishing requests in flight');
    expect(log).toContain('Stopped.');
    idle.destroy();
  }, 30_000);
});
