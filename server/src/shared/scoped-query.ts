import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { hydrate } from './loaders';
import { Page, PageArgs, pageWindow, toPage } from './pagination';
import { isMysql } from './sql';

/** A WHERE fragment with `?` parameters, e.g. the row scope of a viewer. */
export interface Scope {
  sql: string;
  params: unknown[];
}

export const NO_ROWS: Scope = { sql: '1 = 0', params: [] };
export const ALL_ROWS: Scope = { sql: '1 = 1', params: [] };

/** The conditions joined with AND (null and undefined are left out). */
export function allOf(...parts: (Scope | null | undefined | false)[]): Scope {
  const kept = parts.filter((p): p is Scope => !!p);
  return { sql: kept.map((p) => `(${p.sql})`).join(' AND ') || '1 = 1', params: kept.flatMap((p) => p.params) };
}

interface Source<T extends ObjectLiteral> {
  target: EntityTarget<T>;
  /** `table alias`, e.g. `teacher t`; the alias must match the scope fragments. */
  from: string;
  alias: string;
}

/** One page of the rows matching `where`, ordered by ID, with the count of all of them. */
export async function pageOf<T extends { id: number }>(
  ds: DataSource,
  src: Source<T>,
  where: Scope,
  args: PageArgs,
  opts: { newestFirst?: boolean } = {},
): Promise<Page<T> & { totalCount: number }> {
  const { first, afterId } = pageWindow(args);
  const a = src.alias;
  const after = opts.newestFirst
    ? { sql: afterId ? `${a}.id < ?` : '1 = 1', params: afterId ? [afterId] : [], order: 'DESC' }
    : { sql: `${a}.id > ?`, params: [afterId], order: 'ASC' };
  const [rows, count] = await Promise.all([
    ds.query(`SELECT ${a}.* FROM ${src.from} WHERE (${where.sql}) AND ${after.sql} ORDER BY ${a}.id ${after.order} LIMIT ${first + 1}`, [
      ...where.params,
      ...after.params,
    ]),
    ds.query(`SELECT COUNT(*) AS n FROM ${src.from} WHERE (${where.sql})`, where.params),
  ]);
  return { ...toPage(hydrate(ds, src.target, rows), first), totalCount: Number(count[0].n) };
}

/** Every row matching `where`, ordered by ID, in one statement (for downloads of a bounded set, e.g. one school's teachers). */
export async function rowsOf<T extends { id: number }>(ds: DataSource, src: Source<T>, where: Scope): Promise<T[]> {
  const a = src.alias;
  return hydrate(ds, src.target, await ds.query(`SELECT ${a}.* FROM ${src.from} WHERE (${where.sql}) ORDER BY ${a}.id`, where.params));
}

/** The row with this ID if it matches `where` (the viewer's scope), else null. */
export async function oneOf<T extends { id: number }>(ds: DataSource, src: Source<T>, where: Scope, id: number): Promise<T | null> {
  const rows = await ds.query(`SELECT ${src.alias}.* FROM ${src.from} WHERE (${where.sql}) AND ${src.alias}.id = ?`, [...where.params, id]);
  return hydrate(ds, src.target, rows)[0] ?? null;
}

/** A Date as a query parameter: mysql2 takes Date objects; SQLite compares TypeORM's UTC text. */
export function dateParam(ds: DataSource, d: Date): Date | string {
  if (isMysql(ds)) return d;
  return d.toISOString().replace('T', ' ').replace('Z', '');
}
