import fs from 'node:fs';
import { detectMysqlFlavor } from '../src/db/data-source';
import { seed } from '../src/db/seed/generator';
import { freshDatabase, onMysql, sharedInfoFile, testTmpDir } from './db';
import { buildTestDist } from './dist';

/**
 * Migrates and seeds (demo scale) the template every suite's database is copied from; nobody opens
 * the template itself. Builds the server once for the suites that run it as a process (test/dist.ts).
 * Test workers inherit the environment set here.
 */
export default async function globalSetup(): Promise<void> {
  testTmpDir(); // before anything makes a file: workers inherit INSERVICE_TEST_TMP
  // password hashes of the run (the template's demo logins, every login, every new password) at
  // scrypt N=1024 instead of 16384: honoured only under NODE_ENV=test (src/auth/password.ts)
  process.env.INSERVICE_TEST_SCRYPT_N ??= '1024';
  process.env.INSERVICE_TEST_DIST = buildTestDist();
  const db = await freshDatabase('template');
  const ds = await db.open();
  await ds.runMigrations();
  await seed(ds, { scale: 'demo' });
  await ds.destroy();
  const flavor = onMysql ? await detectMysqlFlavor(db.url!) : undefined;
  fs.writeFileSync(sharedInfoFile(), JSON.stringify({ url: db.url, sqlitePath: db.sqlitePath, flavor }));
}
