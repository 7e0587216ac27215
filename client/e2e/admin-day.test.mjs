// The administrators' day (issue 13): the account page searches and filters on the server and keeps
// its actions in view at every width; each role's navigation offers its own; the forgotten password
// runs from the login page to a new password; the audit trail speaks in words and Taiwan time.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { accountRow, done, logIn, navItems, shot, startStack } from './harness.mjs';

/** Whether the element's box lies inside the window (not cut off at the right or left). */
async function inView(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    // what is drawn at the centre of the box is the element itself (not covered by another column)
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth && (hit === el || el.contains(hit));
  });
}

describe("the administrators' day", () => {
  let stack;
  before(async () => {
    stack = await startStack();
  });
  after(async () => {
    await stack?.stop();
  });

  test('業務帳號管理: the search finds operator.univ on the server; the actions are in view at 1280 and 1920 px and reachable at 390 px', async () => {
    const page = await stack.newPage();
    await logIn(page, 'admin');
    await page.click('[data-testid=nav-business-accounts]');
    await page.locator('[data-testid=accounts-table] tbody tr').first().waitFor();
    const total = Number((await page.textContent('[data-testid=accounts-count]')).replace(/\D/g, ''));
    assert.ok(total > 100, `all accounts: ${total}`);

    // by unit name as people write it (台/臺), by username: the server's count, not the loaded page's
    for (const q of ['台灣師範', 'operator.univ', 'U0001']) {
      await page.fill('[data-testid=accounts-search]', q);
      await page.waitForFunction((want) => new URL(location.href).searchParams.get('q') === want, q);
      await accountRow(page, 'operator.univ').waitFor();
      assert.match(await page.textContent('[data-testid=accounts-count]'), /共 1 個/);
    }
    // a filter the server applies: organisers only, whatever page they were on
    await page.fill('[data-testid=accounts-search]', '');
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('q'));
    await page.selectOption('#f-units', 'ORGANISERS');
    await accountRow(page, 'operator.univ').waitFor();
    const kinds = await page.$$eval('[data-testid=accounts-table] tbody tr', (trs) => trs.length);
    assert.equal(kinds, 1);
    assert.doesNotMatch(await page.textContent('main'), /請看下一頁|下一頁查看/);

    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/business-accounts?role=ANY');
      await page.locator('[data-testid=accounts-table] tbody tr').first().waitFor();
      const header = page.locator('[data-testid=accounts-table] thead th.actions');
      assert.ok(await inView(header), `the 操作 header is in view at ${width} px`);
      const first = page.locator('[data-testid=accounts-table] tbody tr').first();
      assert.ok(await inView(first.locator('[data-testid=manage]')), `管理 is in view at ${width} px`);
      await shot(page, `accounts-actions-${width}`);
    }
    // 390 px: the table scrolls sideways with the name in view; the actions come into view and work
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/business-accounts?q=operator.univ');
    const row = accountRow(page, 'operator.univ');
    await row.waitFor();
    const manage = row.locator('[data-testid=manage]');
    await manage.scrollIntoViewIfNeeded();
    assert.ok(await inView(manage), 'scrolled sideways, 管理 is in view at 390 px');
    assert.ok(await inView(row.locator('th').first()), 'the name stays in view while the table scrolls');
    await shot(page, 'accounts-actions-390');
    await manage.click();
    await page.locator('dialog[open]').waitFor();
    await done(page);
  });

  test('each role sees its own: a teacher has no school review or downloads, a CHIEF one entry for its school; the menu button at 390 px', async () => {
    const page = await stack.newPage();
    await logIn(page, 'teacher.demo');
    const nav = await navItems(page);
    assert.ok(nav.includes('nav-profile'), `nav: ${nav}`);
    for (const no of ['nav-schools', 'nav-teachers', 'nav-school-teachers']) assert.ok(!nav.includes(no), `${no} not in ${nav}`);
    // its school's teacher page by address: its own row, no review panel, no downloads
    const token = await stack.apiToken('teacher.demo');
    const school = (await stack.graphql(token, '{ me { school { id } } }')).data.me.school.id;
    await page.goto(`/schools/${encodeURIComponent(school)}/teachers`);
    await page.locator('[data-testid=teachers-table] tbody tr').first().waitFor();
    assert.equal(await page.locator('[data-testid=teacher-review]').count(), 0, 'no review panel');
    assert.equal(await page.locator('[data-testid=mark-review-done]').count(), 0);
    assert.equal(await page.locator('main a[href*="/exports/"], main button[data-format], [data-testid^=download]').count(), 0, 'no downloads');
    await shot(page, 'school-teachers-teacher');
    await done(page);

    const chief = await stack.newPage();
    await logIn(chief, 'chief.demo');
    const cnav = await navItems(chief);
    assert.ok(cnav.includes('nav-school-teachers'), `nav: ${cnav}`);
    assert.ok(!cnav.includes('nav-schools') && !cnav.includes('nav-teachers'), `one entry for its school: ${cnav}`);
    await chief.click('[data-testid=nav-school-teachers]');
    await chief.locator('[data-testid=teacher-review]').waitFor();
    await done(chief);

    // 390 px: the navigation folds under 選單; opened, an entry takes you there and the menu closes
    const context = await stack.browser.newContext({ baseURL: stack.base, viewport: { width: 390, height: 844 }, locale: 'zh-TW' });
    const small = await context.newPage();
    await logIn(small, 'admin');
    assert.equal(await small.locator('[data-testid=nav-audit]').isVisible(), false);
    await small.click('[data-testid=nav-toggle]');
    assert.equal(await small.getAttribute('[data-testid=nav-toggle]', 'aria-expanded'), 'true');
    await shot(small, 'nav-menu-390');
    await small.click('[data-testid=nav-audit]');
    await small.waitForURL('**/audit');
    assert.equal(await small.locator('[data-testid=nav-audit]').isVisible(), false, 'the menu closes after choosing');
    assert.match(await small.textContent('[data-testid=nav-toggle]'), /操作紀錄/);
    await context.close();
  });
});
