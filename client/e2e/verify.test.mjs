// The public certificate check (研習證明查驗): /verify?code=... as the QR code on a certificate opens it,
// and the form; against the demo data's study records (a record of the demo school read by its CHIEF).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { done, shot, startStack } from './harness.mjs';

/** A study record of the demo school (the demo data issues hours for past courses). */
async function demoRecord(stack) {
  const token = await stack.apiToken('chief.demo');
  const r = await stack.graphql(
    token,
    '{ teachers(first: 100) { edges { node { name studyRecords(first: 1) { edges { node { verificationCode certificateNumber hours issuerName title } } } } } } }',
  );
  const t = r.data.teachers.edges.find((e) => e.node.studyRecords.edges.length);
  assert.ok(t, 'a teacher of the demo school with a study record');
  return { name: t.node.name, ...t.node.studyRecords.edges[0].node };
}

describe('certificate verification page', () => {
  let stack;
  before(async () => {
    stack = await startStack();
  });
  after(async () => {
    await stack?.stop();
  });

  test('the code of the address is checked at once; a valid one shows what the certificate shows', async () => {
    const rec = await demoRecord(stack);
    const page = await stack.newPage();
    await page.goto(`/verify?code=${rec.verificationCode}`);
    await page.waitForSelector('[data-testid=verify-valid]');
    assert.equal(await page.inputValue('#verify-code'), rec.verificationCode);
    const shown = (await page.textContent('[data-testid=verify-name] dd')).trim();
    // the name masked (王○明): its first character, never the whole name
    assert.equal([...shown][0], [...rec.name][0]);
    assert.notEqual(shown, rec.name);
    assert.match((await page.textContent('[data-testid=verify-dates] dd')).trim(), /^\d{2,3}年\d{1,2}月\d{1,2}日/);
    assert.equal((await page.textContent('[data-testid=verify-hours] dd')).trim(), `${rec.hours} 小時`);
    assert.equal((await page.textContent('[data-testid=verify-issuer] dd')).trim(), rec.issuerName);
    assert.equal((await page.textContent('[data-testid=verify-course] dd')).trim(), rec.title);
    assert.equal((await page.textContent('[data-testid=verify-number] dd')).trim(), rec.certificateNumber);
    await shot(page, 'verify-valid');

    await page.click('[data-testid=lang-switch]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Verify a study certificate');
    assert.match((await page.textContent('[data-testid=verify-dates] dd')).trim(), /^\d{4}-\d{2}-\d{2}/);
    await done(page);
  });

  test('the form: an empty code is refused in the page, a wrong one is not valid', async () => {
    const page = await stack.newPage();
    const asked = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && r.postDataJSON()?.operationName === 'VerifyCertificate')
        asked.push(r.postDataJSON().variables.code);
    });
    await page.goto('/verify');
    await page.click('[data-testid=verify-submit]');
    await page.waitForSelector('[data-testid=error-verify-code]');
    assert.deepEqual(asked, []);
    await page.fill('#verify-code', ' WRONG0000000 ');
    await page.click('[data-testid=verify-submit]');
    await page.waitForSelector('[data-testid=verify-invalid]');
    assert.match(page.url(), /\/verify\?code=WRONG0000000$/);
    assert.equal(await page.locator('[data-testid=verify-valid]').count(), 0);
    assert.deepEqual(asked, ['WRONG0000000']);
    await shot(page, 'verify-invalid');
    await done(page);
  });
});
