import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource, Logger } from 'typeorm';
import { createDataSource, detectMysqlFlavor, ensureMysqlDatabase, isMysqlUrl, MysqlFlavor } from '../src/db/data-source';

/**
 * Test databases: the embedded SQLite by default, MariaDB/MySQL when DATABASE_URL=mysql://... is
 * set. `freshDatabase(name)` gives an empty database of its own (a new SQLite file, or a new MySQL
 * database named after the URL's, suffixed) so tests never share state they did not ask for.
 */
export const TEST_URL = process.env.DATABASE_URL;
export const onMysql = isMysqlUrl(TEST_URL);

let flavor: MysqlFlavor | undefined;

export function dbLabel(): string {
  return onMysql ? 'mysql' : 'sqlite';
}

function mysqlUrlFor(name: string): string {
  const u = new URL(TEST_URL!.replace(/^mariadb:/, 'mysql:'));
  const base = u.pathname.replace(/^\//, '') || 'inservice_test';
  u.pathname = `/${base}_${name}`.slice(0, 64);
  return u.toString();
}

export interface FreshDb {
  url?: string;
  sqlitePath?: string;
  open(logger?: Logger): Promise<DataSource>;
}

/**
 * This run's temporary directory: every test database and file goes under it, and the global
 * teardown removes it (each run used to leave ~130 MB of SQLite files in the system's temporary
 * directory). Set by the global setup; test workers inherit it through the environment.
 */
export function testTmpDir(): string {
  process.env.INSERVICE_TEST_TMP ??= fs.mkdtempSync(path.join(os.tmpdir(), 'inservice-test-'));
  fs.mkdirSync(process.env.INSERVICE_TEST_TMP, { recursive: true });
  return process.env.INSERVICE_TEST_TMP;
}

/** A directory of its own under the run's temporary directory. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(testTmpDir(), `${prefix}-`));
}

/** An empty database (dropped and created anew on MySQL; a new file on SQLite). */
export async function freshDatabase(name: string): Promise<FreshDb> {
  if (onMysql) {
    const url = mysqlUrlFor(name);
    await ensureMysqlDatabase(url, { dropFirst: true });
    flavor ??= await detectMysqlFlavor(url);
    return { url, open: async (logger) => init(createDataSource({ url, flavor, logger })) };
  }
  const dir = tempDir(name);
  const sqlitePath = path.join(dir, 'test.sqlite');
  return { sqlitePath, open: async (logger) => init(createDataSource({ sqlitePath, logger })) };
}

/**
 * A database that `build` makes from an empty, migrated one (e.g. a seed with other options than the
 * template's), for the suites that check such data. On SQLite the result is kept beside this run's
 * build of the server (server/.test-dist/<hash of server/src>/), keyed by the name and the text of
 * `build`, and later runs with the same sources and the same build get a copy of it, as they get one of
 * the template; any change to server/src or to `build` builds it again. On MySQL/MariaDB it is built
 * every time.
 */
export async function builtDatabase(name: string, build: (ds: DataSource) => Promise<void>): Promise<DataSource> {
  const dist = process.env.INSERVICE_TEST_DIST;
  if (onMysql || !dist) {
    const ds = await (await freshDatabase(name)).open();
    await ds.runMigrations();
    await build(ds);
    return ds;
  }
  const key = createHash('sha256').update(`${process.env.INSERVICE_TEST_SCRYPT_N}\n${build.toString()}`).digest('hex').slice(0, 16);
  const kept = path.join(dist, `built-${name}-${key}.sqlite`);
  const sqlitePath = path.join(tempDir(name), 'test.sqlite');
  if (fs.existsSync(kept)) {
    fs.copyFileSync(kept, sqlitePath);
    return init(createDataSource({ sqlitePath }));
  }
  const ds = await init(createDataSource({ sqlitePath }));
  await ds.runMigrations();
  await build(ds);
  const tmp = `${kept}.${process.pid}.tmp`;
  await (ds.driver as unknown as { databaseConnection: { backup(file: string): Promise<unknown> } }).databaseConnection.backup(tmp);
  fs.renameSync(tmp, kept);
  return ds;
}

let copies = 0;
/**
 * The demo data for a suite that reads it: a copy of its own of the template (see templateCopy), so
 * suites running side by side never share a database, and a suite's logins and writes stay its own.
 */
export async function sharedDatabase(logger?: Logger): Promise<DataSource> {
  const suite = path.basename(expect.getState().testPath ?? 'suite', '.test.ts').replace(/[^A-Za-z0-9]+/g, '_');
  return templateCopy(`${suite}_${++copies}`, logger);
}

/**
 * A database of its own holding a copy of the migrated and seeded template (the shared database the
 * global setup made): a file copy on SQLite; on MySQL/MariaDB each table re-created from the
 * template's own `SHOW CREATE TABLE` (indexes and foreign keys included) and filled with
 * `INSERT ... SELECT`. About 10 ms on SQLite and 1 s on MariaDB, against 3-10 s to migrate and seed.
 */
export async function templateCopy(name: string, logger?: Logger): Promise<DataSource> {
  const info = JSON.parse(fs.readFileSync(sharedInfoFile(), 'utf8')) as { url?: string; sqlitePath?: string; flavor?: MysqlFlavor };
  if (!onMysql) {
    const sqlitePath = path.join(tempDir(name), 'test.sqlite');
    fs.copyFileSync(info.sqlitePath!, sqlitePath);
    return init(createDataSource({ sqlitePath, logger }));
  }
  const url = mysqlUrlFor(name);
  await ensureMysqlDatabase(url, { dropFirst: true });
  const ds = await init(createDataSource({ url, flavor: info.flavor, logger }));
  const from = decodeURIComponent(new URL(info.url!.replace(/^mariadb:/, 'mysql:')).pathname.replace(/^\//, ''));
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SET FOREIGN_KEY_CHECKS = 0');
    const tables: { name: string }[] = await runner.query(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'",
      [from],
    );
    for (const { name: t } of tables) {
      const [create] = await runner.query(`SHOW CREATE TABLE \`${from}\`.\`${t}\``);
      await runner.query(create['Create Table']);
      await runner.query(`INSERT INTO \`${t}\` SELECT * FROM \`${from}\`.\`${t}\``);
    }
    await runner.query('SET FOREIGN_KEY_CHECKS = 1');
  } finally {
    await runner.release();
  }
  return ds;
}

/** Set by the global setup; test workers inherit it. */
export function sharedInfoFile(): string {
  process.env.INSERVICE_TEST_SHARED ??= path.join(os.tmpdir(), `inservice-test-shared-${process.pid}-${dbLabel()}.json`);
  return process.env.INSERVICE_TEST_SHARED;
}

async function init(ds: DataSource): Promise<DataSource> {
  await ds.initialize();
  return ds;
}
