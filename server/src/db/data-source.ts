import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions, Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SafeLogger } from './logger';
import { projectRoot } from '../shared/project-root';

export { projectRoot };

/** Where the embedded database and the generated token secret live (git-ignored). */
export function dataDir(): string {
  return process.env.DATA_DIR ?? path.join(projectRoot(), 'data');
}

export function isMysqlUrl(url: string | undefined): url is string {
  return !!url && /^(mysql|mariadb):\/\//.test(url);
}

export type MysqlFlavor = 'mysql' | 'mariadb';

export interface DataSourceConfig {
  /** mysql://user:pass@host:port/db; unset: the embedded SQLite file. */
  url?: string;
  /** SQLite file (default data/inservice.sqlite). */
  sqlitePath?: string;
  logger?: Logger;
  /**
   * MySQL or MariaDB (they report column defaults differently); by default from the URL's scheme.
   * `openDataSource` asks the server instead.
   */
  flavor?: MysqlFlavor;
}

/**
 * The TypeORM DataSource: MySQL/MariaDB through mysql2 when a mysql:// URL is given, otherwise the
 * embedded SQLite file. Never `synchronize`: the schema comes from the migrations.
 */
export function createDataSource(config: DataSourceConfig = {}): DataSource {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logger: config.logger ?? new SafeLogger(),
    logging: config.logger ? (['query', 'error', 'warn', 'migration'] as const) : (['error', 'warn', 'migration'] as const),
    maxQueryExecutionTime: 2000,
  };
  if (isMysqlUrl(config.url)) {
    const options: DataSourceOptions = {
      ...common,
      logging: [...common.logging],
      type: config.flavor ?? (config.url.startsWith('mariadb:') ? 'mariadb' : 'mysql'),
      url: config.url.replace(/^mariadb:/, 'mysql:'),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      dateStrings: false,
      // mysql2 otherwise captures a stack trace on every query to decorate a possible error with its caller
      // (~5% of the server's CPU on the national bench); the errors keep their message and code
      trace: false,
      extra: { connectionLimit: 10 },
    };
    return new DataSource(options);
  }
  const file = config.sqlitePath ?? path.join(dataDir(), 'inservice.sqlite');
  if (file !== ':memory:') {
    // the data directory and the database hold personal data: the service's user alone reads them
    // (SQLite creates the -wal and -shm files with the database file's mode)
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      fs.writeFileSync(file, '', { flag: 'wx', mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const ds = new DataSource({
    ...common,
    logging: [...common.logging],
    type: 'better-sqlite3',
    database: file,
    enableWAL: file !== ':memory:',
    // prepared statements kept by their SQL text: TypeORM's default of 100 (first in, first out) is
    // fewer than the distinct statements of a working day, so the busiest ones were prepared again and again
    statementCacheSize: 2000,
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('busy_timeout = 5000');
      // in WAL mode NORMAL syncs at checkpoints instead of at every commit: a crash of the process
      // loses nothing, a power cut may lose the last transactions, and the file is never corrupted
      // (SQLite's "WAL mode ... synchronous=NORMAL" advice; docs/OPERATIONS.md)
      if (file !== ':memory:') db.pragma('synchronous = NORMAL');
    },
  });
  bindIntegers(ds);
  return ds;
}

/**
 * TypeORM's SQLite driver writes a number parameter of the query builder into the SQL text
 * (`WHERE id = 977`), so every ID made a statement of its own: prepared again each time, and
 * crowding the busy statements out of the cache. Integers go as parameters instead, bound as
 * 64-bit integers (BigInt): stored and compared exactly as the integer literal was (a double would
 * be stored as '1.0' in a text column); other numbers keep TypeORM's way.
 */
function bindIntegers(ds: DataSource): void {
  const driver = ds.driver as unknown as {
    escapeQueryWithParameters(sql: string, parameters: Record<string, unknown>, native: Record<string, unknown>): [string, unknown[]];
  };
  const escape = driver.escapeQueryWithParameters.bind(driver);
  driver.escapeQueryWithParameters = (sql, parameters, native) => {
    if (!parameters) return escape(sql, parameters, native);
    const bound: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(parameters)) bound[k] = typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : v;
    return escape(sql, bound, native);
  };
}

/** Asks a MySQL-protocol server whether it is MariaDB or MySQL. */
export async function detectMysqlFlavor(url: string): Promise<MysqlFlavor> {
  const probe = new DataSource({ type: 'mysql', url: url.replace(/^mariadb:/, 'mysql:') });
  await probe.initialize();
  try {
    const rows: { v: string }[] = await probe.query('SELECT VERSION() AS v');
    return /mariadb/i.test(rows[0]?.v ?? '') ? 'mariadb' : 'mysql';
  } finally {
    await probe.destroy();
  }
}

/** Creates (and for MySQL first probes) the DataSource, initializes it and runs pending migrations. */
export async function openDataSource(config: DataSourceConfig = {}): Promise<DataSource> {
  if (isMysqlUrl(config.url) && !config.flavor) {
    await ensureMysqlDatabase(config.url);
    config = { ...config, flavor: await detectMysqlFlavor(config.url) };
  }
  const ds = createDataSource(config);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}

/** Creates the MySQL database named in the URL if it does not exist yet. */
export async function ensureMysqlDatabase(url: string, opts: { dropFirst?: boolean } = {}): Promise<void> {
  const u = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const db = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(db)) throw new Error('DATABASE_URL must name a database of letters, digits and _');
  u.pathname = '/';
  const admin = new DataSource({ type: 'mysql', url: u.toString() });
  await admin.initialize();
  try {
    if (opts.dropFirst) await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
    await admin.query(`CREATE DATABASE IF NOT EXISTS \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.destroy();
  }
}
