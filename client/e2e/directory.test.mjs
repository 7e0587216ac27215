// The public business-account lookup: no login, CHIEFs and CONTACTs only, county and search filters.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { done, shot, startStack } from './harness.mjs';

describe('public business-account lookup', () => {
  let stack;
  before(async () => {
    stack = await startStack();
  });
  after(async () => {
    await stack?.stop();
  });

  test("anyone finds a school's CHIEF and CONTACT; operators are never listed", async () => {
    const page = await stack.newPage();
    await page.goto('/login');
    await page.click('[data-testid=link-directory]');
    await page.waitForURL('**/directory');
    const rows = page.locator('[data-testid=directory-table] tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 20, 'a first page of 20');
    const all = await page.textContent('[data-testid=directory-count]');

    await page.selectOption('#d-county', { label: '臺北市' });
    await page.waitForFunction((b) => document.querySelector('[data-testid=directory-count]')?.textContent !== b, all);
    await page.fill('#d-search', '大安');
    await page.getByRole('button', { name: '查詢' }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=directory-table] tbody [data-col=unit]')].every((th) => th.textContent.includes('大安')),
    );
    const roles = await page.$$eval('[data-testid=directory-table] tbody [data-col=role]', (tds) =>
      tds.map((td) => td.textContent.trim()).sort(),
    );
    assert.deepEqual(roles, ['總負責人', '連絡人'].sort());
    const text = await page.textContent('[data-testid=directory-table] tbody');
    assert.ok(!text.includes('作業人員'));
    assert.match(text, /@/);
    assert.match(page.url(), /county=.*q=/);
    await shot(page, 'directory-taipei');

    await page.click('[data-testid=lang-switch]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Business-account lookup');
    assert.match(await page.textContent('[data-testid=directory-table] tbody'), /Chief/);
    await done(page);
  });
});
