import type { DataSource, QueryRunner } from 'typeorm';

/**
 * SQL dialect helpers: what differs between the embedded SQLite and MariaDB/MySQL is decided here
 * (LIKE escaping lives in ./like.ts), never by a module's own test of `ds.options.type`.
 */
export function isMysql(ds: DataSource | QueryRunner): boolean {
  const type = ('connection' in ds ? ds.connection : ds).options.type;
  return type === 'mysql' || type === 'mariadb';
}

/** `',' || col || ','` (SQLite) or CONCAT(...) (MariaDB): a comma-separated column wrapped for `LIKE '%,X,%'`. */
export function commaWrapped(ds: DataSource, column: string): string {
  return isMysql(ds) ? `CONCAT(',', ${column}, ',')` : `(',' || ${column} || ',')`;
}

/** A Date as the database's DATETIME parameter (SQLite stores 'YYYY-MM-DD HH:MM:SS.mmm' text, MariaDB takes the Date). */
export function dateParam(ds: DataSource, d: Date): Date | string {
  return isMysql(ds) ? d : d.toISOString().replace('T', ' ').replace('Z', '');
}

/** The summary and choice tables' column `option` (a reserved word in MariaDB), quoted for the dialect. */
export function optionColumn(ds: DataSource | QueryRunner): string {
  return isMysql(ds) ? '`option`' : '"option"';
}
