import type { DataSource, EntityManager } from 'typeorm';
import type { PlanKind } from '../../shared/enums';
import { KEY_RANGE } from '../../shared/disclosure';
import { isMysql, optionColumn } from '../../shared/sql';

/** What a plan counts for in the statistics. */
export interface PlanFacts {
  choices: { dimension: string; option: string }[];
  domains: { domain: string; hours: number }[];
}

/** The first stage of a comma-separated list, in SQL (the stage a plan is counted under). */
function firstStageSql(ds: DataSource, col: string): string {
  return isMysql(ds)
    ? `SUBSTRING_INDEX(${col}, ',', 1)`
    : `CASE WHEN instr(${col}, ',') > 0 THEN substr(${col}, 1, instr(${col}, ',') - 1) ELSE ${col} END`;
}

export const firstStage = (stages: string | null) => (stages ?? '').split(',')[0] || 'UNKNOWN';

/** A signed change of a key sum as the non-negative residue modulo KEY_RANGE that adds the same. */
const keyDelta = (d: number) => ((d % KEY_RANGE) + KEY_RANGE) % KEY_RANGE;

/**
 * Moves a plan's counts in the summary tables, in the caller's transaction: `before` is what the
 * plan counted for until now (null if it was not submitted), `after` what it counts for from now on.
 * Next to each count the sum of the counted plans' record keys (modulo KEY_RANGE) moves with it,
 * for the disclosure control (analytics/disclosure.ts). Rows are touched in key order so that
 * concurrent writers do not deadlock each other.
 */
export async function moveCounts(
  em: EntityManager,
  key: { schoolYear: number; planKind: PlanKind; countyId: number; stage: string; recordKey: number },
  before: PlanFacts | null,
  after: PlanFacts | null,
): Promise<void> {
  const delta = new Map<string, { dimension: string; option: string; plans: number; hours: number }>();
  const add = (f: PlanFacts | null, sign: 1 | -1) => {
    if (!f) return;
    for (const c of f.choices) {
      const k = `${c.dimension}\u0000${c.option}`;
      const d = delta.get(k) ?? { dimension: c.dimension, option: c.option, plans: 0, hours: 0 };
      d.plans += sign;
      delta.set(k, d);
    }
    for (const dm of f.domains) {
      const k = `DOMAIN\u0000${dm.domain}`;
      const d = delta.get(k) ?? { dimension: 'DOMAIN', option: dm.domain, plans: 0, hours: 0 };
      d.plans += sign;
      d.hours += sign * dm.hours;
      delta.set(k, d);
    }
  };
  add(before, -1);
  add(after, 1);
  const rows = [...delta.entries()]
    .filter(([, d]) => d.plans !== 0 || d.hours !== 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, d]) => d);
  const ds = em.connection;
  const R = KEY_RANGE;
  if (rows.length) {
    const values = rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
    // a row's plans move by +1/-1 (or 0 when only hours change): its key sum by the plan's key times that
    const params = rows.flatMap((r) => [
      key.schoolYear,
      key.planKind,
      key.countyId,
      key.stage,
      r.dimension,
      r.option,
      r.plans,
      r.hours,
      keyDelta(r.plans * key.recordKey),
    ]);
    const opt = optionColumn(ds);
    const cols = `(school_year, plan_kind, county_id, stage, dimension, ${opt}, plans, hours, key_sum)`;
    await em.query(
      isMysql(ds)
        ? `INSERT INTO demand_summary ${cols} VALUES ${values} ON DUPLICATE KEY UPDATE plans = plans + VALUES(plans), hours = hours + VALUES(hours),
           key_sum = (key_sum + VALUES(key_sum)) % ${R}`
        : `INSERT INTO demand_summary ${cols} VALUES ${values} ON CONFLICT (school_year, plan_kind, county_id, stage, dimension, "option")
           DO UPDATE SET plans = plans + excluded.plans, hours = hours + excluded.hours, key_sum = (key_sum + excluded.key_sum) % ${R}`,
      params,
    );
  }
  const submitted = (after ? 1 : 0) - (before ? 1 : 0);
  if (submitted !== 0) {
    const params = [key.schoolYear, key.planKind, key.countyId, key.stage, submitted, keyDelta(submitted * key.recordKey)];
    await em.query(
      isMysql(ds)
        ? `INSERT INTO participation_summary (school_year, plan_kind, county_id, stage, submitted, key_sum) VALUES (?, ?, ?, ?, ?, ?)
           ON DUPLICATE KEY UPDATE submitted = submitted + VALUES(submitted), key_sum = (key_sum + VALUES(key_sum)) % ${R}`
        : `INSERT INTO participation_summary (school_year, plan_kind, county_id, stage, submitted, key_sum) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (school_year, plan_kind, county_id, stage) DO UPDATE SET submitted = submitted + excluded.submitted, key_sum = (key_sum + excluded.key_sum) % ${R}`,
      params,
    );
  }
}

/** The summary rows as a recount from the submitted plans would make them (SELECT only). */
function recountSql(ds: { options: DataSource['options'] }): { demand: string; participation: string } {
  const opt = optionColumn(ds as DataSource);
  const stage = firstStageSql(ds as DataSource, 'u.stages');
  const keys = `SUM(p.record_key) % ${KEY_RANGE}`;
  const parts = (['school', 'teacher'] as const).map((k) => {
    const kind = k === 'school' ? 'SCHOOL_PLAN' : 'TEACHER_PLAN';
    return {
      choices: `SELECT p.school_year, '${kind}' AS plan_kind, u.county_id, ${stage} AS stage, c.dimension, c.${opt} AS ${opt}, COUNT(*) AS plans, 0 AS hours, ${keys} AS key_sum
        FROM ${k}_plan p JOIN unit u ON u.id = p.school_id JOIN ${k}_plan_choice c ON c.plan_id = p.id
        WHERE p.status = 'SUBMITTED' GROUP BY p.school_year, u.county_id, ${stage}, c.dimension, c.${opt}`,
      domains: `SELECT p.school_year, '${kind}' AS plan_kind, u.county_id, ${stage} AS stage, 'DOMAIN' AS dimension, d.domain AS ${opt}, COUNT(*) AS plans, SUM(d.hours) AS hours, ${keys} AS key_sum
        FROM ${k}_plan p JOIN unit u ON u.id = p.school_id JOIN ${k}_plan_domain d ON d.plan_id = p.id
        WHERE p.status = 'SUBMITTED' GROUP BY p.school_year, u.county_id, ${stage}, d.domain`,
      participation: `SELECT p.school_year, '${kind}' AS plan_kind, u.county_id, ${stage} AS stage, COUNT(*) AS submitted, ${keys} AS key_sum
        FROM ${k}_plan p JOIN unit u ON u.id = p.school_id WHERE p.status = 'SUBMITTED' GROUP BY p.school_year, u.county_id, ${stage}`,
    };
  });
  return {
    demand: parts.flatMap((p) => [p.choices, p.domains]).join(' UNION ALL '),
    participation: parts.map((p) => p.participation).join(' UNION ALL '),
  };
}

/** Refills both summary tables from the plans with the given runner (a transaction's or a migration's). */
export async function refillSummaries(
  run: { query(sql: string): Promise<unknown> },
  ds: { options: DataSource['options'] },
): Promise<void> {
  const sql = recountSql(ds);
  const opt = optionColumn(ds as DataSource);
  await run.query('DELETE FROM demand_summary');
  await run.query('DELETE FROM participation_summary');
  await run.query(
    `INSERT INTO demand_summary (school_year, plan_kind, county_id, stage, dimension, ${opt}, plans, hours, key_sum) ${sql.demand}`,
  );
  await run.query(`INSERT INTO participation_summary (school_year, plan_kind, county_id, stage, submitted, key_sum) ${sql.participation}`);
}

/** Rebuilds both summary tables from the plans (after a bulk load; a repair tool). */
export async function rebuildSummaries(ds: DataSource): Promise<void> {
  await ds.transaction((em) => refillSummaries(em, ds));
}

type Row = Record<string, string | number>;
const norm = (rows: Row[], keys: string[]) => rows.map((r) => keys.map((k) => String(r[k])).join('|')).sort();

/** Compares the summary tables with a recount; returns the differing rows (empty when they agree). */
export async function summaryDifferences(ds: DataSource): Promise<{ demand: string[]; participation: string[] }> {
  const sql = recountSql(ds);
  const dk = ['school_year', 'plan_kind', 'county_id', 'stage', 'dimension', 'option', 'plans', 'hours', 'key_sum'];
  const pk = ['school_year', 'plan_kind', 'county_id', 'stage', 'submitted', 'key_sum'];
  const opt = optionColumn(ds);
  const kept = norm(
    await ds.query(
      `SELECT school_year, plan_kind, county_id, stage, dimension, ${opt}, plans, hours, key_sum FROM demand_summary WHERE plans <> 0 OR hours <> 0`,
    ),
    dk,
  );
  const recount = norm(await ds.query(sql.demand), dk);
  const keptP = norm(
    await ds.query('SELECT school_year, plan_kind, county_id, stage, submitted, key_sum FROM participation_summary WHERE submitted <> 0'),
    pk,
  );
  const recountP = norm(await ds.query(sql.participation), pk);
  const diff = (a: string[], b: string[]) => {
    const sa = new Set(a);
    const sb = new Set(b);
    return [...a.filter((x) => !sb.has(x)).map((x) => `kept ${x}`), ...b.filter((x) => !sa.has(x)).map((x) => `recount ${x}`)];
  };
  return { demand: diff(kept, recount), participation: diff(keptP, recountP) };
}
