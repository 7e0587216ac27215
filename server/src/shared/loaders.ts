import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { decodeCursor, Page, pageWindow } from './pagination';

/** Rows grouped under the keys they belong to, in the keys' order. */
export function groupUnder<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** One row (or null) per key, in the keys' order. */
export function oneUnder<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const map = new Map<K, T>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

export const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

type Hydrator = (r: Record<string, unknown>) => ObjectLiteral;
const hydrators = new WeakMap<DataSource, Map<string, Map<EntityTarget<ObjectLiteral>, Hydrator>>>();

/**
 * A function that makes one entity of a raw row, written out for the entity's columns (each read
 * and stored by its own name: in a loop over the columns, every store went through V8's slowest
 * path, about a tenth of 我的研習's CPU). Made once per data source, entity and prefix; the names
 * come from the entity metadata, never from input.
 */
function hydratorOf(ds: DataSource, target: EntityTarget<ObjectLiteral>, prefix: string): Hydrator {
  let byPrefix = hydrators.get(ds);
  if (!byPrefix) hydrators.set(ds, (byPrefix = new Map()));
  let byTarget = byPrefix.get(prefix);
  if (!byTarget) byPrefix.set(prefix, (byTarget = new Map()));
  let fn = byTarget.get(target);
  if (fn) return fn;
  const meta = ds.getMetadata(target);
  const repo = ds.getRepository(target);
  const cols = meta.columns;
  const body = cols
    .map((col, i) => {
      const name = JSON.stringify(prefix + col.databaseName);
      const prop = JSON.stringify(col.propertyName);
      return `if (${name} in r) { v = r[${name}]; e[${prop}] = v == null ? v : prepare(v, cols[${i}]); }`;
    })
    .join('\n');
  const make = new Function(
    'create',
    'prepare',
    'cols',
    `return function hydrateRow(r) { const e = create(); let v;\n${body}\nreturn e; };`,
  ) as (create: () => ObjectLiteral, prepare: (v: unknown, col: unknown) => unknown, cols: unknown[]) => Hydrator;
  fn = make(
    () => repo.create(),
    (v, col) => ds.driver.prepareHydratedValue(v, col as (typeof cols)[number]),
    cols,
  );
  byTarget.set(target, fn);
  return fn;
}

/**
 * Entities from raw rows (database column names), for queries the query builder cannot express;
 * `prefix`: the rows name the entity's columns `<prefix><column>` (a joined row: see PagedWith).
 */
export function hydrate<T extends ObjectLiteral>(
  ds: DataSource,
  target: EntityTarget<T>,
  raw: Record<string, unknown>[],
  prefix = '',
): T[] {
  if (!raw.length) return [];
  const row = hydratorOf(ds, target as EntityTarget<ObjectLiteral>, prefix);
  return raw.map((r) => row(r) as T);
}

/**
 * `, <alias>.<column> AS <prefix><column>` for every column of an entity: its row selected beside
 * another table's (read back with `hydrate(ds, target, rows, prefix)`).
 */
export function prefixedColumns(ds: DataSource, target: EntityTarget<ObjectLiteral>, alias: string, prefix: string): string {
  const esc = (name: string) => ds.driver.escape(name);
  return ds
    .getMetadata(target)
    .columns.map((c) => `, ${alias}.${esc(c.databaseName)} AS ${esc(prefix + c.databaseName)}`)
    .join('');
}

/** A DataLoader per distinct argument set (e.g. `first`/`after` of a nested connection). */
export class LoaderFamily<A, K, V> {
  private readonly loaders = new Map<string, DataLoader<K, V>>();
  constructor(private readonly make: (args: A) => DataLoader<K, V>) {}

  get(args: A): DataLoader<K, V> {
    const key = JSON.stringify(args);
    let l = this.loaders.get(key);
    if (!l) {
      l = this.make(args);
      this.loaders.set(key, l);
    }
    return l;
  }
}

/**
 * `loader.loadMany(keys)`, awaited once for all rows (one batched statement), its errors thrown:
 * the values in the keys' order. Use it instead of a `load` per row put unawaited in the rows.
 */
export async function loadAll<K, V>(loader: DataLoader<K, V>, keys: readonly K[]): Promise<V[]> {
  const values = await loader.loadMany(keys);
  for (const v of values) if (v instanceof Error) throw v;
  return values as V[];
}

export interface PageKey {
  first?: number | null;
  after?: string | null;
}

/**
 * The row each page row points to (e.g. a registration's course), read in the same statement and
 * handed to `prime` (the loader of that table, so a nested field costs no statement of its own):
 * null where the viewer may not read it (`scope`, on alias `w`).
 */
export interface PagedWith<W extends object> {
  table: string;
  /** the page row's column that holds the other row's ID */
  key: string;
  target: new () => W;
  scope: { sql: string; params: unknown[] };
  prime: (id: number, row: W | null) => void;
}

/**
 * A page of each parent's rows (ROW_NUMBER() per parent), in one statement for any number of parents.
 * A first page (no cursor) carries each parent's count of rows too (`totalCount`, from the same scan:
 * every row of a parent is read for its row number anyway); a later page does not.
 */
export async function pagesUnder<T extends object, W extends object = object>(
  ds: DataSource,
  target: new () => T,
  sql: { from: string; parent: string; order: string; where: string; params: unknown[]; newestFirst?: boolean },
  parents: readonly number[],
  args: PageKey,
  keyOf: (row: T) => number,
  also?: PagedWith<W>,
): Promise<Page<T>[]> {
  const { first } = pageWindow({ first: args.first });
  const after = decodeCursor(args.after);
  // newest first (a person's own list): the cursor is the last ID seen, the next page below it
  const dir = sql.newestFirst ? 'DESC' : 'ASC';
  const bound = sql.newestFirst ? (args.after ? `x.${sql.order} < ?` : '? = 0') : `x.${sql.order} > ?`;
  const counts = !args.after;
  const raw: Record<string, unknown>[] = await ds.query(
    `SELECT ranked.*${also ? prefixedColumns(ds, also.target, 'w', 'w__') : ''} FROM (
       SELECT x.*, ROW_NUMBER() OVER (PARTITION BY x.${sql.parent} ORDER BY x.${sql.order} ${dir}) AS rn${counts ? `, COUNT(*) OVER (PARTITION BY x.${sql.parent}) AS page_total` : ''}
       FROM ${sql.from} x WHERE x.${sql.parent} IN (${placeholders(parents.length)}) AND ${bound} AND (${sql.where})
     ) ranked${also ? ` LEFT JOIN ${also.table} w ON w.id = ranked.${also.key} AND (${also.scope.sql})` : ''}
     WHERE ranked.rn <= ? ORDER BY ranked.${sql.parent}, ranked.${sql.order} ${dir}`,
    [...parents, after, ...sql.params, ...(also?.scope.params ?? []), first + 1],
  );
  if (also) {
    // each pointed-to row once (from the first page row naming it), hydrated from its prefixed columns
    const firstOf = new Map<number, Record<string, unknown>>();
    for (const r of raw) if (r[also.key] != null && !firstOf.has(Number(r[also.key]))) firstOf.set(Number(r[also.key]), r);
    const visible = hydrate(
      ds,
      also.target,
      [...firstOf.values()].filter((r) => r.w__id != null),
      'w__',
    );
    const byId = new Map(visible.map((w) => [Number((w as { id: unknown }).id), w]));
    for (const id of firstOf.keys()) also.prime(id, byId.get(id) ?? null);
  }
  const totals = new Map<number, number>();
  if (counts) for (const r of raw) totals.set(Number(r[sql.parent]), Number(r.page_total));
  return groupUnder(parents, hydrate(ds, target, raw), keyOf).map((rows, i) => ({
    nodes: rows.slice(0, first),
    hasNextPage: rows.length > first,
    ...(counts ? { totalCount: totals.get(Number(parents[i])) ?? 0 } : {}),
  }));
}

export async function countsUnder(
  ds: DataSource,
  from: string,
  parent: string,
  where: { sql: string; params: unknown[] },
  parents: readonly number[],
) {
  const raw: { p: number; n: number }[] = await ds.query(
    `SELECT x.${parent} AS p, COUNT(*) AS n FROM ${from} x WHERE x.${parent} IN (${placeholders(parents.length)}) AND (${where.sql}) GROUP BY x.${parent}`,
    [...parents, ...where.params],
  );
  const m = new Map(raw.map((r) => [Number(r.p), Number(r.n)]));
  return parents.map((p) => m.get(p) ?? 0);
}
