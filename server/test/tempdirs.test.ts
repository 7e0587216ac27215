import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshDatabase, onMysql, tempDir, testTmpDir } from './db';
import globalTeardown from './global-teardown';

/** The suite leaves nothing in the system's temporary directory: everything goes under one directory the teardown removes. */
describe('temporary files of the test run', () => {
  it('test databases and files go under the run directory', async () => {
    const run = testTmpDir();
    expect(path.dirname(run)).toBe(os.tmpdir());
    expect(tempDir('x').startsWith(run + path.sep)).toBe(true);
    if (!onMysql) expect((await freshDatabase('tempdirs')).sqlitePath!.startsWith(run + path.sep)).toBe(true);
  });

  it('the global teardown removes the run directory and all in it', async () => {
    const saved = { tmp: process.env.INSERVICE_TEST_TMP, shared: process.env.INSERVICE_TEST_SHARED };
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'inservice-test-teardown-'));
    fs.mkdirSync(path.join(other, 'db-abc'));
    fs.writeFileSync(path.join(other, 'db-abc', 'test.sqlite'), 'x');
    const note = path.join(other, 'shared.json');
    try {
      process.env.INSERVICE_TEST_TMP = other;
      process.env.INSERVICE_TEST_SHARED = note;
      await globalTeardown();
      expect(fs.existsSync(other)).toBe(false);
    } finally {
      process.env.INSERVICE_TEST_TMP = saved.tmp;
      process.env.INSERVICE_TEST_SHARED = saved.shared;
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
