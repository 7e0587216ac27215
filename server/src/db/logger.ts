import type { Logger } from 'typeorm';
import { currentLog } from '../shared/log';

/** SQL with its string literals blanked, so personal data in a statement never reaches a log. */
export function redactSql(sql: string): string {
  const s = sql.replace(/'(?:[^'\\]|\\.|'')*'/g, "'?'").replace(/\s+/g, ' ');
  return s.length > 300 ? `${s.slice(0, 300)}...` : s;
}

/** Logs failed queries and schema changes (structured, shared/log.ts) without parameters or literal values. */
export class SafeLogger implements Logger {
  logQuery(_query: string, _parameters?: unknown[]): void {}

  logQueryError(error: string | Error, query: string): void {
    const message = typeof error === 'string' ? error : (error.message ?? '').split('\n')[0];
    currentLog().error({ query: redactSql(query), error: redactMessage(message) }, 'database query failed');
  }

  logQuerySlow(time: number, query: string): void {
    currentLog().warn({ query: redactSql(query), ms: time }, 'slow database query');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    currentLog().info(`database: ${message}`);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') currentLog().warn(`database: ${String(message)}`);
  }
}

/** Driver messages can quote the duplicate value (MySQL: Duplicate entry 'A123456789'): blank quotes. */
export function redactMessage(message: string): string {
  return message.replace(/'[^']*'/g, "'?'");
}
