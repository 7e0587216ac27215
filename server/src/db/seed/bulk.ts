import type { DataSource, EntityTarget, ObjectLiteral, QueryRunner } from 'typeorm';
import { isMysql } from '../../shared/sql';

/** better-sqlite3's Database, as far as the loader uses it. */
interface SqliteDb {
  prepare(sql: string): { run(...params: unknown[]): unknown };
  exec(sql: string): void;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const utc = (d: Date, ms: boolean) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
  (ms ? `.${pad(d.getUTCMilliseconds(), 3)}` : '');

/**
 * Bulk loading for the generator: multi-row INSERTs in transactions on MySQL/MariaDB (checks off
 * for the load's session), prepared statements in one transaction on SQLite. Values are given in
 * the order of the entity properties named; datetimes are written in UTC as TypeORM writes them.
 */
export class BulkLoader {
  private readonly mysql: boolean;
  private runner?: QueryRunner;
  private sqlite?: SqliteDb;
  private statementsInTx = 0;
  rows = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly rowsPerStatement = 2000,
    private readonly statementsPerTx = 25,
  ) {
    this.mysql = isMysql(ds);
  }

  async begin(): Promise<void> {
    if (this.mysql) {
      this.runner = this.ds.createQueryRunner();
      await this.runner.connect();
      await this.runner.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');
      await this.runner.startTransaction();
    } else {
      this.sqlite = (this.ds.driver as unknown as { databaseConnection: SqliteDb }).databaseConnection;
      this.sqlite.exec('BEGIN');
      // rows of several tables are buffered side by side: check foreign keys at COMMIT
      this.sqlite.exec('PRAGMA defer_foreign_keys = ON');
    }
  }

  async end(): Promise<void> {
    if (this.runner) {
      await this.runner.commitTransaction();
      await this.runner.query('SET SESSION foreign_key_checks = 1, unique_checks = 1');
      await this.runner.release();
      this.runner = undefined;
    } else if (this.sqlite) {
      this.sqlite.exec('COMMIT');
      this.sqlite = undefined;
    }
  }

  async abort(): Promise<void> {
    if (this.runner) {
      if (this.runner.isTransactionActive) await this.runner.rollbackTransaction();
      await this.runner.release();
      this.runner = undefined;
    } else if (this.sqlite) {
      this.sqlite.exec('ROLLBACK');
      this.sqlite = undefined;
    }
  }

  table<T extends ObjectLiteral>(target: EntityTarget<T>, props: (keyof T & string)[]): TableWriter {
    const meta = this.ds.getMetadata(target);
    const cols = props.map((p) => {
      const c = meta.findColumnWithPropertyName(p);
      if (!c) throw new Error(`${meta.tableName} has no property ${p}`);
      return c.databaseName;
    });
    return new TableWriter(this, meta.tableName, cols);
  }

  /** @internal */
  async write(table: string, cols: string[], rows: unknown[][]): Promise<void> {
    if (!rows.length) return;
    this.rows += rows.length;
    if (this.runner) {
      const q = (v: unknown): string => {
        if (v === null || v === undefined) return 'NULL';
        if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NULL';
        if (typeof v === 'boolean') return v ? '1' : '0';
        if (v instanceof Date) return `'${utc(v, false)}'`;
        return `'${String(v).replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
      };
      const values = rows.map((r) => `(${r.map(q).join(',')})`).join(',');
      await this.runner.query(`INSERT INTO \`${table}\` (${cols.map((c) => `\`${c}\``).join(',')}) VALUES ${values}`);
      if (++this.statementsInTx >= this.statementsPerTx) {
        await this.runner.commitTransaction();
        await this.runner.startTransaction();
        this.statementsInTx = 0;
      }
    } else if (this.sqlite) {
      const stmt = this.sqlite.prepare(
        `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(',')}) VALUES (${cols.map(() => '?').join(',')})`,
      );
      for (const r of rows) {
        stmt.run(...r.map((v) => (v instanceof Date ? utc(v, true) : typeof v === 'boolean' ? (v ? 1 : 0) : (v ?? null))));
      }
    } else {
      throw new Error('BulkLoader.begin() first');
    }
  }

  get batchSize(): number {
    return this.rowsPerStatement;
  }
}

export class TableWriter {
  private buffer: unknown[][] = [];

  constructor(
    private readonly loader: BulkLoader,
    private readonly table: string,
    private readonly cols: string[],
  ) {}

  async add(row: unknown[]): Promise<void> {
    this.buffer.push(row);
    if (this.buffer.length >= this.loader.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    const rows = this.buffer;
    this.buffer = [];
    await this.loader.write(this.table, this.cols, rows);
  }
}
