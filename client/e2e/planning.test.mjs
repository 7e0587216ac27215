// The planning cycle (附件三 陸/柒): a teacher fills its plan in its wave, saves a draft, meets a stale
// version, submits and answers the survey; outside the window the forms say so and nothing changes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { done, logIn, navItems, shot, startStack } from './harness.mjs';

const MY_TEACHER_PLAN = `query($y: Int!) { myTeacherPlanning(schoolYear: $y) { plan { status version modes times places levels methods domains { domain themes hours } } surveyAnswered } }`;
const SCHOOL_PLAN = `query($y: Int!) { me { school { planning(schoolYear: $y) { plan { status version totalStudents modes times places levels methods domains { domain themes hours } } } } } }`;

/** The current school year of the demo database: the one whose service period holds today. */
async function currentYear(stack) {
  const r = await stack.graphql(null, '{ schoolYears { year serviceOpensAt serviceClosesAt } }');
  const now = Date.now();
  return r.data.schoolYears.find((y) => now >= Date.parse(y.serviceOpensAt) && now <= Date.parse(y.serviceClosesAt)).year;
}

const checkbox = (page, field, value) => page.locator(`[data-testid=plan-form] fieldset[data-field=${field}] input[value=${value}]`);

describe('filling plans', () => {
  let stack;
  let year;
  before(async () => {
    stack = await startStack();
    year = await currentYear(stack);
  });
  after(async () => {
    await stack?.stop();
  });

  test('teacher.demo fills its plan, saves a draft, reloads after a stale version, submits and answers the survey', async () => {
    const page = await stack.newPage();
    await logIn(page, 'teacher.demo');
    const nav = await navItems(page);
    assert.ok(nav.includes('nav-teacher-plan') && nav.includes('nav-survey'), `nav: ${nav}`);
    assert.ok(!nav.includes('nav-school-plan') && !nav.includes('nav-progress') && !nav.includes('nav-school-years'), `nav: ${nav}`);
    await page.click('[data-testid=nav-teacher-plan]');
    const form = page.locator('[data-testid=plan-form]');
    await form.waitFor();

    // The current year is chosen, its wave is open, and the time left is shown.
    assert.equal(await page.inputValue('[data-testid=year-select]'), String(year));
    assert.equal(await page.getAttribute('[data-testid=window-card]', 'data-phase'), 'open');
    assert.match(await page.textContent('[data-testid=window-dates]'), /\d{4}\/\d{2}\/\d{2} 至 \d{4}\/\d{2}\/\d{2}/);
    assert.match(await page.textContent('[data-testid=time-left]'), /天|小時|分/);
    assert.match(await page.textContent('[data-testid=plan-status]'), /尚未填寫/);
    // Every option as the seed words it, grouped by dimension.
    const needs = await form.locator('[data-testid=needs]').textContent();
    for (const label of [
      '在職進修方式',
      '非學分班-研習時數',
      '學分班-碩士層級進修',
      '週一至週五晚上',
      '電腦網路學習/遠距教學',
      '社教機構或民間團體',
      '第四階研發-創新推廣',
      '觀課議課',
      '數位課程',
    ]) {
      assert.ok(needs.includes(label), `${label} on the form`);
    }
    assert.equal(await form.locator('[data-testid=needs] input[type=checkbox]').count(), 3 + 6 + 7 + 4 + 6);
    assert.match(await form.locator('fieldset[data-field=domains]').textContent(), /課程、教學及評量.*實用知能與生活素養/s);
    // The school has not submitted its plan of this year: the reference says so.
    await page.locator('[data-testid=no-school-plan]').waitFor();

    // Submitting an empty plan: every missing answer is marked beside its group.
    await page.click('[data-testid=submit-plan]');
    for (const f of ['modes', 'times', 'places', 'levels', 'methods', 'domains']) await page.locator(`[data-testid=error-${f}]`).waitFor();
    assert.match(await page.textContent('[data-testid=plan-message]'), /送出前請完成標示的欄位/);
    await shot(page, 'teacher-plan-errors');

    // A draft of part of the plan, with hours out of range first.
    await checkbox(page, 'modes', 'NON_CREDIT').check();
    await checkbox(page, 'times', 'SATURDAY').check();
    await checkbox(page, 'places', 'ONLINE').check();
    await page.check('[data-testid=domain-EMERGING_POLICY]');
    await page.fill('#domain-EMERGING_POLICY-themes', '數位學習與AI教育');
    await page.fill('#domain-EMERGING_POLICY-hours', '400');
    await page.click('[data-testid=save-plan]');
    await page.locator('[data-testid=error-domain-EMERGING_POLICY-hours]').waitFor();
    assert.match(await page.textContent('[data-testid=error-domain-EMERGING_POLICY-hours]'), /0 至 360/);
    await page.fill('#domain-EMERGING_POLICY-hours', '18');
    await page.click('[data-testid=save-plan]');
    await page.waitForFunction(() => /草稿已儲存/.test(document.querySelector('[data-testid=plan-message]')?.textContent ?? ''));
    await page.waitForFunction(() => /草稿/.test(document.querySelector('[data-testid=plan-status]')?.textContent ?? ''));
    const token = await page.evaluate(() => localStorage.getItem('inservice.token'));
    let saved = (await stack.graphql(token, MY_TEACHER_PLAN, { y: year })).data.myTeacherPlanning.plan;
    assert.equal(saved.status, 'DRAFT');
    assert.deepEqual(saved.domains, [{ domain: 'EMERGING_POLICY', themes: '數位學習與AI教育', hours: 18 }]);

    // Meanwhile the plan changes elsewhere (another tab): saving the stale version is refused with a reload.
    await stack.graphql(token, `mutation($i: TeacherPlanInput!) { saveMyTeacherPlan(input: $i) { version } }`, {
      i: {
        schoolYear: year,
        version: saved.version,
        modes: ['NON_CREDIT'],
        times: ['SATURDAY', 'SUNDAY'],
        places: ['ONLINE'],
        levels: [],
        methods: [],
        domains: saved.domains,
      },
    });
    await checkbox(page, 'levels', 'ADVANCED').check();
    await page.click('[data-testid=save-plan]');
    await page.locator('[data-testid=reload-plan]').waitFor();
    assert.match(await page.textContent('[data-testid=plan-message]'), /已在其他地方更新/);
    await shot(page, 'teacher-plan-conflict');
    await page.click('[data-testid=reload-plan]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=plan-form] fieldset[data-field=times] input[value=SUNDAY]')?.checked === true,
    );
    assert.equal(await checkbox(page, 'levels', 'ADVANCED').isChecked(), false, 'the reload shows the newer plan');

    // Complete and submit.
    await checkbox(page, 'levels', 'ADVANCED').check();
    await checkbox(page, 'methods', 'WORKSHOP').check();
    await checkbox(page, 'methods', 'LESSON_OBSERVATION').check();
    await page.check('[data-testid=domain-CURRICULUM_TEACHING_ASSESSMENT]');
    await page.fill('#domain-CURRICULUM_TEACHING_ASSESSMENT-themes', '差異化教學');
    await page.fill('#domain-CURRICULUM_TEACHING_ASSESSMENT-hours', '12');
    assert.match(await page.textContent('[data-testid=total-hours]'), /30/);
    await shot(page, 'teacher-plan-filled');

    // Leaving with unsaved edits asks first: staying keeps them; the tab's close asks the browser's question.
    await page.click('[data-testid=nav-home]');
    const leave = page.locator('[data-testid=leave-dialog]');
    await leave.waitFor();
    assert.match(await leave.textContent(), /尚未儲存的修改/);
    await shot(page, 'teacher-plan-leave');
    await leave.locator('[data-testid=dialog-close]').click();
    await leave.waitFor({ state: 'hidden' });
    assert.equal(new URL(page.url()).pathname, '/planning/teacher');
    assert.equal(await page.inputValue('#domain-CURRICULUM_TEACHING_ASSESSMENT-hours'), '12', 'the edits are kept');
    const unloadWarned = () =>
      page.evaluate(() => {
        const e = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(e);
        return e.defaultPrevented;
      });
    assert.equal(await unloadWarned(), true, 'closing or reloading the tab is warned');

    // Submitting shows what will be submitted, in words; going back submits nothing.
    await page.click('[data-testid=submit-plan]');
    const confirm = page.locator('[data-testid=submit-dialog]');
    await confirm.waitFor();
    const summary = await confirm.locator('[data-testid=submit-summary]').textContent();
    for (const words of [
      '非學分班-研習時數',
      '週六',
      '週日',
      '電腦網路學習/遠距教學',
      '第二階進階-應用分析',
      '工作坊',
      '觀課議課',
      '新興教育政策',
      '課程、教學及評量',
      '差異化教學',
      '30',
    ]) {
      assert.ok(summary.includes(words), `${words} in the summary: ${summary}`);
    }
    await shot(page, 'teacher-plan-confirm');
    await confirm.locator('[data-testid=dialog-close]').click();
    await confirm.waitFor({ state: 'hidden' });
    assert.equal((await stack.graphql(token, MY_TEACHER_PLAN, { y: year })).data.myTeacherPlanning.plan.status, 'DRAFT');
    await page.click('[data-testid=submit-plan]');
    await confirm.locator('[data-testid=submit-confirm]').click();
    await page.waitForFunction(() => /規劃已送出/.test(document.querySelector('[data-testid=plan-message]')?.textContent ?? ''));
    await page.waitForFunction(() => /已送出/.test(document.querySelector('[data-testid=plan-status]')?.textContent ?? ''));
    assert.equal(await unloadWarned(), false, 'nothing unsaved: no warning');
    saved = (await stack.graphql(token, MY_TEACHER_PLAN, { y: year })).data.myTeacherPlanning.plan;
    assert.equal(saved.status, 'SUBMITTED');
    assert.deepEqual(saved.levels, ['ADVANCED']);
    assert.deepEqual([...saved.methods].sort(), ['LESSON_OBSERVATION', 'WORKSHOP']);
    assert.deepEqual(saved.domains.map((d) => [d.domain, d.hours]).sort(), [
      ['CURRICULUM_TEACHING_ASSESSMENT', 12],
      ['EMERGING_POLICY', 18],
    ]);

    // The survey follows the submitted plan.
    const survey = page.locator('[data-testid=survey-offer] [data-testid=survey-form]');
    await survey.waitFor();
    await survey.locator('[data-testid=survey-submit]').click();
    await page.waitForFunction(() => /請回答每一題/.test(document.querySelector('[data-testid=survey-message]')?.textContent ?? ''));
    for (const [q, v] of [
      [1, 5],
      [2, 4],
      [3, 4],
      [4, 3],
      [5, 5],
    ])
      await survey.locator(`fieldset[data-question="${q}"] input[value="${v}"]`).check();
    await survey.locator('#survey-comment').fill('希望增加週六的研習場次。');
    await shot(page, 'teacher-survey');
    await survey.locator('[data-testid=survey-submit]').click();
    await page.locator('[data-testid=survey-thanks]').waitFor();
    assert.equal((await stack.graphql(token, MY_TEACHER_PLAN, { y: year })).data.myTeacherPlanning.surveyAnswered, true);

    // Once a year: the survey page says it was answered.
    await page.click('[data-testid=nav-survey]');
    await page.locator('[data-testid=survey-answered]').waitFor();
    await done(page);
  });

  test('the English switch relabels the form from the same table', async () => {
    const page = await stack.newPage();
    await logIn(page, 'teacher.demo');
    await page.click('[data-testid=lang-switch]');
    await page.click('[data-testid=nav-teacher-plan]');
    await page.locator('[data-testid=plan-form]').waitFor();
    const text = await page.textContent('main');
    for (const label of [
      'Teacher self in-service study plan',
      'Mode of study',
      'Non-credit (study hours)',
      'Online / distance learning',
      'Curriculum, teaching and assessment',
    ]) {
      assert.ok(text.includes(label), `${label} in English`);
    }
    await shot(page, 'teacher-plan-en');
    await page.click('[data-testid=lang-switch]');
    await done(page);
  });

  test('after the window (school year 110) the forms say it is closed and a save changes nothing', async () => {
    // chief.demo's school submitted its 110 plan; the window and the service period are long over.
    const page = await stack.newPage();
    await logIn(page, 'chief.demo');
    const token = await page.evaluate(() => localStorage.getItem('inservice.token'));
    const before = (await stack.graphql(token, SCHOOL_PLAN, { y: 110 })).data.me.school.planning.plan;
    assert.equal(before.status, 'SUBMITTED');

    await page.goto('/planning/school?year=110');
    await page.locator('[data-testid=plan-form]').waitFor();
    await page.locator('[data-testid=window-closed]').waitFor();
    assert.match(await page.textContent('[data-testid=window-closed]'), /服務期間已結束/);
    assert.match(await page.textContent('[data-testid=window-status]'), /已截止/);
    assert.match(await page.textContent('[data-testid=plan-status]'), /已送出/);
    assert.equal(await page.isDisabled('[data-testid=save-plan]'), true);
    assert.equal(await checkbox(page, 'times', 'WEEKDAY_EVENING').isDisabled(), true);
    assert.equal(await checkbox(page, 'times', before.times[0]).isChecked(), true, 'the submitted plan is shown');
    await shot(page, 'school-plan-110-closed');

    // A form opened while the window was still open (here: the window shown as open), saved after it closed.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON();
      if (body?.operationName !== 'SchoolPlanning') return route.fallback();
      const response = await route.fetch();
      const json = await response.json();
      Object.assign(json.data.me.school.planning.window, { open: true, inService: true, secondsLeft: 600 });
      await route.fulfill({ response, json });
    });
    await page.reload();
    await page.locator('[data-testid=plan-form]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=window-card]')?.getAttribute('data-phase') === 'open');
    await page.unroute('**/graphql');
    await checkbox(page, 'times', 'WEEKDAY_EVENING').check();
    await page.fill('#totalStudents', '9999');
    await page.click('[data-testid=save-plan]');
    await page.waitForFunction(() => /未儲存任何變更/.test(document.querySelector('[data-testid=plan-message]')?.textContent ?? ''));
    // The page asks again and now shows the window closed.
    await page.locator('[data-testid=window-closed]').waitFor();
    await shot(page, 'school-plan-110-refused');

    // Nothing changed on the server.
    const after = (await stack.graphql(token, SCHOOL_PLAN, { y: 110 })).data.me.school.planning.plan;
    assert.deepEqual(after, before);
    // A save through the API is refused too; submitting an already submitted plan changes nothing.
    const schoolId = (await stack.graphql(token, '{ me { school { id } } }')).data.me.school.id;
    const { version, status, ...content } = before;
    const save = await stack.graphql(token, 'mutation($i: SchoolPlanInput!) { saveSchoolPlan(input: $i) { version } }', {
      i: { schoolId, schoolYear: 110, version, ...content, times: ['WEEKDAY_EVENING'] },
    });
    assert.equal(save.errors?.[0]?.extensions?.code, 'WINDOW_CLOSED');
    await stack.graphql(token, 'mutation($s: ID!) { submitSchoolPlan(schoolId: $s, schoolYear: 110, version: 2) { status } }', {
      s: schoolId,
    });
    assert.deepEqual((await stack.graphql(token, SCHOOL_PLAN, { y: 110 })).data.me.school.planning.plan, before);
    assert.equal(status, 'SUBMITTED');
    await done(page);
  });

  test('teacher.demo has no plan of last year: the form is closed and cannot be saved or submitted', async () => {
    // the demo teacher left the newest generated year (the one before today's) unfilled
    const last = year - 1;
    const page = await stack.newPage();
    await logIn(page, 'teacher.demo');
    await page.goto(`/planning/teacher?year=${last}`);
    await page.locator('[data-testid=plan-form]').waitFor();
    await page.locator('[data-testid=window-closed]').waitFor();
    assert.match(await page.textContent('[data-testid=plan-status]'), /尚未填寫/);
    assert.equal(await page.isDisabled('[data-testid=save-plan]'), true);
    assert.equal(await page.isDisabled('[data-testid=submit-plan]'), true);
    // The school's submitted plan of that year is beside it, for reference.
    await page.locator('[data-testid=school-plan-view]').waitFor();
    await shot(page, 'teacher-plan-last-year-closed');

    const token = await page.evaluate(() => localStorage.getItem('inservice.token'));
    const r = await stack.graphql(token, `mutation($i: TeacherPlanInput!) { saveMyTeacherPlan(input: $i) { version } }`, {
      i: { schoolYear: last, version: 0, modes: ['NON_CREDIT'], times: [], places: [], levels: [], methods: [], domains: [] },
    });
    assert.equal(r.errors?.[0]?.extensions?.code, 'WINDOW_CLOSED');
    assert.equal((await stack.graphql(token, MY_TEACHER_PLAN, { y: last })).data.myTeacherPlanning.plan, null);
    await done(page);
  });
});
