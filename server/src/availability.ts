import fs from 'node:fs';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Context } from './context';
import { DATABASE_UNAVAILABLE, type ErrorReason } from './shared/errors';

/**
 * Is the service able to serve: the database reachable (and, on SQLite, its file still the one we
 * opened), and a platform administrator created (production never seeds one: `npm run admin:create`).
 */

/** Seconds a client should wait before retrying while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

const sqliteIdentity = new WeakMap<DataSource, { dev: number; ino: number } | null>();

/** The SQLite file of a DataSource (undefined on MySQL/MariaDB and for :memory:). */
export function sqliteFileOf(ds: DataSource): string | undefined {
  const o = ds.options as { type: string; database?: unknown };
  if (o.type !== 'better-sqlite3' && o.type !== 'sqlite') return undefined;
  return typeof o.database === 'string' && o.database !== ':memory:' ? o.database : undefined;
}

/** Remembers which file the SQLite DataSource opened (called once at start). */
export function rememberDatabaseFile(ds: DataSource): void {
  const file = sqliteFileOf(ds);
  if (!file || sqliteIdentity.has(ds)) return;
  try {
    const s = fs.statSync(file);
    sqliteIdentity.set(ds, { dev: s.dev, ino: s.ino });
  } catch {
    sqliteIdentity.set(ds, null);
  }
}

/**
 * The SQLite file was deleted or replaced under the running server: SQLite keeps writing to the
 * unlinked file and every write would be lost at the next start, so the server refuses writes.
 */
export function databaseFileGone(ds: DataSource): boolean {
  const file = sqliteFileOf(ds);
  if (!file) return false;
  rememberDatabaseFile(ds);
  try {
    const s = fs.statSync(file);
    const was = sqliteIdentity.get(ds);
    return !!was && (was.dev !== s.dev || was.ino !== s.ino);
  } catch {
    return true;
  }
}

/** Whether a platform administrator with a login exists (cached once true: one never disappears by itself). */
export class SetupState {
  private known = false;
  constructor(private readonly ds: DataSource) {}

  async hasAdministrator(): Promise<boolean> {
    if (this.known) return true;
    const rows: { n: number | string }[] = await this.ds.query(
      "SELECT COUNT(*) AS n FROM staff_account s JOIN credential c ON c.staff_account_id = s.id WHERE s.role = 'PLATFORM_ADMIN'",
    );
    this.known = Number(rows[0]?.n ?? 0) > 0;
    return this.known;
  }
}

export const NO_ADMINISTRATOR =
  'No platform administrator exists yet: create the first one on the server with `npm run admin:create` (see docs/OPERATIONS.md) (尚未建立平臺管理者)';

/** The HTTP answer of a database that is away: 503 and when to retry. */
export function databaseUnavailableHttp() {
  return { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) };
}

const selects = (op: OperationDefinitionNode, field: string) =>
  op.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === field);

/**
 * - A mutation while the SQLite file is gone: refused with DATABASE_UNAVAILABLE (503), nothing written.
 * - `login` before any platform administrator exists: a clear error saying how to create one.
 */
export function availabilityPlugin(ds: DataSource, setup: SetupState): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          if (operation.operation === 'mutation' && databaseFileGone(ds)) {
            throw new GraphQLError(DATABASE_UNAVAILABLE, {
              extensions: {
                code: 'INTERNAL_SERVER_ERROR',
                reason: 'DATABASE_UNAVAILABLE' satisfies ErrorReason,
                http: databaseUnavailableHttp(),
              },
            });
          }
          if (operation.operation === 'mutation' && selects(operation, 'login') && !(await setup.hasAdministrator())) {
            throw new GraphQLError(NO_ADMINISTRATOR, {
              extensions: {
                code: 'UNAUTHENTICATED',
                reason: 'NO_ADMINISTRATOR' satisfies ErrorReason,
                http: { status: 503, headers: new HeaderMap() },
              },
            });
          }
        },
      };
    },
  };
}
