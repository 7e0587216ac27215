// 研習課程 (issue 11 item 7): each role's path through the course pages. Anonymous browses the
// catalog and opens a course; a teacher enrols (waitlisted when the seats are gone), finds it in
// 我的研習報名 and withdraws; the university's operator creates a draft (a server error shown at its
// field), edits, submits and checks a participant upload (dry run); the district and the platform
// approve; the school's CHIEF decides a 公假 approval. Pages are shot at 1280 and 390 px.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { done, logIn, nationalId, shot, startStack } from './harness.mjs';

const COURSE = 'id code version status';
const CREATE = `mutation($input: CourseInput!) { createCourse(input: $input) { ${COURSE} } }`;
const step = (name) => `mutation($id: ID!) { ${name}(id: $id) { ${COURSE} } }`;
const ENROL = 'mutation($c: ID!) { enrolInCourse(courseId: $c) { id status approval } }';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const iso = (ms) => new Date(ms).toISOString();

/** A course whose registration is open now and whose one session is a week ahead. */
function courseInput(over = {}) {
  const now = Date.now();
  const start = Math.floor((now + 7 * DAY) / HOUR) * HOUR;
  return {
    title: '跨領域素養導向教學工作坊',
    description: '實作與分享',
    domain: 'CURRICULUM_TEACHING_ASSESSMENT',
    themes: '素養導向教學設計',
    level: 'ADVANCED',
    mode: 'NON_CREDIT',
    place: 'TEACHER_EDUCATION_UNIVERSITY',
    methods: ['WORKSHOP'],
    hours: 3,
    capacity: 30,
    waitlistSize: 5,
    registrationOpensAt: iso(now - HOUR),
    registrationClosesAt: iso(now + 5 * DAY),
    contactName: '林承辦',
    contactPhone: '02-7734-1234',
    contactEmail: 'course@ntnu.example.tw',
    sessions: [
      { startsAt: iso(start), endsAt: iso(start + 3 * HOUR), countyId: null, address: null, onlineUrl: 'https://meet.example.tw/e2e' },
    ],
    ...over,
  };
}

/** Ticks a filter box and waits for the address to say so (the box follows the address). */
async function tick(page, testId, param) {
  await page.click(`[data-testid=${testId}]`);
  await page.waitForFunction((p) => new URL(location.href).searchParams.get(p) === '1', param);
  await page.waitForFunction((id) => document.querySelector(`[data-testid=${id}]`)?.checked, testId);
}

async function at390(page, name) {
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `${name}-390`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `${name}: the page is ${overflow}px wider than a 390px screen`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('courses: each role’s path', () => {
  let stack;
  let tokens;
  /** Published courses of the university: one seat (waitlist 2), one asking the school's approval, one for uploads. */
  let oneSeat;
  let leave;
  let uploads;
  let schoolCourse;
  let ok;

  before(async () => {
    stack = await startStack();
    tokens = Object.fromEntries(
      await Promise.all(
        ['admin', 'operator.univ', 'teacher.other', 'teacher.demo', 'chief.demo'].map(async (u) => [u, await stack.apiToken(u)]),
      ),
    );
    ok = async (login, query, variables) => {
      const r = await stack.graphql(tokens[login], query, variables);
      if (r.errors) throw new Error(`${login}: ${JSON.stringify(r.errors)}`);
      return r.data;
    };
    const published = async (over) => {
      const c = (await ok('operator.univ', CREATE, { input: courseInput(over) })).createCourse;
      await ok('operator.univ', step('submitCourse'), { id: c.id });
      await ok('admin', step('approveCourse'), { id: c.id });
      return (await ok('operator.univ', step('publishCourse'), { id: c.id })).publishCourse;
    };
    oneSeat = await published({ title: '一席之地：候補測試研習', capacity: 1, waitlistSize: 2 });
    leave = await published({ title: '公假核准測試研習', schoolApproval: true });
    uploads = await published({ title: '名單上傳測試研習' });
    await ok('teacher.other', ENROL, { c: oneSeat.id });
    await ok('teacher.demo', ENROL, { c: leave.id });
    // a school course of 臺北市, submitted: the district's to approve
    const tpe = (await stack.graphql(null, '{ counties { id code } }')).data.counties.find((c) => c.code === 'TPE').id;
    schoolCourse = (
      await ok('chief.demo', CREATE, {
        input: courseInput({
          title: '大安國小校內增能研習',
          place: 'OWN_SCHOOL',
          sessions: [{ ...courseInput().sessions[0], onlineUrl: null, countyId: tpe, address: '臺北市大安區' }],
        }),
      })
    ).createCourse;
    await ok('chief.demo', step('submitCourse'), { id: schoolCourse.id });
  });
  after(async () => {
    await stack?.stop();
  });

  test('anonymous: the catalog filters and pages, a course page shows sessions, seats, audience and contact', async () => {
    const page = await stack.newPage();
    await page.goto('/courses');
    await page.locator('[data-testid=catalog-list] li').first().waitFor();
    const total = Number(/共 ([\d,]+) 門課程/.exec(await page.textContent('[data-testid=catalog-count]'))[1].replaceAll(',', ''));
    assert.ok(total > 20, `${total} courses in the catalog (seeded and new)`);
    assert.equal(await page.locator('[data-testid=catalog-fits]').count(), 0, 'no "fits me" for anonymous');
    await shot(page, 'courses-catalog');
    await at390(page, 'courses-catalog');

    // open now: the courses open for registration today (the demo's current-year courses and those just published), as the API counts them
    const open = (await stack.graphql(null, '{ courses(openNow: true, first: 1) { totalCount } }')).data.courses.totalCount;
    assert.ok(open >= 3 && open < total, `${open} open of ${total}`);
    await tick(page, 'catalog-open', 'open');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=catalog-count]')?.textContent.includes(`共 ${n.toLocaleString('en-US')} 門課程`),
      open,
    );
    // search by code
    await page.fill('[data-testid=catalog-search]', oneSeat.code);
    await page.press('[data-testid=catalog-search]', 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=catalog-count]')?.textContent.includes('共 1 門課程'));
    assert.match(await page.textContent('[data-testid=seats-left]'), /額滿，可候補 2 名/);
    await page.click('[data-testid=course-link]');
    await page.locator('[data-testid=course-title]').waitFor();
    assert.equal(await page.textContent('[data-testid=course-title]'), '一席之地：候補測試研習');
    assert.match(await page.textContent('[data-testid=course-sessions]'), /線上 https:\/\/meet\.example\.tw\/e2e/);
    assert.match(await page.textContent('[data-testid=course-audience]'), /不限/);
    assert.match(await page.textContent('[data-testid=course-contact]'), /林承辦/);
    assert.equal(await page.locator('[data-testid=enrol]').count(), 0, 'anonymous cannot enrol');
    assert.equal(await page.locator('[data-testid=nav-courses]').count(), 1, 'the public frame');
    await shot(page, 'course-page-anonymous');
    await at390(page, 'course-page-anonymous');
    await done(page);
  });

  test('teacher: enrols (waitlisted in words), sees it in 我的研習報名 and withdraws', async () => {
    const page = await stack.newPage();
    await logIn(page, 'teacher.demo');
    await page.click('[data-testid=nav-courses]');
    await page.locator('[data-testid=catalog-fits]').waitFor();
    await tick(page, 'catalog-fits', 'fits');
    await tick(page, 'catalog-open', 'open');
    await page.locator(`li[data-code="${oneSeat.code}"] [data-testid=fits-me]`).waitFor();
    await page.click(`li[data-code="${oneSeat.code}"] [data-testid=course-link]`);
    await page.locator('[data-testid=enrol]').waitFor();
    assert.equal(await page.textContent('[data-testid=enrol]'), '登記候補');
    await page.click('[data-testid=enrol]');
    await page.locator('[data-testid=enrol-result]').waitFor();
    assert.match(await page.textContent('[data-testid=enrol-result]'), /您已列入候補第 1 位/);
    await page.locator('[data-testid=withdraw]').waitFor();
    assert.match(await page.textContent('[data-testid=my-registration]'), /候補第 1 位/);
    await shot(page, 'course-page-teacher');

    await page.click('[data-testid=nav-my-courses]');
    const row = page.locator(`[data-testid=my-registrations] tr[data-code="${oneSeat.code}"]`);
    await row.waitFor();
    assert.match(await row.locator('[data-col=status]').textContent(), /候補第 1 位/);
    const leaveRow = page.locator(`[data-testid=my-registrations] tr[data-code="${leave.code}"]`);
    assert.match(await leaveRow.locator('[data-col=status]').textContent(), /錄取（待學校核准）/);
    await shot(page, 'my-courses');
    await at390(page, 'my-courses');
    page.once('dialog', (d) => d.accept());
    await row.locator('[data-testid=withdraw]').click();
    await page.locator('[data-testid=my-note]').waitFor();
    assert.match(await page.textContent('[data-testid=my-note]'), /已取消報名「一席之地：候補測試研習」/);
    await page.waitForFunction(
      (code) => /已取消/.test(document.querySelector(`tr[data-code="${code}"] [data-col=status]`)?.textContent ?? ''),
      oneSeat.code,
    );
    await row.locator('[data-testid=withdraw]').waitFor({ state: 'detached' });
    await done(page);
  });

  test('organiser (operator.univ): home leads to its courses; creates a draft, sees a server error at its field, edits, submits; checks an upload', async () => {
    const page = await stack.newPage();
    await logIn(page, 'operator.univ');
    await page.locator('[data-testid=home-courses]').waitFor();
    await page.click('[data-testid=home-course-admin]');
    await page.locator('[data-testid=admin-courses]').waitFor();
    await shot(page, 'course-admin');
    await page.click('[data-testid=new-course]');
    await page.locator('[data-testid=course-form]').waitFor();

    // client hints first: nothing filled
    await page.fill('#contactName', '');
    await page.click('[data-testid=course-save]');
    await page.locator('[data-testid=error-title]').waitFor();
    assert.equal(await page.textContent('[data-testid=error-title]'), '此欄必填');

    const day = (ms) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);
    const local = (ms) => new Date(ms + 8 * HOUR).toISOString().slice(0, 16);
    const now = Date.now();
    await page.fill('#title', '數位學習教材設計工作坊');
    await page.fill('#description', '以實作設計數位教材。');
    await page.selectOption('#domain', 'EMERGING_POLICY');
    await page.fill('#themes', '數位學習');
    await page.selectOption('#level', 'BASIC');
    await page.selectOption('#place', 'TEACHER_EDUCATION_UNIVERSITY');
    await page.check('[data-field=methods] input[value=WORKSHOP]');
    await page.fill('#hours', '6');
    await page.fill('#s0-day', day(now + 20 * DAY));
    await page.selectOption('#s0-county', { label: '臺北市' });
    await page.fill('#s0-address', '臺北市大安區和平東路一段162號');
    await page.fill('#capacity', '40');
    await page.fill('#registrationOpensAt', local(now + DAY));
    // closing after the first session: the server names the field
    await page.fill('#registrationClosesAt', local(now + 30 * DAY));
    await page.fill('#contactName', '林承辦');
    await page.check('[data-field=stages] input[value=JUNIOR_HIGH]');
    await page.click('[data-testid=course-save]');
    await page.locator('[data-testid=error-registrationClosesAt]').waitFor();
    assert.ok((await page.textContent('[data-testid=error-registrationClosesAt]')).length > 0);
    await shot(page, 'course-form-error');
    await at390(page, 'course-form');

    await page.fill('#registrationClosesAt', local(now + 10 * DAY));
    await page.click('[data-testid=course-save]');
    await page.locator('[data-testid=course-state]').waitFor();
    assert.equal(await page.textContent('[data-testid=course-status]'), '草稿');
    assert.match(await page.textContent('[data-testid=course-code]'), /-U0001-\d{4}$/);

    await page.fill('#title', '數位學習教材設計工作坊（進階）');
    await page.click('[data-testid=course-save]');
    await page.locator('[data-testid=form-saved]').waitFor();
    await page.click('[data-testid=course-submit]');
    await page.waitForFunction(() => document.querySelector('[data-testid=course-status]')?.textContent === '待審核');
    assert.match(await page.textContent('[data-testid=course-step-note]'), /已送審/);
    await shot(page, 'course-submitted');

    // the upload of a published course: a dry run names every row that cannot be taken, and nothing is committed
    await page.goto(`/course-admin/${encodeURIComponent(uploads.id)}`);
    await page.locator('[data-testid=roster]').waitFor();
    const other = (await ok('teacher.other', '{ me { teacher { nationalId } } }')).me.teacher.nationalId;
    const csv = `\uFEFF身分證字號,姓名\r\n${other},甲\r\n${nationalId('Y', 7654321)},乙\r\nA12345,丙\r\n`;
    await page.setInputFiles('[data-testid=upload-file]', { name: 'participants.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.click('[data-testid=upload-dry-run]');
    await page.locator('[data-testid=upload-report]').waitFor();
    assert.match(await page.textContent('[data-testid=upload-report]'), /共 3 列，可匯入 1 名/);
    const kinds = await page.$$eval('[data-testid=upload-problems] td[data-col=kind]', (tds) => tds.map((td) => td.textContent));
    assert.deepEqual(kinds, ['查無此教師', '身分證字號格式錯誤']);
    assert.ok(await page.isDisabled('[data-testid=upload-commit]'), 'no commit while a row is bad');
    // a clean file commits
    await page.setInputFiles('[data-testid=upload-file]', {
      name: 'ok.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`身分證字號\r\n${other}\r\n`),
    });
    await page.click('[data-testid=upload-dry-run]');
    await page.locator('[data-testid=upload-report] .notice-ok').waitFor();
    await page.click('[data-testid=upload-commit]');
    await page.locator('[data-testid=upload-note]').waitFor();
    assert.match(await page.textContent('[data-testid=upload-note]'), /已匯入 1 名/);
    await page.waitForFunction(() => document.querySelector('[data-testid=roster-count]')?.textContent.includes('共 1 筆報名'));
    assert.ok(await page.isVisible('[data-testid=roster-csv]'));
    await shot(page, 'course-roster');
    await at390(page, 'course-roster');
    await done(page);
  });

  test('district approves its school’s course; the platform approves the university’s and publishes it', async () => {
    const page = await stack.newPage();
    await logIn(page, 'district.taipei');
    await page.click('[data-testid=nav-course-review]');
    const row = page.locator(`[data-testid=review-table] tr[data-code="${schoolCourse.code}"]`);
    await row.waitFor();
    await shot(page, 'course-review');
    await at390(page, 'course-review');
    await row.locator('[data-testid=course-approve]').click();
    await page.locator(`[data-testid=review-table] tr[data-code="${schoolCourse.code}"]`).waitFor({ state: 'detached' });
    await done(page);

    const admin = await stack.newPage();
    await logIn(admin, 'admin');
    await admin.click('[data-testid=nav-course-review]');
    const submitted = admin.locator('[data-testid=review-table] tr', { hasText: '數位學習教材設計工作坊（進階）' });
    await submitted.waitFor();
    // return with a reason needs the reason
    await submitted.locator('[data-testid=course-approve]').click();
    await submitted.waitFor({ state: 'detached' });
    await admin.selectOption('[data-testid=review-status]', 'APPROVED');
    const approved = admin.locator('[data-testid=review-table] tr', { hasText: '數位學習教材設計工作坊（進階）' });
    await approved.waitFor();
    await approved.locator('[data-testid=course-publish]').click();
    await approved.waitFor({ state: 'detached' });
    const status = (
      await ok('admin', 'query($s: String) { courses(search: $s, first: 1) { edges { node { status } } } }', {
        s: '數位學習教材設計工作坊',
      })
    ).courses.edges[0].node.status;
    assert.equal(status, 'PUBLISHED');
    await done(admin);
  });

  test('school CHIEF: sees its teachers’ registrations and approves a 公假', async () => {
    const page = await stack.newPage();
    await logIn(page, 'chief.demo');
    await page.click('[data-testid=nav-school-registrations]');
    await page.selectOption('[data-testid=school-approval-filter]', 'PENDING');
    const row = page.locator('[data-testid=school-registrations] tr', { hasText: '公假核准測試研習' });
    await row.waitFor();
    await shot(page, 'school-registrations');
    await at390(page, 'school-registrations');
    await row.locator('[data-testid=approve-registration]').click();
    await page.locator('[data-testid=decide-note]').waitFor();
    assert.match(await page.textContent('[data-testid=decide-note]'), /已核准 .+ 參加「公假核准測試研習」/);
    await page.selectOption('[data-testid=school-approval-filter]', 'APPROVED');
    const approved = page.locator('[data-testid=school-registrations] tr[data-approval=APPROVED]', { hasText: '公假核准測試研習' });
    await approved.waitFor();
    await done(page);
  });
});
