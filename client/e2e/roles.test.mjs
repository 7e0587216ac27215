// What each demo user sees: navigation from `me.can`, and personal data as the API masks it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { column, done, logIn, navItems, shot, startStack } from './harness.mjs';

const MASKED = /^[A-Z]\d{2}\*{4}\d{3}$/;
const FULL_ID = /^[A-Z][1289]\d{8}$/;
const DASH = '—';

describe('what each role sees', () => {
  let stack;
  before(async () => {
    stack = await startStack();
  });
  after(async () => {
    await stack?.stop();
  });

  test('teacher.demo: its own record with its full national ID; no business accounts', async () => {
    const page = await stack.newPage();
    await logIn(page, 'teacher.demo');
    const nav = await navItems(page);
    assert.ok(nav.includes('nav-home'));
    assert.ok(!nav.includes('nav-business-accounts'), `nav: ${nav}`);
    assert.match(await page.textContent('[data-testid=home-role]'), /教師/);

    const mine = page.locator('[data-testid=my-teacher]');
    await mine.waitFor();
    const id = (await mine.locator('[data-testid=my-national-id] dd').textContent()).trim();
    assert.match(id, FULL_ID);
    assert.ok(!id.includes('*'));
    await shot(page, 'home-teacher');

    // The business-accounts page, reached by address, gets the server's no-access answer.
    await page.goto('/business-accounts');
    await page.locator('[data-testid=no-access]').waitFor();
    await done(page);
  });

  test('chief.demo: its school teachers with masked national IDs and e-mails', async () => {
    const page = await stack.newPage();
    await logIn(page, 'chief.demo');
    const nav = await navItems(page);
    for (const item of ['nav-home', 'nav-school-teachers', 'nav-business-accounts']) assert.ok(nav.includes(item), `${item} in ${nav}`);
    // one entry for its school (本校教師名單), not 學校 and 教師 lists of that one school
    assert.ok(!nav.includes('nav-schools') && !nav.includes('nav-teachers'), `nav: ${nav}`);
    assert.match(await page.textContent('[data-testid=home-role]'), /總負責人/);
    assert.match(await page.textContent('[data-testid=home-county]'), /臺北市/);

    await page.click('[data-testid=nav-school-teachers]');
    await page.waitForURL(/\/schools\/[^/]+\/teachers$/);
    await page.locator('[data-testid=teachers-table] tbody tr').first().waitFor();

    const ids = await column(page, 'teachers-table', 'nationalIdMasked');
    assert.ok(ids.length > 0 && ids.length <= 20, `a page of 1..20 teachers, got ${ids.length}`);
    for (const id of ids) assert.match(id, MASKED);
    const emails = await column(page, 'teachers-table', 'email');
    assert.ok(
      emails.some((e) => e.includes('@')),
      'e-mails shown to the school chief',
    );
    assert.equal(await page.locator('[data-testid=forbidden-fields]').count(), 0);
    assert.match(await page.textContent('[data-testid=teachers-table] thead'), /身分證字號/);
    await shot(page, 'school-teachers-chief');

    // Paging forwards and back by cursor.
    const firstPageFirst = await page.textContent('[data-testid=teachers-table] tbody tr th');
    const next = page.getByRole('button', { name: '下一頁' });
    if (await next.isEnabled()) {
      await next.click();
      await page.waitForFunction(
        (prev) => document.querySelector('[data-testid=teachers-table] tbody tr th')?.textContent !== prev,
        firstPageFirst,
      );
      assert.match(await page.textContent('.pager-status'), /第 2 \/ \d+ 頁/);
      await page.getByRole('button', { name: '上一頁' }).click();
      await page.waitForFunction(
        (prev) => document.querySelector('[data-testid=teachers-table] tbody tr th')?.textContent === prev,
        firstPageFirst,
      );
    }

    await page.click('[data-testid=nav-business-accounts]');
    await page.locator('[data-testid=accounts-table] tbody tr').first().waitFor();
    assert.match(await page.textContent('[data-testid=accounts-table] tbody'), /總負責人/);
    await shot(page, 'accounts-chief');
    await done(page);
  });

  test('analyst: schools but no teachers link, and the teachers page says no access', async () => {
    const page = await stack.newPage();
    await logIn(page, 'analyst');
    const nav = await navItems(page);
    assert.ok(nav.includes('nav-schools'));
    assert.ok(!nav.includes('nav-teachers'), `nav: ${nav}`);
    assert.ok(!nav.includes('nav-business-accounts'), `nav: ${nav}`);
    assert.match(await page.textContent('[data-testid=home-role]'), /教育部分析人員/);

    await page.click('[data-testid=nav-schools]');
    const rows = page.locator('[data-testid=schools-table] tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 20, 'a first page of 20 schools');
    assert.equal(await page.locator('[data-testid=schools-table] a[href*="/teachers"]').count(), 0);

    // Filters: a county and a stage narrow the list.
    const before = await page.textContent('[data-testid=schools-count]');
    await page.selectOption('#f-county', { label: '臺北市' });
    await page.waitForFunction((b) => document.querySelector('[data-testid=schools-count]')?.textContent !== b, before);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=schools-table] tbody tr td:nth-child(3)')].every((td) => td.textContent === '臺北市'),
    );
    await shot(page, 'schools-analyst-taipei');

    // Next page by cursor.
    await page.selectOption('#f-county', '');
    await page.waitForFunction((b) => document.querySelector('[data-testid=schools-count]')?.textContent === b, before);
    const first = await page.textContent('[data-testid=schools-table] tbody tr th');
    await page.getByRole('button', { name: '下一頁' }).click();
    await page.waitForFunction((f) => document.querySelector('[data-testid=schools-table] tbody tr th')?.textContent !== f, first);
    assert.match(await page.textContent('.pager-status'), /第 2 \/ \d+ 頁/);

    // The teachers page of a school, reached by address: the API withholds it.
    const token = await stack.apiToken('analyst');
    const r = await stack.graphql(token, '{ schools(first: 1) { edges { node { id } } } }');
    const schoolId = r.data.schools.edges[0].node.id;
    await page.goto(`/schools/${encodeURIComponent(schoolId)}/teachers`);
    await page.locator('[data-testid=no-access]').waitFor();
    assert.equal(await page.locator('[data-testid=teachers-table]').count(), 0);
    await shot(page, 'school-teachers-analyst');
    await page.goto('/teachers');
    await page.locator('[data-testid=no-access]').waitFor();
    await done(page);
  });

  test('district.taipei: masked IDs; e-mail and phone, which it may not read, are not asked (no empty columns)', async () => {
    const page = await stack.newPage();
    await logIn(page, 'district.taipei');
    await page.click('[data-testid=nav-teachers]');
    await page.locator('[data-testid=teachers-table] tbody tr').first().waitFor();
    for (const id of await column(page, 'teachers-table', 'nationalIdMasked')) assert.match(id, MASKED);
    assert.deepEqual(await column(page, 'teachers-table', 'email'), []);
    const head = await page.textContent('[data-testid=teachers-table] thead');
    assert.doesNotMatch(head, /電子郵件|電話/);
    assert.equal(await page.locator('[data-testid=forbidden-fields]').count(), 0, 'nothing asked that the API withholds');
    const empty = await page.$$eval(
      '[data-testid=teachers-table] tbody td',
      (tds) => tds.filter((td) => td.textContent.trim() === '—').length,
    );
    assert.equal(empty, 0, 'no column of dashes');
    await shot(page, 'teachers-district');
    await done(page);
  });

  test('operator.demo: no teachers and no business accounts in the navigation', async () => {
    const page = await stack.newPage();
    await logIn(page, 'operator.demo');
    const nav = await navItems(page);
    assert.ok(!nav.includes('nav-teachers'), `nav: ${nav}`);
    assert.ok(!nav.includes('nav-business-accounts'), `nav: ${nav}`);
    assert.match(await page.textContent('[data-testid=home-role]'), /作業人員/);
    await page.locator('[data-testid=my-account]').waitFor();
    assert.match((await page.locator('[data-testid=my-account] [data-testid=my-national-id] dd').textContent()).trim(), FULL_ID);
    await done(page);
  });

  test('admin: everything, with full records', async () => {
    const page = await stack.newPage();
    await logIn(page, 'admin');
    const nav = await navItems(page);
    for (const item of ['nav-home', 'nav-schools', 'nav-teachers', 'nav-business-accounts'])
      assert.ok(nav.includes(item), `${item} in ${nav}`);
    await page.click('[data-testid=nav-teachers]');
    await page.locator('[data-testid=teachers-table] tbody tr').first().waitFor();
    const emails = await column(page, 'teachers-table', 'email');
    assert.ok(emails.every((e) => e.includes('@') || e === DASH));
    assert.equal(await page.locator('[data-testid=forbidden-fields]').count(), 0);
    await page.click('[data-testid=nav-business-accounts]');
    await page.locator('[data-testid=accounts-table] tbody tr').first().waitFor();
    await shot(page, 'accounts-admin');
    await done(page);
  });
});
