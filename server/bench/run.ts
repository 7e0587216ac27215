/**
 * npm run bench [-- --national [--reuse]] [--skip-demo] [--login-flood | --courses | --hours | --mail | --certs | --exports | --supply (only those rows)]
 * Scale figures, printed as a table: generating the demo data (embedded SQLite), the API's latency
 * for typical reads over real HTTP, and with --national (needs DATABASE_URL=mysql://...) the bulk
 * load of the national scale into MySQL/MariaDB and the same reads on it.
 */
import fs from 'node:fs';
import http from 'node:http';
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { createHttpServer } from '../src/http';
import { createDataSource, detectMysqlFlavor, ensureMysqlDatabase, isMysqlUrl } from '../src/db/data-source';
import { seed } from '../src/db/seed/generator';
import { SafeLogger } from '../src/db/logger';
import { systemClock } from '../src/shared/clock';
import { summaryDifferences } from '../src/modules/planning';
import { renderCertificatePdf, type CertificateData } from '../src/modules/hours';
import { ExportService } from '../src/modules/exports';
import type { ExportKind } from '../src/shared/enums';
import { createLoaders } from '../src/context';
import { supplySummaryDifferences } from '../src/shared/supply-summary';
import type { Viewer } from '../src/auth/viewer';
import { fmt, httpLoad, load, pct } from './measure';
import { hoursScenarios } from './hours';

/** Counts the SQL statements sent (the bench divides by requests). */
class CountingLogger extends SafeLogger {
  statements = 0;
  override logQuery(query: string): void {
    if (!/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET )/i.test(query.trim())) this.statements++;
  }
}

const STANDARD_REPORT = `query($y: Int!) {
  ${['MODE', 'TIME', 'PLACE', 'LEVEL', 'METHOD', 'DOMAIN'].map((d) => `${d.toLowerCase()}: demand(source: TEACHER_PLANS, dimension: ${d}, groupBy: [COUNTY], filter: { schoolYears: [$y] }) { fromSummary options { code label } groups { key { label } plans counts shares hoursSums } }`).join('\n  ')}
}`;

/** 供需: the supply-demand standard report, the six dimensions by county in one request. */
const SUPPLY_REPORT = `query($y: Int!) {
  ${['MODE', 'TIME', 'PLACE', 'LEVEL', 'METHOD', 'DOMAIN'].map((d) => `${d.toLowerCase()}: supplyDemand(schoolYear: $y, dimension: ${d}, groupBy: [COUNTY]) { exact options { code label } groups { key { value label } plans demandPlans plannedHours courses seats hoursOffered registrations hoursIssued seatsPer100 fillRate issuedShare } }`).join('\n  ')}
}`;

/** The 供需 tab's query (client/src/components/supply/SupplyDemandReport.tsx). */
const SUPPLY_PAGE = `query SupplyDemand($schoolYear: Int!, $dimension: Dimension!, $groupBy: [SupplyGroupBy!]) {
  supplyDemand(schoolYear: $schoolYear, dimension: $dimension, groupBy: $groupBy) {
    schoolYear k exact restrictedToCounty
    options { code label labelEn }
    groups { key { by value label labelEn } plans demandPlans plannedHours courses seats hoursOffered registrations hoursIssued seatsPer100 fillRate issuedShare }
  }
}`;

const CROSS_FILTER = `query($y: Int!) { demand(source: TEACHER_PLANS, dimension: TIME, groupBy: [COUNTY],
  filter: { schoolYears: [$y], subjects: [MATHEMATICS], remoteness: [REMOTE, SPECIAL_REMOTE, EXTREMELY_REMOTE], choices: [{ dimension: METHOD, options: ["WORKSHOP"] }] }) {
  fromSummary groups { plans cells { option count } } } }`;

/** The same counts (and cell keys) as the standard report, by GROUP BY over the per-choice rows (the baseline). */
async function standardReportBySql(ds: DataSource, year: number): Promise<void> {
  const mysql = ds.options.type === 'mysql' || ds.options.type === 'mariadb';
  const opt = mysql ? '`option`' : '"option"';
  for (const d of ['MODE', 'TIME', 'PLACE', 'LEVEL', 'METHOD']) {
    await ds.query(
      `SELECT u.county_id, c.${opt}, COUNT(*) AS n, SUM(p.record_key) AS k FROM teacher_plan p JOIN unit u ON u.id = p.school_id JOIN teacher_plan_choice c ON c.plan_id = p.id AND c.dimension = ?
       WHERE p.status = 'SUBMITTED' AND p.school_year = ? GROUP BY u.county_id, c.${opt}`,
      [d, year],
    );
  }
  await ds.query(
    `SELECT u.county_id, d.domain, COUNT(*) AS n, SUM(d.hours) AS h, SUM(p.record_key) AS k FROM teacher_plan p JOIN unit u ON u.id = p.school_id JOIN teacher_plan_domain d ON d.plan_id = p.id
     WHERE p.status = 'SUBMITTED' AND p.school_year = ? GROUP BY u.county_id, d.domain`,
    [year],
  );
  await ds.query(
    `SELECT u.county_id, COUNT(*) AS n, SUM(p.record_key) AS k FROM teacher_plan p JOIN unit u ON u.id = p.school_id WHERE p.status = 'SUBMITTED' AND p.school_year = ? GROUP BY u.county_id`,
    [year],
  );
}

/**
 * 供需 (issue 12): the supply-demand standard report (6 dimensions x 23 counties) as an analyst over
 * HTTP at concurrency 8, and the supply summary tables against a recount from the courses and registrations.
 */
async function supplyScenarios(ds: DataSource, logger: CountingLogger, label: string, year: number) {
  const app = await createApp(ds, { tokenSecret: 'bench-secret-bench-secret-bench-secret-0000' });
  const server = createHttpServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    return body.data;
  };
  const token = (await post('mutation { login(username: "analyst", password: "demo1234") { token } }', {})).login.token;
  const first = await post(SUPPLY_REPORT, { y: year }, token);
  const counties = first.mode.groups.length;
  logger.statements = 0;
  const report = await httpLoad({
    url,
    total: 400,
    warmup: 200,
    concurrency: 8,
    requests: [{ body: JSON.stringify({ query: SUPPLY_REPORT, variables: { y: year } }), authorization: `Bearer ${token}` }],
  });
  add(
    'supply-demand standard report (6 dimensions x 23 counties), concurrency 8',
    label,
    fmt(report),
    `${(logger.statements / report.n).toFixed(1)} SQL/request; ${counties} groups; target p95 < 50 ms`,
  );
  console.log(`supply-demand standard report (${label}): ${fmt(report)}`);
  // what the 供需 tab asks (client/src/components/supply/SupplyDemandReport.tsx): one dimension a request, the six in turn
  logger.statements = 0;
  const page = await httpLoad({
    url,
    total: 600,
    warmup: 300,
    concurrency: 8,
    requests: ['MODE', 'TIME', 'PLACE', 'LEVEL', 'METHOD', 'DOMAIN'].map((dimension) => ({
      body: JSON.stringify({ query: SUPPLY_PAGE, variables: { schoolYear: year, dimension, groupBy: ['COUNTY'] } }),
      authorization: `Bearer ${token}`,
    })),
  });
  add(
    "  the 供需 tab's request (one dimension x 23 counties, the six in turn), concurrency 8",
    label,
    fmt(page),
    `${(logger.statements / page.n).toFixed(1)} SQL/request`,
  );
  if (process.argv.includes('--no-recount')) {
    // the recount of the national tables takes minutes: skip it when only the latency is wanted
    await new Promise((r) => server.close(r));
    await app.apollo.stop();
    return;
  }
  const t = performance.now();
  const diff = await supplySummaryDifferences(ds);
  const differ = diff.supply.length + diff.registrations.length + diff.county.length;
  add(
    '  supply summary tables equal a recount',
    label,
    differ === 0 ? 'yes' : `NO: ${differ} rows differ`,
    `recount ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
}

async function analysisScenarios(ds: DataSource, logger: CountingLogger, label: string, year: number) {
  const app = await createApp(ds, {
    tokenSecret: 'bench-secret-bench-secret-bench-secret-0000',
    clock: { now: () => new Date('2021-08-15T02:00:00Z') },
  });
  const server = createHttpServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    return body.data;
  };
  const token = (
    (await (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(username: "analyst", password: "demo1234") { token } }' }),
      })
    ).json()) as any
  ).data.login.token;
  // warm up
  await post(STANDARD_REPORT, { y: year }, token);
  logger.statements = 0;
  const report = await httpLoad({
    url,
    total: 400,
    warmup: 200,
    concurrency: 8,
    requests: [{ body: JSON.stringify({ query: STANDARD_REPORT, variables: { y: year } }), authorization: `Bearer ${token}` }],
  });
  const reportStatements = logger.statements / report.n;
  add(
    'standard report (6 dimensions x 23 counties), concurrency 8',
    label,
    fmt(report),
    `${reportStatements.toFixed(1)} SQL/request; target p95 < 50 ms`,
  );
  logger.statements = 0;
  const baseline = await load(20, 8, () => standardReportBySql(ds, year));
  add(
    '  baseline: the same counts by GROUP BY over per-choice rows',
    label,
    fmt(baseline),
    `${(logger.statements / baseline.n).toFixed(1)} SQL/request`,
  );
  add('  summary tables vs GROUP BY (p50)', label, `${(baseline.p50 / report.p50).toFixed(1)}x faster`, 'target >= 20x');
  logger.statements = 0;
  const cross = await load(40, 4, () => post(CROSS_FILTER, { y: year }, token));
  add(
    'cross-filtered question (math teachers, remote, workshops: times by county)',
    label,
    fmt(cross),
    `${(logger.statements / cross.n).toFixed(1)} SQL/request; target p95 < 1.5 s`,
  );
  // a burst of plan writes, then the summary tables against a recount
  const schools: { id: number; county_id: number }[] = await ds.query(
    "SELECT u.id, u.county_id FROM unit u JOIN county_school_year cs ON cs.county_id = u.county_id AND cs.school_year = 110 AND cs.plan_group = 'A' WHERE u.kind = 'SCHOOL' ORDER BY u.id LIMIT 100",
  );
  const viewer = (schoolId: number): Viewer => ({
    kind: 'BUSINESS',
    credentialId: 0,
    username: 'bench',
    name: 'bench',
    mustChangePassword: false,
    accountId: 0,
    unitId: schoolId,
    unitKind: 'SCHOOL',
    countyId: null,
    role: 'CHIEF',
    permissions: ['UNIT_TEACHER_MANAGEMENT'],
  });
  const content = (i: number) => ({
    modes: ['NON_CREDIT'],
    times: i % 2 ? ['SATURDAY'] : ['WEEKDAY_DAYTIME', 'SUMMER_VACATION'],
    places: ['OWN_SCHOOL'],
    levels: ['ADVANCED'],
    methods: i % 3 ? ['WORKSHOP'] : ['LECTURE', 'DIGITAL_COURSE'],
    domains: [{ domain: 'CURRICULUM_TEACHING_ASSESSMENT' as const, themes: '素養', hours: 6 + (i % 4) * 3 }],
  });
  let i = 0;
  const writes = await load(schools.length * 3, 8, async () => {
    const k = i++;
    const s = schools[k % schools.length];
    try {
      if (k < schools.length * 2) await app.services.plans.saveSchoolPlan(viewer(s.id), s.id, 110, content(k), null);
      else await app.services.plans.submitSchoolPlan(viewer(s.id), s.id, 110, null);
    } catch (e) {
      if ((e as { extensions?: { code?: string } }).extensions?.code !== 'CONFLICT') throw e;
    }
  });
  add('burst of school-plan writes (save, amend, submit), concurrency 8', label, fmt(writes), `${writes.n} writes`);
  const t = performance.now();
  const diff = await summaryDifferences(ds);
  add(
    '  summary tables equal a recount after the burst',
    label,
    diff.demand.length + diff.participation.length === 0 ? 'yes' : `NO: ${diff.demand.length + diff.participation.length} rows differ`,
    `recount ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
}

interface Row {
  figure: string;
  database: string;
  value: string;
  note: string;
}
const rows: Row[] = [];
const add = (figure: string, database: string, value: string, note = '') => rows.push({ figure, database, value, note });

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
  const page = await time(50, () =>
    call('{ schools(first: 20) { totalCount edges { node { name stages county { name } } } } }', {}, token),
  );
  add('schools page of 20 p50 / p95', label, `${pct(page, 50).toFixed(1)} / ${pct(page, 95).toFixed(1)} ms`, '50 sequential');
  let teachers = 0;
  const nested = await time(10, async () => {
    const d = await call(NESTED, { n: 50 }, token);
    teachers = d.schools.edges.reduce((a: number, e: any) => a + e.node.teachers.edges.length, 0);
  });
  add(
    '50 schools x teachers x plans p50 / p95',
    label,
    `${pct(nested, 50).toFixed(0)} / ${pct(nested, 95).toFixed(0)} ms`,
    `${teachers} teachers in the answer`,
  );
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
  // the anonymous nested-list attack of issue 9: refused by its computed cost before anything runs
  const ATTACK = '{ counties { schedules { county { schedules { county { schedules { county { schedules { schoolYear } } } } } } } } }';
  let refusedWith = '';
  const refusal = await time(20, async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: ATTACK }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string; value?: number } }[] };
    refusedWith = `${res.status} ${body.errors?.[0]?.extensions?.code}, cost ${body.errors?.[0]?.extensions?.value}`;
    if (res.status !== 400) throw new Error(`the nested-list attack was not refused: ${refusedWith}`);
  });
  add(
    'anonymous nested-list query refused before it runs p50 / p95',
    label,
    `${pct(refusal, 50).toFixed(1)} / ${pct(refusal, 95).toFixed(1)} ms`,
    refusedWith,
  );
  add(
    'schools page, 20 concurrent clients',
    label,
    `${(done / ((performance.now() - started) / 1000)).toFixed(0)} req/s`,
    `${done} requests`,
  );
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
}

/**
 * Throughput: a small query through the whole stack (HTTP, Apollo, limits, context, resolver,
 * database) at concurrency 64, against a bare Node http server answering the same bytes.
 */
async function throughput(ds: DataSource, label: string) {
  const app = await createApp(ds, { tokenSecret: 'bench-secret-bench-secret-bench-secret-0000' });
  const server = createHttpServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const body = JSON.stringify({ query: '{ counties { code name } }' });
  const ask = async (u: string) => {
    const res = await fetch(u, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`status ${res.status}`);
  };
  const answer = Buffer.from(
    await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).arrayBuffer(),
  );
  const bare = (await import('node:http')).createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(answer);
    });
  });
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/graphql`;
  let maxRss = 0;
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 100);
  await load(300, 64, () => ask(url)); // warm up
  const full = await load(4000, 64, () => ask(url));
  const baseline = await load(4000, 64, () => ask(bareUrl));
  clearInterval(sampler);
  add('small query, full stack, concurrency 64', label, fmt(full), '{ counties { code name } }');
  add('  bare Node http server, same answer, concurrency 64', label, fmt(baseline), '');
  add(
    '  full stack / bare server throughput',
    label,
    `${((full.rps / baseline.rps) * 100).toFixed(1)} %`,
    `${(baseline.rps / full.rps).toFixed(1)}x slower`,
  );
  add('  RSS under load (max, process incl. load generator)', label, `${(maxRss / 1048576).toFixed(0)} MiB`, '');
  await new Promise((r) => bare.close(r));
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
}

/**
 * Courses (issue 11): a registration opening (1,000 teachers at once, concurrency 64, into one
 * 30-seat course with a waitlist of 200: exactly 30 admitted, the waitlist in arrival order, every
 * other answer FULL), enrolments spread over many courses (sustained rate, none lost), and the
 * public catalog's search (text + county + a dimension) at concurrency 8 over HTTP.
 */
async function courseScenarios(ds: DataSource, label: string) {
  const app = await createApp(ds, { tokenSecret: 'bench-secret-bench-secret-bench-secret-0000' });
  const server = createHttpServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const call = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }).catch((e: Error) => {
      throw new Error(`${query.slice(0, 60)}: ${e.message} ${(e.cause as Error | undefined)?.message ?? ''}`);
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    return body.data;
  };
  const token = (await call('mutation { login(username: "admin", password: "demo1234") { token } }')).login.token;
  const day = 86400_000;
  const now = Date.now();
  let seq = 0;
  const newCourse = async (capacity: number, waitlistSize: number) => {
    const input = {
      title: `壓力測試研習 ${++seq}`,
      domain: 'EMERGING_POLICY',
      level: 'BASIC',
      mode: 'NON_CREDIT',
      place: 'ONLINE',
      methods: ['DIGITAL_COURSE'],
      hours: 2,
      capacity,
      waitlistSize,
      registrationOpensAt: new Date(now - day).toISOString(),
      registrationClosesAt: new Date(now + 10 * day).toISOString(),
      contactName: '承辦',
      sessions: [
        {
          startsAt: new Date(now + 20 * day).toISOString(),
          endsAt: new Date(now + 20 * day + 7200_000).toISOString(),
          onlineUrl: 'https://meet.example.tw/bench',
        },
      ],
    };
    const id = (await call('mutation($i: CourseInput!) { createCourse(input: $i) { id } }', { i: input }, token)).createCourse.id as string;
    for (const m of ['submitCourse', 'approveCourse', 'publishCourse'])
      await call(`mutation($id: ID!) { ${m}(id: $id) { status } }`, { id }, token);
    return Number(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);
  };
  const teachers: { id: number; school_id: number }[] = await ds.query(
    'SELECT id, school_id FROM teacher WHERE id NOT IN (SELECT teacher_id FROM course_registration WHERE course_id IN (SELECT id FROM course WHERE title LIKE ?)) ORDER BY id LIMIT 4000',
    ['壓力測試研習%'],
  );
  const viewer = (t: { id: number; school_id: number }): Viewer => ({
    kind: 'TEACHER',
    credentialId: 0,
    username: `bench${t.id}`,
    mustChangePassword: false,
    name: '',
    teacherId: Number(t.id),
    schoolId: Number(t.school_id),
    countyId: null,
  });
  const reg = app.services.registrations;

  // 1. registration opening
  const hot = await newCourse(30, 200);
  const outcome = { ADMITTED: 0, WAITLISTED: 0, FULL: 0, other: 0 };
  let i = 0;
  const opening = await load(1000, 64, async () => {
    const t = teachers[i++];
    try {
      const r = await reg.enrol(viewer(t), hot);
      outcome[r.status as 'ADMITTED' | 'WAITLISTED']++;
    } catch (e) {
      if ((e as { extensions?: { reason?: string } }).extensions?.reason === 'FULL') outcome.FULL++;
      else outcome.other++;
    }
  });
  const rows: { status: string; queue_no: number }[] = await ds.query(
    'SELECT status, queue_no FROM course_registration WHERE course_id = ? ORDER BY queue_no',
    [hot],
  );
  const inOrder = rows.every((r, k) => Number(r.queue_no) === k + 1 && (k < 30 ? r.status === 'ADMITTED' : r.status === 'WAITLISTED'));
  add(
    'registration opening: 1,000 teachers, one 30-seat course, concurrency 64',
    label,
    fmt(opening),
    `${outcome.ADMITTED} admitted, ${outcome.WAITLISTED} waitlisted, ${outcome.FULL} FULL, ${outcome.other} other; queue ${inOrder ? 'in arrival order' : 'OUT OF ORDER'}`,
  );

  // 2. enrolments spread over many courses
  const courses: number[] = [];
  for (let k = 0; k < 40; k++) courses.push(await newCourse(100, 0));
  const spread = teachers.slice(1000, 4000);
  let j = 0;
  let failed = 0;
  const many = await load(spread.length, 64, async () => {
    const k = j++;
    try {
      await reg.enrol(viewer(spread[k]), courses[k % courses.length]);
    } catch {
      failed++;
    }
  });
  const [{ n }] = await ds.query(`SELECT COUNT(*) AS n FROM course_registration WHERE course_id IN (${courses.join(',')})`);
  add('enrolments over 40 courses, concurrency 64', label, fmt(many), `${spread.length} sent, ${Number(n)} stored, ${failed} refused`);

  // 3. the public catalog: text + county + one dimension, anonymous, concurrency 8
  const counties: { id: number }[] = await ds.query('SELECT id FROM county ORDER BY id');
  const words = ['閱讀', '數學', '素養', '臺北', '台中', '輔導', '國小', '課程'];
  const CATALOG = `query($s: String!, $c: ID!) { courses(search: $s, countyId: $c, domain: [CURRICULUM_TEACHING_ASSESSMENT, EMERGING_POLICY], first: 20) {
    totalCount edges { node { code title hours seatsLeft organiser { name } } } } }`;
  const searches = Array.from({ length: 400 }, (_, k) => ({
    body: JSON.stringify({
      query: CATALOG,
      variables: { s: words[k % words.length], c: Buffer.from(`County:${counties[k % counties.length].id}`).toString('base64url') },
    }),
  }));
  const catalog = await httpLoad({
    url,
    total: 400,
    warmup: 400,
    concurrency: 8,
    requests: searches,
    sum: ['data', 'courses', 'totalCount'],
  });
  const found = catalog.sum;
  const [{ c }] = await ds.query('SELECT COUNT(*) AS c FROM course');
  add(
    'catalog search (text + county + domain), anonymous, concurrency 8',
    label,
    fmt(catalog),
    `${Number(c)} courses; ${(found / 400).toFixed(1)} matches a search on average`,
  );
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
}

/**
 * Messaging (issue 14): 10,000 queued mails delivered to a local SMTP server (smtp-server in this
 * process) by one dispatcher, with the API's p95 for a small query measured while it sends; and what
 * the outbox adds to a write (a transaction with and without its enqueue, same run).
 */
async function mailScenarios(ds: DataSource, label: string) {
  const { SMTPServer } = await import('smtp-server');
  const { Dispatcher, SmtpMailer } = await import('../src/modules/messaging');
  const { enqueue } = await import('../src/shared/outbox');
  const { inTransaction } = await import('../src/shared/tx');
  let received = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, cb) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        cb();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
  const port = (smtp.server.address() as AddressInfo).port;
  const accounts: { id: number }[] = await ds.query(
    "SELECT id FROM business_account WHERE email IS NOT NULL AND status = 'ACTIVE' ORDER BY id LIMIT 500",
  );
  const TOTAL = 10_000;
  const at = new Date();
  // queue them as modules do: events in transactions (100 a transaction here, to fill the queue fast)
  for (let k = 0; k < TOTAL; k += 100) {
    await inTransaction(ds, async (em) => {
      for (let j = k; j < Math.min(TOTAL, k + 100); j++) {
        await enqueue(em, {
          type: 'ACCOUNT_ACTIVATED',
          subjectType: 'Bench',
          subjectId: j,
          at,
          recipients: [{ kind: 'BUSINESS', id: Number(accounts[j % accounts.length].id) }],
          data: { unitName: '壓力測試學校' },
        });
      }
    });
  }
  const app = await createApp(ds, { tokenSecret: 'bench-secret-bench-secret-bench-secret-0000' });
  const server = createHttpServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const d = new Dispatcher(ds, systemClock, {
    id: 'bench',
    mailer: new SmtpMailer(`smtp://127.0.0.1:${port}`, { pool: true }),
    batchSize: 500,
    concurrency: 8,
  });
  const started = performance.now();
  let sending = true;
  const apiMs: number[] = [];
  const probe = (async () => {
    while (sending) {
      const t = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ counties { code name } }' }),
      });
      await res.arrayBuffer();
      apiMs.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  for (let round = 0; round < 1000 && received < TOTAL; round++) {
    const r = await d.runOnce();
    if (r.expanded + r.sent + r.retried + r.failed === 0) break;
  }
  const secs = (performance.now() - started) / 1000;
  sending = false;
  await probe;
  await d.stop();
  const [{ n }] = await ds.query("SELECT COUNT(*) AS n FROM mail_delivery WHERE subject_type = 'Bench' AND status = 'SENT'");
  add(
    '10,000 queued mails to a local SMTP server, one dispatcher',
    label,
    `${secs.toFixed(1)} s, ${(TOTAL / secs).toFixed(0)} mails/s`,
    `${received} received, ${Number(n)} recorded SENT; target < 60 s`,
  );
  add(
    '  small API query while it sends p50 / p95',
    label,
    `${pct(apiMs, 50).toFixed(1)} / ${pct(apiMs, 95).toFixed(1)} ms`,
    `${apiMs.length} requests`,
  );
  // the outbox's cost in a write: a transaction updating a row, with and without one enqueue
  const [{ id: unitId }] = await ds.query("SELECT id FROM unit WHERE kind = 'SCHOOL' ORDER BY id LIMIT 1");
  const tx = (withEvent: boolean) =>
    inTransaction(ds, async (em) => {
      await em.query('UPDATE unit SET name = name WHERE id = ?', [unitId]);
      if (withEvent)
        await enqueue(em, { type: 'PLAN_SUBMITTED', subjectType: 'BenchWrite', subjectId: 1, at: new Date(), recipients: [], data: {} });
    });
  const without = await load(300, 1, () => tx(false));
  const withEvent = await load(300, 1, () => tx(true));
  add(
    'outbox in a write: transaction p50 without / with its event',
    label,
    `${without.p50.toFixed(2)} / ${withEvent.p50.toFixed(2)} ms`,
    `adds ${(withEvent.p50 - without.p50).toFixed(2)} ms; target < 5 ms`,
  );
  await ds.query("DELETE FROM outbox_event WHERE subject_type = 'BenchWrite'");
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
  await new Promise<void>((r) => smtp.close(() => r()));
}

/** POSTs a GraphQL body from a given local (loopback) address: each 127.0.0.x is another client address. */
function postFrom(url: string, localAddress: string, body: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        localAddress,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          } catch (e) {
            reject(e);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * A real login's latency while another address floods the login with 400 bogus attempts (issue 9):
 * the flood is throttled per address and the hashing queue is bounded, so the real login stays fast.
 */
async function loginFlood(ds: DataSource, label: string) {
  const app = await createApp(ds, { tokenSecret: 'bench-secret-bench-secret-bench-secret-0000' });
  const server = createHttpServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const body = (u: string, p: string) =>
    JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', variables: { u, p } });
  // the flood comes from its own thread (an attacker is not inside the server's event loop)
  let floodDone = false;
  const floodWorker = new Worker(
    `
    const http = require('node:http');
    const { workerData, parentPort } = require('node:worker_threads');
    const body = (u) => JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', variables: { u, p: 'not-the-password1' } });
    const post = (b) => new Promise((resolve) => {
      const req = http.request(workerData.url, { method: 'POST', localAddress: '127.0.0.2', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(b) } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => { try { resolve(JSON.parse(Buffer.concat(chunks).toString())); } catch { resolve({}); } });
      });
      req.on('error', () => resolve({}));
      req.end(b);
    });
    let next = 0, refused = 0;
    Promise.all(Array.from({ length: 50 }, async () => {
      while (next < 400) { next++; const r = await post(body('bogus' + next)); if (r.errors && r.errors[0].extensions.code === 'RATE_LIMITED') refused++; }
    })).then(() => parentPort.postMessage({ refused }));
  `,
    { eval: true, workerData: { url } },
  );
  const flood = new Promise<number>((resolve, reject) => {
    floodWorker.once('message', (m: { refused: number }) => resolve(m.refused));
    floodWorker.once('error', reject);
  }).then((n) => {
    floodDone = true;
    return n;
  });
  const during: number[] = [];
  const after: number[] = [];
  await new Promise((r) => setTimeout(r, 50));
  while (after.length < 20) {
    const wasFlooding = !floodDone;
    const t = performance.now();
    const r = await postFrom(url, '127.0.0.3', body('teacher.demo', 'demo1234'));
    if (!r.json.data?.login) throw new Error(`real login failed: ${JSON.stringify(r.json.errors).slice(0, 200)}`);
    (wasFlooding && !floodDone ? during : after).push(performance.now() - t);
  }
  const refused = await flood;
  await floodWorker.terminate();
  add(
    'real login p95 during a flood of 400 bogus logins from another address',
    label,
    `${pct(during, 95).toFixed(0)} ms`,
    `target < 300 ms; p50 ${pct(during, 50).toFixed(0)} ms over ${during.length} logins during the flood; ${refused}/400 of the flood refused RATE_LIMITED`,
  );
  add(
    '  real login p95 without a flood (the same server, after it)',
    label,
    `${pct(after, 95).toFixed(0)} ms`,
    `p50 ${pct(after, 50).toFixed(0)} ms, 20 logins; load average ${os.loadavg()[0].toFixed(1)}`,
  );
  await new Promise((r) => server.close(r));
  await app.apollo.stop();
}

/**
 * The certificate PDF (研習證明書): the first render (reads and parses the fonts, once per process), then
 * 200 renders one after another, each with another name (so each has its own font subset).
 */
async function certificateScenarios(): Promise<void> {
  const data: CertificateData = {
    teacherName: '林怡君',
    courseTitle: '素養導向教學設計與評量實務工作坊：以國中數學領域為例',
    hours: 6,
    startsOn: '2026-03-02',
    endsOn: '2026-03-03',
    issuerName: '臺北市政府教育局',
    certificateNumber: '115-TPE-000123',
    verificationCode: 'K7QF9M2XR4TD',
    verifyUrl: 'https://inservice.example.tw/verify?code=K7QF9M2XR4TD',
    issuedOn: '2026-03-10',
    source: 'COURSE',
    domainLabel: '數學領域',
  };
  const names = ['林怡君', '陳冠宇', '張淑芬', '王志明', '李佩珊', '黃建宏', '吳雅婷', '劉家豪', '龔堃赟', '蔡宗翰'];
  let t = performance.now();
  const first = await renderCertificatePdf(data);
  const firstMs = performance.now() - t;
  let bytes = 0;
  let k = 0;
  const cpu = process.cpuUsage();
  t = performance.now();
  const l = await load(200, 1, async () => {
    const pdf = await renderCertificatePdf({
      ...data,
      teacherName: names[k % names.length],
      certificateNumber: `115-TPE-${String(k++).padStart(6, '0')}`,
    });
    bytes += pdf.length;
  });
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  add(
    'certificate PDF render p50 / p95',
    'none',
    `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)} ms`,
    `target < 150 ms; ${l.n} sequential, CPU ${((used.user + used.system) / 1000 / l.n).toFixed(1)} ms each (wall ${(wall / l.n).toFixed(1)}), ${(bytes / l.n / 1024).toFixed(0)} KiB each`,
  );
  add('  first certificate in a process (reads the fonts)', 'none', `${firstMs.toFixed(0)} ms`, `${(first.length / 1024).toFixed(0)} KiB`);
}

/**
 * Bulk exports (issue 14 item 7): the platform exports every teacher of the database as JSON Lines
 * (demo ~3,000; national ~200,000), then every study record, the runner reading 500 rows a page through node(id:) as the
 * owner. Rows a second, and how far the heap grew while it ran (bounded: pages, not the whole list).
 */
async function exportScenarios(ds: DataSource, label: string) {
  const app = await createApp(ds, { tokenSecret: 'bench-secret-bench-secret-bench-secret-0000' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inservice-bench-exports-'));
  const runner = new ExportService(ds, app.services.audit, app.services.clock, { id: 'bench', dir });
  runner.attach(
    app.schema,
    (viewer) => ({ viewer, loaders: createLoaders(ds, viewer, app.services.clock), services: app.services, clientAddress: 'bench' }),
    app.services,
  );
  const staff: { id: number }[] = await ds.query(
    "SELECT c.id FROM credential c JOIN staff_account s ON s.id = c.staff_account_id WHERE s.role = 'PLATFORM_ADMIN' ORDER BY c.id LIMIT 1",
  );
  const admin = await app.services.accounts.viewerOfCredential(Number(staff[0].id));
  if (!admin) throw new Error('no platform administrator in the bench data');
  const kinds: [ExportKind, string][] = [
    ['TEACHERS', 'bulk export: every teacher as JSON Lines (platform)'],
    ['RECORDS', 'bulk export: every study record as JSON Lines (platform)'],
  ];
  for (const [kind, title] of kinds) {
    const job = await runner.start(admin, { kind, format: 'JSONL' });
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 50);
    const t = performance.now();
    await runner.runOnce();
    const seconds = (performance.now() - t) / 1000;
    clearInterval(sampler);
    const [row] = await ds.query('SELECT status, rows_written, file_bytes FROM export_job WHERE id = ?', [job.id]);
    add(
      title,
      label,
      `${(Number(row.rows_written) / seconds).toFixed(0)} rows/s`,
      `${row.status}, ${row.rows_written} rows, ${(Number(row.file_bytes) / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s; heap grew at most ${((heapPeak - heapBefore) / 1048576).toFixed(0)} MiB`,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
  await app.apollo.stop();
}

async function main() {
  if (process.argv.includes('--certs')) {
    // only the certificate rows (no database)
    await certificateScenarios();
    console.table(rows);
    return;
  }
  if (process.argv.includes('--login-flood')) {
    // only the login-flood row (quick): npm run bench -- --login-flood
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inservice-bench-'));
    const ds = createDataSource({ sqlitePath: path.join(dir, 'bench.sqlite') });
    await ds.initialize();
    await ds.runMigrations();
    await seed(ds, { scale: 'demo' });
    await loginFlood(ds, 'sqlite demo');
    await ds.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
    console.table(rows);
    return;
  }
  if (process.argv.includes('--mail')) {
    // only the messaging rows, on a fresh demo database (embedded)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inservice-bench-'));
    const ds = createDataSource({ sqlitePath: path.join(dir, 'bench.sqlite') });
    await ds.initialize();
    await ds.runMigrations();
    await seed(ds, { scale: 'demo' });
    await mailScenarios(ds, 'sqlite demo');
    await ds.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
    console.table(rows);
    return;
  }
  if (process.argv.includes('--hours') || process.argv.includes('--exports')) {
    // only the study-hours rows (issue 12) or the export row (issue 14): the demo scale, or with
    // DATABASE_URL=mysql://... that database's data (e.g. the national bench database)
    const url = process.env.DATABASE_URL;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inservice-bench-'));
    const logger = new CountingLogger();
    const ds = isMysqlUrl(url)
      ? createDataSource({ url, flavor: await detectMysqlFlavor(url), logger })
      : createDataSource({ sqlitePath: path.join(dir, 'bench.sqlite'), logger });
    await ds.initialize();
    await ds.runMigrations();
    const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM teacher');
    if (Number(n) === 0) await seed(ds, { scale: 'demo' });
    const label = isMysqlUrl(url) ? 'mysql' : 'sqlite demo';
    if (process.argv.includes('--hours')) await hoursScenarios(ds, label, add, logger);
    if (process.argv.includes('--exports')) await exportScenarios(ds, label);
    await ds.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
    console.table(rows);
    return;
  }
  if (process.argv.includes('--supply')) {
    // only the supply-demand rows (demo scale embedded; with DATABASE_URL=mysql://... that database, loaded at national scale when empty)
    const url = process.env.DATABASE_URL;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inservice-bench-'));
    const logger = new CountingLogger();
    if (isMysqlUrl(url)) await ensureMysqlDatabase(url, { dropFirst: false });
    const ds = isMysqlUrl(url)
      ? createDataSource({ url, flavor: await detectMysqlFlavor(url), logger })
      : createDataSource({ sqlitePath: path.join(dir, 'bench.sqlite'), logger });
    await ds.initialize();
    await ds.runMigrations();
    const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM teacher');
    if (Number(n) === 0) {
      const report = await seed(ds, isMysqlUrl(url) ? { scale: 'national', years: 3, progress: true } : { scale: 'demo' });
      add(
        'seed',
        isMysqlUrl(url) ? 'mysql national' : 'sqlite demo',
        `${report.seconds.toFixed(1)} s`,
        `${report.rows.course} courses, ${report.rows.course_registration} registrations`,
      );
    }
    await supplyScenarios(ds, logger, isMysqlUrl(url) ? 'mysql national' : 'sqlite demo', 110);
    await ds.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
    console.table(rows);
    return;
  }
  if (process.argv.includes('--courses')) {
    // only the course rows (quick on the demo scale; with DATABASE_URL=mysql://... on that database's data)
    const url = process.env.DATABASE_URL;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inservice-bench-'));
    const ds = isMysqlUrl(url)
      ? createDataSource({ url, flavor: await detectMysqlFlavor(url) })
      : createDataSource({ sqlitePath: path.join(dir, 'bench.sqlite') });
    await ds.initialize();
    await ds.runMigrations();
    const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM teacher');
    if (Number(n) === 0) await seed(ds, { scale: 'demo' });
    await courseScenarios(ds, isMysqlUrl(url) ? 'mysql' : 'sqlite demo');
    await ds.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
    console.table(rows);
    return;
  }
  const national = process.argv.includes('--national');
  const skipDemo = process.argv.includes('--skip-demo');
  if (!skipDemo) {
    // demo scale on the embedded database
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inservice-bench-'));
    const sqlite = createDataSource({ sqlitePath: path.join(dir, 'bench.sqlite') });
    await sqlite.initialize();
    await sqlite.runMigrations();
    const demo = await seed(sqlite, { scale: 'demo' });
    const demoRows = Object.values(demo.rows).reduce((a, b) => a + b, 0);
    add('seed demo scale', 'sqlite', `${demo.seconds.toFixed(2)} s`, `${demoRows} rows`);
    await measureApi(sqlite, 'sqlite demo');
    await loginFlood(sqlite, 'sqlite demo');
    await sqlite.destroy();
    const logger = new CountingLogger();
    const demoDs = createDataSource({ sqlitePath: path.join(dir, 'bench2.sqlite'), logger });
    await demoDs.initialize();
    await demoDs.runMigrations();
    await seed(demoDs, { scale: 'demo' });
    await analysisScenarios(demoDs, logger, 'sqlite demo', 109);
    await supplyScenarios(demoDs, logger, 'sqlite demo', 110);
    await throughput(demoDs, 'sqlite demo');
    await courseScenarios(demoDs, 'sqlite demo');
    await hoursScenarios(demoDs, 'sqlite demo', add, logger);
    await mailScenarios(demoDs, 'sqlite demo');
    await exportScenarios(demoDs, 'sqlite demo');
    await demoDs.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  if (national) {
    const base = process.env.DATABASE_URL;
    if (!isMysqlUrl(base)) throw new Error('--national needs DATABASE_URL=mysql://...');
    const u = new URL(base.replace(/^mariadb:/, 'mysql:'));
    u.pathname = `${u.pathname.replace(/^\//, '') || 'inservice'}_bench`;
    const url = u.toString();
    // --reuse: keep the national data of an earlier run (the load is measured only when it runs)
    const reuse = process.argv.includes('--reuse');
    await ensureMysqlDatabase(url, { dropFirst: !reuse });
    const logger = new CountingLogger();
    const mysql = createDataSource({ url, flavor: await detectMysqlFlavor(url), logger });
    await mysql.initialize();
    await mysql.runMigrations();
    const [{ n }] = await mysql.query('SELECT COUNT(*) AS n FROM teacher');
    if (!reuse || Number(n) === 0) {
      const report = await seed(mysql, { scale: 'national', years: 3, progress: true });
      const total = Object.values(report.rows).reduce((a, b) => a + b, 0);
      add(
        'seed national scale, 3 years',
        'mysql',
        `${report.seconds.toFixed(1)} s`,
        `${total} rows, ${(total / report.seconds).toFixed(0)} rows/s`,
      );
      add(
        '  teachers / teacher plans / choice rows',
        'mysql',
        `${report.rows.teacher} / ${report.rows.teacher_plan} / ${report.rows.teacher_plan_choice}`,
        '',
      );
    } else {
      add('seed national scale', 'mysql', 'reused', `${n} teachers already loaded`);
    }
    await measureApi(mysql, 'mysql national');
    await analysisScenarios(mysql, logger, 'mysql national', 109);
    await supplyScenarios(mysql, logger, 'mysql national', 110);
    await throughput(mysql, 'mysql national');
    await courseScenarios(mysql, 'mysql national');
    await hoursScenarios(mysql, 'mysql national', add, logger);
    await mailScenarios(mysql, 'mysql national');
    await exportScenarios(mysql, 'mysql national');
    await mysql.destroy();
  }
  await certificateScenarios();
  add('peak resident memory', 'process', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`, '');
  console.table(rows);
}

main().catch((e) => {
  console.error('bench failed:', e instanceof Error ? e.message : e, (e as { cause?: unknown }).cause ?? '');
  process.exit(1);
});
