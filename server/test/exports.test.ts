import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { codes, Harness, seededHarness, TestClock } from './harness';
import { dbLabel, tempDir } from './db';
import { Dispatcher, FileMailer } from '../src/modules/messaging';
import { ExportService } from '../src/modules/exports';
import { createHttpServer } from '../src/http';
import { createLoaders } from '../src/context';
import { toGlobalId } from '../src/shared/global-id';

/**
 * Bulk exports (issue 14 item 7): a job runs in the background (here: rounds run by the test), its
 * file holds the same rows and values as the API's list for the same caller, the download link is
 * refused after a day, and a key's finished export reaches its webhook on a real loopback receiver.
 */
const clock = new TestClock();
let h: Harness;
let server: http.Server;
let base = '';
const hits: { event: string; body: any; verified: boolean }[] = [];
let secret = '';
const receiver = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const ts = String(req.headers['x-inservice-timestamp']);
    const expected = `t=${ts},v1=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`;
    hits.push({
      event: String(req.headers['x-inservice-event']),
      body: JSON.parse(body),
      verified: req.headers['x-inservice-signature'] === expected,
    });
    res.end('ok');
  });
});

const START =
  'mutation($k: ExportKind!, $f: ExportFilterInput, $fmt: ExportFileFormat) { startExport(kind: $k, filter: $f, format: $fmt) { id status kind format county { code } } }';
const JOB = 'query($id: ID!) { exportJob(id: $id) { id status rowsTotal rowsWritten progress downloadUrl expiresAt error fileBytes } }';
const runner = () => h.app.services.exports;
const count = async (table: string) => Number((await h.ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

async function runAll(s: ExportService = runner()) {
  for (let i = 0; i < 20 && (await s.runOnce()); i++);
}

async function download(url: string): Promise<{ status: number; text: string; json: any; bytes: Buffer }> {
  const u = new URL(url, base);
  const res = await fetch(`${base}${u.pathname}${u.search}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = bytes.toString('utf8');
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* a file */
  }
  return { status: res.status, text, json, bytes };
}

/** A runner of its own (another process, as it were), reading values through the app's schema. */
function otherRunner(id: string, opts: Partial<ConstructorParameters<typeof ExportService>[3]> = {}): ExportService {
  const s = new ExportService(h.ds, h.app.services.audit, clock, { id, dir: runner().directory, ...opts });
  s.attach(
    h.app.schema,
    (viewer) => ({ viewer, loaders: createLoaders(h.ds, viewer, clock), services: h.app.services, clientAddress: 'export-job' }),
    h.app.services,
  );
  return s;
}

const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const numericId = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString('utf8').split(':').pop());
const partsOf = (jobGlobalId: string) =>
  fs.readdirSync(runner().directory).filter((f) => f.startsWith(`export-${numericId(jobGlobalId)}-`) && f.endsWith('.part'));

/** A finished job's file, as its owner downloads it. */
async function fileOf(who: string, jobId: string) {
  const job = (await h.as(who).query(JOB, { id: jobId })).data!.exportJob;
  expect(job).toMatchObject({ status: 'DONE', error: null });
  expect(job.rowsWritten).toBe(job.rowsTotal);
  const file = await download(job.downloadUrl);
  expect(file.status).toBe(200);
  return { job, file };
}

/**
 * The study records a district reads through the API, of teachers at its county's schools: those of
 * its centre's courses (Course.studyRecords), as RECORDS rows.
 */
async function recordsOfDistrictApi(countyId: number) {
  const centre = (await h.ds.query("SELECT id FROM unit WHERE code = 'DC-TPE'"))[0].id;
  const rows: any[] = [];
  let after: string | null = null;
  for (;;) {
    const p: any = await h.as('district.taipei').query(
      `query($o: ID!, $a: String) { courses(organiserId: $o, status: [PUBLISHED, CLOSED], first: 20, after: $a) {
        pageInfo { hasNextPage endCursor }
        edges { node { id code studyRecords(first: 100) { totalCount edges { node {
          id schoolYear source title externalId issuerName domain hours startsOn endsOn issuedAt certificateNumber
          course { id code } teacher { id name nationalIdMasked school { id code name county { id } } } } } } } } } }`,
      { o: toGlobalId('Unit', Number(centre)), a: after },
    );
    expect(p.errors).toBeUndefined();
    for (const e of p.data.courses.edges) {
      const recs = e.node.studyRecords;
      expect(recs.edges.length).toBe(recs.totalCount);
      for (const r of recs.edges.map((x: any) => x.node))
        if (r.teacher && r.teacher.school.county.id === toGlobalId('County', countyId)) rows.push(r);
    }
    if (!p.data.courses.pageInfo.hasNextPage) break;
    after = p.data.courses.pageInfo.endCursor;
  }
  rows.sort((x, y) => numericId(x.id) - numericId(y.id));
  return rows.map((r) => ({
    id: r.id,
    schoolYear: r.schoolYear,
    teacherId: r.teacher.id,
    teacherName: r.teacher.name,
    nationalIdMasked: r.teacher.nationalIdMasked,
    schoolId: r.teacher.school.id,
    schoolCode: r.teacher.school.code,
    schoolName: r.teacher.school.name,
    source: r.source,
    courseId: r.course?.id ?? null,
    courseCode: r.course?.code ?? null,
    title: r.title,
    externalId: r.externalId,
    issuerName: r.issuerName,
    domain: r.domain,
    hours: r.hours,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    issuedAt: r.issuedAt,
    certificateNumber: r.certificateNumber,
  }));
}

let taipei: number;
let other: number;

const savedDataDir = process.env.DATA_DIR;
beforeAll(async () => {
  process.env.DATA_DIR = tempDir('exports-data');
  clock.set('2022-10-03T09:00:00+08:00');
  h = await seededHarness('exports', clock);
  server = createHttpServer(h.app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  taipei = Number((await h.ds.query("SELECT county_id AS id FROM unit WHERE code = 'DC-TPE'"))[0].id);
  other = Number((await h.ds.query('SELECT MIN(id) AS id FROM county WHERE id <> ?', [taipei]))[0].id);
}, 300_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  receiver.closeAllConnections();
  await new Promise((r) => receiver.close(r));
  await h.stop();
  // the suites after this one in its group (docs/TESTING.md, 'Groups') see the environment as it was
  if (savedDataDir === undefined) delete process.env.DATA_DIR;
  else process.env.DATA_DIR = savedDataDir;
});

describe(`bulk exports (${dbLabel()})`, () => {
  let jobId: string;

  it("a district's teacher export completes and its file holds the rows and values of the API's teachers list", async () => {
    const r = await h.as('district.taipei').query(START, { k: 'TEACHERS' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.startExport).toMatchObject({ status: 'QUEUED', kind: 'TEACHERS', format: 'JSONL' });
    jobId = r.data!.startExport.id;
    await runAll();
    const job = (await h.as('district.taipei').query(JOB, { id: jobId })).data!.exportJob;
    expect(job).toMatchObject({ status: 'DONE', progress: 1, error: null });
    expect(job.rowsWritten).toBe(job.rowsTotal);
    expect(job.downloadUrl).toContain('/exports/jobs/');
    const file = await download(job.downloadUrl);
    expect(file.status).toBe(200);
    const lines = file.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // the API, paged as the same caller
    const api: any[] = [];
    let after: string | null = null;
    for (;;) {
      const p: any = await h
        .as('district.taipei')
        .query(
          'query($a: String) { teachers(first: 100, after: $a) { pageInfo { hasNextPage endCursor } edges { node { id name title subjects nationalIdMasked email phone school { id code name } } } } }',
          { a: after },
        );
      api.push(...p.data.teachers.edges.map((e: any) => e.node));
      if (!p.data.teachers.pageInfo.hasNextPage) break;
      after = p.data.teachers.pageInfo.endCursor;
    }
    expect(lines.length).toBe(api.length);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).toEqual(
      api.map((t) => ({
        id: t.id,
        schoolId: t.school.id,
        schoolCode: t.school.code,
        schoolName: t.school.name,
        name: t.name,
        nationalIdMasked: t.nationalIdMasked,
        title: t.title,
        subjects: t.subjects,
      })),
    );
    // a district reads no contact details in the API, and the file has no such column
    expect(api.every((t) => t.email === null)).toBe(true);
    expect(file.text).not.toMatch(/"email"/);
    // audited; the link is the owner's alone
    const audit = await h
      .as('admin')
      .query('{ auditEvents(first: 5, operation: startExport) { edges { node { operation targetType } } } }');
    expect(audit.data!.auditEvents.edges[0].node).toEqual({ operation: 'startExport', targetType: 'ExportJob' });
    expect((await h.as('admin').query(JOB, { id: jobId })).data!.exportJob).toBeNull();
    const mine = await h.as('district.taipei').query('{ exportJobs(first: 10) { totalCount edges { node { id status } } } }');
    expect(mine.data!.exportJobs.edges.map((e: any) => e.node.id)).toContain(jobId);
    // the owner's inbox says it is done
    const inbox = await h.as('district.taipei').query('{ notifications(first: 5) { edges { node { type title link } } } }');
    await new Dispatcher(h.ds, clock, { id: 'exp', mailer: new FileMailer(tempDir('exports-mail')) }).runOnce();
    const after2 = await h.as('district.taipei').query('{ notifications(first: 5) { edges { node { type title link } } } }');
    expect(inbox.data!.notifications.edges.some((e: any) => e.node.type === 'EXPORT_COMPLETED')).toBe(false);
    expect(after2.data!.notifications.edges[0].node).toMatchObject({ type: 'EXPORT_COMPLETED', link: '/exports' });
    expect(after2.data!.notifications.edges[0].node.title).toContain('匯出完成');
  });

  it("the platform's plan export as CSV holds what the API gives the platform for that county and year", async () => {
    const r = await h.as('admin').query(START, { k: 'PLANS', f: { countyId: toGlobalId('County', taipei), schoolYear: 110 }, fmt: 'CSV' });
    expect(r.errors).toBeUndefined();
    await runAll();
    const job = (await h.as('admin').query(JOB, { id: r.data!.startExport.id })).data!.exportJob;
    expect(job.status).toBe('DONE');
    const file = await download(job.downloadUrl);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = file.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe(
      'id,schoolYear,schoolId,schoolCode,schoolName,teacherId,teacherName,status,modes,times,places,levels,methods,domains,submittedAt,updatedAt',
    );
    const [{ n }] = await h.ds.query(
      'SELECT COUNT(*) AS n FROM teacher_plan p JOIN unit u ON u.id = p.school_id WHERE u.county_id = ? AND p.school_year = 110',
      [taipei],
    );
    expect(rows.length - 1).toBe(Number(n));
    // one row against node(id:) as the platform
    if (rows.length > 1) {
      const id = rows[1].split(',')[0];
      const p = await h.as('admin').query(`{ node(id: "${id}") { ... on TeacherPlan { schoolYear status teacher { name } } } }`);
      expect(rows[1]).toContain(p.data!.node.teacher.name);
      expect(rows[1]).toContain(`,${p.data!.node.status},`);
    }
  });

  it('scope: a district exports only its county; a teacher, a school and the analyst export nothing; bad filters are coded and change nothing', async () => {
    const before = await count('export_job');
    const otherCounty = await h.as('district.taipei').query(START, { k: 'TEACHERS', f: { countyId: toGlobalId('County', other) } });
    expect(otherCounty.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_COUNTY' });
    for (const who of ['teacher.demo', 'chief.demo', 'analyst', 'operator.univ'])
      expect(codes(await h.as(who).query(START, { k: 'TEACHERS' }))).toEqual(['FORBIDDEN']);
    expect(codes(await h.anonymous().query(START, { k: 'TEACHERS' }))).toEqual(['UNAUTHENTICATED']);
    const bad: [Record<string, unknown>, string, string, string][] = [
      [{ k: 'TEACHERS', f: { schoolYear: 110 } }, 'filter.schoolYear', 'INVALID_VALUE', 'district.taipei'],
      [{ k: 'PLANS', f: { schoolYear: 1 } }, 'filter.schoolYear', 'INVALID_VALUE', 'district.taipei'],
      [{ k: 'TEACHERS', f: { countyId: toGlobalId('School', 1) } }, 'filter.countyId', 'WRONG_ID_TYPE', 'admin'],
      [{ k: 'TEACHERS', f: { countyId: toGlobalId('County', 999999) } }, 'filter.countyId', 'INVALID_VALUE', 'admin'],
    ];
    for (const [v, field, reason, who] of bad) {
      const r = await h.as(who).query(START, v);
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, fields: [field] });
    }
    expect(await count('export_job')).toBe(before);
    const teacherJobs = await h.as('teacher.demo').query('{ exportJobs { totalCount } }');
    expect(codes(teacherJobs)).toEqual(['FORBIDDEN']);
    const can = await h.as('district.taipei').query('{ me { can { startExport exportKinds } } }');
    expect(can.data!.me.can).toEqual({ startExport: true, exportKinds: ['TEACHERS', 'PLANS', 'REGISTRATIONS', 'RECORDS'] });
    expect((await h.as('chief.demo').query('{ me { can { startExport exportKinds } } }')).data!.me.can).toEqual({
      startExport: false,
      exportKinds: [],
    });
  });

  it('me.can.exportKindsBySchoolYear names the kinds whose filter takes a school year (the page shows the field by it)', async () => {
    const before = await count('export_job');
    const can = async (who: string) => (await h.as(who).query('{ me { can { exportKinds exportKindsBySchoolYear } } }')).data!.me.can;
    expect(await can('district.taipei')).toEqual({
      exportKinds: ['TEACHERS', 'PLANS', 'REGISTRATIONS', 'RECORDS'],
      exportKindsBySchoolYear: ['PLANS', 'REGISTRATIONS', 'RECORDS'],
    });
    expect(await can('chief.demo')).toEqual({ exportKinds: [], exportKindsBySchoolYear: [] });
    // a kind outside the list refuses a year that the listed kinds take (the plan and record exports above use it)
    const admin = await can('admin');
    for (const k of admin.exportKinds.filter((x: string) => !admin.exportKindsBySchoolYear.includes(x))) {
      const r = await h.as('admin').query(START, { k, f: { schoolYear: 110 } });
      expect([k, r.errors![0].extensions]).toEqual([k, expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['filter.schoolYear'] })]);
    }
    expect(await count('export_job')).toBe(before);
  });

  let recordsApi: any[];
  let recordsJsonl: string;
  let recordsCsv: string;

  it("a district's study-record export (RECORDS) completes and its file holds the API's records of its county", async () => {
    const r = await h.as('district.taipei').query(START, { k: 'RECORDS' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.startExport).toMatchObject({ status: 'QUEUED', kind: 'RECORDS', format: 'JSONL' });
    const csv = await h.as('district.taipei').query(START, { k: 'RECORDS', fmt: 'CSV' });
    expect(csv.errors).toBeUndefined();
    await runAll();
    const { file } = await fileOf('district.taipei', r.data!.startExport.id);
    recordsJsonl = file.text;
    recordsApi = await recordsOfDistrictApi(taipei);
    expect(recordsApi.length).toBeGreaterThan(5);
    const [{ n }] = await h.ds.query(
      `SELECT COUNT(*) AS n FROM study_record sr JOIN teacher t ON t.id = sr.teacher_id JOIN unit u ON u.id = t.school_id
       WHERE u.county_id = ? AND sr.issuer_unit_id = (SELECT id FROM unit WHERE code = 'DC-TPE')`,
      [taipei],
    );
    expect(recordsApi.length).toBe(Number(n));
    expect(jsonLines(file.text)).toEqual(recordsApi);
    // the file never holds a full national ID
    expect(file.text).not.toMatch(/[A-Z][12]\d{8}/);
    // the CSV: a header, then the same rows
    const c = await fileOf('district.taipei', csv.data!.startExport.id);
    recordsCsv = c.file.text;
    const lines = c.file.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,schoolYear,teacherId,teacherName,nationalIdMasked,schoolId,schoolCode,schoolName,source,courseId,courseCode,title,externalId,issuerName,domain,hours,startsOn,endsOn,issuedAt,certificateNumber',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(recordsApi.map((x) => x.id));
    // a school year: only that year's
    const year = recordsApi[0].schoolYear;
    const y = await h.as('district.taipei').query(START, { k: 'RECORDS', f: { schoolYear: year } });
    await runAll();
    const yf = await fileOf('district.taipei', y.data!.startExport.id);
    expect(jsonLines(yf.file.text)).toEqual(recordsApi.filter((x) => x.schoolYear === year));
  });

  it("the platform's RECORDS export of a county and year holds every record of that county's teachers", async () => {
    const year = recordsApi[0].schoolYear;
    const r = await h.as('admin').query(START, { k: 'RECORDS', f: { countyId: toGlobalId('County', taipei), schoolYear: year } });
    expect(r.errors).toBeUndefined();
    await runAll();
    const { file } = await fileOf('admin', r.data!.startExport.id);
    const rows = file.text.trim() ? jsonLines(file.text) : [];
    const ids: { id: number }[] = await h.ds.query(
      `SELECT sr.id AS id FROM study_record sr JOIN teacher t ON t.id = sr.teacher_id JOIN unit u ON u.id = t.school_id
       WHERE u.county_id = ? AND sr.school_year = ? ORDER BY sr.id`,
      [taipei, year],
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(rows.map((x: any) => numericId(x.id))).toEqual(ids.map((x) => Number(x.id)));
    // one row against node(id:) as the platform
    const one = await h
      .as('admin')
      .query(`{ node(id: "${rows[0].id}") { ... on StudyRecord { hours certificateNumber teacher { name } } } }`);
    expect(rows[0]).toMatchObject({
      hours: one.data!.node.hours,
      certificateNumber: one.data!.node.certificateNumber,
      teacherName: one.data!.node.teacher.name,
    });
  });

  it('RECORDS: schools, teachers, the analyst, a university and partner keys cannot start it; another county is refused; nothing is created', async () => {
    const before = await count('export_job');
    for (const who of ['teacher.demo', 'chief.demo', 'analyst', 'operator.univ'])
      expect(codes(await h.as(who).query(START, { k: 'RECORDS' }))).toEqual(['FORBIDDEN']);
    for (const scopes of [['TEACHER_SYNC'], ['HOURS_WRITE']]) {
      const key = await h.as('admin').query('mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { secret } }', {
        i: { name: `records ${scopes[0]}`, scopes, countyId: toGlobalId('County', taipei) },
      });
      expect(key.errors).toBeUndefined();
      const auth = `ApiKey ${key.data!.createApiKey.secret}`;
      expect(codes(await h.raw(START, { k: 'RECORDS' }, auth))).toEqual(['FORBIDDEN']);
      expect((await h.raw('{ me { can { exportKinds } } }', {}, auth)).data?.me?.can?.exportKinds ?? []).not.toContain('RECORDS');
    }
    const otherCounty = await h.as('district.taipei').query(START, { k: 'RECORDS', f: { countyId: toGlobalId('County', other) } });
    expect(otherCounty.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_COUNTY' });
    const badYear = await h.as('district.taipei').query(START, { k: 'RECORDS', f: { schoolYear: 1 } });
    expect(badYear.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.schoolYear'] });
    expect(await count('export_job')).toBe(before);
    expect((await h.as('admin').query('{ me { can { exportKinds } } }')).data!.me.can.exportKinds).toContain('RECORDS');
  });

  it('a runner that dies mid-job: the next one cuts the file to the recorded length and continues after the last row, each row once (CSV)', async () => {
    const r = await h.as('district.taipei').query(START, { k: 'RECORDS', fmt: 'CSV' });
    const jobId = r.data!.startExport.id;
    let reached!: () => void;
    const atPage2 = new Promise<void>((res) => (reached = res));
    let revive!: () => void;
    const dead = new Promise<void>((res) => (revive = res));
    // runner A writes page 1 (recorded), then page 2 into its file, and "dies" before recording it
    const a = otherRunner('runner-dies', {
      pageSize: 2,
      onPageWritten: (_job, page) => {
        if (page < 2) return;
        reached();
        return dead;
      },
    });
    const aRun = a.runOnce();
    await atPage2;
    const row = (
      await h.ds.query('SELECT status, rows_written, last_row_id, part_bytes, file_name FROM export_job WHERE id = ?', [numericId(jobId)])
    )[0];
    expect(row.status).toBe('RUNNING');
    expect(Number(row.rows_written)).toBe(2);
    expect(Number(row.last_row_id)).toBe(numericId(recordsApi[1].id));
    const partA = `${row.file_name}.part`;
    // the file holds more than the position says (page 2, unrecorded)
    expect(fs.statSync(`${runner().directory}/${partA}`).size).toBeGreaterThan(Number(row.part_bytes));
    // its claim runs out; runner B (another page size) takes the job over and finishes it
    clock.set(new Date(clock.now().getTime() + 5 * 60_000).toISOString());
    const b = otherRunner('runner-next', { pageSize: 3 });
    expect(await b.runOnce()).toBe(true);
    const { job, file } = await fileOf('district.taipei', jobId);
    expect(file.text).toBe(recordsCsv);
    expect(job.rowsWritten).toBe(recordsApi.length);
    const ids = file.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(recordsApi.map((x) => x.id));
    expect(Number((await h.ds.query('SELECT attempts FROM export_job WHERE id = ?', [numericId(jobId)]))[0].attempts)).toBe(2);
    // A comes back to life: its claim is gone, it writes nothing more into the finished file
    revive();
    await aRun;
    expect((await fileOf('district.taipei', jobId)).file.text).toBe(recordsCsv);
    expect(partsOf(jobId)).toEqual([]);
  });

  it('a stopping runner hands its job over at the next page; the next one continues it (JSONL)', async () => {
    const r = await h.as('district.taipei').query(START, { k: 'RECORDS' });
    const jobId = r.data!.startExport.id;
    const a = otherRunner('runner-stops', {
      pageSize: 2,
      onPageWritten: (_job, page) => {
        if (page === 2) void a.stopRunner();
      },
    });
    expect(await a.runOnce()).toBe(true);
    const row = (
      await h.ds.query('SELECT status, rows_written, last_row_id, claimed_by FROM export_job WHERE id = ?', [numericId(jobId)])
    )[0];
    expect(row).toMatchObject({ status: 'RUNNING', claimed_by: null });
    expect(Number(row.rows_written)).toBe(4);
    expect(Number(row.last_row_id)).toBe(numericId(recordsApi[3].id));
    // released at once: the next runner takes it without waiting for a claim to run out
    await runAll();
    const { file } = await fileOf('district.taipei', jobId);
    expect(file.text).toBe(recordsJsonl);
    expect(jsonLines(file.text)).toEqual(recordsApi);
    expect(partsOf(jobId)).toEqual([]);
    // a handover does not count as an interruption
    expect(Number((await h.ds.query('SELECT attempts FROM export_job WHERE id = ?', [numericId(jobId)]))[0].attempts)).toBe(1);
  });

  it('a runner that finds the file of the run before missing starts again from the beginning', async () => {
    const r = await h.as('district.taipei').query(START, { k: 'RECORDS' });
    const jobId = r.data!.startExport.id;
    const a = otherRunner('runner-gone', { pageSize: 2, onPageWritten: (_job, page) => page === 1 && void a.stopRunner() });
    await a.runOnce();
    const row = (await h.ds.query('SELECT file_name FROM export_job WHERE id = ?', [numericId(jobId)]))[0];
    fs.rmSync(`${runner().directory}/${row.file_name}.part`);
    await runAll();
    const { file } = await fileOf('district.taipei', jobId);
    expect(file.text).toBe(recordsJsonl);
  });

  it('a few running jobs per caller: the next is RATE_LIMITED; one job is run by one runner, and a lost claim is taken up again', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await h.as('admin').query(START, { k: 'TEACHERS', f: { countyId: toGlobalId('County', taipei) } })).data!.startExport.id);
    const fourth = await h.as('admin').query(START, { k: 'TEACHERS' });
    expect(fourth.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_EXPORTS', max: 3 });
    const a = new ExportService(h.ds, h.app.services.audit, clock, { id: 'runner-a', dir: runner().directory });
    const b = new ExportService(h.ds, h.app.services.audit, clock, { id: 'runner-b', dir: runner().directory });
    const first = await a.claim();
    const second = await b.claim();
    expect(first && second && first.job.id !== second.job.id).toBe(true);
    // runner a "dies" holding its job: after its claim runs out, the job is claimed again and done
    const held = first!.job.id;
    clock.set(new Date(clock.now().getTime() + 5 * 60_000).toISOString());
    await runAll();
    const row = (await h.ds.query('SELECT status, attempts FROM export_job WHERE id = ?', [held]))[0];
    expect(row.status).toBe('DONE');
    expect(Number(row.attempts)).toBe(2);
  });

  it("a partner key's export: its webhook fires on a loopback receiver (only its own), and the link is refused after 24 h", async () => {
    const key = await h.as('admin').query('mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { secret key { id } } }', {
      i: { name: 'taipei sync', scopes: ['TEACHER_SYNC'], countyId: toGlobalId('County', taipei) },
    });
    const other2 = await h.as('admin').query('mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { secret key { id } } }', {
      i: { name: 'taipei sync 2', scopes: ['TEACHER_SYNC'], countyId: toGlobalId('County', taipei) },
    });
    const port = (receiver.address() as AddressInfo).port;
    const hook = await h.as('admin').query('mutation($i: NewWebhookInput!) { createWebhook(input: $i) { secret } }', {
      i: { apiKeyId: key.data!.createApiKey.key.id, url: `http://127.0.0.1:${port}/mine`, events: ['EXPORT_COMPLETED'] },
    });
    expect(hook.errors).toBeUndefined();
    secret = hook.data!.createWebhook.secret;
    await h.as('admin').query('mutation($i: NewWebhookInput!) { createWebhook(input: $i) { secret } }', {
      i: { apiKeyId: other2.data!.createApiKey.key.id, url: `http://127.0.0.1:${port}/theirs`, events: ['EXPORT_COMPLETED'] },
    });
    const auth = `ApiKey ${key.data!.createApiKey.secret}`;
    const r = await h.raw(START, { k: 'TEACHERS' }, auth);
    expect(r.errors).toBeUndefined();
    expect(r.data!.startExport.county.code).toBeTruthy();
    await runAll();
    const d = new Dispatcher(h.ds, clock, { id: 'exp-wh', mailer: new FileMailer(tempDir('exports-mail2')), webhookTimeoutMs: 3000 });
    for (let i = 0; i < 5; i++) await d.runOnce();
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ event: 'EXPORT_COMPLETED', verified: true });
    expect(hits[0].body.subject).toEqual({ type: 'ExportJob', id: r.data!.startExport.id });
    const job = (await h.raw(JOB, { id: r.data!.startExport.id }, auth)).data!.exportJob;
    expect((await download(job.downloadUrl)).status).toBe(200);
    // a wrong token, then a day later
    expect((await download(job.downloadUrl.replace(/token=.*/, 'token=nope'))).status).toBe(404);
    clock.set(new Date(clock.now().getTime() + 24 * 3600_000 + 1000).toISOString());
    const late = await download(job.downloadUrl);
    expect(late.status).toBe(410);
    expect(late.json.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'EXPORT_EXPIRED' });
    const before = fs.readdirSync(runner().directory).length;
    await runner().runOnce();
    // expired files are removed (this one and the earlier jobs', all older than a day now)
    expect(fs.readdirSync(runner().directory).length).toBeLessThan(before);
    expect((await h.raw(JOB, { id: r.data!.startExport.id }, auth)).data!.exportJob).toMatchObject({
      status: 'EXPIRED',
      downloadUrl: null,
    });
  });
});
