// 供需 (issue 12 item 6): an analyst reads the gap map and table in the analysis's 供需 tab; a
// university's OPERATOR (statistics permission) reaches 需求參考 from its home page and reads the
// aggregated demand, perturbed, with no person in it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { done, logIn, navItems, shot, startStack } from './harness.mjs';

const SUPPLY = `query($y: Int!, $d: Dimension!) {
  supplyDemand(schoolYear: $y, dimension: $d, groupBy: [COUNTY]) {
    exact k options { code } groups { key { value label } demandPlans seats courses seatsPer100 }
  }
}`;

describe('supply against demand', () => {
  let stack;
  before(async () => {
    stack = await startStack();
  });
  after(async () => {
    await stack?.stop();
  });

  test('the analyst reads the gap map and the table of the 供需 tab', async () => {
    const page = await stack.newPage();
    await logIn(page, 'analyst');
    assert.ok((await navItems(page)).includes('nav-analysis'));
    await page.click('[data-testid=nav-analysis]');
    await page.click('[data-testid=tab-supply]');
    await page.locator('[data-testid=gap-map] path[data-county="臺北市"]').waitFor();
    const year = Number(await page.inputValue('[data-testid=supply-year]'));
    await page.selectOption('[data-testid=supply-dimension]', 'METHOD');
    await page.selectOption('[data-testid=supply-option]', 'WORKSHOP');
    const token = await stack.apiToken('analyst');
    const r = (await stack.graphql(token, SUPPLY, { y: year, d: 'METHOD' })).data.supplyDemand;
    assert.equal(r.exact, false);
    const at = r.options.findIndex((o) => o.code === 'WORKSHOP');
    const taipei = r.groups.find((g) => g.key[0].label === '臺北市');
    assert.ok(taipei, `year ${year}: ${r.groups.map((g) => g.key[0].label)}`);
    assert.ok(taipei.seats[at] > 0 && taipei.demandPlans[at] > 0, 'the demo data offers workshops in Taipei and teachers ask for them');
    const row = page.locator('[data-testid=supply-table] tr[data-group="臺北市"]');
    await page.waitForFunction(
      (seats) => document.querySelector('[data-testid=supply-table] tr[data-group="臺北市"] td[data-col=seats]')?.textContent === seats,
      taipei.seats[at].toLocaleString('en-US'),
    );
    assert.equal((await row.locator('td[data-col=demand]').textContent()).replace(/,/g, ''), String(taipei.demandPlans[at]));
    // the map is coloured by seats per 100 teachers asking, and the tooltip says so
    await page.waitForFunction(
      (v) => document.querySelector('[data-testid=gap-map] path[data-county="臺北市"]')?.getAttribute('data-share') === String(v),
      taipei.seatsPer100[at],
    );
    await page.hover('[data-testid=gap-map] path[data-county="臺北市"]');
    const tip = await page.textContent('[data-testid=map-tooltip]');
    assert.ok(tip.includes('臺北市') && tip.includes('每百人') && tip.includes('位教師有需求'), `tooltip: ${tip}`);
    // counties differ: supply meets demand in some and misses it in others
    const gaps = new Set(r.groups.map((g) => g.seatsPer100[at]).filter((x) => x !== null));
    assert.ok(gaps.size > 5, `gap indices: ${[...gaps]}`);
    assert.match(await page.textContent('[data-testid=supply-disclosure]'), /統計保密/);
    await shot(page, 'supply-gap-map');
    await done(page);
  });

  test("a university's OPERATOR reaches 需求參考 from its home page and reads aggregates only", async () => {
    const page = await stack.newPage();
    await logIn(page, 'operator.univ');
    assert.ok(!(await navItems(page)).includes('nav-analysis'), 'no analysis for an organiser');
    await page.goto('/');
    await page.click('.quick-links a[href="/demand-reference"]');
    await page.locator('[data-testid=demand-reference] [data-testid=supply-table]').waitFor();
    const year = Number(await page.inputValue('[data-testid=supply-year]'));
    const token = await stack.apiToken('operator.univ');
    const r = (await stack.graphql(token, SUPPLY, { y: year, d: 'DOMAIN' })).data.supplyDemand;
    assert.equal(r.exact, false);
    const taipei = r.groups.find((g) => g.key[0].label === '臺北市');
    const row = page.locator('[data-testid=supply-table] tr[data-group="臺北市"]');
    await row.waitFor();
    assert.equal((await row.locator('td[data-col=demand]').textContent()).replace(/,/g, ''), String(taipei.demandPlans[0]));
    assert.match(await page.textContent('h1'), /需求參考/);
    // no person behind it: the teacher list is refused to this account
    const teachers = await stack.graphql(token, '{ teachers(first: 1) { totalCount } }');
    assert.equal(teachers.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    await shot(page, 'demand-reference');
    await done(page);
  });
});
