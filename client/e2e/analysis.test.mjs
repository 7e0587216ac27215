// The demand analysis (需求分析): the analyst's county map and its CSV download, a district's view
// limited to its own county's detail, a school's own statistics, and the GraphQL explorer
// (lazy-loaded, under the server's content security policy) running a query as the analyst.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { done, logIn, navItems, shot, startStack } from './harness.mjs';

const DEMAND = `query($y: Int!, $by: [DemandGroupBy!]!) {
  demand(source: TEACHER_PLANS, dimension: TIME, groupBy: $by, filter: { schoolYears: [$y] }) {
    k restrictedToCounty
    groups { key { by value label } plans suppressed cells { option count share suppressed } }
  }
}`;

describe('demand analysis', () => {
  let stack;
  /** The newest school year with submitted plans: the analysis starts on it. */
  let year;
  before(async () => {
    stack = await startStack();
    const token = await stack.apiToken('analyst');
    const years = (await stack.graphql(null, '{ schoolYears { year } }')).data.schoolYears.map((y) => y.year);
    const p = await stack.graphql(
      token,
      'query($y: [Int!]!) { participation(schoolYears: $y) { schoolYear teachersSubmitted schoolsSubmitted } }',
      { y: years },
    );
    year = Math.max(...p.data.participation.filter((r) => r.teachersSubmitted + r.schoolsSubmitted > 0).map((r) => r.schoolYear));
  });
  after(async () => {
    await stack?.stop();
  });

  test('the analyst colours the county map by one option, reads a county, and downloads the CSV', async () => {
    const token = await stack.apiToken('analyst');
    const r = (await stack.graphql(token, DEMAND, { y: year, by: ['COUNTY'] })).data.demand;
    const taipei = r.groups.find((g) => g.key[0].label === '臺北市');
    const saturday = taipei.cells.find((c) => c.option === 'SATURDAY');
    assert.ok(taipei.plans >= r.k && saturday.share !== null, 'the demo data has Taipei teacher plans');

    const page = await stack.newPage();
    await logIn(page, 'analyst');
    assert.ok((await navItems(page)).includes('nav-analysis'));
    await page.click('[data-testid=nav-analysis]');
    await page.locator('[data-testid=crosstab]').waitFor();
    await page.click('[data-testid=tab-map]');
    await page.locator('[data-testid=county-map] path[data-county="臺北市"]').waitFor();
    // 22 counties on the map (台 in the atlas read as 臺), 國教署 beside it.
    const drawn = await page.$$eval('[data-testid=county-map] path[data-county]', (ps) => ps.map((p) => p.getAttribute('data-county')));
    assert.equal(new Set(drawn).size, 22);
    assert.ok(drawn.includes('臺中市') && drawn.includes('金門縣') && drawn.includes('連江縣'), `counties: ${drawn}`);
    assert.equal(await page.locator('[data-testid=map-box][data-county=國教署]').count(), 1);

    await page.selectOption('[data-testid=map-option]', 'SATURDAY');
    await page.waitForFunction(
      (s) => document.querySelector('[data-testid=county-map] path[data-county="臺北市"]')?.getAttribute('data-share') === String(s),
      saturday.share,
    );
    // Suppressed counties are drawn hatched, the others filled with a colour of the scale.
    for (const g of r.groups.filter((x) => x.key[0].label !== '國教署')) {
      const cell = g.cells.find((c) => c.option === 'SATURDAY');
      const hidden = g.suppressed || cell.suppressed;
      const path = page.locator(`[data-testid=county-map] path[data-county="${g.key[0].label}"]`);
      assert.equal(await path.getAttribute('data-suppressed'), hidden ? 'true' : null, g.key[0].label);
      assert.equal((await path.getAttribute('fill')).startsWith('url('), hidden, `${g.key[0].label} fill`);
    }

    await page.hover('[data-testid=county-map] path[data-county="臺北市"]');
    const tip = await page.textContent('[data-testid=map-tooltip]');
    const pct = `${Math.round(saturday.share * 1000) / 10}%`;
    assert.ok(tip.includes('臺北市') && tip.includes(`${taipei.plans} 份規劃`) && tip.includes(pct), `tooltip: ${tip}`);
    await shot(page, 'analysis-map');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=demand-csv]')]);
    // named for the question asked: source, year, dimension, grouping
    assert.match(csv.suggestedFilename(), /^demand-teacher-plans-\d+-time-by-county\.csv$/);
    const bytes = fs.readFileSync(await csv.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 BOM for Excel');
    const lines = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
    assert.match(lines[0], /^縣市,規劃數,在職進修時間,選填數,比例/);
    assert.ok(
      lines.includes(`臺北市,${taipei.plans},週六,${saturday.count},${saturday.share},`),
      `a Taipei row in:\n${lines.slice(0, 20).join('\n')}`,
    );
    await done(page);
  });

  test('a district sees its own county in detail and the other counties only as totals', async () => {
    const token = await stack.apiToken('district.taipei');
    const byStage = (await stack.graphql(token, DEMAND, { y: year, by: ['STAGE'] })).data.demand;
    assert.ok(byStage.restrictedToCounty);
    const taipeiPlans = (await stack.graphql(token, DEMAND, { y: year, by: ['COUNTY'] })).data.demand.groups.find(
      (g) => g.key[0].label === '臺北市',
    ).plans;

    const page = await stack.newPage();
    await logIn(page, 'district.taipei');
    await page.click('[data-testid=nav-analysis]');
    // By county: every county's totals, no note.
    await page.locator('[data-testid=crosstab] tbody tr[data-group="新北市"]').waitFor();
    assert.equal(await page.locator('[data-testid=restricted-note]').count(), 0);

    // By county and stage: the server answers for 臺北市 only, and the page says so.
    await page.selectOption('[data-testid=analysis-by-1]', 'STAGE');
    await page.locator('[data-testid=restricted-note]').waitFor();
    assert.match(await page.textContent('[data-testid=restricted-note]'), /臺北市/);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=crosstab] tbody th[data-by=COUNTY]')].length > 0);
    const counties = await page.$$eval('[data-testid=crosstab] tbody th[data-by=COUNTY]', (ths) => [
      ...new Set(ths.map((th) => th.textContent.trim())),
    ]);
    assert.deepEqual(counties, ['臺北市']);

    // By stage only (stage and county swap places, then county is dropped): the stages of 臺北市,
    // and "all" is 臺北市's plans, not the nation's.
    await page.selectOption('[data-testid=analysis-by-0]', 'STAGE');
    await page.waitForFunction(() => document.querySelector('[data-testid=analysis-by-1]')?.value === 'COUNTY');
    await page.selectOption('[data-testid=analysis-by-1]', '');
    await page.waitForFunction(() => document.querySelector('[data-testid=crosstab] thead th')?.textContent.trim() === '教育階段');
    await page.locator('[data-testid=restricted-note]').waitFor();
    const stages = await page.$$eval('[data-testid=crosstab] tbody tr:not([data-group=total]) th', (ths) =>
      ths.map((th) => th.textContent.trim()),
    );
    assert.deepEqual(
      stages,
      byStage.groups.map((g) => g.key[0].label),
    );
    // taipeiPlans came from the all-counties answer, which is perturbed (cell key method, |change| <= 2);
    // the county-only answer is exact for the district's own county
    await page.waitForFunction((n) => {
      const shown = Number(
        document.querySelector('[data-testid=crosstab] tr[data-group=total] [data-col=plans]')?.textContent.trim().replace(/,/g, ''),
      );
      return Number.isFinite(shown) && Math.abs(shown - n) <= 2;
    }, taipeiPlans);
    await shot(page, 'analysis-district');
    await done(page);
  });

  test('a school’s CHIEF compares its teachers with its county and the nation; teachers see no statistics', async () => {
    const page = await stack.newPage();
    await logIn(page, 'chief.demo');
    const nav = await navItems(page);
    assert.ok(nav.includes('nav-school-statistics') && !nav.includes('nav-analysis') && !nav.includes('nav-explorer'), `nav: ${nav}`);
    await page.goto(`/school-statistics?year=${year}`);
    await page.locator('[data-testid=school-stats-chart]').waitFor();
    assert.match(await page.textContent('[data-testid=school-stats-plans]'), /臺北市.*全國/);
    assert.equal(await page.locator('[data-testid=school-stats-rows] tbody tr').count(), 6, 'the six times of study');
    await shot(page, 'school-statistics');
    // The analysis, reached by address, is not offered.
    await page.goto('/analysis');
    await page.locator('[data-testid=no-access]').waitFor();
    await done(page);

    const teacher = await stack.newPage();
    await logIn(teacher, 'teacher.demo');
    const tnav = await navItems(teacher);
    assert.ok(!tnav.includes('nav-analysis') && !tnav.includes('nav-school-statistics'), `nav: ${tnav}`);
    await done(teacher);
  });

  test('the GraphQL explorer loads on demand and runs a query as the analyst', async () => {
    const page = await stack.newPage();
    const scripts = [];
    const offsite = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
      if (!/^(blob:|data:)/.test(r.url()) && !r.url().startsWith(stack.base)) offsite.push(r.url());
    });
    await logIn(page, 'analyst');
    assert.ok(!scripts.some((u) => /\/assets\/Explorer-|monaco/i.test(u)), `the explorer is not in the main bundle: ${scripts}`);
    await page.click('[data-testid=nav-explorer]');
    await page.locator('[data-testid=explorer] .graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });
    assert.ok(
      scripts.some((u) => /\/assets\/Explorer-/.test(u)),
      'the explorer chunk loaded when opened',
    );

    await page.click('[data-testid=explorer] .graphiql-query-editor .monaco-editor');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('{ me { username role } counties { name } }');
    // The editor closes brackets itself: drop what it added after the cursor.
    await page.keyboard.press('Shift+Control+End');
    await page.keyboard.press('Delete');
    await page.waitForTimeout(800);
    await page.click('[data-testid=explorer] .graphiql-execute-button');
    await page.waitForFunction(
      () => /"username":\s*"analyst"/.test(document.querySelector('[data-testid=explorer] .graphiql-response')?.textContent ?? ''),
      null,
      { timeout: 20_000 },
    );
    const response = await page.textContent('[data-testid=explorer] .graphiql-response');
    assert.match(response, /"role":\s*"ANALYST"/);
    assert.match(response, /"counties"/);
    assert.deepEqual(offsite, [], 'nothing is fetched from elsewhere');
    await shot(page, 'explorer');
    await done(page);
  });
});
