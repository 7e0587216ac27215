/**
 * npm run bench [-- --national]
 * Scale figures, printed as a table: generating the demo data (embedded SQLite), the API's latency
 * for typical reads over real HTTP, and with --national (needs DATABASE_URL=mysql://...) the bulk
 * load of the national scale into MySQL/MariaDB and the same reads on it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { createHttpServer } from '../src/http';
import { createDataSource, detectMysqlFlavor, ensureMysqlDatabase, isMysqlUrl } from '../src/db/data-source';
import { seed } from '../src/db/seed/generator';

interface Row {
  figure: string;
  database: string;
  value: string;
  note: string;
}
const rows: Row[] = [];
const add = (figure: string, database: string, value: string, note = '') => rows.push({ figure, database, value, note });

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

const NESTED = `query($n: Int!) { schools(first: $n) { edges { node { name teachers(first: 100) { totalCount edges { node {
  name title subjects nationalIdMasked plans { schoolYear modes times places levels methods domains { domain hours } } } } } } } } }`;

async function measureApi(ds: DataSource, label: string) {
  const app = await createApp(ds, { tokenSecret: 'bench-secret-bench-secret-bench-secret-0000' });
  const server = createHttpServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const call = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    return body.data;
  };
  const time = async (n: number, fn: () => Promise<unknown>) => {
    const ms: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await fn();
      ms.push(performance.now() - t);
    }
    return ms;
  };
  const login = await time(10, () => call('mutation { login(username: "admin", password: "demo1234") { token } }'));
  add('login (scrypt) p50 / p95', label, `${pct(login, 50).toFixed(0)} / ${pct(login, 95).toFixed(0)} ms`, '10 sequential');
  const token = (await call('mutation { login(username: "admin", password: "demo1234") { token } }')).login.token;
  const page = await time(50, () => call('{ schools(first: 20) { totalCount edges { node { name stages county { name } } } } }', {}, token));
  add('schools page of 20 p50 / p95', label, `${pct(page, 50).toFixed(1)} / ${pct(page, 95).toFixed(1)} ms`, '50 sequential');
  let teachers = 0;
  const nested = await time(10, async () => {
    const d = await call(NESTED, { n: 50 }, token);
    teachers = d.schools.edges.reduce((a: number, e: any) => a + e.node.teachers.edges.length, 0);
  });
  add('50 schools x teachers x plans p50 / p95', label, `${pct(nested, 50).toFixed(0)} / ${pct(nested, 95).toFixed(0)} ms`, `${teachers} teachers in the answer`);
  // 20 concurrent clients on the schools page
  const started = performance.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      for (let i = 0; i < 25; i++) {
        await call('{ schools(first: 20) { edges { node { name } } } }', {}, token);
        done++;
      }
    }),
  );
  add('schools page, 20 concurrent clients', label, `${(done / ((performance.now() - started) / 1000)).toFixed(0)} req/s`, `${done} requests`);
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
}

async function main() {
  const national = process.argv.includes('--national');
  // demo scale on the embedded database
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inservice-bench-'));
  const sqlite = createDataSource({ sqlitePath: path.join(dir, 'bench.sqlite') });
  await sqlite.initialize();
  await sqlite.runMigrations();
  const demo = await seed(sqlite, { scale: 'demo' });
  const demoRows = Object.values(demo.rows).reduce((a, b) => a + b, 0);
  add('seed demo scale', 'sqlite', `${demo.seconds.toFixed(2)} s`, `${demoRows} rows`);
  await measureApi(sqlite, 'sqlite demo');
  await sqlite.destroy();
  fs.rmSync(dir, { recursive: true, force: true });

  if (national) {
    const base = process.env.DATABASE_URL;
    if (!isMysqlUrl(base)) throw new Error('--national needs DATABASE_URL=mysql://...');
    const u = new URL(base.replace(/^mariadb:/, 'mysql:'));
    u.pathname = `${u.pathname.replace(/^\//, '') || 'inservice'}_bench`;
    const url = u.toString();
    await ensureMysqlDatabase(url, { dropFirst: true });
    const mysql = createDataSource({ url, flavor: await detectMysqlFlavor(url) });
    await mysql.initialize();
    await mysql.runMigrations();
    const report = await seed(mysql, { scale: 'national', years: 3, progress: true });
    const total = Object.values(report.rows).reduce((a, b) => a + b, 0);
    add('seed national scale, 3 years', 'mysql', `${report.seconds.toFixed(1)} s`, `${total} rows, ${(total / report.seconds).toFixed(0)} rows/s`);
    add('  teachers / teacher plans / choice rows', 'mysql', `${report.rows.teacher} / ${report.rows.teacher_plan} / ${report.rows.teacher_plan_choice}`, '');
    await measureApi(mysql, 'mysql national');
    await mysql.destroy();
  }
  add('peak resident memory', 'process', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`, '');
  console.table(rows);
}

main().catch((e) => {
  console.error('bench failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
