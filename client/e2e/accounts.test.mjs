// Business accounts: applying (public), activation by the right manager, who may manage what,
// the last-CHIEF rule, a password reset with the forced change, and the audit trail.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { accountRow, done, logIn, nationalId, navItems, shot, startStack } from './harness.mjs';

const DEMO_SCHOOL = '臺北市立大安國民小學';

async function logOut(page) {
  await page.click('[data-testid=logout]');
  await page.waitForURL('**/login');
}

describe('business accounts', () => {
  let stack;
  before(async () => {
    stack = await startStack();
  });
  after(async () => {
    await stack?.stop();
  });

  test('a new CONTACT applies on the public page, chief.demo activates it, and it logs in', async () => {
    const page = await stack.newPage();
    await page.goto('/login');
    await page.click('[data-testid=link-apply]');
    await page.waitForURL('**/apply');
    // the page renders after the route changes: wait for its heading rather than read the old one
    await page.locator('h1', { hasText: '申請業務帳號' }).waitFor();

    // Find and pick the unit.
    await page.fill('#u-search', '大安');
    await page.getByRole('button', { name: '搜尋單位' }).click();
    await page.locator('[data-testid=unit-choices]').waitFor();
    await page.locator('label.unit-choice', { hasText: DEMO_SCHOOL }).first().click();
    assert.match(await page.textContent('[data-testid=picked-unit]'), new RegExp(DEMO_SCHOOL));
    // A school offers all three roles.
    assert.deepEqual(await page.$$eval('#role option', (os) => os.map((o) => o.value).filter(Boolean)), ['CHIEF', 'CONTACT', 'OPERATOR']);
    await page.selectOption('#role', 'CONTACT');

    // A wrong national ID is caught beside its field.
    await page.fill('#name', '林新聯');
    await page.fill('#nationalId', 'Y123456789');
    await page.fill('#username', 'chief.demo'); // taken: the server says so
    await page.fill('#password', 'newpass123');
    await page.fill('#password2', 'newpass123');
    await page.fill('#phone', '02-2345-6789');
    await page.fill('#email', 'lin.contact@example.tw');
    await page.click('[data-testid=apply-form] button[type=submit]');
    await page.locator('[data-testid=error-nationalId]').waitFor();
    assert.match(await page.textContent('[data-testid=error-nationalId]'), /身分證字號/);
    assert.equal(await page.getAttribute('#nationalId', 'aria-invalid'), 'true');

    // A taken username: the server's CONFLICT, in Chinese.
    const id = nationalId('Y', 9000001);
    await page.fill('#nationalId', id);
    await page.click('[data-testid=apply-form] button[type=submit]');
    await page.waitForFunction(() => /帳號名稱已被使用/.test(document.querySelector('[data-testid=apply-error]')?.textContent ?? ''));
    await shot(page, 'apply-error');

    await page.fill('#username', 'lin.contact');
    await page.click('[data-testid=apply-form] button[type=submit]');
    await page.locator('[data-testid=apply-done]').waitFor();
    const doneText = await page.textContent('[data-testid=apply-done]');
    assert.match(doneText, /待啟用/);
    assert.match(doneText, /總負責人啟用/);
    await shot(page, 'apply-done');

    // Not active yet: login says so.
    await page.goto('/login');
    await page.fill('#username', 'lin.contact');
    await page.fill('#password', 'newpass123');
    await page.click('button[type=submit]');
    await page.locator('[data-testid=login-error]').waitFor();
    assert.match(await page.textContent('[data-testid=login-error]'), /尚未啟用/);

    // chief.demo activates it.
    await logIn(page, 'chief.demo');
    await page.click('[data-testid=nav-business-accounts]');
    const row = accountRow(page, 'lin.contact');
    await row.waitFor();
    assert.match(await row.locator('[data-col=status]').textContent(), /待啟用/);
    assert.match(await row.locator('[data-col=role]').textContent(), /連絡人/);
    await shot(page, 'accounts-chief-pending');
    await row.locator('[data-testid=activate]').click();
    await page.locator('[data-testid=action-ok]').waitFor();
    await page.waitForFunction(
      () =>
        /啟用/.test(
          document.querySelector('[data-testid=accounts-table] tr[data-username="lin.contact"] [data-col=status]')?.textContent ?? '',
        ) &&
        !/待啟用/.test(
          document.querySelector('[data-testid=accounts-table] tr[data-username="lin.contact"] [data-col=status]')?.textContent ?? '',
        ),
    );
    // The CHIEF manages its school's CONTACTs and OPERATORs, not its own CHIEF account.
    assert.equal(await accountRow(page, 'chief.demo').locator('[data-testid=manage]').count(), 0);
    await shot(page, 'accounts-chief-activated');
    await logOut(page);

    // The new CONTACT logs in and sees its home page.
    await logIn(page, 'lin.contact', 'newpass123');
    assert.match(await page.textContent('[data-testid=home-role]'), /連絡人/);
    assert.match(await page.textContent('[data-testid=home-unit]'), new RegExp(DEMO_SCHOOL));
    await page.locator('[data-testid=my-account]').waitFor();
    assert.ok((await page.textContent('[data-testid=my-account] [data-testid=my-national-id] dd')).includes(id));
    await shot(page, 'home-new-contact');
    await done(page);
  });

  test('operator.demo has no account management: no navigation entry, no access by address', async () => {
    const page = await stack.newPage();
    await logIn(page, 'operator.demo');
    const nav = await navItems(page);
    assert.ok(!nav.includes('nav-business-accounts'), `nav: ${nav}`);
    assert.ok(!nav.includes('nav-audit'), `nav: ${nav}`);
    await page.goto('/business-accounts');
    await page.locator('[data-testid=no-access]').waitFor();
    assert.equal(await page.locator('[data-testid=accounts-table]').count(), 0);
    await shot(page, 'accounts-operator-no-access');
    await page.goto('/audit');
    await page.locator('[data-testid=no-access]').waitFor();
    await done(page);
  });

  test('chief.demo narrows permissions within the role and resets a password; the holder must change it', async () => {
    const page = await stack.newPage();
    await logIn(page, 'chief.demo');
    await page.click('[data-testid=nav-business-accounts]');
    const row = accountRow(page, 'operator.demo');
    await row.waitFor();
    await row.locator('[data-testid=manage]').click();
    const dialog = page.locator('[data-testid=manage-dialog]');
    await dialog.waitFor();
    // Only the OPERATOR defaults can be ticked.
    const boxes = dialog.locator('[data-testid=permissions] input[type=checkbox]');
    assert.equal(await boxes.count(), 5);
    const enabled = await dialog
      .locator('[data-testid=permissions] input[type=checkbox]:not([disabled])')
      .evaluateAll((xs) => xs.map((x) => x.value));
    assert.deepEqual(enabled.sort(), ['COURSE_MANAGEMENT', 'COURSE_REGISTRATION', 'STATISTICS']);
    await dialog.locator('input[value=STATISTICS]').uncheck();
    await shot(page, 'accounts-manage-dialog');
    await dialog.locator('[data-testid=save-permissions]').click();
    await page.locator('[data-testid=action-ok]').waitFor();
    await page.waitForFunction(() =>
      /2/.test(
        document.querySelector('[data-testid=accounts-table] tr[data-username="operator.demo"] [data-col=permissions] summary')
          ?.textContent ?? '',
      ),
    );

    // Reset the password: shown once.
    await row.locator('[data-testid=manage]').click();
    await page.locator('[data-testid=manage-dialog] [data-testid=reset-password]').click();
    await page.locator('[data-testid=confirm-reset-yes]').click();
    const temp = page.locator('[data-testid=temporary-password]');
    await temp.waitFor();
    const password = (await temp.locator('[data-testid=temp-password]').textContent()).trim();
    assert.equal((await temp.locator('[data-testid=temp-username]').textContent()).trim(), 'operator.demo');
    assert.match(password, /^[a-z2-9]{12}$/);
    await shot(page, 'accounts-temporary-password');
    await temp.locator('[data-testid=dialog-close]').click();
    await logOut(page);

    // The holder logs in with it and is sent to change it before anything else.
    await page.fill('#username', 'operator.demo');
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.waitForURL('**/change-password');
    await page.locator('[data-testid=must-change-password]').waitFor();
    assert.deepEqual(await navItems(page), ['nav-change-password']);
    await shot(page, 'change-password-forced');
    await page.fill('#currentPassword', 'wrong-one1');
    await page.fill('#newPassword', 'operator2026');
    await page.fill('#newPassword2', 'operator2026');
    await page.click('[data-testid=password-form] button[type=submit]');
    await page.locator('[data-testid=error-currentPassword]').waitFor();
    assert.match(await page.textContent('[data-testid=error-currentPassword]'), /目前密碼錯誤/);
    await page.fill('#currentPassword', password);
    await page.click('[data-testid=password-form] button[type=submit]');
    await page.waitForURL((u) => u.pathname === '/');
    await page.locator('[data-testid=my-account]').waitFor();
    assert.ok((await navItems(page)).includes('nav-home'));
    await done(page);
  });

  test('district.taipei: CHIEFs by default; suspending the last CHIEF asks for a replacement', async () => {
    const page = await stack.newPage();
    await logIn(page, 'district.taipei');
    await page.click('[data-testid=nav-business-accounts]');
    await page.locator('[data-testid=accounts-table] tbody tr').first().waitFor();
    assert.equal(await page.inputValue('#f-role'), 'CHIEF');
    const roles = await page.$$eval('[data-testid=accounts-table] tbody [data-col=role]', (tds) => tds.map((td) => td.textContent.trim()));
    assert.ok(roles.length > 0 && roles.every((r) => r === '總負責人'), `roles: ${roles}`);
    await shot(page, 'accounts-district');

    const chief = accountRow(page, 'chief.demo');
    await chief.locator('[data-testid=suspend]').click();
    const dialog = page.locator('[data-testid=replacement-dialog]');
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /總負責人/);
    await dialog.locator('label.unit-choice', { hasText: '連絡人' }).first().waitFor();
    await shot(page, 'accounts-replacement');
    // Pick the demo CONTACT (contact.demo) to become CHIEF.
    await dialog.locator('label.unit-choice', { hasText: 'contact.demo' }).click();
    await dialog.locator('[data-testid=replacement-yes]').click();
    await page.locator('[data-testid=action-ok]').waitFor();
    await page.waitForFunction(() =>
      /停用/.test(
        document.querySelector('[data-testid=accounts-table] tr[data-username="chief.demo"] [data-col=status]')?.textContent ?? '',
      ),
    );
    await accountRow(page, 'contact.demo').waitFor();
    assert.match(await accountRow(page, 'contact.demo').locator('[data-col=role]').textContent(), /總負責人/);

    // The audit trail shows both changes, before -> after.
    await page.click('[data-testid=nav-audit]');
    await page.locator('[data-testid=audit-table] tbody tr').first().waitFor();
    await page.fill('#a-actor', 'district.taipei');
    await page.getByRole('button', { name: '查詢' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=audit-table] tbody tr').length === 2);
    const ops = await page.$$eval('[data-testid=audit-table] tbody [data-col=operation]', (tds) => tds.map((td) => td.textContent.trim()));
    assert.deepEqual(ops, ['停用業務帳號', '指定接任總負責人']);
    const changes = await page.textContent('[data-testid=audit-table] tbody');
    assert.match(changes, /狀態: 啟用\s*→\s*變更為\s*停用|狀態: 啟用 → 停用/);
    await shot(page, 'audit-district');
    await done(page);
  });

  test("chief.demo sees its unit's audit trail, including the application and activation", async () => {
    const page = await stack.newPage();
    // After the previous test chief.demo is suspended; contact.demo is the school's CHIEF now.
    await logIn(page, 'contact.demo');
    assert.ok((await navItems(page)).includes('nav-audit'));
    await page.click('[data-testid=nav-audit]');
    await page.locator('[data-testid=audit-table] tbody tr').first().waitFor();
    const ops = await page.$$eval('[data-testid=audit-table] tbody [data-col=operation]', (tds) => tds.map((td) => td.textContent.trim()));
    for (const op of ['申請業務帳號', '啟用業務帳號', '設定功能權限', '重設密碼']) assert.ok(ops.includes(op), `${op} in ${ops}`);
    // Operation, actor kind and target type in words (their zh labels), never the API's code names.
    assert.equal(
      await page.textContent('[data-testid=audit-table] tbody tr[data-operation=resetPassword] [data-col=operation]'),
      '重設密碼',
    );
    for (const col of ['operation', 'actor', 'target']) {
      const cells = await page.$$eval(`[data-testid=audit-table] tbody [data-col=${col}]`, (tds) => tds.map((td) => td.textContent));
      for (const c of cells)
        assert.doesNotMatch(c, /\b(?:[a-z]+[A-Z]\w*|BusinessAccount|Teacher|BUSINESS|STAFF|ANONYMOUS)\b/, `${col}: ${c}`);
    }
    const application = page.locator('[data-testid=audit-table] tbody tr[data-operation=applyForBusinessAccount]').first();
    assert.match(await application.locator('[data-col=actor]').textContent(), /申請人（未登入）/);
    assert.match(await application.locator('[data-col=target]').textContent(), /業務帳號/);
    // Personal data is masked in the trail.
    const text = await page.textContent('[data-testid=audit-table] tbody');
    assert.ok(!text.includes(nationalId('Y', 9000001)), 'the full national ID is never shown');
    await shot(page, 'audit-chief');

    // In English the operations and enum values switch too.
    await page.click('[data-testid=lang-switch]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Audit trail');
    assert.match(await page.textContent('[data-testid=audit-table] tbody'), /Activated a business account/);
    await done(page);
  });
});
