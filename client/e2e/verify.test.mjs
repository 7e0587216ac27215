// The public certificate check (研習證明查驗): /verify?code=... as the QR code on a certificate opens it,
// and the form. TODO(hours): until the server has verifyCertificate, its answers are stubbed in the
// browser (page.route on the VerifyCertificate operation only); with the real query, issue a record
// in the test and drop the stub.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { done, shot, startStack } from './harness.mjs';

const VALID = {
  valid: true,
  certificateNumber: '115-TPE-000123',
  teacherName: '林怡君',
  courseTitle: '素養導向教學設計與評量實務工作坊',
  hours: 6,
  startsOn: '2026-03-02',
  endsOn: '2026-03-03',
  issuerName: '臺北市政府教育局',
};
const INVALID = { ...Object.fromEntries(Object.keys(VALID).map((k) => [k, null])), valid: false };

async function stubVerify(page, asked) {
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON();
    if (body?.operationName !== 'VerifyCertificate') return route.continue();
    asked.push(body.variables.code);
    const answer = body.variables.code === 'K7QF9M2XR4TD' ? VALID : INVALID;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ data: { verifyCertificate: answer } }) });
  });
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
    const page = await stack.newPage();
    const asked = [];
    await stubVerify(page, asked);
    await page.goto('/verify?code=K7QF9M2XR4TD');
    await page.waitForSelector('[data-testid=verify-valid]');
    assert.equal(await page.inputValue('#verify-code'), 'K7QF9M2XR4TD');
    assert.equal((await page.textContent('[data-testid=verify-name] dd')).trim(), '林怡君');
    assert.equal((await page.textContent('[data-testid=verify-dates] dd')).trim(), '115年3月2日至115年3月3日');
    assert.equal((await page.textContent('[data-testid=verify-hours] dd')).trim(), '6 小時');
    assert.equal((await page.textContent('[data-testid=verify-issuer] dd')).trim(), '臺北市政府教育局');
    assert.equal((await page.textContent('[data-testid=verify-number] dd')).trim(), '115-TPE-000123');
    await shot(page, 'verify-valid');

    await page.click('[data-testid=lang-switch]');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Verify a study certificate');
    assert.equal((await page.textContent('[data-testid=verify-dates] dd')).trim(), '2026-03-02 to 2026-03-03');
    assert.deepEqual(asked, ['K7QF9M2XR4TD']);
    await done(page);
  });

  test('the form: an empty code is refused in the page, a wrong one is not valid', async () => {
    const page = await stack.newPage();
    const asked = [];
    await stubVerify(page, asked);
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
