import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { isMysql } from './sql';

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in a transaction. SQLite has one connection, so transactions are queued one after
 * another in this process; on MySQL/MariaDB they run side by side, rows are locked with
 * `lockForUpdate` and a deadlock is retried (three tries).
 */
export async function inTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (!isMysql(ds)) {
    const previous = sqliteQueues.get(ds) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => ds.transaction(work));
    sqliteQueues.set(ds, run);
    return run;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      // READ COMMITTED: after a row lock, later reads see what the lock holder committed
      return await ds.transaction('READ COMMITTED', work);
    } catch (e) {
      if (attempt < 3 && isLockConflict(e)) continue;
      throw e;
    }
  }
}

/** A deadlock or a lock wait that timed out (MySQL/MariaDB): the statement may be tried again. */
export function isLockConflict(e: unknown): boolean {
  const code = (e as { driverError?: { code?: string } }).driverError?.code ?? (e as { code?: string }).code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}

/** One statement outside a transaction, tried up to three times on a lock conflict. */
export async function retryOnLockConflict<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (attempt < 3 && isLockConflict(e)) {
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
        continue;
      }
      throw e;
    }
  }
}

/**
 * One row by its ID, locked for the rest of the transaction and read in the same statement (MySQL:
 * SELECT ... FOR UPDATE); SQLite's transactions are already serial. null when there is no such row.
 */
export async function findForUpdate<T extends ObjectLiteral & { id: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: number,
): Promise<T | null> {
  const repo = em.getRepository(entity);
  const where = { id } as FindOptionsWhere<T>;
  return isMysql(em.connection) ? repo.findOne({ where, lock: { mode: 'pessimistic_write' } }) : repo.findOneBy(where);
}

/** Locks rows for the rest of the transaction (MySQL); SQLite's transactions are already serial. */
export async function lockForUpdate(em: EntityManager, table: string, ids: number[]): Promise<void> {
  if (!ids.length || !isMysql(em.connection)) return;
  await em.query(`SELECT id FROM \`${table}\` WHERE id IN (${ids.map(() => '?').join(',')}) FOR UPDATE`, ids);
}

/** The name of the unique index or column a failed insert/update violated, if that is what failed. */
export function uniqueViolation(e: unknown): string | null {
  const err = e as { driverError?: { code?: string; message?: string }; code?: string; message?: string };
  const code = err.driverError?.code ?? err.code;
  const message = err.driverError?.message ?? err.message ?? '';
  if (code === 'ER_DUP_ENTRY') return /for key '(?:[^.']*\.)?([^']+)'/.exec(message)?.[1] ?? 'unique';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || /UNIQUE constraint failed/.test(message)) {
    return /UNIQUE constraint failed: (.+)$/.exec(message)?.[1] ?? 'unique';
  }
  return null;
}
