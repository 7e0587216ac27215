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

/** The database the global setup migrated and seeded with the demo data, shared read-mostly. */
export async function sharedDatabase(logger?: Logger): Promise<DataSource> {
  const info = JSON.parse(fs.readFileSync(sharedInfoFile(), 'utf8')) as { url?: string; sqlitePath?: string; flavor?: MysqlFlavor };
  return init(createDataSource({ url: info.url, sqlitePath: info.sqlitePath, flavor: info.flavor, logger }));
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
