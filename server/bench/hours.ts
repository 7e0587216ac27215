import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { hashPassword } from '../src/auth/password';
import { createHttpServer } from '../src/http';
import { fmt, httpLoad, pct } from './measure';

/** The API over real HTTP on loopback for a bench scenario: `call` posts a GraphQL request, `close` stops it. */
export async function httpApi(ds: DataSource) {
  const app = await createApp(ds, { tokenSecret: 'bench-secret-bench-secret-bench-secret-0000' });
  const server = createHttpServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors).slice(0, 300)}`);
    return body.data;
  };
  const login = async (username: string, password = 'demo1234') =>
    (await call('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password })).login
      .token as string;
  const close = async () => {
    await new Promise((r) => server.close(r));
    await app.apollo.stop();
  };
  return { app, url, call, login, close };
}

const MY_STUDY = `query($y: Int!) { me { teacher {
  registrations(first: 20) { totalCount edges { node { status course { title startsAt hours } } } }
  studyRecords(first: 20) { totalCount edges { node { title issuerName domain hours startsOn endsOn certificateNumber certificateUrl } } }
  hours(schoolYear: $y) { total byDomain { domain hours } }
  attainment(schoolYear: $y) { hasPlan plannedTotal earnedTotal rate domains { domain planned earned reached } } } } }`;

/**
 * Issue 12's rows: a teacher's 我的研習 query (registrations, records, hours, attainment) at
 * concurrency 8 over teachers who have records; issuing hours for a 40-teacher course with two
 * sessions of marked attendance (one issueHours request each, over 10 courses).
 */
export async function hoursScenarios(
  ds: DataSource,
  label: string,
  add: (figure: string, database: string, value: string, note?: string) => void,
  /** The data source's statement counter (the bench's logger), to report SQL statements a request. */
  counter?: { statements: number },
) {
  const api = await httpApi(ds);
  try {
    const admin = await api.login('admin');
    // teachers with records in their busiest year: the 40 with the most get a login for the bench (the
    // same 40 on every run: a login made by an earlier run is used again, not another teacher's)
    const [{ y }] = await ds.query('SELECT school_year AS y FROM study_record GROUP BY school_year ORDER BY COUNT(*) DESC LIMIT 1');
    const year = Number(y ?? 110);
    const withRecords: { teacher_id: number; has_login: number }[] = await ds.query(
      `SELECT sr.teacher_id, MAX(CASE WHEN c.id IS NULL THEN 0 ELSE 1 END) AS has_login FROM study_record sr
       LEFT JOIN credential c ON c.teacher_id = sr.teacher_id
       WHERE sr.school_year = ? AND (c.id IS NULL OR c.username LIKE 'bench.hours.%')
       GROUP BY sr.teacher_id ORDER BY COUNT(*) DESC, sr.teacher_id LIMIT 40`,
      [year],
    );
    const hash = await hashPassword('bench1234');
    const tokens: string[] = [];
    for (const t of withRecords) {
      const username = `bench.hours.${t.teacher_id}`;
      if (!Number(t.has_login))
        await ds.query(
          `INSERT INTO credential (username, password_hash, principal_kind, teacher_id, failed_logins, must_change_password) VALUES (?, ?, 'TEACHER', ?, 0, ?)`,
          [username, hash, t.teacher_id, false],
        );
      tokens.push(await api.login(username, 'bench1234'));
    }
    // a certificate PDF downloaded by its teacher over HTTP (the record looked up, authorized, rendered)
    const own: { certificate_number: string; teacher_id: number }[] = await ds.query(
      `SELECT certificate_number, teacher_id FROM study_record WHERE school_year = ? AND teacher_id IN (${withRecords.map(() => '?').join(', ')}) ORDER BY id LIMIT 100`,
      [year, ...withRecords.map((t) => t.teacher_id)],
    );
    const tokenOf = new Map(withRecords.map((t, i) => [Number(t.teacher_id), tokens[i]]));
    const pdf: number[] = [];
    let bytes = 0;
    for (const [i, r] of own.entries()) {
      const t = performance.now();
      const res = await fetch(`${api.url}/certificates/${encodeURIComponent(r.certificate_number)}.pdf`, {
        headers: { authorization: `Bearer ${tokenOf.get(Number(r.teacher_id))}` },
      });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200 || body.subarray(0, 4).toString() !== '%PDF') throw new Error(`certificate download: ${res.status}`);
      if (i > 0) pdf.push(performance.now() - t); // the first reads the fonts
      bytes += body.length;
    }
    add(
      'certificate PDF downloaded by its teacher over HTTP, one after another',
      label,
      `p50 ${pct(pdf, 50).toFixed(1)} / p95 ${pct(pdf, 95).toFixed(1)} ms`,
      `${pdf.length} certificates, ${(bytes / own.length / 1024).toFixed(0)} KiB each; target < 150 ms`,
    );
    // warm up (each teacher once, then the same load unmeasured), then measure
    for (const t of tokens) await api.call(MY_STUDY, { y: year }, t);
    const requests = tokens.map((t) => ({
      body: JSON.stringify({ query: MY_STUDY, variables: { y: year } }),
      authorization: `Bearer ${t}`,
    }));
    await httpLoad({ url: `${api.url}/graphql`, total: 400, concurrency: 8, requests });
    if (counter) counter.statements = 0;
    const mine = await httpLoad({
      url: `${api.url}/graphql`,
      total: 400,
      concurrency: 8,
      requests,
      sum: ['data', 'me', 'teacher', 'studyRecords', 'totalCount'],
    });
    const records = mine.sum;
    add(
      `我的研習 query (registrations, records, hours, attainment of ${year}), concurrency 8`,
      label,
      fmt(mine),
      `${(records / 400).toFixed(1)} records a teacher on average${counter ? `; ${(counter.statements / 400).toFixed(1)} SQL/request` : ''}; target p95 < 50 ms`,
    );

    // issuing hours: 10 ended courses of the platform, 40 admitted teachers each, attendance of two sessions marked
    const participants: { national_id: string }[] = await ds.query('SELECT national_id FROM teacher ORDER BY id LIMIT 40 OFFSET 1000');
    const csv = Buffer.from(`身分證字號\r\n${participants.map((p) => p.national_id).join('\r\n')}\r\n`).toString('base64');
    const day = 86400_000;
    const now = Date.now();
    const ms: number[] = [];
    let issued = 0;
    let issueStatements = 0;
    for (let c = 0; c < 10; c++) {
      const sessions = [-3, -2].map((d) => ({
        startsAt: new Date(now + d * day).toISOString(),
        endsAt: new Date(now + d * day + 3 * 3600_000).toISOString(),
        onlineUrl: 'https://meet.example.tw/bench-hours',
      }));
      const input = {
        title: `時數核發壓測 ${c + 1}`,
        domain: 'EMERGING_POLICY',
        level: 'BASIC',
        mode: 'NON_CREDIT',
        place: 'ONLINE',
        methods: ['DIGITAL_COURSE'],
        hours: 6,
        capacity: 40,
        waitlistSize: 0,
        registrationOpensAt: new Date(now - 20 * day).toISOString(),
        registrationClosesAt: new Date(now - 10 * day).toISOString(),
        contactName: '承辦',
        sessions,
      };
      const id = (await api.call('mutation($i: CourseInput!) { createCourse(input: $i) { id } }', { i: input }, admin)).createCourse
        .id as string;
      for (const m of ['submitCourse', 'approveCourse', 'publishCourse'])
        await api.call(`mutation($id: ID!) { ${m}(id: $id) { status } }`, { id }, admin);
      await api.call(
        'mutation($c: ID!, $f: String!) { uploadCourseParticipants(courseId: $c, file: $f, format: CSV, dryRun: false) { committed } }',
        { c: id, f: csv },
        admin,
      );
      const d = await api.call(
        'query($c: ID!) { course(id: $c) { sessions { id } registrations(first: 50) { edges { node { id } } } } }',
        { c: id },
        admin,
      );
      for (const [s, session] of d.course.sessions.entries()) {
        const entries = d.course.registrations.edges.map((e: { node: { id: string } }, i: number) => ({
          registrationId: e.node.id,
          status: (i + s) % 10 === 0 ? 'ABSENT' : (i + s) % 7 === 0 ? 'LATE' : 'PRESENT',
        }));
        await api.call(
          'mutation($s: ID!, $e: [AttendanceInput!]!) { recordAttendance(sessionId: $s, entries: $e) { recorded } }',
          { s: session.id, e: entries },
          admin,
        );
      }
      const t = performance.now();
      const s0 = counter?.statements ?? 0;
      issued += (await api.call('mutation($c: ID!) { issueHours(courseId: $c) { issued } }', { c: id }, admin)).issueHours.issued;
      issueStatements += (counter?.statements ?? 0) - s0;
      ms.push(performance.now() - t);
    }
    add(
      'issuing hours for a 40-teacher course (two sessions), one request',
      label,
      `p50 ${pct(ms, 50).toFixed(1)} / p95 ${pct(ms, 95).toFixed(1)} / max ${Math.max(...ms).toFixed(1)} ms`,
      `10 courses, ${issued} records written${counter ? `; ${(issueStatements / 10).toFixed(0)} SQL/request` : ''}; target < 200 ms`,
    );
  } finally {
    await api.close();
  }
}
