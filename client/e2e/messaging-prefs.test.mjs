// 通知偏好 on the Profile page and the public unsubscribe page of a mail's link (issue 14 item 2).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { done, logIn, startStack } from './harness.mjs';

describe('messaging preferences and unsubscribe', () => {
  let stack;
  before(async () => {
    stack = await startStack();
  });
  after(async () => {
    await stack?.stop();
  });

  test('a teacher mutes a kind and chooses the daily digest on its Profile page; essential kinds are not offered', async () => {
    const page = await stack.newPage();
    await logIn(page, 'teacher.demo');
    await page.goto('/profile');
    const form = page.locator('[data-testid=messaging-preferences]');
    await form.waitFor();
    assert.match(await form.textContent(), /必要通知/);
    assert.equal(await form.locator('input[value=REGISTRATION_CANCELLED]').count(), 0);
    await form.locator('input[value=REGISTRATION_ADMITTED]').check();
    await page.selectOption('#prefs-mode', 'DAILY_DIGEST');
    await page.click('[data-testid=save-prefs]');
    await page.waitForFunction(() => /已儲存通知偏好/.test(document.querySelector('[data-testid=prefs-message]')?.textContent ?? ''));
    const token = await stack.apiToken('teacher.demo');
    const r = await stack.graphql(token, '{ myMessagingPreferences { mode mutedTypes } }');
    assert.deepEqual(r.data.myMessagingPreferences, { mode: 'DAILY_DIGEST', mutedTypes: ['REGISTRATION_ADMITTED'] });
    await done(page);
  });

  test('the unsubscribe link asks once and answers the same for a key it does not know', async () => {
    const page = await stack.newPage();
    await page.goto(`/unsubscribe#key=${'k'.repeat(32)}&type=REGISTRATION_WAITLISTED`);
    await page.locator('[data-testid=unsubscribe]').waitFor();
    assert.match(await page.textContent('[data-testid=unsubscribe]'), /研習報名候補/);
    await page.click('[data-testid=unsubscribe-confirm]');
    await page.waitForSelector('[data-testid=unsubscribe-done]');
    assert.match(await page.textContent('[data-testid=unsubscribe-done]'), /已處理/);
    await page.goto('/unsubscribe#type=NOPE');
    await page.getByText('此連結不完整').waitFor();
    await done(page);
  });
});
