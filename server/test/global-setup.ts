import fs from 'node:fs';
import { detectMysqlFlavor } from '../src/db/data-source';
import { seed } from '../src/db/seed/generator';
import { freshDatabase, onMysql, sharedInfoFile, testTmpDir } from './db';

/** Migrates and seeds (demo scale) the template every suite's database is copied from; nobody opens the template itself. */
export default async function globalSetup(): Promise<void> {
  testTmpDir(); // before anything makes a file: workers inherit INSERVICE_TEST_TMP
  const db = await freshDatabase('template');
  const ds = await db.open();
  await ds.runMigrations();
  await seed(ds, { scale: 'demo' });
  await ds.destroy();
  const flavor = onMysql ? await detectMysqlFlavor(db.url!) : undefined;
  fs.writeFileSync(sharedInfoFile(), JSON.stringify({ url: db.url, sqlitePath: db.sqlitePath, flavor }));
}
