// 研習時數 (issue 12): the organiser (a school's CHIEF with course management) marks attendance,
// issues hours for a course that has ended and corrects a record; the teacher sees its hours, its
// record and 目標達成度 on 我的研習 and downloads the certificate; a session running now gets a
// sign-in code the teacher signs in with (a wrong code refused in words); the district approves a
// change of hours of a closed course (結案研習異動申請). Time is set by the courses' dates, relative
// to now, as courses.test.mjs does. Pages are checked at 1280 and 390 px.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { done, logIn, shot, startStack } from './harness.mjs';

const COURSE = 'id code version status';
const CREATE = `mutation($input: CourseInput!) { createCourse(input: $input) { ${COURSE} } }`;
const step = (name) => `mutation($id: ID!) { ${name}(id: $id) { ${COURSE} } }`;
const UPLOAD =
  'mutation($c: ID!, $f: String!) { uploadCourseParticipants(courseId: $c, file: $f, format: CSV, dryRun: false) { committed } }';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const iso = (ms) => new Date(ms).toISOString();

async function at390(page, name) {
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `${name}-390`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `${name}: the page is ${overflow}px wider than a 390px screen`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('hours: attendance, issuing, records, certificates, sign-in and corrections', () => {
  let stack;
  let tokens;
  let ok;
  /** Published school courses of 大安國小 with teacher.demo admitted: ended 3 days ago, about to start, ended and closed. */
  let ended;
  let running;
  let closed;
  const ENDED_TITLE = '已結束：閱讀素養研習';
  const RUNNING_TITLE = '進行中：數位教學研習';
  const CLOSED_TITLE = '已結案：班級經營研習';

  before(async () => {
    stack = await startStack();
    tokens = Object.fromEntries(
      await Promise.all(['chief.demo', 'teacher.demo', 'district.taipei'].map(async (u) => [u, await stack.apiToken(u)])),
    );
    ok = async (login, query, variables) => {
      const r = await stack.graphql(tokens[login], query, variables);
      if (r.errors) throw new Error(`${login}: ${JSON.stringify(r.errors)}`);
      return r.data;
    };
    const tpe = (await stack.graphql(null, '{ counties { id code } }')).data.counties.find((c) => c.code === 'TPE').id;
    const nid = (await ok('teacher.demo', '{ me { teacher { nationalId } } }')).me.teacher.nationalId;
    const now = Date.now();
    /** A school course of 臺北市 whose one session starts at `start` (3 hours), published, with teacher.demo admitted. */
    const course = async (title, start) => {
      const input = {
        title,
        description: '實作與分享',
        domain: 'CURRICULUM_TEACHING_ASSESSMENT',
        themes: '素養導向教學設計',
        level: 'ADVANCED',
        mode: 'NON_CREDIT',
        place: 'OWN_SCHOOL',
        methods: ['WORKSHOP'],
        hours: 3,
        capacity: 30,
        waitlistSize: 0,
        registrationOpensAt: iso(start - 10 * DAY),
        registrationClosesAt: iso(start - 2 * HOUR),
        contactName: '王承辦',
        contactPhone: '02-2700-1234',
        contactEmail: 'course@school.example.tw',
        sessions: [{ startsAt: iso(start), endsAt: iso(start + 3 * HOUR), countyId: tpe, address: '臺北市大安區', onlineUrl: null }],
      };
      const c = (await ok('chief.demo', CREATE, { input })).createCourse;
      await ok('chief.demo', step('submitCourse'), { id: c.id });
      await ok('district.taipei', step('approveCourse'), { id: c.id });
      const published = (await ok('chief.demo', step('publishCourse'), { id: c.id })).publishCourse;
      const file = Buffer.from(`身分證字號\r\n${nid}\r\n`).toString('base64');
      assert.equal((await ok('chief.demo', UPLOAD, { c: c.id, f: file })).uploadCourseParticipants.committed, true);
      return published;
    };
    const hourStart = (ms) => Math.floor(ms / HOUR) * HOUR;
    ended = await course(ENDED_TITLE, hourStart(now - 3 * DAY));
    // starting in 20 minutes: its code is valid from 30 minutes before, and a sign-in now is on time (PRESENT)
    running = await course(RUNNING_TITLE, Math.floor((now + 20 * 60_000) / 60_000) * 60_000);
    closed = await course(CLOSED_TITLE, hourStart(now - 4 * DAY));

    // the closed course: attended, issued and closed through the API, then a change of its hours asked for
    const q = `query($id: ID!) { node(id: $id) { ... on Course { sessions { id } registrations(first: 5) { edges { node { id } } } } } }`;
    const c = (await ok('chief.demo', q, { id: closed.id })).node;
    await ok('chief.demo', 'mutation($s: ID!, $e: [AttendanceInput!]!) { recordAttendance(sessionId: $s, entries: $e) { recorded } }', {
      s: c.sessions[0].id,
      e: [{ registrationId: c.registrations.edges[0].node.id, status: 'PRESENT' }],
    });
    assert.equal(
      (await ok('chief.demo', 'mutation($c: ID!) { issueHours(courseId: $c) { issued } }', { c: closed.id })).issueHours.issued,
      1,
    );
    await ok('chief.demo', step('closeCourse'), { id: closed.id });
    const record = (
      await ok('chief.demo', 'query($id: ID!) { node(id: $id) { ... on Course { studyRecords(first: 5) { edges { node { id } } } } } }', {
        id: closed.id,
      })
    ).node.studyRecords.edges[0].node.id;
    const asked = await ok(
      'chief.demo',
      'mutation($id: ID!) { correctStudyRecord(id: $id, hours: 2, reason: "下午場提早離席") { status } }',
      { id: record },
    );
    assert.equal(asked.correctStudyRecord.status, 'PENDING');
  });
  after(async () => {
    await stack?.stop();
  });

  test('organiser (chief.demo): marks attendance, issues hours for an ended course, corrects a record', async () => {
    const page = await stack.newPage();
    await logIn(page, 'chief.demo');
    await page.goto(`/course-admin/${encodeURIComponent(ended.id)}`);
    const section = page.locator('[data-testid=course-hours]');
    await section.waitFor();
    const row = section.locator('[data-testid=attendance-table] tbody tr').first();
    await row.waitFor();
    assert.equal(await row.locator('[data-col=method]').textContent(), '—');
    await row.locator('[data-testid=attendance-status]').selectOption('PRESENT');
    await section.locator('[data-testid=save-attendance]').click();
    await section.locator('[data-testid=session-note]').waitFor();
    assert.match(await section.locator('[data-testid=session-note]').textContent(), /已登記 1 名學員出席狀況/);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=attendance-table] tbody tr [data-col=method]')?.textContent === '承辦人登記',
    );

    page.once('dialog', (d) => d.accept());
    await section.locator('[data-testid=issue-hours]').click();
    await section.locator('[data-testid=issue-report]').waitFor();
    assert.match(await section.locator('[data-testid=issue-report]').textContent(), /本次核發 1 筆（共 3 小時）；已核發 0 筆；無時數 0 名/);
    const record = section.locator('[data-testid=course-records] tbody tr').first();
    await record.waitFor();
    assert.equal((await record.locator('[data-col=hours]').textContent()).trim(), '3');
    // issuing again changes nothing
    page.once('dialog', (d) => d.accept());
    await section.locator('[data-testid=issue-hours]').click();
    await page.waitForFunction(() =>
      /本次核發 0 筆.*已核發 1 筆/.test(document.querySelector('[data-testid=issue-report]')?.textContent ?? ''),
    );
    await shot(page, 'course-hours');
    await at390(page, 'course-hours');

    // before closure a correction applies at once
    await record.locator('[data-testid=correct-record]').click();
    await page.locator('[data-testid=correct-hours]').fill('2.5');
    await page.locator('[data-testid=correct-reason]').fill('第二節遲到');
    await page.locator('[data-testid=correct-send]').click();
    await section.locator('[data-testid=correct-note]').waitFor();
    assert.match(await section.locator('[data-testid=correct-note]').textContent(), /已更正為 2.5 小時/);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=course-records] tbody tr [data-col=hours]')?.textContent.trim() === '2.5',
    );
    assert.match(await record.locator('[data-col=correction]').textContent(), /已逕行更正/);
    await done(page);
  });

  test('teacher: sees its hours, record and 目標達成度 on 我的研習 and downloads the certificate', async () => {
    const page = await stack.newPage();
    await logIn(page, 'teacher.demo');
    await page.click('[data-testid=nav-my-courses]');
    const hours = page.locator('[data-testid=my-hours]');
    await hours.waitFor();
    const row = hours.locator('[data-testid=study-records] tbody tr', { hasText: ENDED_TITLE });
    await row.waitFor();
    assert.equal((await row.locator('[data-col=hours]').textContent()).trim(), '2.5');
    const number = (await row.locator('[data-col=number]').textContent()).trim();
    assert.ok(number.length > 0, 'a certificate number');
    assert.ok(await hours.locator('[data-testid=study-records] tbody tr', { hasText: CLOSED_TITLE }).count(), 'the closed course’s record');
    // the year's total holds both (3 + 2.5 hours, with whatever else the year has)
    const total = Number(/共 ([\d.,]+) 小時/.exec(await hours.locator('[data-testid=hours-total]').textContent())[1].replaceAll(',', ''));
    assert.ok(total >= 5.5, `total ${total}`);
    const domain = hours.locator('[data-testid=hours-by-domain] tr[data-domain=CURRICULUM_TEACHING_ASSESSMENT] [data-col=hours]');
    assert.ok(Number(await domain.textContent()) >= 5.5);
    // 目標達成度: a chart when the teacher has a plan for the year, else the words saying there is none
    await page.waitForSelector('[data-testid=attainment-chart], [data-testid=attainment-none]');
    await shot(page, 'my-hours');
    await at390(page, 'my-hours');

    // a past year with a teacher plan: planned against earned hours per domain, drawn as bars, as the API says
    const ATTAINMENT =
      'query($y: Int!) { me { teacher { attainment(schoolYear: $y) { hasPlan plannedTotal domains { domain planned earned } } } } }';
    const years = (await stack.graphql(null, '{ schoolYears { year } }')).data.schoolYears.map((y) => y.year).sort((a, b) => b - a);
    let planned = null;
    for (const y of years) {
      const a = (await ok('teacher.demo', ATTAINMENT, { y })).me.teacher.attainment;
      if (a.hasPlan && a.domains.length > 0) {
        planned = { year: y, ...a };
        break;
      }
    }
    assert.ok(planned, 'teacher.demo has a plan in some year');
    await page.selectOption('[data-testid=hours-year]', String(planned.year));
    const chart = page.locator('[data-testid=attainment-chart]');
    await chart.waitFor();
    const domains = await chart.locator('[data-domain]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-domain')));
    assert.deepEqual(
      domains,
      planned.domains.map((d) => d.domain),
    );
    const first = planned.domains[0];
    assert.match(await chart.locator(`[data-domain=${first.domain}]`).textContent(), new RegExp(`計畫時數 ${first.planned} 小時`));
    assert.match(await page.textContent('[data-testid=attainment-summary]'), new RegExp(`計畫 ${planned.plannedTotal} 小時`));
    await shot(page, 'my-hours-attainment');
    await at390(page, 'my-hours-attainment');
    await page.selectOption('[data-testid=hours-year]', String(years[0]));
    await row.waitFor();

    const [res, download] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/certificates/')),
      page.waitForEvent('download'),
      row.locator('[data-testid=download-certificate]').click(),
    ]);
    assert.equal(res.status(), 200);
    assert.ok(decodeURIComponent(res.url()).includes(`/certificates/${number}.pdf`), res.url());
    assert.match(res.headers()['content-type'] ?? '', /^application\/pdf/);
    // the file the browser saved is the PDF
    assert.equal(
      fs
        .readFileSync(await download.path())
        .subarray(0, 4)
        .toString(),
      '%PDF',
    );
    assert.match(download.suggestedFilename(), /\.pdf$/);
    assert.equal(await hours.locator('[role=alert]').count(), 0, 'no download error');
    await done(page);
  });

  test('sign-in: the organiser shows the code of a session about to start; the teacher signs in, a wrong code is refused', async () => {
    const org = await stack.newPage();
    await logIn(org, 'chief.demo');
    await org.goto(`/course-admin/${encodeURIComponent(running.id)}`);
    await org.locator('[data-testid=open-sign-in]').click();
    await org.locator('[data-testid=sign-in-code]').waitFor();
    const code = (await org.locator('[data-testid=sign-in-code]').textContent()).trim();
    // the QR code beside it leads a phone to the sign-in page with the code
    assert.match(await org.locator('[data-testid=sign-in-qr]').getAttribute('data-qr-value'), new RegExp(`/sign-in-code\\?code=${code}$`));
    assert.match(code, /^[A-Z0-9]{4,12}$/);
    assert.match(await org.locator('[data-testid=sign-in-link]').textContent(), new RegExp(`/sign-in-code\\?code=${code}$`));
    await shot(org, 'sign-in-code-shown');
    await at390(org, 'sign-in-code-shown');

    const page = await stack.newPage();
    await logIn(page, 'teacher.demo');
    await page.goto('/sign-in-code?code=WRONG2');
    await page.locator('[data-testid=sign-in-submit]').click();
    await page.locator('[data-testid=sign-in-note]').waitFor();
    assert.match(await page.textContent('[data-testid=sign-in-note]'), /簽到失敗：簽到碼錯誤/);

    await page.goto(`/sign-in-code?code=${code}`);
    assert.equal(await page.inputValue('[data-testid=sign-in-input]'), code);
    await page.locator('[data-testid=sign-in-submit]').click();
    await page.waitForFunction(() => /完成簽到（出席）/.test(document.querySelector('[data-testid=sign-in-note]')?.textContent ?? ''));
    await shot(page, 'sign-in');
    await at390(page, 'sign-in');
    await done(page);

    // the organiser sees it as signed in
    await org.reload();
    await org.waitForFunction(
      () => document.querySelector('[data-testid=attendance-table] tbody tr [data-col=method]')?.textContent === '教師簽到',
    );
    await done(org);
  });

  test('district: approves a change of hours of a closed course (結案研習異動申請)', async () => {
    const page = await stack.newPage();
    await logIn(page, 'district.taipei');
    await page.click('[data-testid=nav-hours-corrections]');
    const row = page.locator(`[data-testid=corrections-table] tr[data-code="${closed.code}"]`);
    await row.waitFor();
    assert.match(await row.locator('[data-col=change]').textContent(), /3 → 2 小時/);
    assert.match(await row.locator('[data-col=reason]').textContent(), /下午場提早離席/);
    await shot(page, 'hours-corrections');
    await at390(page, 'hours-corrections');
    await row.locator('[data-testid=correction-approve]').click();
    await page.locator('[data-testid=corrections-note]').waitFor();
    assert.match(await page.textContent('[data-testid=corrections-note]'), /^已核准：/);
    await row.waitFor({ state: 'detached' });
    const hours = (
      await ok('teacher.demo', '{ me { teacher { studyRecords(first: 50) { edges { node { title hours } } } } } }')
    ).me.teacher.studyRecords.edges.find((e) => e.node.title === CLOSED_TITLE).node.hours;
    assert.equal(hours, 2);
    await done(page);
  });
});
