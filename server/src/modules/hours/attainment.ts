import type { DataSource } from 'typeorm';
import { perturb, perturbSum } from '../../shared/disclosure';
import type { StudyDomain } from '../../shared/enums';
import { placeholders } from '../../shared/loaders';

/**
 * 目標達成度 (issue 12 item 5): a teacher plan's hours per domain against the hours of the
 * teacher's study records of the same school year. A domain is reached when the earned hours are at
 * least the planned ones; a teacher reaches its plan when its earned total reaches the planned total.
 */

export interface TeacherAttainment {
  schoolYear: number;
  hasPlan: boolean;
  plannedTotal: number;
  earnedTotal: number;
  rate: number | null;
  domains: { domain: StudyDomain; planned: number; earned: number; reached: boolean }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A teacher's year: its plan's hours per domain (null: no plan) and its records' hours per domain. */
export interface TeacherYear {
  /** null: no teacher plan that year; a plan without domains has none */
  planned: { domain: StudyDomain; hours: number }[] | null;
  /** the records' hours per domain, summed and rounded to 0.1, most first */
  earned: { domain: StudyDomain; hours: number }[];
}

/**
 * Each teacher's year in one statement, for any number of teachers: the plan's domains and the
 * records' hours per domain (我的研習 asks for both, `hours` and `attainment`).
 */
export async function teacherYearsOf(ds: DataSource, schoolYear: number, teacherIds: readonly number[]): Promise<TeacherYear[]> {
  if (!teacherIds.length) return [];
  const ids = [...teacherIds];
  const marks = placeholders(ids.length);
  const raw: { k: string; teacher_id: number; domain: StudyDomain | null; h: number | string | null }[] = await ds.query(
    // a plan without domains still counts as a plan (one row, no domain)
    `SELECT 'E' AS k, sr.teacher_id, sr.domain, SUM(sr.hours) AS h FROM study_record sr
     WHERE sr.school_year = ? AND sr.teacher_id IN (${marks}) GROUP BY sr.teacher_id, sr.domain
     UNION ALL
     SELECT 'P' AS k, tp.teacher_id, d.domain, d.hours AS h FROM teacher_plan tp LEFT JOIN teacher_plan_domain d ON d.plan_id = tp.id
     WHERE tp.school_year = ? AND tp.teacher_id IN (${marks})`,
    [schoolYear, ...ids, schoolYear, ...ids],
  );
  const years = new Map<number, TeacherYear>(ids.map((id) => [id, { planned: null, earned: [] }]));
  for (const r of raw) {
    const y = years.get(Number(r.teacher_id));
    if (!y) continue;
    if (r.k === 'E') y.earned.push({ domain: r.domain!, hours: round1(Number(r.h)) });
    else {
      y.planned ??= [];
      if (r.domain != null) y.planned.push({ domain: r.domain, hours: Number(r.h) });
    }
  }
  for (const y of years.values()) y.earned.sort((a, b) => b.hours - a.hours);
  return ids.map((id) => years.get(id)!);
}

/** A teacher's attainment of the year from its plan and its records (teacherYearsOf). */
export function attainmentFrom(schoolYear: number, year: TeacherYear): TeacherAttainment {
  const byDomain = new Map<StudyDomain, { planned: number; earned: number }>();
  for (const p of year.planned ?? []) byDomain.set(p.domain, { planned: p.hours, earned: 0 });
  for (const e of year.earned) {
    const d = byDomain.get(e.domain) ?? { planned: 0, earned: 0 };
    d.earned = e.hours;
    byDomain.set(e.domain, d);
  }
  const domains = [...byDomain.entries()]
    .map(([domain, d]) => ({ domain, planned: d.planned, earned: d.earned, reached: d.earned >= d.planned }))
    .sort((a, b) => b.planned - a.planned || b.earned - a.earned || a.domain.localeCompare(b.domain));
  const plannedTotal = domains.reduce((s, d) => s + d.planned, 0);
  const earnedTotal = round1(domains.reduce((s, d) => s + d.earned, 0));
  return {
    schoolYear,
    hasPlan: year.planned !== null,
    plannedTotal,
    earnedTotal,
    rate: plannedTotal > 0 ? round1((earnedTotal / plannedTotal) * 100) / 100 : null,
    domains,
  };
}

export interface Rollup {
  schoolYear: number;
  exact: boolean;
  teachersWithPlan: number;
  teachersReached: number;
  plannedHours: number;
  earnedHours: number;
  domains: { domain: StudyDomain; teachersPlanning: number; teachersReached: number; plannedHours: number; earnedHours: number }[];
}

/** Which plans a roll-up covers: the plans filed at a school, in a county, or everywhere. */
export type RollupScope = { schoolId: number } | { countyId: number } | { nation: true };

interface Cell {
  n: number;
  key: number;
  sum: number;
}
const cell = (): Cell => ({ n: 0, key: 0, sum: 0 });

/**
 * A roll-up of the teachers with a plan for the year (filed at the school, in the county, or all),
 * their planned hours and the hours of their records of that year. Counts are perturbed by the
 * cell key method unless `exact` (each cell's key: the sum of its teachers' plan record keys, so
 * the same teachers always answer the same); sums follow their count (perturbSum).
 */
export async function rollup(ds: DataSource, schoolYear: number, scope: RollupScope, exact: boolean): Promise<Rollup> {
  const where =
    'schoolId' in scope
      ? { sql: 'tp.school_id = ?', params: [scope.schoolId] }
      : 'countyId' in scope
        ? { sql: 'tp.school_id IN (SELECT u.id FROM unit u WHERE u.county_id = ?)', params: [scope.countyId] }
        : { sql: '1 = 1', params: [] };
  const [plans, planned, earned]: [
    { teacher_id: number; record_key: number }[],
    { teacher_id: number; domain: StudyDomain; hours: number }[],
    { teacher_id: number; domain: StudyDomain; h: number }[],
  ] = await Promise.all([
    ds.query(`SELECT tp.teacher_id, tp.record_key FROM teacher_plan tp WHERE tp.school_year = ? AND ${where.sql}`, [
      schoolYear,
      ...where.params,
    ]),
    ds.query(
      `SELECT tp.teacher_id, d.domain, d.hours FROM teacher_plan tp JOIN teacher_plan_domain d ON d.plan_id = tp.id WHERE tp.school_year = ? AND ${where.sql}`,
      [schoolYear, ...where.params],
    ),
    ds.query(
      `SELECT sr.teacher_id, sr.domain, SUM(sr.hours) AS h FROM study_record sr
       JOIN teacher_plan tp ON tp.teacher_id = sr.teacher_id AND tp.school_year = sr.school_year
       WHERE sr.school_year = ? AND ${where.sql} GROUP BY sr.teacher_id, sr.domain`,
      [schoolYear, ...where.params],
    ),
  ]);
  const keyOf = new Map(plans.map((p) => [Number(p.teacher_id), Number(p.record_key)]));
  const perTeacher = new Map<number, { planned: Map<StudyDomain, number>; earned: Map<StudyDomain, number> }>();
  const of = (t: number) => {
    let x = perTeacher.get(t);
    if (!x) perTeacher.set(t, (x = { planned: new Map(), earned: new Map() }));
    return x;
  };
  for (const p of plans) of(Number(p.teacher_id));
  for (const p of planned) of(Number(p.teacher_id)).planned.set(p.domain, Number(p.hours));
  for (const e of earned) of(Number(e.teacher_id)).earned.set(e.domain, Number(e.h));

  const all = cell();
  const reached = cell();
  const plannedAll = { sum: 0 };
  const earnedAll = { sum: 0 };
  const domains = new Map<StudyDomain, { planning: Cell; reached: Cell; earning: Cell }>();
  const dom = (d: StudyDomain) => {
    let x = domains.get(d);
    if (!x) domains.set(d, (x = { planning: cell(), reached: cell(), earning: cell() }));
    return x;
  };
  for (const [t, x] of perTeacher) {
    const key = keyOf.get(t) ?? 0;
    const p = [...x.planned.values()].reduce((s, h) => s + h, 0);
    const e = [...x.earned.values()].reduce((s, h) => s + h, 0);
    all.n++;
    all.key += key;
    plannedAll.sum += p;
    earnedAll.sum += e;
    if (e >= p) {
      reached.n++;
      reached.key += key;
    }
    for (const [d, h] of x.planned) {
      const c = dom(d);
      c.planning.n++;
      c.planning.key += key;
      c.planning.sum += h;
      if ((x.earned.get(d) ?? 0) >= h) {
        c.reached.n++;
        c.reached.key += key;
      }
    }
    for (const [d, h] of x.earned) {
      const c = dom(d);
      c.earning.n++;
      c.earning.key += key;
      c.earning.sum += h;
    }
  }
  const count = (c: Cell) => (exact ? c.n : perturb(c.n, c.key));
  const sum = (total: number, c: Cell) => (exact ? round1(total) : perturbSum(total, c.n, count(c)));
  return {
    schoolYear,
    exact,
    teachersWithPlan: count(all),
    teachersReached: count(reached),
    plannedHours: sum(plannedAll.sum, all),
    earnedHours: sum(earnedAll.sum, all),
    domains: [...domains.entries()]
      .map(([domain, c]) => ({
        domain,
        teachersPlanning: count(c.planning),
        teachersReached: count(c.reached),
        plannedHours: sum(c.planning.sum, c.planning),
        earnedHours: sum(c.earning.sum, c.earning),
      }))
      .sort((a, b) => a.domain.localeCompare(b.domain)),
  };
}
