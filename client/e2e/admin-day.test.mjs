// The administrators' day (issue 13): the account page searches and filters on the server and keeps
// its actions in view at every width; each role's navigation offers its own; the forgotten password
// runs from the login page to a new password; the audit trail speaks in words and Taiwan time.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { accountRow, done, logIn, navItems, shot, startStack } from './harness.mjs';

/** The text of a plain-text .eml (its body base64 or quoted-printable, as nodemailer chose). */
function mailText(eml) {
  const [head, ...rest] = eml.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

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
    assert.equal(await page.locator('[data-testid=teacher-search]').count(), 0, 'no search for a list of one');
    assert.equal(await page.locator('main a[href="/schools"]').count(), 0, 'no way back to a school list it does not have');
    assert.equal(
      await page.locator('main a[href*="/exports/"], main button[data-format], [data-testid^=download]').count(),
      0,
      'no downloads',
    );
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
    // the menu closes after choosing (React renders just after the address changes: wait for it, then assert)
    await small
      .locator('[data-testid=nav-audit]')
      .waitFor({ state: 'hidden', timeout: 5000 })
      .catch(() => undefined);
    assert.equal(await small.locator('[data-testid=nav-audit]').isVisible(), false, 'the menu closes after choosing');
    assert.match(await small.textContent('[data-testid=nav-toggle]'), /操作紀錄/);
    await context.close();
  });

  test('忘記密碼: from the login page, the same answer for any entry; the mailed link sets a new password (errors by reason), then to login', async () => {
    const page = await stack.newPage();
    await page.goto('/login');
    await page.click('[data-testid=link-forgot-password]');
    await page.waitForURL('**/forgot-password');
    // nothing entered: the field says so
    await page.click('[data-testid=forgot-form] button[type=submit]');
    await page.locator('#login-error').waitFor();
    // an unknown login gets the same words as a known one
    await page.fill('#login', 'nobody.here');
    await page.click('[data-testid=forgot-form] button[type=submit]');
    const unknown = (await page.locator('[data-testid=reset-requested]').textContent()).trim();
    await shot(page, 'forgot-password');
    await page.goto('/forgot-password');
    await page.fill('#login', 'teacher.demo');
    await page.click('[data-testid=forgot-form] button[type=submit]');
    assert.equal((await page.locator('[data-testid=reset-requested]').textContent()).trim(), unknown);

    // the mail (an .eml under DATA_DIR/mail without SMTP_URL): quoted-printable, the link's token in it
    const mailDir = path.join(stack.dataDir, 'mail');
    let token = null;
    for (let i = 0; i < 120 && !token; i++) {
      for (const file of fs.existsSync(mailDir) ? fs.readdirSync(mailDir) : []) {
        const text = mailText(fs.readFileSync(path.join(mailDir, file), 'utf8'));
        if (!/teacher\.demo/.test(text)) continue;
        token = /reset-password#token=([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? null;
      }
      if (!token) await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(token, 'a reset mail for teacher.demo with its link');

    await page.goto(`/reset-password#token=${token}`);
    // the two entries differ: said at the second field, nothing sent
    await page.fill('#newPassword', 'brandnew123');
    await page.fill('#newPassword2', 'brandnew124');
    await page.click('[data-testid=reset-form] button[type=submit]');
    assert.match(await page.locator('#newPassword2-error').textContent(), /不一致/);
    // too weak: the server's reason (PASSWORD_TOO_WEAK) at the field
    await page.fill('#newPassword', 'short');
    await page.fill('#newPassword2', 'short');
    await page.click('[data-testid=reset-form] button[type=submit]');
    assert.match(await page.locator('#newPassword-error').textContent(), /至少 8 碼/);
    await shot(page, 'reset-password-weak');
    await page.fill('#newPassword', 'brandnew123');
    await page.fill('#newPassword2', 'brandnew123');
    await page.click('[data-testid=reset-form] button[type=submit]');
    await page.waitForURL('**/login');
    await page.locator('[data-testid=password-reset-done]').waitFor();
    await page.fill('#username', 'teacher.demo');
    await page.fill('#password', 'brandnew123');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=who]');
    await done(page);

    // the link works once: opened again, it says so by its reason and offers a new one
    const again = await stack.newPage();
    await again.goto(`/reset-password#token=${token}`);
    await again.fill('#newPassword', 'another123');
    await again.fill('#newPassword2', 'another123');
    await again.click('[data-testid=reset-form] button[type=submit]');
    assert.match(await again.locator('[data-testid=reset-error]').textContent(), /無效、已使用或已過期/);
    await shot(again, 'reset-password-used');
    await done(again);
  });

  test('操作紀錄 after plan saves, account changes and key creation: no code names, no raw values, no UTC times', async () => {
    // the actions, through the API: a school plan saved and submitted, permissions narrowed, an account
    // suspended and activated again, a partner key created and rotated
    const chief = await stack.apiToken('chief.demo');
    const admin = await stack.apiToken('admin');
    const years = (await stack.graphql(null, '{ schoolYears { year serviceOpensAt serviceClosesAt } }')).data.schoolYears;
    const year = years.find((y) => Date.now() >= Date.parse(y.serviceOpensAt) && Date.now() <= Date.parse(y.serviceClosesAt)).year;
    const schoolId = (await stack.graphql(chief, '{ me { school { id } } }')).data.me.school.id;
    const plan = {
      schoolId,
      schoolYear: year,
      version: 0,
      totalStudents: 420,
      modes: ['NON_CREDIT'],
      times: ['WEEKDAY_EVENING'],
      places: ['OWN_SCHOOL'],
      levels: ['BASIC'],
      methods: ['WORKSHOP'],
      domains: [{ domain: 'CURRICULUM_TEACHING_ASSESSMENT', themes: '', hours: 18 }],
    };
    const saved = await stack.graphql(chief, 'mutation($i: SchoolPlanInput!) { saveSchoolPlan(input: $i) { version } }', { i: plan });
    assert.equal(saved.errors, undefined, JSON.stringify(saved.errors));
    const again = await stack.graphql(chief, 'mutation($i: SchoolPlanInput!) { saveSchoolPlan(input: $i) { version } }', {
      i: { ...plan, version: saved.data.saveSchoolPlan.version, times: ['WEEKDAY_EVENING', 'SUMMER_VACATION'] },
    });
    assert.equal(again.errors, undefined, JSON.stringify(again.errors));
    const submitted = await stack.graphql(
      chief,
      'mutation($s: ID!, $y: Int!, $v: Int) { submitSchoolPlan(schoolId: $s, schoolYear: $y, version: $v) { status } }',
      {
        s: schoolId,
        y: year,
        v: again.data.saveSchoolPlan.version,
      },
    );
    assert.equal(submitted.errors, undefined, JSON.stringify(submitted.errors));

    const op = (await stack.graphql(chief, '{ businessAccounts(first: 5, search: "operator.demo") { edges { node { id version } } } }'))
      .data.businessAccounts.edges[0].node;
    const narrowed = await stack.graphql(
      chief,
      'mutation($id: ID!, $v: Int) { setBusinessAccountPermissions(id: $id, permissions: [COURSE_REGISTRATION], version: $v) { version } }',
      { id: op.id, v: op.version },
    );
    assert.equal(narrowed.errors, undefined, JSON.stringify(narrowed.errors));
    const suspended = await stack.graphql(
      chief,
      'mutation($id: ID!, $v: Int) { suspendBusinessAccount(id: $id, version: $v) { version } }',
      { id: op.id, v: narrowed.data.setBusinessAccountPermissions.version },
    );
    assert.equal(suspended.errors, undefined, JSON.stringify(suspended.errors));
    const active = await stack.graphql(chief, 'mutation($id: ID!, $v: Int) { activateBusinessAccount(id: $id, version: $v) { version } }', {
      id: op.id,
      v: suspended.data.suspendBusinessAccount.version,
    });
    assert.equal(active.errors, undefined, JSON.stringify(active.errors));

    const key = await stack.graphql(
      admin,
      'mutation { createApiKey(input: { name: "研究夥伴", scopes: [STATISTICS_READ], pointsPerSecond: 50 }) { key { id } } }',
    );
    assert.equal(key.errors, undefined, JSON.stringify(key.errors));
    const rotated = await stack.graphql(admin, 'mutation($id: ID!) { rotateApiKey(id: $id) { key { id } } }', {
      id: key.data.createApiKey.key.id,
    });
    assert.equal(rotated.errors, undefined, JSON.stringify(rotated.errors));

    const page = await stack.newPage();
    await logIn(page, 'admin');
    // today's events (Taiwan time), the platform's view
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await page.goto(`/audit?from=${today}T00:00`);
    await page.locator('[data-testid=audit-table] tbody tr').first().waitFor();
    const ops = await page.$$eval('[data-testid=audit-table] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-operation')));
    for (const want of [
      'saveSchoolPlan',
      'submitSchoolPlan',
      'setBusinessAccountPermissions',
      'suspendBusinessAccount',
      'activateBusinessAccount',
      'createApiKey',
      'rotateApiKey',
    ]) {
      assert.ok(ops.includes(want), `${want} among ${ops}`);
    }
    await shot(page, 'audit-words');
    const text = await page.textContent('[data-testid=audit-table]');
    // code names (saveSchoolPlan, pointsPerSecond), raw enum values (DRAFT, CURRICULUM_TEACHING_ASSESSMENT:18, STATISTICS_READ), UTC instants
    assert.doesNotMatch(text, /\b[a-z]+[A-Z][A-Za-z]*\b/, 'no camelCase code names');
    assert.doesNotMatch(text, /\b[A-Z][A-Z_]{3,}\b/, 'no raw enum values');
    assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\d:\d{2}(:\d{2})?(\.\d+)?Z\b/, 'no UTC timestamps');
    assert.doesNotMatch(text, /\byes\b|\bno\b|\(hidden\)/, 'no English values on the Chinese page');
    // what it says instead
    const keyRow = page.locator('[data-testid=audit-table] tbody tr[data-operation=createApiKey]');
    assert.match(await keyRow.textContent(), /金鑰名稱/);
    assert.doesNotMatch(await keyRow.textContent(), /姓名/);
    assert.match(await keyRow.textContent(), /每秒 50 點/);
    const planRow = page.locator('[data-testid=audit-table] tbody tr[data-operation=submitSchoolPlan]');
    assert.match(await planRow.textContent(), /草稿.*已送出|已送出/);
    assert.match(await page.locator('[data-testid=audit-table] tbody tr[data-operation=saveSchoolPlan]').first().textContent(), /小時/);
    await done(page);
  });
});
