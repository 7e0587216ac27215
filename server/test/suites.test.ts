import fs from 'node:fs';
import path from 'node:path';
import suites from './suites.json';

/**
 * `npm test` runs the groups and the `alone` suites of test/suites.json only (jest.config.js): a test
 * file in neither would silently never run in CI, and one in two places would run twice.
 */
const SERVER_DIR = path.resolve(__dirname, '..');

function testFiles(dir: string): string[] {
  return fs.readdirSync(path.join(SERVER_DIR, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : testFiles(rel);
    return e.name.endsWith('.test.ts') ? [rel] : [];
  });
}

describe('test/suites.json: what npm test runs', () => {
  const placed = [...Object.values(suites.groups).flat(), ...suites.alone];

  it('names every test file of the server exactly once', () => {
    const all = [...testFiles('src'), ...testFiles('test')].sort();
    expect([...placed].sort()).toEqual(all);
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('has a jest test file for each group, and no other', () => {
    const files = fs
      .readdirSync(path.join(SERVER_DIR, 'test', 'groups'))
      .filter((f) => f.endsWith('.group.ts'))
      .map((f) => f.replace(/\.group\.ts$/, ''))
      .sort();
    expect(files).toEqual(Object.keys(suites.groups).sort());
    for (const g of files) {
      expect(fs.readFileSync(path.join(SERVER_DIR, 'test', 'groups', `${g}.group.ts`), 'utf8')).toContain(`runGroup('${g}')`);
    }
  });
});
