// After a window closes (附件三 陸): the platform sets the calendar, the district reminds (催覆) the
// schools not done and reopens a school's plan, and the school can then submit and amend it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { done, logIn, navItems, shot, startStack } from './harness.mjs';

const DEMO_SCHOOL_CODE = '020001';
const SCHOOL_PLAN = `query($y: Int!) { me { school { id planning(schoolYear: $y) { window { open reopenedUntil } plan { status version times } } } } }`;
/** A Taiwan calendar day, YYYY-MM-DD. */
const taiwanDay = (ms) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

const checkbox = (page, field, value) => page.locator(`[data-testid=plan-form] fieldset[data-field=${field}] input[value=${value}]`);

describe('reopening a plan after its window', () => {
  let stack;
  let year;
  before(async () => {
    stack = await startStack();
    const r = await stack.graphql(null, '{ schoolYears { year serviceOpensAt serviceClosesAt } }');
    const now = Date.now();
    year = r.data.schoolYears.find((y) => now >= Date.parse(y.serviceOpensAt) && now <= Date.parse(y.serviceClosesAt));
  });
  after(async () => {
    await stack?.stop();
  });

  test('the platform closes group A’s school-plan window of the current year on 學年度設定', async () => {
    const page = await stack.newPage();
    await logIn(page, 'admin');
    assert.ok((await navItems(page)).includes('nav-school-years'));
    await page.click('[data-testid=nav-school-years]');
    const form = page.locator('[data-testid=year-form]');
    await form.waitFor();
    assert.equal(await page.inputValue('[data-testid=edit-year]'), String(year.year));
    assert.equal(await page.inputValue('#year'), String(year.year));
    // Every county has its group and wave; 臺北市 is in group A.
    assert.equal(await page.locator('[data-testid=counties-table] tbody tr').count(), 23);
    assert.equal(await page.locator('[data-testid=counties-table] tr[data-county=臺北市] select').first().inputValue(), 'A');

    const serviceOpens = taiwanDay(Date.parse(year.serviceOpensAt));
    const yesterday = taiwanDay(Date.now() - 86400_000);
    const opens = [taiwanDay(Date.now() - 10 * 86400_000), serviceOpens].sort()[1];
    const row = page.locator('[data-testid=windows-table] tr[data-window="SCHOOL_PLAN:A"]');
    // A window closing before it opens is caught beside the field.
    await row.locator('input[type=date]').nth(0).fill(opens);
    await row
      .locator('input[type=date]')
      .nth(1)
      .fill(taiwanDay(Date.parse(`${opens}T00:00:00Z`) - 86400_000));
    await page.click('[data-testid=save-year]');
    await page.locator('[data-testid=windows-table] .field-error').first().waitFor();
    await row.locator('input[type=date]').nth(1).fill(yesterday);
    await shot(page, 'school-years-edit');
    await page.click('[data-testid=save-year]');
    await page.waitForFunction(() => /已儲存/.test(document.querySelector('[data-testid=year-message]')?.textContent ?? ''));

    const r = await stack.graphql(null, '{ schoolYears { year windows { planKind groupKey opensOn closesOn } } }');
    const w = r.data.schoolYears.find((y) => y.year === year.year).windows.find((x) => x.planKind === 'SCHOOL_PLAN' && x.groupKey === 'A');
    assert.deepEqual([w.opensOn, w.closesOn], [opens, yesterday]);
    await done(page);
  });

  test('chief.demo: the window has closed; a draft is saved but not submitted', async () => {
    const page = await stack.newPage();
    await logIn(page, 'chief.demo');
    await page.click('[data-testid=nav-school-plan]');
    await page.locator('[data-testid=plan-form]').waitFor();
    assert.equal(await page.getAttribute('[data-testid=window-card]', 'data-phase'), 'closed');
    assert.match(await page.textContent('[data-testid=window-closed]'), /截止.*區管中心重新開放/s);
    assert.equal(await page.isDisabled('[data-testid=submit-plan]'), true);
    // (一) school data and (二) the teacher count come from the school.
    assert.match(await page.textContent('[data-testid=plan-stages]'), /國小/);
    assert.match(await page.textContent('[data-testid=plan-teacher-count]'), /\d+ 位/);

    await checkbox(page, 'modes', 'NON_CREDIT').check();
    await checkbox(page, 'times', 'WEEKDAY_DAYTIME').check();
    await checkbox(page, 'places', 'OWN_SCHOOL').check();
    await checkbox(page, 'levels', 'BASIC').check();
    await checkbox(page, 'methods', 'LESSON_OBSERVATION').check();
    await page.check('[data-testid=domain-CLASS_MANAGEMENT_COUNSELLING]');
    await page.fill('#domain-CLASS_MANAGEMENT_COUNSELLING-themes', '正向管教');
    await page.fill('#domain-CLASS_MANAGEMENT_COUNSELLING-hours', '24');
    await page.click('[data-testid=save-plan]');
    await page.waitForFunction(() => /草稿已儲存/.test(document.querySelector('[data-testid=plan-message]')?.textContent ?? ''));
    assert.equal(await page.isDisabled('[data-testid=submit-plan]'), true);
    await shot(page, 'school-plan-closed-draft');
    await done(page);
  });

  test('district.taipei reminds the schools not done and downloads the reminders', async () => {
    const page = await stack.newPage();
    await logIn(page, 'district.taipei');
    await page.click('[data-testid=nav-progress]');
    await page.locator('[data-testid=progress-table]').waitFor();
    assert.deepEqual(await page.$$eval('[data-testid=progress-table] tbody tr', (rs) => rs.map((r) => r.getAttribute('data-county'))), [
      '臺北市',
    ]);
    await page.locator(`[data-testid=pending-schools] tr[data-school="${DEMO_SCHOOL_CODE}"]`).waitFor();
    assert.match(await page.textContent(`tr[data-school="${DEMO_SCHOOL_CODE}"] [data-col=schoolPlan]`), /未送出/);

    await page.click('[data-testid=remind]');
    await page.locator('[data-testid=remind-dialog]').waitFor();
    await page.click('[data-testid=remind-confirm]');
    await page.waitForFunction(() => /已催覆 \d+ 所學校/.test(document.querySelector('[data-testid=progress-message]')?.textContent ?? ''));
    await page.locator('[data-testid=reminders-table] tbody tr').first().waitFor();
    assert.match(await page.textContent('[data-testid=reminders-table]'), /臺北市立大安國民小學/);
    await shot(page, 'progress-district-reminded');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=reminders-csv]')]);
    const bytes = fs.readFileSync(await csv.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    assert.match(text.split(/\r?\n/)[0], /催覆時間/);
    assert.match(text, new RegExp(DEMO_SCHOOL_CODE));
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=reminders-xlsx]')]);
    assert.equal(
      fs
        .readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString('latin1'),
      'PK',
    );
    await done(page);
  });

  test('district.taipei reopens the school plan; chief.demo submits and amends it', async () => {
    const page = await stack.newPage();
    await logIn(page, 'district.taipei');
    await page.click('[data-testid=nav-progress]');
    const row = page.locator(`[data-testid=pending-schools] tr[data-school="${DEMO_SCHOOL_CODE}"]`);
    await row.waitFor();
    await row.locator('[data-testid=reopen-school]').click();
    const dialog = page.locator('[data-testid=reopen-dialog]');
    await dialog.locator('#reopen-until').waitFor();
    await dialog.locator('[data-testid=reopen-state]').waitFor();
    assert.match(await dialog.locator('[data-testid=reopen-state]').textContent(), /草稿/);
    // A time in the past is refused before asking the server.
    await dialog.locator('#reopen-until').fill(`${taiwanDay(Date.now() - 86400_000)}T12:00`);
    await dialog.locator('[data-testid=reopen-confirm]').click();
    await dialog.locator('[data-testid=error-reopen-until]').waitFor();
    const until = `${taiwanDay(Date.now() + 3 * 86400_000)}T18:00`;
    await dialog.locator('#reopen-until').fill(until);
    await shot(page, 'reopen-dialog');
    await dialog.locator('[data-testid=reopen-confirm]').click();
    await page.waitForFunction(() => /已重新開放/.test(document.querySelector('[data-testid=progress-message]')?.textContent ?? ''));
    assert.match(await page.textContent('[data-testid=progress-message]'), new RegExp(`${until.slice(0, 10).replaceAll('-', '/')} 18:00`));

    // The district may also reopen one teacher's plan from the school's pending list.
    await row.locator('[data-testid=show-pending-teachers]').click();
    const teachers = page.locator('[data-testid=pending-teacher-list] li');
    await teachers.first().waitFor();
    const teacherDemo = (await stack.graphql(await stack.apiToken('teacher.demo'), '{ me { teacher { id name } } }')).data.me.teacher;
    const item = page.locator(`[data-testid=pending-teacher-list] li[data-teacher="${teacherDemo.id}"]`);
    await item.locator('[data-testid=reopen-teacher]').click();
    await dialog.locator('#reopen-until').fill(until);
    await dialog.locator('[data-testid=reopen-confirm]').click();
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid=progress-message]')?.textContent.includes(name),
      teacherDemo.name,
    );
    const teacherWindow = (
      await stack.graphql(
        await stack.apiToken('teacher.demo'),
        'query($y: Int!) { myTeacherPlanning(schoolYear: $y) { window { reopenedUntil } } }',
        { y: year.year },
      )
    ).data.myTeacherPlanning.window;
    assert.ok(teacherWindow.reopenedUntil, 'the teacher plan is reopened');
    await shot(page, 'progress-district-reopened');
    await done(page);

    // chief.demo: reopened until that time; the plan is submitted, then amended.
    const chief = await stack.newPage();
    await logIn(chief, 'chief.demo');
    await chief.click('[data-testid=nav-school-plan]');
    await chief.locator('[data-testid=reopened-note]').waitFor();
    assert.equal(await chief.getAttribute('[data-testid=window-card]', 'data-phase'), 'reopened');
    assert.match(await chief.textContent('[data-testid=reopened-note]'), new RegExp(`${until.slice(0, 10).replaceAll('-', '/')} 18:00`));
    assert.equal(await chief.isDisabled('[data-testid=submit-plan]'), false);
    await shot(chief, 'school-plan-reopened');
    // The new deadline is in the card, beside the window it replaces.
    assert.match(await chief.textContent('[data-testid=reopened-until]'), new RegExp(`${until.slice(0, 10).replaceAll('-', '/')} 18:00`));
    assert.match(await chief.textContent('[data-testid=window-dates]'), /原填寫期間/);
    await chief.locator('[data-testid=time-left]').waitFor();
    await chief.click('[data-testid=submit-plan]');
    // What will be submitted, in words: the total students and the draft saved after the window closed.
    const confirm = chief.locator('[data-testid=submit-dialog]');
    await confirm.waitFor();
    assert.match(await confirm.locator('[data-testid=submit-students]').textContent(), /學生總數/);
    const summary = await confirm.locator('[data-testid=submit-summary]').textContent();
    for (const words of ['非學分班-研習時數', '正向管教', '24']) assert.ok(summary.includes(words), `${words} in: ${summary}`);
    await shot(chief, 'school-plan-confirm');
    await confirm.locator('[data-testid=submit-confirm]').click();
    await chief.waitForFunction(() => /規劃已送出/.test(document.querySelector('[data-testid=plan-message]')?.textContent ?? ''));
    await chief.locator('[data-testid=survey-offer] [data-testid=survey-form]').waitFor();

    await checkbox(chief, 'times', 'SATURDAY').check();
    await chief.click('[data-testid=save-plan]');
    await chief.waitForFunction(() => /已送出的規劃已修改/.test(document.querySelector('[data-testid=plan-message]')?.textContent ?? ''));
    const token = await chief.evaluate(() => localStorage.getItem('inservice.token'));
    const planning = (await stack.graphql(token, SCHOOL_PLAN, { y: year.year })).data.me.school.planning;
    assert.equal(planning.plan.status, 'SUBMITTED');
    assert.deepEqual([...planning.plan.times].sort(), ['SATURDAY', 'WEEKDAY_DAYTIME']);
    assert.ok(planning.window.reopenedUntil);
    await done(chief);
  });
});
