// Following the cycle: progress per county (platform, analyst, district), the school's own teachers,
// the reward list (獎勵名單) with its threshold and downloads, and the survey results.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { done, logIn, navItems, shot, startStack } from './harness.mjs';

describe('progress, reward list and survey results', () => {
  let stack;
  let year;
  before(async () => {
    stack = await startStack();
    const r = await stack.graphql(null, '{ schoolYears { year serviceOpensAt serviceClosesAt } }');
    const now = Date.now();
    year = r.data.schoolYears.find((y) => now >= Date.parse(y.serviceOpensAt) && now <= Date.parse(y.serviceClosesAt)).year;
    // teacher.demo files and submits its plan of the current year and answers the survey (through the API).
    const token = await stack.apiToken('teacher.demo');
    const saved = await stack.graphql(token, 'mutation($i: TeacherPlanInput!) { saveMyTeacherPlan(input: $i) { version } }', {
      i: {
        schoolYear: year,
        version: 0,
        modes: ['NON_CREDIT'],
        times: ['SUMMER_VACATION'],
        places: ['OWN_SCHOOL'],
        levels: ['BASIC'],
        methods: ['WORKSHOP'],
        domains: [{ domain: 'EMERGING_POLICY', themes: '', hours: 6 }],
      },
    });
    await stack.graphql(token, 'mutation($y: Int!, $v: Int) { submitMyTeacherPlan(schoolYear: $y, version: $v) { status } }', {
      y: year,
      v: saved.data.saveMyTeacherPlan.version,
    });
    const survey = await stack.graphql(
      token,
      'mutation($y: Int!) { submitSatisfactionSurvey(schoolYear: $y, ratings: [4, 5, 3, 4, 5], comment: "好") }',
      { y: year },
    );
    assert.equal(survey.data?.submitSatisfactionSurvey, true, JSON.stringify(survey));
  });
  after(async () => {
    await stack?.stop();
  });

  test('the platform follows every county with its group and wave, and lists one county’s pending schools', async () => {
    const page = await stack.newPage();
    await logIn(page, 'admin');
    await page.click('[data-testid=nav-progress]');
    await page.locator('[data-testid=progress-table]').waitFor();
    const counties = await page.$$eval('[data-testid=progress-table] tbody tr[data-county]', (rs) =>
      rs.map((r) => r.getAttribute('data-county')),
    );
    assert.equal(counties.length, 23);
    assert.deepEqual(counties.slice(0, 3), ['新北市', '臺北市', '桃園市']);
    const taipei = page.locator('[data-testid=progress-table] tr[data-county=臺北市]');
    assert.match(await taipei.locator('[data-col=group]').textContent(), /A 組/);
    assert.match(await taipei.locator('[data-col=wave]').textContent(), /第 3 波/);
    assert.match(await taipei.locator('[data-col=teachers]').textContent(), /^1 \/ \d+/);
    // All counties: choose one to list its pending schools.
    assert.equal(await page.locator('[data-testid=pending-schools]').count(), 0);
    const taipeiId = await page.$eval('[data-testid=county-select]', (s) => [...s.options].find((o) => o.text === '臺北市').value);
    await page.selectOption('[data-testid=county-select]', taipeiId);
    await page.locator('[data-testid=pending-schools] tbody tr').first().waitFor();
    assert.equal(await page.locator('[data-testid=progress-table] tbody tr[data-county]').count(), 1);
    await shot(page, 'progress-platform');
    await done(page);
  });

  test('the analyst reads progress, rewards and survey results, but does not remind or reopen', async () => {
    const page = await stack.newPage();
    await logIn(page, 'analyst');
    const nav = await navItems(page);
    for (const item of ['nav-progress', 'nav-rewards', 'nav-survey-results']) assert.ok(nav.includes(item), `${item} in ${nav}`);
    assert.ok(!nav.includes('nav-school-years') && !nav.includes('nav-school-plan'), `nav: ${nav}`);
    await page.click('[data-testid=nav-progress]');
    await page.locator('[data-testid=progress-table]').waitFor();
    assert.equal(await page.locator('[data-testid=remind]').count(), 0);
    assert.equal(await page.locator('[data-testid=pending-section]').count(), 0);
    await page.locator('h1', { hasText: /^填報進度$/ }).waitFor();
    await done(page);
  });

  test('chief.demo sees which of its teachers have not submitted (school year 110)', async () => {
    const page = await stack.newPage();
    await logIn(page, 'chief.demo');
    await page.click('[data-testid=nav-progress]');
    await page.locator('[data-testid=teacher-progress]').waitFor();
    await page.selectOption('[data-testid=year-select]', '110');
    await page.waitForFunction(() => /110/.test(document.querySelector('[data-testid=teacher-progress] h2')?.textContent ?? ''));
    const token = await stack.apiToken('chief.demo');
    const p = (await stack.graphql(token, '{ me { school { teacherProgress(schoolYear: 110) { teachers submitted pending { name } } } } }'))
      .data.me.school.teacherProgress;
    assert.equal(await page.textContent('[data-testid=teacher-progress-counts]'), `已送出 ${p.submitted} / ${p.teachers} 位教師`);
    const names = await page.$$eval('[data-testid=pending-teachers] tbody [data-col=name]', (xs) => xs.map((x) => x.textContent.trim()));
    assert.deepEqual(
      names,
      p.pending.map((t) => t.name),
    );
    assert.match(await page.textContent('[data-testid=school-plan-status]'), /已送出/);
    await shot(page, 'progress-school');
    await done(page);
  });

  test('district.taipei: the 110 reward list with its threshold, as CSV and XLSX', async () => {
    const page = await stack.newPage();
    await logIn(page, 'district.taipei');
    await page.goto('/rewards?year=110');
    await page.locator('[data-testid=rewards-table]').waitFor();
    assert.match(await page.textContent('[data-testid=reward-threshold]'), /110 學年度.*60%/);
    const token = await stack.apiToken('district.taipei');
    const list = (await stack.graphql(token, '{ rewardList(schoolYear: 110) { school { code } participationPercent } }')).data.rewardList;
    assert.ok(list.length > 0);
    assert.equal(await page.locator('[data-testid=rewards-table] tbody tr').count(), list.length);
    for (const p of await page.$$eval('[data-testid=rewards-table] [data-col=participation]', (xs) =>
      xs.map((x) => parseFloat(x.textContent)),
    ))
      assert.ok(p >= 60);
    await shot(page, 'rewards-district');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=rewards-csv]')]);
    assert.match(csv.suggestedFilename(), /rewards-110.*\.csv$/);
    const lines = fs
      .readFileSync(await csv.path())
      .subarray(3)
      .toString('utf8')
      .trim()
      .split(/\r?\n/);
    assert.match(lines[0], /學校代碼/);
    assert.equal(lines.length - 1, list.length);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=rewards-xlsx]')]);
    assert.equal(
      fs
        .readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString('latin1'),
      'PK',
    );
    await done(page);
  });

  test('the survey results by county: teacher.demo’s answer under 臺北市', async () => {
    const page = await stack.newPage();
    await logIn(page, 'admin');
    await page.click('[data-testid=nav-survey-results]');
    await page.locator('[data-testid=survey-results]').waitFor();
    const row = page.locator('[data-testid=survey-results] tbody tr', { hasText: '臺北市' });
    const cells = await row.locator('td').allTextContents();
    assert.deepEqual(cells, ['教師自我進修研習規劃', '1', '4', '5', '3', '4', '5']);
    await shot(page, 'survey-results');
    await done(page);
  });
});
