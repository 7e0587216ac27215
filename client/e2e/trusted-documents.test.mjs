// Trusted documents: with PERSISTED_DOCUMENTS=required the UI works on published hashes alone,
// and a query text from an anonymous caller is refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { done, logIn, navItems, startStack } from './harness.mjs';

describe('trusted documents (PERSISTED_DOCUMENTS=required)', () => {
  let stack;
  before(async () => {
    stack = await startStack({ env: { PERSISTED_DOCUMENTS: 'required' } });
  });
  after(async () => {
    await stack?.stop();
  });

  test('the UI sends only hashes: a teacher logs in and uses the home page', async () => {
    const page = await stack.newPage();
    const bodies = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/graphql' && r.method() === 'POST') bodies.push(JSON.parse(r.postData() ?? '{}'));
    });
    const answers = [];
    page.on('response', async (r) => {
      if (new URL(r.url()).pathname !== '/graphql') return;
      try {
        answers.push(await r.json());
      } catch {
        /* not JSON */
      }
    });
    await logIn(page, 'teacher.demo');
    assert.ok((await navItems(page)).includes('nav-home'));
    await page.waitForSelector('main h1');
    await page.waitForLoadState('networkidle');
    await page.click('[data-testid=nav-profile]');
    await page.waitForSelector('#main h1');
    await page.waitForLoadState('networkidle');
    await page.click('[data-testid=nav-home]');
    await page.waitForLoadState('networkidle');

    assert.ok(bodies.length >= 3, `some operations were sent (${bodies.length})`);
    for (const b of bodies) {
      assert.equal(b.query, undefined, `${b.operationName} went with its text`);
      assert.match(b.extensions?.persistedQuery?.sha256Hash ?? '', /^[0-9a-f]{64}$/, `${b.operationName} has a hash`);
    }
    const names = bodies.map((b) => b.operationName);
    assert.ok(names.includes('Login') && names.includes('Viewer'), names.join(', '));
    const refused = answers
      .flatMap((a) => a.errors ?? [])
      .filter((e) => e.extensions?.reason === 'PERSISTED_DOCUMENT_REQUIRED' || e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');
    assert.deepEqual(refused, []);
    await done(page);
  });

  test('a query text without a token is refused', async () => {
    const res = await fetch(`${stack.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ counties { name } }' }),
    });
    const body = await res.json();
    assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(body));
    assert.equal(body.errors[0].extensions.reason, 'PERSISTED_DOCUMENT_REQUIRED');
    assert.equal(body.data ?? null, null);
  });
});
