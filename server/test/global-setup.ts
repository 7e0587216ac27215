import fs from 'node:fs';
import path from 'node:path';
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
  const dist = buildTestDist();
  process.env.INSERVICE_TEST_DIST = dist;
  if (!onMysql) {
    fs.writeFileSync(sharedInfoFile(), JSON.stringify({ sqlitePath: await sqliteTemplate(dist) }));
    return;
  }
  const db = await freshDatabase('template');
  const ds = await db.open();
  await ds.runMigrations();
  await seed(ds, { scale: 'demo' });
  await ds.destroy();
  fs.writeFileSync(sharedInfoFile(), JSON.stringify({ url: db.url, flavor: await detectMysqlFlavor(db.url!) }));
}

/**
 * The SQLite template, kept beside this run's build (server/.test-dist/<hash of the server's sources>/):
 * the seed is deterministic, so the same sources (migrations, entities, generator) and the same test
 * hashing cost give the same data, and a run whose sources did not change copies the template of the
 * run before instead of seeding again (about 3 CPU-seconds before any suite can start). A change to
 * any file of server/src makes a new build directory, hence a new template; old ones go with their build.
 */
async function sqliteTemplate(dist: string): Promise<string> {
  const file = path.join(dist, `template-scrypt${process.env.INSERVICE_TEST_SCRYPT_N}.sqlite`);
  if (fs.existsSync(file)) return file;
  const db = await freshDatabase('template');
  const ds = await db.open();
  await ds.runMigrations();
  await seed(ds, { scale: 'demo' });
  await ds.destroy();
  const tmp = `${file}.${process.pid}.tmp`;
  fs.copyFileSync(db.sqlitePath!, tmp);
  fs.renameSync(tmp, file);
  return file;
}
