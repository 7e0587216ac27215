// Teacher profiles (附件一): the teacher updates and confirms its own; the school sees it, corrects
// one or many, marks its review done, downloads the list, adds and moves teachers in.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { done, logIn, nationalId, navItems, shot, startStack } from './harness.mjs';

const MASKED = /^[A-Z]\d{2}\*{4}\d{3}$/;
const FULL_ID = /[A-Z][1289]\d{8}/;
const SUBJECT_ZH = { ARTS: '藝術', TECHNOLOGY: '科技', ENGLISH: '英語文', SCIENCE: '自然科學', MATHEMATICS: '數學' };

/** Pages forwards until the teacher's row is on the page. */
async function findTeacherRow(page, teacherId) {
  const row = page.locator(`[data-testid=teachers-table] tbody tr[data-teacher="${teacherId}"]`);
  await page.locator('[data-testid=teachers-table] tbody tr').first().waitFor();
  for (let i = 0; i < 10 && (await row.count()) === 0; i++) {
    const first = await page.textContent('[data-testid=teachers-table] tbody tr th');
    await page.getByRole('button', { name: '下一頁' }).click();
    await page.waitForFunction((f) => document.querySelector('[data-testid=teachers-table] tbody tr th')?.textContent !== f, first);
  }
  return row;
}

describe('teacher profiles and the school review', () => {
  let stack;
  let me;
  let added;
  before(async () => {
    stack = await startStack();
    const token = await stack.apiToken('teacher.demo');
    const r = await stack.graphql(token, '{ me { teacher { id name subjects school { id } } } }');
    me = r.data.me.teacher;
  });
  after(async () => {
    await stack?.stop();
  });

  test('teacher.demo changes its subjects and confirms its profile for the semester', async () => {
    const page = await stack.newPage();
    await logIn(page, 'teacher.demo');
    const nav = await navItems(page);
    assert.ok(nav.includes('nav-profile'), `nav: ${nav}`);
    assert.ok(!nav.includes('nav-audit') && !nav.includes('nav-business-accounts'), `nav: ${nav}`);
    await page.click('[data-testid=nav-profile]');
    const form = page.locator('[data-testid=profile-form]');
    await form.waitFor();
    assert.match(await page.textContent('[data-testid=confirmation-status]'), /尚未確認/);
    // The boxes ticked are the teacher's subjects (the choices come with their own query).
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=profile-form] fieldset[data-field=subjects] input:checked').length === n,
      me.subjects.length,
    );
    const ticked = await form.locator('fieldset[data-field=subjects] input:checked').evaluateAll((xs) => xs.map((x) => x.value));
    assert.deepEqual(ticked.sort(), [...me.subjects].sort());

    added = Object.keys(SUBJECT_ZH).find((s) => !me.subjects.includes(s));
    await form.locator(`fieldset[data-field=subjects] input[value=${added}]`).check();
    // Confirming waits for the change to be saved.
    assert.equal(await page.isDisabled('[data-testid=confirm-profile]'), true);
    await page.fill('#phone', '02-2700-1234');
    await shot(page, 'profile-editing');
    await page.click('[data-testid=save-profile]');
    await page.waitForFunction(() => /已儲存/.test(document.querySelector('[data-testid=profile-message]')?.textContent ?? ''));
    await page.click('[data-testid=confirm-profile]');
    await page.waitForFunction(() => /本學期已確認/.test(document.querySelector('[data-testid=confirmation-status]')?.textContent ?? ''));
    await shot(page, 'profile-confirmed');

    // After a reload the change and the confirmation are still there.
    await page.reload();
    await page.locator('[data-testid=profile-form]').waitFor();
    assert.equal(await page.isChecked(`fieldset[data-field=subjects] input[value=${added}]`), true);
    assert.match(await page.textContent('[data-testid=confirmation-status]'), /本學期已確認/);
    await done(page);
  });

  test('chief.demo sees the new subjects and the confirmation on its teacher list, corrects and reviews', async () => {
    const page = await stack.newPage();
    await logIn(page, 'chief.demo');
    await page.click('[data-testid=nav-school-teachers]');
    await page.waitForURL(/\/schools\/[^/]+\/teachers$/);
    const review = page.locator('[data-testid=teacher-review]');
    await review.waitFor();
    assert.match(await review.locator('[data-testid=review-counts]').textContent(), /已確認 1 \/ \d+ 位教師/);
    assert.match(await review.locator('[data-testid=review-status]').textContent(), /尚未完成/);

    const row = await findTeacherRow(page, me.id);
    assert.match(await row.locator('[data-col=subjects]').textContent(), new RegExp(SUBJECT_ZH[added]));
    assert.match(await row.locator('[data-col=confirmation]').textContent(), /已確認/);
    assert.match((await row.locator('[data-col=nationalIdMasked]').textContent()).trim(), MASKED);
    await shot(page, 'school-teachers-review');

    // Inline correction of one row.
    await row.locator('[data-testid=correct]').click();
    const edit = page.locator('[data-testid=edit-row]');
    await edit.waitFor();
    await edit.locator('select').selectOption('SECTION_CHIEF');
    await shot(page, 'school-teachers-correct-row');
    await edit.locator('[data-testid=save-correction]').click();
    await page.waitForFunction(() => /已修正/.test(document.querySelector('[data-testid=review-message]')?.textContent ?? ''));
    await page.waitForFunction(
      (id) => /組長/.test(document.querySelector(`tr[data-teacher="${id}"] [data-col=title]`)?.textContent ?? ''),
      me.id,
    );

    // Bulk: two other rows get the same subjects.
    const others = page.locator(`[data-testid=teachers-table] tbody tr[data-teacher]:not([data-teacher="${me.id}"])`);
    const ids = [await others.nth(0).getAttribute('data-teacher'), await others.nth(1).getAttribute('data-teacher')];
    for (const id of ids) await page.locator(`tr[data-teacher="${id}"] [data-testid=select-teacher]`).check();
    const bar = page.locator('[data-testid=bulk-bar]');
    await bar.waitFor();
    await bar.locator('[data-testid=bulk-subjects-on]').check();
    await bar.locator('fieldset input[value=SCIENCE]').check();
    await bar.locator('fieldset input[value=MATHEMATICS]').check();
    await shot(page, 'school-teachers-bulk');
    await bar.locator('[data-testid=bulk-apply]').click();
    await page.waitForFunction(() => /已修正 2 位/.test(document.querySelector('[data-testid=review-message]')?.textContent ?? ''));
    for (const id of ids) {
      await page.waitForFunction(
        (x) =>
          document.querySelector(`tr[data-teacher="${x}"] [data-col=subjects]`)?.textContent === '數學、自然科學' ||
          document.querySelector(`tr[data-teacher="${x}"] [data-col=subjects]`)?.textContent === '自然科學、數學',
        id,
      );
    }

    // Mark this semester's review done.
    // Not every teacher has confirmed: the page asks first, saying how many have.
    const counts = await page.textContent('[data-testid=review-counts]');
    const [, confirmed, total] = /(\d+) \/ (\d+)/.exec(counts);
    assert.ok(Number(confirmed) < Number(total), counts);
    await review.locator('[data-testid=mark-review-done]').click();
    const ask = page.locator('[data-testid=review-done-dialog]');
    await ask.waitFor();
    assert.match(await ask.locator('[data-testid=review-done-ask]').textContent(), new RegExp(`${confirmed} / ${total} 位教師已確認`));
    // Cancel changes nothing; asked again, confirm.
    await ask.locator('[data-testid=dialog-close]').click();
    await ask.waitFor({ state: 'hidden' });
    assert.match(await page.textContent('[data-testid=review-status]'), /尚未完成/);
    await review.locator('[data-testid=mark-review-done]').click();
    await ask.locator('[data-testid=review-done-confirm]').click();
    await page.waitForFunction(() => /已完成/.test(document.querySelector('[data-testid=review-status]')?.textContent ?? ''));
    await shot(page, 'school-teachers-reviewed');
    await done(page);
  });

  test('chief.demo downloads the list as CSV (BOM, masked IDs) and XLSX', async () => {
    const page = await stack.newPage();
    await logIn(page, 'chief.demo');
    await page.click('[data-testid=nav-school-teachers]');
    await page.locator('[data-testid=teachers-table] tbody tr').first().waitFor();

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-csv]')]);
    assert.match(csv.suggestedFilename(), /^teachers-.*\.csv$/);
    const bytes = fs.readFileSync(await csv.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 BOM so Excel reads Chinese');
    const lines = bytes.subarray(3).toString('utf8').trim().split(/\r\n/);
    const header = lines[0].split(',');
    const idCol = header.indexOf('身分證字號（遮蔽）');
    assert.ok(idCol >= 0, `header: ${header}`);
    assert.ok(lines.length > 2);
    for (const line of lines.slice(1)) assert.match(line.split(',')[idCol], MASKED);
    assert.ok(!FULL_ID.test(bytes.toString('utf8')), 'no full national ID in the file');
    assert.ok(
      lines.some((l) => l.includes(me.name) && l.endsWith(',是')),
      'teacher.demo confirmed this semester',
    );

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-xlsx]')]);
    assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
    const zip = fs.readFileSync(await xlsx.path());
    assert.equal(zip.subarray(0, 2).toString('latin1'), 'PK');
    await done(page);
  });

  test('chief.demo adds a new teacher and moves teacher.other in', async () => {
    const page = await stack.newPage();
    const otherToken = await stack.apiToken('teacher.other');
    const other = (await stack.graphql(otherToken, '{ me { teacher { name nationalId } } }')).data.me.teacher;
    await logIn(page, 'chief.demo');
    await page.click('[data-testid=nav-school-teachers]');
    await page.locator('[data-testid=teachers-count]').waitFor();
    const count = async () => Number((await page.textContent('[data-testid=teachers-count]')).replace(/\D/g, ''));
    const before = await count();

    await page.click('[data-testid=add-teacher] summary');
    const form = page.locator('[data-testid=add-teacher-form]');
    await form.locator('#add-nationalId').fill('Y123456789');
    await form.locator('#add-name').fill('新進教師');
    await form.locator('#add-title').selectOption('FULL_TIME');
    await form.locator('[data-testid=add-teacher-submit]').click();
    await page.locator('[data-testid=error-add-nationalId]').waitFor();
    await page.locator('[data-testid=error-add-subjects]').waitFor();
    await form.locator('#add-nationalId').fill(nationalId('Y', 9000002));
    await form.locator('fieldset input[value=ENGLISH]').check();
    await form.locator('[data-testid=add-teacher-submit]').click();
    await page.waitForFunction(() => /已新增教師/.test(document.querySelector('[data-testid=add-teacher-message]')?.textContent ?? ''));
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid=teachers-count]')?.textContent.replace(/\D/g, '')) === n,
      before + 1,
    );
    await shot(page, 'school-teachers-added');

    // Adding the same person again: the server says to transfer instead.
    await form.locator('#add-nationalId').fill(other.nationalId);
    await form.locator('#add-name').fill(other.name);
    await form.locator('#add-title').selectOption('FULL_TIME');
    await form.locator('fieldset input[value=ENGLISH]').check();
    await form.locator('[data-testid=add-teacher-submit]').click();
    await page.waitForFunction(() => /調校/.test(document.querySelector('[data-testid=add-teacher-message]')?.textContent ?? ''));

    await page.click('[data-testid=transfer-teacher] summary');
    await page.fill('#transfer-nationalId', other.nationalId);
    await page.click('[data-testid=transfer-submit]');
    // a transfer is a request: nothing moves until the teacher (or its school) accepts
    await page.waitForFunction(() => /申請/.test(document.querySelector('[data-testid=transfer-message]')?.textContent ?? ''));
    await page.locator('[data-testid=transfer-row][data-status=PENDING]').first().waitFor();
    assert.equal(await count(), before + 1);
    await shot(page, 'school-teachers-transfer-requested');
    const pending = (await stack.graphql(otherToken, '{ teacherTransfers(status: PENDING, first: 5) { edges { node { id canAccept } } } }'))
      .data.teacherTransfers.edges;
    assert.ok(pending[0].node.canAccept);
    const accepted = await stack.graphql(otherToken, 'mutation($id: ID!) { acceptTeacherTransfer(id: $id) { status } }', {
      id: pending[0].node.id,
    });
    assert.equal(accepted.data.acceptTeacherTransfer.status, 'ACCEPTED');
    await page.reload();
    await page.locator('[data-testid=transfer-row][data-status=ACCEPTED]').first().waitFor();
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid=teachers-count]')?.textContent.replace(/\D/g, '')) === n,
      before + 2,
    );
    await shot(page, 'school-teachers-transferred');
    await done(page);
  });
});
