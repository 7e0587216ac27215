// First screens and small screens (issue 13 items 7 and 8): the statistics open on the latest year
// with enough plans and say why a year shows little; the cross-tab of three groupings scrolls with its
// first column in view and no name wrapped a character a line; a capped chart says so; at 390 px the
// chart text keeps its size, the map says "tap" and the header stays short.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { done, logIn, shot, startStack } from './harness.mjs';

const PARTICIPATION =
  'query($y: [Int!]!) { participation(schoolYears: $y) { schoolYear schoolsInvited schoolsSubmitted teachersInvited teachersSubmitted } }';

describe('first screens and small screens', () => {
  let stack;
  let coverage;
  let startYear;
  before(async () => {
    stack = await startStack();
    const admin = await stack.apiToken('admin');
    const years = (await stack.graphql(null, '{ schoolYears { year } }')).data.schoolYears.map((y) => y.year);
    const rows = (await stack.graphql(admin, PARTICIPATION, { y: years })).data.participation;
    coverage = new Map(years.map((y) => [y, { schools: 0, schoolsInvited: 0, teachers: 0, teachersInvited: 0 }]));
    for (const r of rows) {
      const c = coverage.get(r.schoolYear);
      c.schools += r.schoolsSubmitted;
      c.schoolsInvited += r.schoolsInvited;
      c.teachers += r.teachersSubmitted;
      c.teachersInvited += r.teachersInvited;
    }
    const enough = (c) => c.schools >= 0.2 * c.schoolsInvited || c.teachers >= 0.2 * c.teachersInvited;
    startYear = Math.max(...[...coverage].filter(([, c]) => c.schoolsInvited + c.teachersInvited > 0 && enough(c)).map(([y]) => y));
  });
  after(async () => {
    await stack?.stop();
  });

  test('the analysis, its yearly report and the explorer open on the latest year with enough plans; a thin year says why', async () => {
    const page = await stack.newPage();
    await logIn(page, 'admin');
    await page.click('[data-testid=nav-analysis]');
    await page.locator('[data-testid=crosstab]').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('years'), null, 'nothing asked: the default year');
    assert.equal(await page.inputValue('[data-testid=report-year]'), String(startYear));
    assert.equal(await page.locator('[data-testid=year-note]').count(), 0, 'the start year has enough plans');

    // A year with few or no plans: the page says how many and why.
    const thin = [...coverage]
      .filter(
        ([, c]) =>
          !(c.schools >= 0.2 * c.schoolsInvited && c.schoolsInvited > 0) &&
          !(c.teachers >= 0.2 * c.teachersInvited && c.teachersInvited > 0),
      )
      .map(([y]) => y);
    assert.ok(thin.length > 0, 'the demo data has a year without enough plans (the current one or one not seeded)');
    const y = Math.max(...thin);
    await page.goto(`/analysis?years=${y}&source=TEACHER_PLANS&dim=TIME&by=COUNTY`);
    const note = page.locator('[data-testid=year-note]');
    await note.waitFor();
    const c = coverage.get(y);
    const text = await note.textContent();
    if (c.schools + c.teachers === 0) assert.match(text, new RegExp(`${y} 學年度尚無已送出的規劃`));
    else assert.match(text, new RegExp(`${y} 學年度目前僅 [\\d,]+ / [\\d,]+ 所學校`));
    assert.match(text, new RegExp(`最近一個已有足夠規劃的是 ${startYear} 學年度`));
    await shot(page, 'analysis-thin-year');

    await page.goto('/explorer');
    await page.locator('[data-testid=explorer]').waitFor();
    assert.equal(await page.getAttribute('[data-testid=explorer]', 'data-year'), String(startYear));
    await done(page);
  });

  test('the survey results open on the latest year with answers and say that the current year has none yet', async () => {
    const admin = await stack.apiToken('admin');
    const years = (await stack.graphql(null, '{ schoolYears { year } }')).data.schoolYears.map((y) => y.year).sort((a, b) => b - a);
    const answered = [];
    for (const y of years) {
      const r = await stack.graphql(admin, 'query($y: Int!) { surveyResults(schoolYear: $y) { responses } }', { y });
      if (r.data.surveyResults.length) answered.push(y);
    }
    assert.ok(answered.length > 0, 'the demo data has survey answers');
    const latest = Math.max(...answered);
    const page = await stack.newPage();
    await logIn(page, 'admin');
    await page.click('[data-testid=nav-survey-results]');
    await page.locator('[data-testid=survey-results]').waitFor();
    if (latest < years[0]) {
      const note = await page.locator('[data-testid=survey-stepped-back]').textContent();
      assert.match(note, new RegExp(`${years[0]} 學年度尚無填答.*${latest} 學年度`));
    }
    assert.ok((await page.locator('[data-testid=survey-results] tbody tr').count()) > 0);
    await shot(page, 'survey-results-first-screen');
    await done(page);
  });

  test('three groupings: the cross-tab scrolls sideways, keeps its first column, wraps no county name; the capped chart says so', async () => {
    const page = await stack.newPage();
    await logIn(page, 'admin');
    await page.goto(`/analysis?years=${startYear}&source=TEACHER_PLANS&dim=TIME&by=COUNTY,STAGE,REMOTENESS`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=crosstab] tbody th[data-by=COUNTY]').length > 0);
    const groups = await page.locator('[data-testid=crosstab] tbody tr:not([data-group=total])').count();

    // No county name broken over lines: each fits on one line of its cell.
    const wrapped = await page.$$eval('[data-testid=crosstab] tbody th[data-by=COUNTY]', (ths) =>
      ths
        .filter((th) => th.getBoundingClientRect().height > 2.2 * parseFloat(getComputedStyle(th).lineHeight || '20') + 20)
        .map((th) => th.textContent),
    );
    assert.deepEqual(wrapped, []);
    const narrowest = await page.$$eval('[data-testid=crosstab] tbody th[data-by=COUNTY]', (ths) =>
      Math.min(...ths.map((th) => th.getBoundingClientRect().width)),
    );
    assert.ok(narrowest > 40, `the county column is ${narrowest}px wide`);

    // The last column is reached by scrolling the table, and the first one stays in view.
    const wrap = page.locator('[data-testid=crosstab]').locator('xpath=..');
    await wrap.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const fit = await wrap.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const ths = el.querySelectorAll('thead th');
      const last = ths[ths.length - 1].getBoundingClientRect();
      const first = el.querySelector('tbody th[data-by=COUNTY]').getBoundingClientRect();
      return { lastRight: last.right, boxRight: box.right, firstLeft: first.left, boxLeft: box.left };
    });
    assert.ok(fit.lastRight <= fit.boxRight + 1, `the last column is visible: ${JSON.stringify(fit)}`);
    assert.ok(Math.abs(fit.firstLeft - fit.boxLeft) <= 2, `the first column sticks: ${JSON.stringify(fit)}`);

    // More groups than the chart draws: it says how many it shows.
    if (groups > 60) {
      assert.match(await page.textContent('[data-testid=stacked-capped]'), new RegExp(`顯示前 60 組，共 ${groups} 組`));
      assert.equal(await page.locator('[data-testid=stacked-groups] g[data-group]').count(), 60);
    } else {
      assert.equal(await page.locator('[data-testid=stacked-capped]').count(), 0);
    }
    await shot(page, 'analysis-three-groupings');
    await done(page);
  });

  test('at 390 px: chart text at least 11 px, the map says tap, the header under a fifth of the screen', async () => {
    const context = await stack.browser.newContext({
      baseURL: stack.base,
      viewport: { width: 390, height: 844 },
      locale: 'zh-TW',
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    page.problems = [];
    page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
    await logIn(page, 'admin');
    const header = await page.evaluate(() => {
      const h = document.querySelector('.app-header').getBoundingClientRect();
      const n = document.querySelector('nav.app-nav').getBoundingClientRect();
      return n.bottom - h.top;
    });
    assert.ok(header <= 0.2 * 844, `header and navigation ${header}px of 844`);

    await page.goto(`/analysis?years=${startYear}&source=TEACHER_PLANS&dim=TIME&by=COUNTY`);
    await page.locator('[data-testid=share-bars] svg').waitFor();
    await page.locator('[data-testid=stacked-groups] svg').waitFor();
    const sizes = await page.$$eval('.chart svg', (svgs) =>
      svgs.flatMap((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      }),
    );
    assert.ok(sizes.length > 0);
    assert.ok(Math.min(...sizes) >= 11 - 0.01, `smallest chart text ${Math.min(...sizes)}px`);
    await shot(page, 'analysis-390');

    await page.click('[data-testid=tab-map]');
    await page.locator('[data-testid=county-map]').waitFor();
    assert.match(await page.textContent('[data-testid=map-help]'), /輕觸縣市/);
    // A tap shows the county's numbers (tapped again if the map was redrawn as its answer came).
    for (let i = 0; i < 3; i++) {
      await page.locator('[data-testid=county-map] path[data-county="臺北市"]').tap();
      if (
        await page
          .locator('[data-testid=map-tooltip]')
          .waitFor({ timeout: 3000 })
          .then(
            () => true,
            () => false,
          )
      )
        break;
    }
    assert.match(await page.textContent('[data-testid=map-tooltip]'), /臺北市/);
    await shot(page, 'analysis-map-390');
    await done(page);
  });
});
