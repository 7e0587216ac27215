// 資料匯出: a district starts an export of its county's teachers, follows it to DONE and downloads the file.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { done, logIn, navItems, shot, startStack } from './harness.mjs';

describe('exports', () => {
  let stack;
  before(async () => {
    stack = await startStack();
  });
  after(async () => {
    await stack?.stop();
  });

  test('a school CHIEF is not offered the page', async () => {
    const page = await stack.newPage();
    await logIn(page, 'chief.demo');
    assert.ok(!(await navItems(page)).includes('nav-exports'));
    await done(page);
  });

  test('the district exports its teachers as CSV, sees the progress and downloads the file', async () => {
    const page = await stack.newPage();
    await logIn(page, 'district.taipei');
    assert.ok((await navItems(page)).includes('nav-exports'));
    await page.click('[data-testid=nav-exports]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '資料匯出');
    await page.selectOption('#kind', 'TEACHERS');
    await page.selectOption('#format', 'CSV');
    await page.click('[data-testid=start-export]');
    await page.waitForSelector('[data-testid=action-ok]');
    // the runner in the server finishes it; the page polls until the link appears
    const link = page.locator('[data-testid=export-download]').first();
    await link.waitFor({ timeout: 30_000 });
    assert.equal(await page.getAttribute('[data-testid=export-job]', 'data-status'), 'DONE');
    await shot(page, 'exports');
    const href = await link.getAttribute('href');
    const res = await fetch(new URL(href, stack.base));
    assert.equal(res.status, 200);
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    assert.match(text, /^\uFEFFid,schoolId,schoolCode,schoolName,name,nationalIdMasked,title,subjects\r\n/);
    assert.ok(text.split('\r\n').length > 2);
    await done(page);
  });
});
