import type { DataSource } from 'typeorm';
import { isDistrict, Viewer } from '../../auth/viewer';
import { readsSchoolStatisticsOf, readsStatistics } from '../../auth/rules';
import { badInput, forbidden } from '../../shared/errors';
import { DIMENSION_ENUM, LABELS } from '../../shared/labels';
import type { Dimension } from '../../shared/enums';

export type Source = 'TEACHER_PLANS' | 'SCHOOL_PLANS';
export type GroupBy = 'COUNTY' | 'STAGE' | 'REMOTENESS' | 'TITLE' | 'SUBJECT' | 'SCHOOL_YEAR';

export interface DemandFilter {
  schoolYears?: number[] | null;
  countyIds?: number[] | null;
  stages?: string[] | null;
  remoteness?: string[] | null;
  titles?: string[] | null;
  subjects?: string[] | null;
  /** Plans that chose any of `options` in `dimension` (one condition per entry, all must hold). */
  choices?: { dimension: Dimension; options: string[] }[] | null;
}

export interface DemandQuery {
  source: Source;
  dimension: Dimension;
  groupBy: GroupBy[];
  filter: DemandFilter;
}

export interface Cell {
  option: string;
  count: number | null;
  share: number | null;
  hoursSum: number | null;
  hoursMean: number | null;
  suppressed: boolean;
}

export interface Group {
  key: { by: GroupBy; value: string }[];
  /** How many submitted plans the group rests on. */
  plans: number | null;
  suppressed: boolean;
  cells: Cell[];
}

export interface DemandResult {
  source: Source;
  dimension: Dimension;
  groupBy: GroupBy[];
  k: number;
  /** Read from the summary tables (true) or counted from the per-choice rows. */
  fromSummary: boolean;
  /** A district asking for detail of other counties gets its own county only (and county totals elsewhere). */
  restrictedToCounty: number | null;
  groups: Group[];
}

export interface ParticipationRow {
  schoolYear: number;
  countyId: number;
  schoolsInvited: number;
  schoolsSubmitted: number;
  teachersInvited: number;
  teachersSubmitted: number;
}

export interface AlignmentRow {
  by: 'COUNTY' | 'SCHOOL';
  id: number;
  teacherPlans: number | null;
  suppressed: boolean;
  domainMatch: number | null;
  needsMatch: number | null;
}

/** The smallest number of teachers a published number may rest on (STATS_K, default 3). */
export function statsK(): number {
  const k = Number(process.env.STATS_K);
  return Number.isInteger(k) && k >= 1 ? k : 3;
}

/** Group keys in a natural order: counties and school years by number, codes alphabetically. */
function compareKeys(a: string, b: string): number {
  const pa = a.split('\u0001');
  const pb = b.split('\u0001');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (d) return d;
  }
  return 0;
}

const isMysql = (ds: DataSource) => ds.options.type === 'mysql' || ds.options.type === 'mariadb';

/**
 * The demand analysis (附件三 壹/捌): counts and shares of every option of a dimension, grouped and
 * filtered, from the summary tables when the question allows (county, stage, school year) and from
 * the per-choice rows otherwise; cells resting on fewer than k teachers are suppressed.
 */
/**
 * Answers from the summary tables are kept for a few seconds (STATS_CACHE_SECONDS, default 5; 0 turns
 * it off) and dropped at once when this process writes a plan; another copy of the server sees a
 * write at most that many seconds late.
 */
export class SummaryCache {
  private entries = new Map<string, { at: number; value: Promise<{ counts: Map<string, { n: number; hours: number }>; bases: Map<string, number> }> }>();
  private readonly ttlMs = (Number(process.env.STATS_CACHE_SECONDS ?? 5) || 0) * 1000;

  get<T extends { counts: Map<string, { n: number; hours: number }>; bases: Map<string, number> }>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.ttlMs) return load();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value as Promise<T>;
    if (this.entries.size > 2000) this.entries.clear();
    const value = load();
    this.entries.set(key, { at: now, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  /** A plan was written: every kept answer may be stale. */
  invalidate(): void {
    this.entries.clear();
  }
}

export class AnalyticsService {
  constructor(private readonly ds: DataSource, readonly cache = new SummaryCache()) {}

  async demand(v: Viewer, q: DemandQuery): Promise<DemandResult> {
    if (!readsStatistics(v)) throw forbidden('Statistics across counties: the platform, analysts, districts and partner keys with STATISTICS_READ');
    this.validate(q);
    let filter = q.filter;
    let restrictedToCounty: number | null = null;
    if (isDistrict(v)) {
      // other counties only as county-level totals
      const totalsOnly = q.groupBy.every((g) => g === 'COUNTY' || g === 'SCHOOL_YEAR') && !filter.stages?.length && !filter.remoteness?.length &&
        !filter.titles?.length && !filter.subjects?.length && !filter.choices?.length;
      if (!totalsOnly) {
        restrictedToCounty = v.countyId;
        filter = { ...filter, countyIds: [v.countyId!] };
      }
    }
    return this.compute({ ...q, filter }, restrictedToCounty);
  }

  /** A school's own teachers against its county and the nation, for one school year. */
  async schoolComparison(v: Viewer, schoolId: number, dimension: Dimension, schoolYear: number, source: Source): Promise<{ scope: string; result: DemandResult }[]> {
    if (!readsSchoolStatisticsOf(v, schoolId)) throw forbidden('A school sees its own statistics (the statistics permission)');
    const [unit] = await this.ds.query('SELECT county_id FROM unit WHERE id = ? AND kind = ?', [schoolId, 'SCHOOL']);
    if (!unit) throw badInput('schoolId', 'No such school');
    const base = { source, dimension, groupBy: [] as GroupBy[] };
    return [
      { scope: 'SCHOOL', result: await this.compute({ ...base, filter: { schoolYears: [schoolYear] } }, null, schoolId) },
      { scope: 'COUNTY', result: await this.compute({ ...base, filter: { schoolYears: [schoolYear], countyIds: [Number(unit.county_id)] } }, null) },
      { scope: 'NATION', result: await this.compute({ ...base, filter: { schoolYears: [schoolYear] } }, null) },
    ];
  }

  /**
   * 伍、各學年度參與縣市資料: schools and teachers that submitted, by school year and county, with the
   * number invited (the schools and teachers the county has now). Read from the summary table.
   */
  async participation(v: Viewer, schoolYears: number[], countyIds: number[] | null): Promise<ParticipationRow[]> {
    if (!readsStatistics(v)) throw forbidden();
    const where = ['1 = 1'];
    const params: unknown[] = [];
    if (schoolYears.length) {
      where.push(`school_year IN (${schoolYears.map(() => '?').join(', ')})`);
      params.push(...schoolYears);
    }
    if (countyIds?.length) {
      where.push(`county_id IN (${countyIds.map(() => '?').join(', ')})`);
      params.push(...countyIds);
    }
    const [submitted, schools, teachers] = await Promise.all([
      this.ds.query(
        `SELECT school_year, county_id, plan_kind, SUM(submitted) AS n FROM participation_summary WHERE ${where.join(' AND ')} GROUP BY school_year, county_id, plan_kind`,
        params,
      ),
      this.ds.query("SELECT county_id, COUNT(*) AS n FROM unit WHERE kind = 'SCHOOL' GROUP BY county_id"),
      this.ds.query('SELECT u.county_id, COUNT(*) AS n FROM teacher t JOIN unit u ON u.id = t.school_id GROUP BY u.county_id'),
    ]);
    const invitedSchools = new Map<number, number>(schools.map((r: any) => [Number(r.county_id), Number(r.n)]));
    const invitedTeachers = new Map<number, number>(teachers.map((r: any) => [Number(r.county_id), Number(r.n)]));
    const rows = new Map<string, ParticipationRow>();
    for (const r of submitted as any[]) {
      const key = `${r.school_year}:${r.county_id}`;
      const row = rows.get(key) ?? {
        schoolYear: Number(r.school_year), countyId: Number(r.county_id), schoolsSubmitted: 0, teachersSubmitted: 0,
        schoolsInvited: invitedSchools.get(Number(r.county_id)) ?? 0, teachersInvited: invitedTeachers.get(Number(r.county_id)) ?? 0,
      };
      if (r.plan_kind === 'SCHOOL_PLAN') row.schoolsSubmitted += Number(r.n);
      else row.teachersSubmitted += Number(r.n);
      rows.set(key, row);
    }
    return [...rows.values()].sort((a, b) => a.schoolYear - b.schoolYear || a.countyId - b.countyId);
  }

  /**
   * How far teachers' plans match their school's: the share of teachers' chosen domains that the
   * school plan also has, and of their chosen options in the five need dimensions; by county or school.
   */
  async alignment(v: Viewer, schoolYear: number, by: 'COUNTY' | 'SCHOOL', countyIds: number[] | null): Promise<AlignmentRow[]> {
    if (!readsStatistics(v)) throw forbidden();
    let counties = countyIds;
    if (isDistrict(v) && by === 'SCHOOL') counties = [v.countyId!];
    const g = by === 'COUNTY' ? 'u.county_id' : 'p.school_id';
    const opt = isMysql(this.ds) ? '`option`' : '"option"';
    const cw = counties?.length ? `AND u.county_id IN (${counties.map(() => '?').join(', ')})` : '';
    const params = [schoolYear, ...(counties ?? [])];
    const [domains, needs] = await Promise.all([
      this.ds.query(
        `SELECT ${g} AS g, COUNT(DISTINCT p.id) AS plans, COUNT(*) AS chosen,
                SUM(CASE WHEN EXISTS (SELECT 1 FROM school_plan_domain sd WHERE sd.plan_id = sp.id AND sd.domain = d.domain) THEN 1 ELSE 0 END) AS matched
         FROM teacher_plan p JOIN unit u ON u.id = p.school_id
         JOIN school_plan sp ON sp.school_id = p.school_id AND sp.school_year = p.school_year AND sp.status = 'SUBMITTED'
         JOIN teacher_plan_domain d ON d.plan_id = p.id
         WHERE p.status = 'SUBMITTED' AND p.school_year = ? ${cw} GROUP BY ${g}`,
        params,
      ),
      this.ds.query(
        `SELECT ${g} AS g, COUNT(*) AS chosen,
                SUM(CASE WHEN EXISTS (SELECT 1 FROM school_plan_choice sc WHERE sc.plan_id = sp.id AND sc.dimension = c.dimension AND sc.${opt} = c.${opt}) THEN 1 ELSE 0 END) AS matched
         FROM teacher_plan p JOIN unit u ON u.id = p.school_id
         JOIN school_plan sp ON sp.school_id = p.school_id AND sp.school_year = p.school_year AND sp.status = 'SUBMITTED'
         JOIN teacher_plan_choice c ON c.plan_id = p.id
         WHERE p.status = 'SUBMITTED' AND p.school_year = ? ${cw} GROUP BY ${g}`,
        params,
      ),
    ]);
    const k = statsK();
    const needBy = new Map<number, { chosen: number; matched: number }>(needs.map((r: any) => [Number(r.g), { chosen: Number(r.chosen), matched: Number(r.matched) }]));
    return (domains as any[])
      .map((r) => {
        const plans = Number(r.plans);
        const n = needBy.get(Number(r.g));
        const suppressed = plans < k;
        return {
          by, id: Number(r.g), teacherPlans: suppressed ? null : plans, suppressed,
          domainMatch: suppressed ? null : Math.round((Number(r.matched) / Number(r.chosen)) * 10000) / 10000,
          needsMatch: suppressed || !n?.chosen ? null : Math.round((n.matched / n.chosen) * 10000) / 10000,
        };
      })
      .sort((a, b) => a.id - b.id);
  }

  private validate(q: DemandQuery) {
    if (q.groupBy.length > 3) throw badInput('groupBy', 'Group by at most three');
    if (new Set(q.groupBy).size !== q.groupBy.length) throw badInput('groupBy', 'A grouping appears twice');
    if (q.source === 'SCHOOL_PLANS' && (q.groupBy.some((g) => g === 'TITLE' || g === 'SUBJECT') || q.filter.titles?.length || q.filter.subjects?.length)) {
      throw badInput('groupBy', 'Titles and subjects are teachers\': use TEACHER_PLANS');
    }
    for (const [i, c] of (q.filter.choices ?? []).entries()) {
      const allowed = LABELS[DIMENSION_ENUM[c.dimension]] as Record<string, unknown>;
      if (!c.options.length || c.options.some((o) => !(o in allowed))) throw badInput(`filter.choices.${i}.options`, `Options of ${c.dimension}`);
    }
  }

  /** Summary tables answer questions by county, stage and school year with no other filter. */
  private summaryCan(q: DemandQuery, schoolId: number | undefined): boolean {
    const f = q.filter;
    return schoolId === undefined && q.groupBy.every((g) => g === 'COUNTY' || g === 'STAGE' || g === 'SCHOOL_YEAR') &&
      !f.remoteness?.length && !f.titles?.length && !f.subjects?.length && !f.choices?.length;
  }

  private async compute(q: DemandQuery, restrictedToCounty: number | null, schoolId?: number): Promise<DemandResult> {
    const k = statsK();
    const fromSummary = this.summaryCan(q, schoolId);
    const { counts, bases } = fromSummary
      ? await this.cache.get(JSON.stringify([q.source, q.dimension, q.groupBy, q.filter]), () => this.fromSummary(q))
      : await this.fromRows(q, schoolId);
    const options = Object.keys(LABELS[DIMENSION_ENUM[q.dimension]]);
    const teacherData = q.source === 'TEACHER_PLANS';
    const groups: Group[] = [...bases.entries()]
      .sort(([a], [b]) => compareKeys(a, b))
      .map(([gk, plans]) => {
        const values = gk === '' ? [] : gk.split('\u0001');
        const key = q.groupBy.map((by, i) => ({ by, value: values[i] }));
        const groupSuppressed = teacherData && plans < k;
        const cells = options.map((option) => {
          const c = counts.get(`${gk}\u0002${option}`) ?? { n: 0, hours: 0 };
          const suppressed = groupSuppressed || (teacherData && c.n > 0 && c.n < k);
          return {
            option,
            count: suppressed ? null : c.n,
            share: suppressed || !plans ? null : Math.round((c.n / plans) * 10000) / 10000,
            hoursSum: q.dimension === 'DOMAIN' && !suppressed ? c.hours : null,
            hoursMean: q.dimension === 'DOMAIN' && !suppressed && c.n ? Math.round((c.hours / c.n) * 100) / 100 : null,
            suppressed,
          };
        });
        return { key, plans: groupSuppressed ? null : plans, suppressed: groupSuppressed, cells };
      });
    return { source: q.source, dimension: q.dimension, groupBy: q.groupBy, k, fromSummary, restrictedToCounty, groups };
  }

  private async fromSummary(q: DemandQuery) {
    const col: Record<string, string> = { COUNTY: 'county_id', STAGE: 'stage', SCHOOL_YEAR: 'school_year' };
    const groupCols = q.groupBy.map((g) => col[g]);
    const kind = q.source === 'TEACHER_PLANS' ? 'TEACHER_PLAN' : 'SCHOOL_PLAN';
    const where: string[] = ['plan_kind = ?'];
    const params: unknown[] = [kind];
    const inList = (c: string, vals: unknown[] | null | undefined) => {
      if (vals?.length) {
        where.push(`${c} IN (${vals.map(() => '?').join(', ')})`);
        params.push(...vals);
      }
    };
    inList('school_year', q.filter.schoolYears);
    inList('county_id', q.filter.countyIds);
    inList('stage', q.filter.stages);
    const g = groupCols.length ? `${groupCols.join(', ')}, ` : '';
    const opt = isMysql(this.ds) ? '`option`' : '"option"';
    const [countRows, baseRows] = await Promise.all([
      this.ds.query(
        `SELECT ${g}${opt} AS opt, SUM(plans) AS n, SUM(hours) AS hours FROM demand_summary WHERE ${where.join(' AND ')} AND dimension = ?
         GROUP BY ${g}${opt}`,
        [...params, q.dimension],
      ),
      this.ds.query(
        `SELECT ${groupCols.length ? groupCols.join(', ') : "'' AS none"}, SUM(submitted) AS n FROM participation_summary
         WHERE ${where.join(' AND ')} ${groupCols.length ? `GROUP BY ${groupCols.join(', ')}` : ''}`,
        params,
      ),
    ]);
    return this.collect(countRows, baseRows, groupCols);
  }

  /** Counts from the per-choice rows (any grouping and filter), in two statements. */
  private async fromRows(q: DemandQuery, schoolId?: number) {
    const ds = this.ds;
    const teacher = q.source === 'TEACHER_PLANS';
    const k = teacher ? 'teacher' : 'school';
    const opt = isMysql(ds) ? '`option`' : '"option"';
    const stage = isMysql(ds)
      ? "SUBSTRING_INDEX(u.stages, ',', 1)"
      : "CASE WHEN instr(u.stages, ',') > 0 THEN substr(u.stages, 1, instr(u.stages, ',') - 1) ELSE u.stages END";
    const expr: Record<GroupBy, string> = {
      COUNTY: 'u.county_id', STAGE: stage, REMOTENESS: "COALESCE(u.remoteness, 'GENERAL')", TITLE: 't.title', SUBJECT: 'ts.subject', SCHOOL_YEAR: 'p.school_year',
    };
    const joins = [`JOIN unit u ON u.id = p.school_id`];
    if (teacher) joins.push('JOIN teacher t ON t.id = p.teacher_id');
    const needsSubject = q.groupBy.includes('SUBJECT');
    if (needsSubject) joins.push('JOIN teacher_subject ts ON ts.teacher_id = p.teacher_id');
    const where: string[] = ["p.status = 'SUBMITTED'"];
    const params: unknown[] = [];
    const inList = (c: string, vals: unknown[] | null | undefined) => {
      if (vals?.length) {
        where.push(`${c} IN (${vals.map(() => '?').join(', ')})`);
        params.push(...vals);
      }
    };
    inList('p.school_year', q.filter.schoolYears);
    inList('u.county_id', q.filter.countyIds);
    inList(stage, q.filter.stages);
    inList("COALESCE(u.remoteness, 'GENERAL')", q.filter.remoteness);
    if (teacher) inList('t.title', q.filter.titles);
    if (q.filter.subjects?.length) {
      where.push(`EXISTS (SELECT 1 FROM teacher_subject fs WHERE fs.teacher_id = p.teacher_id AND fs.subject IN (${q.filter.subjects.map(() => '?').join(', ')}))`);
      params.push(...q.filter.subjects);
      if (needsSubject) inList('ts.subject', q.filter.subjects);
    }
    for (const c of q.filter.choices ?? []) {
      const table = c.dimension === 'DOMAIN' ? `${k}_plan_domain` : `${k}_plan_choice`;
      const cond = c.dimension === 'DOMAIN' ? 'f.domain' : `f.dimension = ? AND f.${opt}`;
      where.push(`EXISTS (SELECT 1 FROM ${table} f WHERE f.plan_id = p.id AND ${cond} IN (${c.options.map(() => '?').join(', ')}))`);
      params.push(...(c.dimension === 'DOMAIN' ? [] : [c.dimension]), ...c.options);
    }
    if (schoolId !== undefined) {
      where.push('p.school_id = ?');
      params.push(schoolId);
    }
    const groupCols = q.groupBy.map((g) => expr[g]);
    const sel = groupCols.map((c, i) => `${c} AS g${i}`).join(', ');
    const gsel = sel ? `${sel}, ` : '';
    const gby = groupCols.length ? `${groupCols.join(', ')}, ` : '';
    const w = where.join(' AND ');
    const counted = q.dimension === 'DOMAIN'
      ? `SELECT ${gsel}d.domain AS opt, COUNT(*) AS n, SUM(d.hours) AS hours FROM ${k}_plan p ${joins.join(' ')} JOIN ${k}_plan_domain d ON d.plan_id = p.id WHERE ${w} GROUP BY ${gby}d.domain`
      : `SELECT ${gsel}c.${opt} AS opt, COUNT(*) AS n, 0 AS hours FROM ${k}_plan p ${joins.join(' ')} JOIN ${k}_plan_choice c ON c.plan_id = p.id AND c.dimension = ? WHERE ${w} GROUP BY ${gby}c.${opt}`;
    const base = `SELECT ${sel || "'' AS g"}, COUNT(*) AS n FROM ${k}_plan p ${joins.join(' ')} WHERE ${w}${groupCols.length ? ` GROUP BY ${groupCols.join(', ')}` : ''}`;
    const [countRows, baseRows] = await Promise.all([
      ds.query(counted, q.dimension === 'DOMAIN' ? params : [q.dimension, ...params]),
      ds.query(base, params),
    ]);
    // rows use g0..g2 as group columns
    return this.collect(countRows, baseRows, groupCols.map((_, i) => `g${i}`));
  }

  private collect(countRows: Record<string, unknown>[], baseRows: Record<string, unknown>[], groupCols: string[]) {
    const keyOf = (r: Record<string, unknown>) => groupCols.map((c) => String(r[c])).join('\u0001');
    const bases = new Map<string, number>();
    for (const r of baseRows) if (Number(r.n) > 0) bases.set(keyOf(r), Number(r.n));
    const counts = new Map<string, { n: number; hours: number }>();
    for (const r of countRows) counts.set(`${keyOf(r)}\u0002${r.opt}`, { n: Number(r.n), hours: Number(r.hours ?? 0) });
    return { counts, bases };
  }
}
