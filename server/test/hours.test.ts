import { hashPassword } from '../src/auth/password';
import { toGlobalId } from '../src/shared/global-id';
import { BOUND } from '../src/shared/disclosure';
import { codes, demoIds, Harness, seededHarness, TestClock } from './harness';
import { dbLabel } from './db';
import { issuedHoursDifferences } from '../src/shared/supply-summary';

const RECOUNT = 'SELECT teacher_id, course_id, school_year, domain, hours, record_key FROM study_record';

/**
 * 核發研習時數 (issue 12): attendance (marked, uploaded, signed in with a code), issuing hours by the
 * stated rule, idempotent issuing, corrections before and after closure, external hours from a
 * partner key with HOURS_WRITE, study records, hours and attainment against a recount, certificate
 * verification, roll-ups with the disclosure control. The clock stands in school year 110.
 */
const clock = new TestClock();
let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
let tpe: string;
const peers: string[] = [];
let peerIds: number[] = [];
let peerNids: string[] = [];

const at = (iso: string) => clock.set(iso);
const BEFORE = '2021-09-05T10:00:00+08:00';
const S1 = { startsAt: '2021-10-20T09:00:00+08:00', endsAt: '2021-10-20T12:00:00+08:00' };
const S2 = { startsAt: '2021-10-27T09:00:00+08:00', endsAt: '2021-10-27T12:00:00+08:00' };
const AFTER = '2021-10-28T10:00:00+08:00';
const CLOSED = '2021-12-01T10:00:00+08:00';

async function ok<T = any>(login: string, q: string, v: Record<string, unknown> = {}): Promise<T> {
  const r = await h.as(login).query(q, v);
  if (r.errors) throw new Error(`${login}: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}
const err = async (login: string, q: string, v: Record<string, unknown> = {}) => {
  const r = await h.as(login).query(q, v);
  expect(r.errors).toBeDefined();
  return r.errors![0].extensions as Record<string, any>;
};

const input = (title: string) => ({
  title,
  description: '實作',
  domain: 'CURRICULUM_TEACHING_ASSESSMENT',
  themes: '素養導向',
  level: 'ADVANCED',
  mode: 'NON_CREDIT',
  place: 'OWN_SCHOOL',
  methods: ['WORKSHOP'],
  hours: 3,
  capacity: 10,
  waitlistSize: 0,
  registrationOpensAt: '2021-09-10T00:00:00+08:00',
  registrationClosesAt: '2021-10-10T00:00:00+08:00',
  contactName: '王承辦',
  sessions: [S1, S2].map((s) => ({ ...s, countyId: tpe, address: '臺北市大安區' })),
});

/** A published two-session course of the demo school with the peers t1..tn admitted (uploaded): its ID, session IDs, registrations by login. */
async function course(title: string, n = 4) {
  at(BEFORE);
  const c = (await ok('chief.demo', 'mutation($i: CourseInput!) { createCourse(input: $i) { id } }', { i: input(title) })).createCourse.id;
  await ok('chief.demo', 'mutation($id: ID!) { submitCourse(id: $id) { id } }', { id: c });
  await ok('district.taipei', 'mutation($id: ID!) { approveCourse(id: $id) { id } }', { id: c });
  await ok('chief.demo', 'mutation($id: ID!) { publishCourse(id: $id) { id } }', { id: c });
  const file = Buffer.from(`身分證字號\r\n${peerNids.slice(0, n).join('\r\n')}\r\n`).toString('base64');
  const up = await ok(
    'chief.demo',
    'mutation($c: ID!, $f: String!) { uploadCourseParticipants(courseId: $c, file: $f, format: CSV, dryRun: false) { committed } }',
    {
      c,
      f: file,
    },
  );
  expect(up.uploadCourseParticipants.committed).toBe(true);
  const d = await ok(
    'chief.demo',
    'query($c: ID!) { course(id: $c) { sessions { id } registrations(first: 50) { edges { node { id teacher { id } } } } } }',
    { c },
  );
  const regOf: Record<string, string> = {};
  for (const e of d.course.registrations.edges) {
    const i = peerIds.findIndex((p) => toGlobalId('Teacher', p) === e.node.teacher.id);
    regOf[peers[i]] = e.node.id;
  }
  return { id: c, sessions: d.course.sessions.map((s: { id: string }) => s.id) as string[], regOf };
}

const MARK = 'mutation($s: ID!, $e: [AttendanceInput!]!) { recordAttendance(sessionId: $s, entries: $e) { recorded } }';
const ISSUE = 'mutation($c: ID!) { issueHours(courseId: $c) { issued alreadyIssued withoutHours hoursIssued } }';
const RECORDS =
  'query($c: ID!) { course(id: $c) { studyRecords(first: 50) { totalCount edges { node { id hours certificateNumber verificationCode teacher { id } } } } } }';

beforeAll(async () => {
  at(BEFORE);
  h = await seededHarness('hours', clock);
  ids = await demoIds(h);
  const counties = (await h.anonymous().query('{ counties { id code } }')).data!.counties as { id: string; code: string }[];
  tpe = counties.find((c) => c.code === 'TPE')!.id;
  const rows: { id: number; national_id: string }[] = await h.ds.query(
    `SELECT id, national_id FROM teacher WHERE school_id = ? AND id <> ? AND title <> 'PRINCIPAL' ORDER BY id LIMIT 5`,
    [ids.raw.demoSchool, ids.raw.teacherDemo],
  );
  const hash = await hashPassword('demo1234');
  for (const [i, r] of rows.entries()) {
    await h.ds.query(
      `INSERT INTO credential (username, password_hash, principal_kind, teacher_id, failed_logins, must_change_password) VALUES (?, ?, 'TEACHER', ?, 0, ?)`,
      [`h${i + 1}`, hash, r.id, false],
    );
    peers.push(`h${i + 1}`);
  }
  peerIds = rows.map((r) => Number(r.id));
  peerNids = rows.map((r) => r.national_id);
}, 180000);
afterAll(() => h.stop());

describe(`attendance (${dbLabel()})`, () => {
  it('the organiser marks admitted teachers from 30 minutes before a session; others are refused and nothing changes', async () => {
    const c = await course('出席登記測試');
    const entries = [{ registrationId: c.regOf.h1, status: 'PRESENT' }];
    at('2021-10-20T08:00:00+08:00');
    expect((await err('chief.demo', MARK, { s: c.sessions[0], e: entries })).reason).toBe('SESSION_NOT_STARTED');
    at('2021-10-20T08:45:00+08:00');
    expect((await ok('chief.demo', MARK, { s: c.sessions[0], e: entries })).recordAttendance.recorded).toBe(1);
    // another school's chief, a university operator: the session does not exist for them
    for (const login of ['chief.other', 'operator.univ', 'district.taipei']) {
      expect((await err(login, MARK, { s: c.sessions[0], e: entries })).code).toBe('NOT_FOUND');
    }
    expect((await err('teacher.demo', MARK, { s: c.sessions[0], e: entries })).code).toBe('FORBIDDEN');
    // a registration of another course, a registration listed twice: BAD_USER_INPUT naming the entry
    const other = await course('另一門課', 1);
    at('2021-10-20T09:30:00+08:00');
    const bad = await err('chief.demo', MARK, { s: c.sessions[0], e: [entries[0], { registrationId: other.regOf.h1, status: 'LATE' }] });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_REGISTERED', fields: ['entries.1.registrationId'] });
    const twice = await err('chief.demo', MARK, { s: c.sessions[0], e: [entries[0], { ...entries[0], status: 'LATE' }] });
    expect(twice).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['entries.1.registrationId'] });
    // nothing of the refused calls was stored: h1 is still PRESENT, alone
    const read = await ok('chief.demo', 'query($c: ID!) { course(id: $c) { sessions { attendance { teacherName status method } } } }', {
      c: c.id,
    });
    expect(read.course.sessions[0].attendance).toEqual([expect.objectContaining({ status: 'PRESENT', method: 'MARKED' })]);
    // audited
    const audit: { n: number }[] = await h.ds.query(`SELECT COUNT(*) AS n FROM audit_event WHERE operation = 'recordAttendance'`);
    expect(Number(audit[0].n)).toBeGreaterThanOrEqual(1);
  });

  it("attendance is read by the course's managers only", async () => {
    const c = await course('出席名單讀取');
    const q = 'query($c: ID!) { course(id: $c) { sessions { attendance { status } } } }';
    for (const login of ['admin', 'chief.demo', 'contact.demo', 'operator.demo']) {
      expect((await ok(login, q, { c: c.id })).course.sessions[0].attendance).toEqual([]);
    }
    for (const login of ['chief.other', 'district.taipei', 'teacher.demo', 'h1', 'analyst', 'operator.univ']) {
      const r = await h.as(login).query(q, { c: c.id });
      expect(r.data?.course?.sessions?.[0]?.attendance ?? null).toBeNull();
    }
  });

  it('a teacher signs in with the code during the session: wrong and expired codes are refused and counted, then it waits', async () => {
    const c = await course('簽到碼測試');
    at('2021-10-20T08:40:00+08:00');
    const code = (
      await ok('chief.demo', 'mutation($s: ID!) { openSessionSignIn(sessionId: $s) { code validFrom validUntil signInPath } }', {
        s: c.sessions[0],
      })
    ).openSessionSignIn;
    expect(code.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(new Date(code.validUntil).toISOString()).toBe(new Date(S1.endsAt).toISOString());
    // the same code on a second call
    expect(
      (await ok('contact.demo', 'mutation($s: ID!) { openSessionSignIn(sessionId: $s) { code } }', { s: c.sessions[0] })).openSessionSignIn
        .code,
    ).toBe(code.code);
    const SIGN = 'mutation($c: String!) { signInToSession(code: $c) { status method } }';
    at('2021-10-20T09:05:00+08:00');
    expect((await ok('h1', SIGN, { c: code.code.toLowerCase() })).signInToSession).toEqual({ status: 'PRESENT', method: 'SIGNED_IN' });
    at('2021-10-20T09:40:00+08:00');
    expect((await ok('h2', SIGN, { c: code.code })).signInToSession.status).toBe('LATE');
    // a teacher not admitted to the course
    expect((await err('teacher.demo', SIGN, { c: code.code })).reason).toBe('NOT_REGISTERED');
    // the second session's code is not open yet; the first's is expired after its end
    at('2021-10-20T12:30:00+08:00');
    expect(await err('h3', SIGN, { c: code.code })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SIGN_IN_CODE_EXPIRED',
      fields: ['code'],
    });
    for (let i = 0; i < 4; i++) expect((await err('h3', SIGN, { c: 'ZZZZZZ' })).reason).toBe('SIGN_IN_CODE_INVALID');
    const counted: { n: number }[] = await h.ds.query('SELECT COUNT(*) AS n FROM sign_in_failure WHERE teacher_id = ?', [peerIds[2]]);
    expect(Number(counted[0].n)).toBe(5);
    expect((await err('h3', SIGN, { c: code.code })).code).toBe('RATE_LIMITED');
    // an organiser's mark is not overwritten by a later sign-in; a second sign-in changes nothing
    at('2021-10-20T09:50:00+08:00');
    expect((await ok('h1', SIGN, { c: code.code })).signInToSession.status).toBe('PRESENT');
    // only a teacher signs in
    expect((await err('chief.demo', SIGN, { c: code.code })).code).toBe('FORBIDDEN');
  });

  it('an attendance upload reports problems in a dry run, and a commit with problems records nothing', async () => {
    const c = await course('出席上傳測試', 3);
    at('2021-10-20T10:00:00+08:00');
    const UP =
      'mutation($s: ID!, $f: String!, $d: Boolean!) { uploadAttendance(sessionId: $s, file: $f, format: CSV, dryRun: $d) { dryRun committed rows accepted problems { row kind } } }';
    const sheet = (lines: string[]) => Buffer.from(['身分證字號,出席狀態', ...lines].join('\r\n')).toString('base64');
    const bad = sheet([`${peerNids[0]},出席`, `${peerNids[1]},遲到`, 'A123456780,出席', `${peerNids[4]},出席`, `${peerNids[2]},睡著`]);
    const dry = (await ok('chief.demo', UP, { s: c.sessions[0], f: bad, d: true })).uploadAttendance;
    expect(dry).toMatchObject({ dryRun: true, committed: false, rows: 5, accepted: 2 });
    expect(dry.problems.map((p: { kind: string }) => p.kind).sort()).toEqual(['INVALID_ID', 'INVALID_STATUS', 'NOT_REGISTERED'].sort());
    const commit = (await ok('chief.demo', UP, { s: c.sessions[0], f: bad, d: false })).uploadAttendance;
    expect(commit.committed).toBe(false);
    const none: { n: number }[] = await h.ds.query(
      'SELECT COUNT(*) AS n FROM course_attendance a JOIN course_session s ON s.id = a.session_id WHERE s.course_id = (SELECT course_id FROM course_session WHERE id = (SELECT MIN(id) FROM course_session WHERE course_id = (SELECT id FROM course WHERE title = ?)))',
      ['出席上傳測試'],
    );
    expect(Number(none[0].n)).toBe(0);
    const good = sheet([`${peerNids[0]},出席`, `${peerNids[1]},遲到`, `${peerNids[2]},`]);
    expect((await ok('chief.demo', UP, { s: c.sessions[0], f: good, d: false })).uploadAttendance).toMatchObject({
      committed: true,
      accepted: 3,
    });
    const read = await ok('chief.demo', 'query($c: ID!) { course(id: $c) { sessions { attendance { status method } } } }', { c: c.id });
    expect(read.course.sessions[0].attendance.map((a: { status: string }) => a.status).sort()).toEqual(['LATE', 'PRESENT', 'PRESENT']);
    expect((await err('chief.demo', UP, { s: c.sessions[0], f: 'bm90IGEgc2hlZXQ=', d: true })).fields).toEqual(['file']);
  });
});

describe(`issuing hours (${dbLabel()})`, () => {
  let c: Awaited<ReturnType<typeof course>>;
  beforeAll(async () => {
    c = await course('核發時數測試', 5);
    // h1 both sessions, h2 present + late (1.5 of 2), h3 one session, h4 left early once, h5 absent
    const marks: [string, string, string][] = [
      ['h1', 'PRESENT', 'PRESENT'],
      ['h2', 'PRESENT', 'LATE'],
      ['h3', 'PRESENT', 'ABSENT'],
      ['h4', 'LEFT_EARLY', 'ABSENT'],
      ['h5', 'ABSENT', 'ABSENT'],
    ];
    for (const [k, s] of [S1, S2].entries()) {
      at(new Date(new Date(s.startsAt).getTime() + 3600_000).toISOString());
      await ok('chief.demo', MARK, {
        s: c.sessions[k],
        e: marks.map(([login, a, b]) => ({ registrationId: c.regOf[login], status: k === 0 ? a : b })),
      });
    }
  });

  it('not before the course ends; then by the stated rule, never over the course hours, and again changes nothing', async () => {
    at('2021-10-27T11:00:00+08:00');
    expect((await err('chief.demo', ISSUE, { c: c.id })).reason).toBe('COURSE_NOT_ENDED');
    at(AFTER);
    expect((await err('chief.other', ISSUE, { c: c.id })).code).toBe('NOT_FOUND');
    const first = (await ok('chief.demo', ISSUE, { c: c.id })).issueHours;
    // 3 h x 2/2 = 3; 3 x 1.5/2 = 2.25 -> 2; 3 x 1/2 = 1.5; 3 x 0.5/2 = 0.75 -> 0.5; absent: none
    expect(first).toEqual({ issued: 4, alreadyIssued: 0, withoutHours: 1, hoursIssued: 7 });
    const again = (await ok('contact.demo', ISSUE, { c: c.id })).issueHours;
    expect(again).toEqual({ issued: 0, alreadyIssued: 4, withoutHours: 1, hoursIssued: 0 });
    const recs = (await ok('chief.demo', RECORDS, { c: c.id })).course.studyRecords;
    expect(recs.totalCount).toBe(4);
    const hoursOf = Object.fromEntries(
      recs.edges.map((e: any) => [peers[peerIds.findIndex((p) => toGlobalId('Teacher', p) === e.node.teacher.id)], e.node.hours]),
    );
    expect(hoursOf).toEqual({ h1: 3, h2: 2, h3: 1.5, h4: 0.5 });
    for (const e of recs.edges) expect(e.node.certificateNumber).toMatch(/^\d{3}-.+-\d{4}$/);
    // one record per teacher and course, in the database too
    const dup: { n: number }[] = await h.ds.query(
      'SELECT COUNT(*) AS n FROM study_record WHERE course_id = (SELECT course_id FROM study_record WHERE certificate_number = ?)',
      [recs.edges[0].node.certificateNumber],
    );
    expect(Number(dup[0].n)).toBe(4);
    // each teacher is told, through the outbox
    const events: { n: number }[] = await h.ds.query(`SELECT COUNT(*) AS n FROM outbox_event WHERE type = 'HOURS_ISSUED'`);
    expect(Number(events[0].n)).toBeGreaterThanOrEqual(4);
    // the supply-demand uptake (hours issued) was kept in the same transactions: it equals a recount
    expect(await issuedHoursDifferences(h.ds, RECOUNT)).toEqual([]);
  });

  it('issuing twice at once writes each record once', async () => {
    const c2 = await course('同時核發', 3);
    at(new Date(new Date(S1.startsAt).getTime() + 3600_000).toISOString());
    await ok('chief.demo', MARK, {
      s: c2.sessions[0],
      e: ['h1', 'h2', 'h3'].map((l) => ({ registrationId: c2.regOf[l], status: 'PRESENT' })),
    });
    at(AFTER);
    const rs = await Promise.all([h.as('chief.demo').query(ISSUE, { c: c2.id }), h.as('contact.demo').query(ISSUE, { c: c2.id })]);
    const issued = rs.map((r) => r.data?.issueHours?.issued ?? 0);
    expect(issued.reduce((a, b) => a + b, 0)).toBe(3);
    expect((await ok('chief.demo', RECORDS, { c: c2.id })).course.studyRecords.totalCount).toBe(3);
  });

  it('a correction before closure applies at once; after closure it is a request the district decides once', async () => {
    at(AFTER);
    const recs = (await ok('chief.demo', RECORDS, { c: c.id })).course.studyRecords.edges.map((e: any) => e.node);
    const target = recs.find((r: any) => r.hours === 1.5);
    const CORRECT =
      'mutation($id: ID!, $h: Float!, $r: String!) { correctStudyRecord(id: $id, hours: $h, reason: $r) { id status hoursBefore hoursAfter } }';
    expect(await err('chief.demo', CORRECT, { id: target.id, h: 3.5, r: '超過' })).toMatchObject({
      reason: 'HOURS_OVER_COURSE',
      fields: ['hours'],
    });
    expect(await err('chief.demo', CORRECT, { id: target.id, h: 2, r: '  ' })).toMatchObject({ fields: ['reason'] });
    expect((await err('chief.other', CORRECT, { id: target.id, h: 2, r: '改' })).code).toBe('NOT_FOUND');
    const applied = (await ok('chief.demo', CORRECT, { id: target.id, h: 2, r: '第二場實際到場' })).correctStudyRecord;
    expect(applied).toMatchObject({ status: 'APPLIED', hoursBefore: 1.5, hoursAfter: 2 });
    const REC = 'query($id: ID!) { studyRecord(id: $id) { hours corrections { status } } }';
    expect((await ok('chief.demo', REC, { id: target.id })).studyRecord.hours).toBe(2);
    // 結案: 30 days after the end
    at(CLOSED);
    const asked = (await ok('chief.demo', CORRECT, { id: target.id, h: 3, r: '補登第二場' })).correctStudyRecord;
    expect(asked.status).toBe('PENDING');
    expect((await ok('chief.demo', REC, { id: target.id })).studyRecord.hours).toBe(2);
    expect((await err('chief.demo', CORRECT, { id: target.id, h: 1, r: '再改' })).code).toBe('CONFLICT');
    const DECIDE = 'mutation($id: ID!, $a: Boolean!) { decideHoursCorrection(id: $id, approve: $a) { status } }';
    expect((await err('chief.demo', DECIDE, { id: asked.id, a: true })).code).toBe('FORBIDDEN');
    const pending = await ok(
      'district.taipei',
      '{ hoursCorrections(status: PENDING, first: 10) { totalCount edges { node { id teacherName viewerCan { decide } } } } }',
    );
    expect(pending.hoursCorrections.edges.find((e: any) => e.node.id === asked.id)?.node.viewerCan.decide).toBe(true);
    const [a, b] = await Promise.all([
      h.as('district.taipei').query(DECIDE, { id: asked.id, a: true }),
      h.as('admin').query(DECIDE, { id: asked.id, a: false }),
    ]);
    const decided = [a, b].filter((r) => !r.errors);
    expect(decided).toHaveLength(1);
    expect([a, b].filter((r) => r.errors).map((r) => r.errors![0].extensions!.reason)).toEqual(['CORRECTION_DECIDED']);
    const finalHours = (await ok('chief.demo', REC, { id: target.id })).studyRecord.hours;
    expect(finalHours).toBe(decided[0].data!.decideHoursCorrection.status === 'APPROVED' ? 3 : 2);
    expect(await issuedHoursDifferences(h.ds, RECOUNT)).toEqual([]);
  });
});

describe(`records, hours, attainment and certificates (${dbLabel()})`, () => {
  let keySecret: string;
  beforeAll(async () => {
    const r = await ok('admin', 'mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { secret } }', {
      i: { name: '教育部 MOOC', scopes: ['HOURS_WRITE'] },
    });
    keySecret = `ApiKey ${r.createApiKey.secret}`;
  });
  const REPORT = 'mutation($i: ExternalHoursInput!) { reportExternalHours(input: $i) { id hours source certificateNumber } }';
  const ext = (over: Record<string, unknown> = {}) => ({
    externalId: 'mooc-0001',
    nationalId: peerNids[0],
    title: '數位學習：AI 素養',
    domain: 'EMERGING_POLICY',
    hours: 4.5,
    startsOn: '2021-11-01',
    endsOn: '2021-11-03',
    ...over,
  });

  it('a partner key with HOURS_WRITE reports external hours, idempotent by its own record ID', async () => {
    at(CLOSED);
    const first = await h.raw<any>(REPORT, { i: ext() }, keySecret);
    expect(first.errors).toBeUndefined();
    expect(first.data!.reportExternalHours).toMatchObject({ hours: 4.5, source: 'EXTERNAL' });
    const again = await h.raw<any>(REPORT, { i: ext() }, keySecret);
    expect(again.data!.reportExternalHours.id).toBe(first.data!.reportExternalHours.id);
    const changed = await h.raw<any>(REPORT, { i: ext({ hours: 6 }) }, keySecret);
    expect(changed.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EXTERNAL_ID_REUSED' });
    const n: { n: number }[] = await h.ds.query("SELECT COUNT(*) AS n FROM study_record WHERE external_id = 'mooc-0001'");
    expect(Number(n[0].n)).toBe(1);
    // parallel first reports of one ID: one record
    const par = await Promise.all([1, 2, 3].map(() => h.raw<any>(REPORT, { i: ext({ externalId: 'mooc-0002', hours: 2 }) }, keySecret)));
    expect(new Set(par.map((r) => r.data?.reportExternalHours?.id)).size).toBe(1);
    // bad input names its field and writes nothing
    for (const [over, field] of [
      [{ nationalId: 'A123' }, 'input.nationalId'],
      [{ hours: 0.3 }, 'input.hours'],
      [{ endsOn: '2099-01-01' }, 'input.endsOn'],
      [{ startsOn: '2021-02-30' }, 'input.startsOn'],
      [{ externalId: 'x y' }, 'input.externalId'],
    ] as const) {
      const r = await h.raw<any>(REPORT, { i: ext({ externalId: 'mooc-bad', ...over }) }, keySecret);
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    }
    // no scope, no hours
    expect(codes(await h.as('admin').query(REPORT, { i: ext({ externalId: 'mooc-admin' }) }))).toEqual(['FORBIDDEN']);
    expect(await issuedHoursDifferences(h.ds, RECOUNT)).toEqual([]);
  });

  it("a teacher's records, hours and attainment agree with a recount from the records and the plan", async () => {
    at(CLOSED);
    const t = toGlobalId('Teacher', peerIds[0]);
    // the seed's plan for 110, if the teacher filed one
    const plans: { id: number }[] = await h.ds.query('SELECT id FROM teacher_plan WHERE teacher_id = ? AND school_year = 110', [
      peerIds[0],
    ]);
    expect(plans.length).toBeLessThanOrEqual(1);
    const q = `query($t: ID!) { node(id: $t) { ... on Teacher {
      studyRecords(first: 50, schoolYear: 110) { totalCount edges { node { hours domain source } } }
      hours(schoolYear: 110) { total byDomain { domain hours } }
      attainment(schoolYear: 110) { hasPlan plannedTotal earnedTotal domains { domain planned earned reached } } } } }`;
    const mine = (await ok('h1', q, { t })).node;
    const recount: { domain: string; h: number }[] = await h.ds.query(
      'SELECT domain, SUM(hours) AS h FROM study_record WHERE teacher_id = ? AND school_year = 110 GROUP BY domain',
      [peerIds[0]],
    );
    const total = recount.reduce((s, r) => s + Number(r.h), 0);
    expect(mine.hours.total).toBeCloseTo(total, 5);
    expect(mine.studyRecords.totalCount).toBeGreaterThanOrEqual(3); // two courses and the MOOC
    expect(mine.attainment.hasPlan).toBe(plans.length === 1);
    // a first page carries the count of every record, a later page asks for it: the same either way
    const P = `query($t: ID!, $a: String) { node(id: $t) { ... on Teacher {
      studyRecords(first: 1, after: $a, schoolYear: 110) { totalCount pageInfo { endCursor } } } } }`;
    const p1 = (await ok('h1', P, { t })).node.studyRecords;
    const p2 = (await ok('h1', P, { t, a: p1.pageInfo.endCursor })).node.studyRecords;
    expect([p1.totalCount, p2.totalCount]).toEqual([mine.studyRecords.totalCount, mine.studyRecords.totalCount]);
    const R =
      'query($t: ID!, $a: String) { node(id: $t) { ... on Teacher { registrations(first: 1, after: $a) { totalCount pageInfo { endCursor } } } } }';
    const [{ n: regs }] = await h.ds.query('SELECT COUNT(*) AS n FROM course_registration WHERE teacher_id = ?', [peerIds[0]]);
    const r1 = (await ok('h1', R, { t })).node.registrations;
    const r2 = (await ok('h1', R, { t, a: r1.pageInfo.endCursor })).node.registrations;
    expect([r1.totalCount, r2.totalCount]).toEqual([Number(regs), Number(regs)]);
    expect(Object.fromEntries(mine.hours.byDomain.map((d: any) => [d.domain, d.hours]))).toEqual(
      Object.fromEntries(recount.map((r) => [r.domain, Number(r.h)])),
    );
    const planned: { domain: string; hours: number }[] = await h.ds.query(
      'SELECT d.domain, d.hours FROM teacher_plan tp JOIN teacher_plan_domain d ON d.plan_id = tp.id WHERE tp.teacher_id = ? AND tp.school_year = 110',
      [peerIds[0]],
    );
    expect(mine.attainment.plannedTotal).toBe(planned.reduce((s, p) => s + Number(p.hours), 0));
    expect(mine.attainment.earnedTotal).toBeCloseTo(total, 5);
    for (const d of mine.attainment.domains) {
      const e = Number(recount.find((r) => r.domain === d.domain)?.h ?? 0);
      expect(d.earned).toBeCloseTo(e, 5);
      expect(d.reached).toBe(d.earned >= d.planned);
    }
    // the same from the school's keeper; nothing for another school, an operator, a peer
    expect((await ok('chief.demo', q, { t })).node.hours.total).toBeCloseTo(total, 5);
    for (const login of ['chief.other', 'operator.demo', 'h2']) {
      const r = await h.as(login).query(q, { t });
      expect(r.data?.node?.hours ?? null).toBeNull();
    }
  });

  it('a certificate code verifies publicly, showing no more than the certificate (the name masked); unknown codes do not', async () => {
    const code: { verification_code: string; certificate_number: string; name: string }[] = await h.ds.query(
      'SELECT sr.verification_code, sr.certificate_number, t.name FROM study_record sr JOIN teacher t ON t.id = sr.teacher_id WHERE sr.teacher_id = ? ORDER BY sr.id LIMIT 1',
      [peerIds[0]],
    );
    const V =
      'query($c: String!) { verifyCertificate(code: $c) { valid certificateNumber teacherName courseTitle hours startsOn endsOn issuerName } }';
    const v = (await h.anonymous().query(V, { c: code[0].verification_code })).data!.verifyCertificate;
    expect(v).toMatchObject({ valid: true, certificateNumber: code[0].certificate_number });
    expect(v.teacherName).not.toBe(code[0].name);
    expect([...v.teacherName][0]).toBe([...code[0].name][0]);
    expect(v.teacherName).toContain('○');
    const no = (await h.anonymous().query(V, { c: 'ABCDEFGHJKMN' })).data!.verifyCertificate;
    expect(no).toEqual({
      valid: false,
      certificateNumber: null,
      teacherName: null,
      courseTitle: null,
      hours: null,
      startsOn: null,
      endsOn: null,
      issuerName: null,
    });
  });

  it("the certificate PDF is served to the record's readers only (404 for anyone else), as text that names the record", async () => {
    const { createHttpServer } = await import('../src/http');
    const server = createHttpServer(h.app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const base = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
      const [rec]: { certificate_number: string }[] = await h.ds.query(
        // not a university's course: its OPERATOR reads the records of its own courses
        "SELECT certificate_number FROM study_record WHERE teacher_id = ? AND source = 'COURSE' AND issuer_unit_id NOT IN (SELECT id FROM unit WHERE kind = 'UNIVERSITY') ORDER BY id LIMIT 1",
        [peerIds[0]],
      );
      const get = async (login: string | null) =>
        fetch(`${base}/certificates/${encodeURIComponent(rec.certificate_number)}.pdf`, {
          headers: login ? { authorization: `Bearer ${await h.token(login)}` } : {},
        });
      for (const login of ['h1', 'chief.demo', 'admin']) {
        const res = await get(login);
        expect([login, res.status, res.headers.get('content-type')]).toEqual([login, 200, 'application/pdf']);
        const body = Buffer.from(await res.arrayBuffer());
        expect(body.subarray(0, 5).toString()).toBe('%PDF-');
        expect(body.length).toBeLessThan(200_000);
      }
      for (const login of ['h2', 'chief.other', 'operator.univ', 'analyst', null]) {
        expect([login, (await get(login)).status]).toEqual([login, 404]);
      }
      expect(
        (await fetch(`${base}/certificates/no-such-number.pdf`, { headers: { authorization: `Bearer ${await h.token('admin')}` } })).status,
      ).toBe(404);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('roll-ups: exact for the school and the platform, perturbed within the bound for an analyst', async () => {
    const school =
      '{ node(id: "S") { ... on School { hoursAttainment(schoolYear: 110) { exact teachersWithPlan teachersReached plannedHours earnedHours } } } }';
    const asChief = (await ok('chief.demo', school.replace('"S"', `"${ids.demoSchool}"`))).node.hoursAttainment;
    const recount: { n: number; p: number }[] = await h.ds.query(
      `SELECT COUNT(DISTINCT tp.teacher_id) AS n, COALESCE(SUM(d.hours), 0) AS p FROM teacher_plan tp LEFT JOIN teacher_plan_domain d ON d.plan_id = tp.id WHERE tp.school_year = 110 AND tp.school_id = ?`,
      [ids.raw.demoSchool],
    );
    expect(asChief.exact).toBe(true);
    expect(asChief.teachersWithPlan).toBe(Number(recount[0].n));
    expect(asChief.plannedHours).toBeCloseTo(Number(recount[0].p), 5);
    const NATION = '{ hoursAttainment(schoolYear: 110) { exact teachersWithPlan teachersReached earnedHours } }';
    const exact = (await ok('admin', NATION)).hoursAttainment;
    const perturbed = (await ok('analyst', NATION)).hoursAttainment;
    expect(exact.exact).toBe(true);
    expect(perturbed.exact).toBe(false);
    expect(Math.abs(perturbed.teachersWithPlan - exact.teachersWithPlan)).toBeLessThanOrEqual(BOUND);
    expect(Math.abs(perturbed.teachersReached - exact.teachersReached)).toBeLessThanOrEqual(BOUND);
    // the same cell answers the same however often it is asked
    expect((await ok('analyst', NATION)).hoursAttainment).toEqual(perturbed);
    expect(codes(await h.as('teacher.demo').query(NATION))).toEqual(['FORBIDDEN']);
  });
});
