// 介接金鑰 (platform): create a key, copy the secret shown once, use it, revoke it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { done, logIn, navItems, shot, startStack } from './harness.mjs';

describe('partner keys', () => {
  let stack;
  before(async () => {
    stack = await startStack();
  });
  after(async () => {
    await stack?.stop();
  });

  async function meWithKey(secret) {
    const res = await fetch(`${stack.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': secret },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    return res.json();
  }

  test('only the platform admin is offered the page', async () => {
    const page = await stack.newPage();
    await logIn(page, 'district.taipei');
    assert.ok(!(await navItems(page)).includes('nav-api-keys'));
    await done(page);
  });

  test('the admin creates a DIRECTORY_READ key, copies its secret, the partner uses it, the admin revokes it', async () => {
    const page = await stack.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.base });
    await logIn(page, 'admin');
    assert.ok((await navItems(page)).includes('nav-api-keys'));
    await page.click('[data-testid=nav-api-keys]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '介接金鑰');

    // A field error beside the field: no scope chosen.
    await page.fill('#k-name', '縣府介接系統');
    await page.uncheck('[data-field=k-scopes] input[value=DIRECTORY_READ]');
    await page.click('[data-testid=create-key]');
    await page.waitForSelector('[data-testid=error-k-scopes]');

    await page.check('[data-field=k-scopes] input[value=DIRECTORY_READ]');
    await page.click('[data-testid=create-key]');
    const box = page.locator('[data-testid=api-key-secret-box]');
    await box.waitFor();
    assert.match(await box.textContent(), /只顯示這一次/);
    const shown = (await page.textContent('[data-testid=api-key-secret]')).trim();
    assert.match(shown, /^ik_/);
    await page.click('[data-testid=copy-secret]');
    await page.waitForFunction(() => document.querySelector('[data-testid=copy-secret]')?.textContent === '已複製');
    const secret = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(secret, shown);

    const row = page.locator('[data-testid=api-keys-table] tbody tr[data-key-name="縣府介接系統"]');
    await row.waitFor();
    assert.match(await row.locator('[data-col=scopes]').textContent(), /讀取學校名錄/);
    assert.match(await row.locator('[data-col=status]').textContent(), /使用中/);
    await shot(page, 'api-keys-created');

    const before = await meWithKey(secret);
    assert.equal(before.data?.me?.role, 'PARTNER', JSON.stringify(before));

    // Usage shows after a reload; the secret is gone for good.
    await page.reload();
    await row.waitFor();
    assert.equal(await page.locator('[data-testid=api-key-secret-box]').count(), 0);
    assert.ok(Number((await row.locator('[data-col=requests]').textContent()).replace(/\D/g, '')) >= 1);

    await row.locator('[data-testid=revoke-key]').click();
    const dialog = page.locator('[data-testid=revoke-dialog]');
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /縣府介接系統/);
    await page.click('[data-testid=revoke-confirm]');
    await page.waitForSelector('[data-testid=action-ok]');
    await page.waitForFunction(() =>
      /已撤銷/.test(document.querySelector('[data-testid=api-keys-table] tbody tr [data-col=status]')?.textContent ?? ''),
    );
    assert.equal(await row.locator('[data-testid=revoke-key]').count(), 0);

    const afterRevoke = await meWithKey(secret);
    assert.equal(afterRevoke.data?.me ?? null, null, JSON.stringify(afterRevoke));

    await page.click('[data-testid=lang-switch]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Partner keys');
    await done(page);
  });
});
