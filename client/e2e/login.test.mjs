// Login page: clear errors, the language switch, logout.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { done, logIn, shot, startStack } from './harness.mjs';

describe('login', () => {
  let stack;
  before(async () => {
    stack = await startStack();
  });
  after(async () => {
    await stack?.stop();
  });

  test('a wrong password says 帳號或密碼錯誤 and stays on the login page', async () => {
    const page = await stack.newPage();
    await page.goto('/');
    await page.waitForURL('**/login');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hant-TW');
    await page.fill('#username', 'chief.demo');
    await page.fill('#password', 'wrong-password');
    await page.click('button[type=submit]');
    const error = page.locator('[data-testid=login-error]');
    await error.waitFor();
    assert.equal((await error.textContent()).trim(), '帳號或密碼錯誤');
    assert.equal(await error.getAttribute('role'), 'alert');
    await shot(page, 'login-error');

    // The same for a user that does not exist; and in English after switching.
    await page.click('[data-testid=lang-switch]');
    await page.fill('#username', 'nobody.here');
    await page.fill('#password', 'demo1234');
    await page.click('button[type=submit]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=login-error]')?.textContent?.includes('Wrong username or password'),
    );
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await done(page);
  });

  test('the Traditional Chinese font comes with the app: a few unicode-range files from this server, nothing from elsewhere', async () => {
    const page = await stack.newPage();
    const fonts = [];
    const foreign = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== stack.base && url.protocol !== 'data:') foreign.push(r.url());
      if (/^noto-sans-tc-\d+-\d+-normal[-\w]*\.woff2?$/.test(url.pathname.split('/').pop() ?? '')) fonts.push(url.pathname);
    });
    await page.goto('/login');
    await page.locator('#username').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.waitForFunction(() => document.fonts.check('16px "Noto Sans TC"', '教師在職進修'));
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    assert.match(family, /^"?Noto Sans TC"?/);
    assert.ok(fonts.length > 0, 'no font file was loaded');
    // split by unicode-range: the login page needs a handful of the ~100 files per weight
    assert.ok(fonts.length < 40, `too many font files for one page: ${fonts.length}`);
    assert.deepEqual(foreign, []);
    await done(page);
  });

  test('opening /graphql in the browser shows a short page pointing to the explorer', async () => {
    const page = await stack.newPage();
    const res = await page.goto('/graphql');
    assert.equal(res.status(), 200);
    await page.getByRole('heading', { name: 'GraphQL API' }).waitFor();
    assert.ok(await page.locator('a[href="/explorer"]').first().isVisible());
    assert.doesNotMatch(await page.content(), /csrf/i);
    await done(page);
  });

  test('a token the server no longer knows sends the browser back to the login page', async () => {
    const page = await stack.newPage();
    await page.goto('/login');
    await page.evaluate(() => localStorage.setItem('inservice.token', 'not-a-valid-token'));
    await page.goto('/schools');
    await page.waitForURL('**/login');
    await page.waitForFunction(() => localStorage.getItem('inservice.token') === null);
    await done(page);
  });

  test('after five wrong passwords the login waits a growing delay, and the page says for how long', async () => {
    const page = await stack.newPage();
    for (let i = 0; i < 5; i++) {
      await page.goto('/login');
      await page.fill('#username', 'teacher.other');
      await page.fill('#password', `wrong-${i}`);
      await page.click('button[type=submit]');
      await page.locator('[data-testid=login-error]').waitFor();
    }
    // Even the right password waits while the delay runs (1 s after the fifth failure, then 2, 4 ...).
    await page.fill('#password', 'demo1234');
    await page.click('button[type=submit]');
    await page.waitForFunction(() => /請 \d+ 秒後再試/.test(document.querySelector('[data-testid=login-error]')?.textContent ?? ''));
    await page.click('[data-testid=lang-switch]');
    await page.waitForFunction(() => /try again in \d+ s/.test(document.querySelector('[data-testid=login-error]')?.textContent ?? ''));
    await shot(page, 'login-delayed');
    // No lock: after the delay the right password logs in.
    await page.waitForTimeout(2500);
    await page.click('button[type=submit]');
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    // the delayed attempts are answered 429 (RATE_LIMITED), which the browser itself logs
    await done(page, { expected: [/status of 429 \(Too Many Requests\)/] });
  });

  test('the login page links to the public lookup and the application', async () => {
    const page = await stack.newPage();
    await page.goto('/login');
    await page.click('[data-testid=link-apply]');
    await page.waitForURL('**/apply');
    await page.click('[data-testid=nav-directory]');
    await page.waitForURL('**/directory');
    await page.click('[data-testid=public-login]');
    await page.waitForURL('**/login');
    await done(page);
  });

  test('empty fields are caught before asking the server', async () => {
    const page = await stack.newPage();
    await page.goto('/login');
    await page.click('button[type=submit]');
    await page.locator('[data-testid=login-error]').waitFor();
    assert.match(await page.locator('[data-testid=login-error]').textContent(), /請輸入帳號與密碼/);
    await done(page);
  });

  test('the English switch changes the labels and is remembered; logout clears the session', async () => {
    const page = await stack.newPage();
    await logIn(page, 'chief.demo');
    assert.equal((await page.textContent('[data-testid=nav-school-teachers]')).trim(), '本校教師名單');
    assert.equal((await page.textContent('[data-testid=home-role]')).includes('總負責人'), true);

    await page.click('[data-testid=lang-switch]');
    await page.waitForFunction(() => document.querySelector('[data-testid=nav-school-teachers]')?.textContent === 'Our teachers');
    assert.equal((await page.textContent('[data-testid=nav-home]')).trim(), 'Home');
    assert.equal((await page.textContent('[data-testid=nav-business-accounts]')).trim(), 'Business accounts');
    assert.match(await page.textContent('[data-testid=home-role]'), /Chief/);
    assert.match(await page.textContent('[data-testid=home-county]'), /Taipei/);
    await shot(page, 'home-chief-en');

    // Enum labels in tables switch too.
    await page.click('[data-testid=nav-school-teachers]');
    await page.locator('[data-testid=teachers-table] tbody tr').first().waitFor();
    assert.match(await page.textContent('[data-testid=teachers-table] tbody'), /Homeroom teacher/);

    await page.reload();
    await page.waitForSelector('[data-testid=nav-school-teachers]');
    assert.equal((await page.textContent('[data-testid=nav-school-teachers]')).trim(), 'Our teachers');
    assert.equal(await page.evaluate(() => localStorage.getItem('inservice.lang')), 'en');

    assert.ok(await page.evaluate(() => localStorage.getItem('inservice.token')));
    await page.click('[data-testid=logout]');
    await page.waitForURL('**/login');
    assert.equal(await page.evaluate(() => localStorage.getItem('inservice.token')), null);
    // Back to a protected page: the login page again.
    await page.goto('/teachers');
    await page.waitForURL('**/login');
    await done(page);
  });
});
