// 教師 (issue 13 item 3): the teacher lists search and filter on the server (name, school, masked
// ID; title, subject, confirmed), the filters live in the address and the pager pages the result.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { done, logIn, shot, startStack } from './harness.mjs';

const COUNT = `query($s: String, $t: TeacherTitle, $u: Subject, $c: Boolean, $school: ID) {
  teachers(first: 1, search: $s, title: $t, subject: $u, confirmed: $c, schoolId: $school) { totalCount }
}`;

/** The number in "共 1,234 位教師". */
const countOf = (text) => Number(/共 ([\d,]+) 位教師/.exec(text)[1].replaceAll(',', ''));

describe('teacher lists', () => {
  let stack;
  let admin;
  before(async () => {
    stack = await startStack();
    admin = await stack.apiToken('admin');
  });
  after(async () => {
    await stack?.stop();
  });

  test('admin searches 3,000 teachers by school as people write it, filters by title and subject, and a link keeps it', async () => {
    const page = await stack.newPage();
    await logIn(page, 'admin');
    await page.click('[data-testid=nav-teachers]');
    await page.locator('[data-testid=teachers-table] tbody tr').first().waitFor();
    const all = countOf(await page.textContent('[data-testid=teachers-count]'));
    assert.equal(all, (await stack.graphql(admin, COUNT)).data.teachers.totalCount);
    assert.ok(all > 20, 'more than a page');

    // Typing: asked once the typing rests, and the address keeps it.
    await page.fill('[data-testid=teacher-search]', '台北市立大安');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '台北市立大安');
    const expected = (await stack.graphql(admin, COUNT, { s: '台北市立大安' })).data.teachers.totalCount;
    assert.ok(expected > 0 && expected < all, `${expected} teachers of 臺北市立大安…`);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=teachers-count]')?.textContent.includes(`共 ${n.toLocaleString('en')} 位教師`),
      expected,
    );
    const schools = await page.$$eval('[data-testid=teachers-table] tbody tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent));
    assert.ok(schools.length > 0 && schools.every((s) => s.includes('臺北市立大安')), schools.join());

    // Title and subject: each a filter of the server, in the address.
    await page.selectOption('[data-testid=teacher-title]', 'HOMEROOM');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('title') === 'HOMEROOM');
    const homeroom = (await stack.graphql(admin, COUNT, { s: '台北市立大安', t: 'HOMEROOM' })).data.teachers.totalCount;
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=teachers-count]')?.textContent.includes(`共 ${n.toLocaleString('en')} 位教師`),
      homeroom,
    );
    await shot(page, 'teachers-search');

    // A link keeps the search: a fresh page on the address shows the same.
    const url = page.url();
    await page.goto(url);
    await page.locator('[data-testid=teachers-table]').or(page.locator('.empty')).first().waitFor();
    assert.equal(await page.inputValue('[data-testid=teacher-search]'), '台北市立大安');
    assert.equal(await page.inputValue('[data-testid=teacher-title]'), 'HOMEROOM');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=teachers-count]')?.textContent.includes(`共 ${n} 位教師`),
      homeroom,
    );

    // Subject alone, with the pager over its result.
    await page.click('[data-testid=teacher-filters-clear]');
    await page.waitForFunction(() => new URL(location.href).search === '');
    assert.equal(await page.inputValue('[data-testid=teacher-search]'), '');
    await page.selectOption('[data-testid=teacher-subject]', 'MATHEMATICS');
    const maths = (await stack.graphql(admin, COUNT, { u: 'MATHEMATICS' })).data.teachers.totalCount;
    assert.ok(maths > 20, `${maths} maths teachers: more than a page`);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=teachers-count]')?.textContent.includes(`共 ${n.toLocaleString('en')} 位教師`),
      maths,
    );
    assert.match(await page.textContent('.pager-status'), new RegExp(`第 1 / ${Math.ceil(maths / 20)} 頁`));
    const firstPage = await page.$$eval('[data-testid=teachers-table] tbody th', (ths) => ths.map((th) => th.textContent));
    await page.click('.pager button:last-child');
    await page.waitForFunction((names) => {
      const now = [...document.querySelectorAll('[data-testid=teachers-table] tbody th')].map((th) => th.textContent);
      return now.length > 0 && now.join() !== names.join();
    }, firstPage);
    const subjects = await page.$$eval('[data-testid=teachers-table] tbody tr td:nth-child(4)', (tds) => tds.map((td) => td.textContent));
    assert.ok(
      subjects.every((s) => s.includes('數學')),
      subjects.join(),
    );

    // A masked national ID as shown finds its teacher.
    const one = (await stack.graphql(admin, '{ teachers(first: 1) { edges { node { name nationalIdMasked } } } }')).data.teachers.edges[0]
      .node;
    await page.selectOption('[data-testid=teacher-subject]', '');
    await page.fill('[data-testid=teacher-search]', one.nationalIdMasked);
    await page.waitForFunction(
      (name) => [...document.querySelectorAll('[data-testid=teachers-table] tbody th')].some((th) => th.textContent === name),
      one.name,
    );
    await done(page);
  });

  test('chief.demo filters its school’s list by confirmation', async () => {
    const page = await stack.newPage();
    await logIn(page, 'chief.demo');
    await page.click('[data-testid=nav-school-teachers]');
    await page.locator('[data-testid=teachers-table] tbody tr').first().waitFor();
    const token = await page.evaluate(() => localStorage.getItem('inservice.token'));
    const school = (await stack.graphql(token, '{ me { school { id } } }')).data.me.school.id;
    const notConfirmed = (await stack.graphql(token, COUNT, { c: false, school })).data.teachers.totalCount;
    const confirmed = (await stack.graphql(token, COUNT, { c: true, school })).data.teachers.totalCount;
    await page.selectOption('[data-testid=teacher-confirmed]', 'no');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('confirmed') === 'no');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=teachers-count]')?.textContent.includes(`共 ${n} 位教師`),
      notConfirmed,
    );
    await page.selectOption('[data-testid=teacher-confirmed]', 'yes');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=teachers-count]')?.textContent.includes(`共 ${n} 位教師`),
      confirmed,
    );
    if (confirmed === 0) await page.locator('text=沒有符合條件的教師').waitFor();
    await shot(page, 'school-teachers-filtered');
    await done(page);
  });
});
