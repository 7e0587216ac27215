import type { DataSource } from 'typeorm';
import { isDistrict, Viewer } from '../../auth/viewer';
import { readsSchoolStatisticsOf, readsStatistics, seesExactStatistics } from './statistics.policy';
import { cellKey, KEY_RANGE, perturb, perturbSum, statsK } from '../../shared/disclosure';
import { badInput, forbidden } from '../../shared/errors';
import { DIMENSION_ENUM, LABELS } from '../../shared/labels';
import type { Dimension } from '../../shared/enums';
import { isMysql, optionColumn } from '../../shared/sql';
import { Clock, systemClock } from '../../shared/clock';

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
  /** Exact counts (the viewer may read every counted plan) or perturbed by the cell key method. */
  exact: boolean;
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
  exact: boolean;
  domainMatch: number | null;
  needsMatch: number | null;
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

/** Exact counts per cell and group with the sums of their records' keys (the cell keys). */
export interface Counted {
  counts: Map<string, { n: number; hours: number; key: number }>;
  bases: Map<string, { n: number; key: number }>;
}

/**
 * The demand analysis (附件三 壹/捌): counts and shares of every option of a dimension, grouped and
 * filtered, from the summary tables when the question allows (county, stage, school year) and from
 * the per-choice rows otherwise; cells resting on fewer than k teachers are suppressed.
 */
/**
 * Answers from the summary tables are kept for a few seconds (STATS_CACHE_SECONDS, default 5; 0 turns
 * it off) and dropped at once when this process writes a plan; another copy of the server sees a
 * write at most that many seconds late. (Supply against demand keeps its answers in one too.)
 */
export class SummaryCache {
  constructor(
    private readonly clock: Clock = systemClock,
    private readonly maxEntries = 2000,
  ) {}

  private entries = new Map<string, { at: number; value: Promise<unknown> }>();
  private readonly ttlMs = (Number(process.env.STATS_CACHE_SECONDS ?? 5) || 0) * 1000;
  /** Counts the invalidations: an answer built on these counts is stale once it moved (supply against demand keeps such answers). */
  generation = 0;

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.ttlMs) return load();
    const now = this.clock.now().getTime();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value as Promise<T>;
    if (this.entries.size > this.maxEntries) this.entries.clear();
    const value = load();
    this.entries.set(key, { at: now, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  /** A plan was written: every kept answer may be stale. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }
}

export class AnalyticsService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock = systemClock,
    readonly cache = new SummaryCache(clock),
  ) {}

  async demand(v: Viewer, q: DemandQuery): Promise<DemandResult> {
    if (!readsStatistics(v))
      throw forbidden(
        'STATISTICS_NOT_PERMITTED',
        'Statistics across counties: the platform, analysts, districts and partner keys with STATISTICS_READ',
      );
    this.validate(q);
    let filter = q.filter;
    let restrictedToCounty: number | null = null;
    if (isDistrict(v)) {
      // other counties only as county-level totals
      const totalsOnly =
        q.groupBy.every((g) => g === 'COUNTY' || g === 'SCHOOL_YEAR') &&
        !filter.stages?.length &&
        !filter.remoteness?.length &&
        !filter.titles?.length &&
        !filter.subjects?.length &&
        !filter.choices?.length;
      if (!totalsOnly) {
        restrictedToCounty = v.countyId;
        filter = { ...filter, countyIds: [v.countyId!] };
      }
    }
    const exact = seesExactStatistics(v, { source: q.source, countyIds: filter.countyIds });
    return this.compute({ ...q, filter }, restrictedToCounty, exact);
  }

  /**
   * The exact counts of a demand question with their cell keys, for a module that publishes them
   * through the disclosure control itself (supply against demand): no authorization here, the
   * caller's policy decides. Cells are keyed `<group values joined by U+0001>U+0002<option>`.
   */
  async exactCounts(q: DemandQuery): Promise<Counted> {
    this.validate(q);
    return this.summaryCan(q, undefined)
      ? this.cache.get(JSON.stringify([q.source, q.dimension, q.groupBy, q.filter]), () => this.fromSummary(q))
      : this.fromRows(q);
  }

  /** A school's own teachers against its county and the nation, for one school year. */
  async schoolComparison(
    v: Viewer,
    schoolId: number,
    dimension: Dimension,
    schoolYear: number,
    source: Source,
  ): Promise<{ scope: string; result: DemandResult }[]> {
    if (!readsSchoolStatisticsOf(v, schoolId))
      throw forbidden('STATISTICS_NOT_PERMITTED', 'A school sees its own statistics (the statistics permission)');
    const [unit] = await this.ds.query('SELECT county_id FROM unit WHERE id = ? AND kind = ?', [schoolId, 'SCHOOL']);
    if (!unit) throw badInput('schoolId', 'NO_SUCH_SCHOOL', 'No such school');
    const base = { source, dimension, groupBy: [] as GroupBy[] };
    const countyIds = [Number(unit.county_id)];
    return [
      {
        scope: 'SCHOOL',
        result: await this.compute(
          { ...base, filter: { schoolYears: [schoolYear] } },
          null,
          seesExactStatistics(v, { source, schoolId }),
          schoolId,
        ),
      },
      {
        scope: 'COUNTY',
        result: await this.compute(
          { ...base, filter: { schoolYears: [schoolYear], countyIds } },
          null,
          seesExactStatistics(v, { source, countyIds }),
        ),
      },
      {
        scope: 'NATION',
        result: await this.compute({ ...base, filter: { schoolYears: [schoolYear] } }, null, seesExactStatistics(v, { source })),
      },
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
    const exact = seesExactStatistics(v, { source: 'TEACHER_PLANS', countyIds });
    const [submitted, schools, teachers] = await Promise.all([
      this.ds.query(
        `SELECT school_year, county_id, plan_kind, SUM(submitted) AS n, SUM(key_sum) AS ks FROM participation_summary WHERE ${where.join(' AND ')}
         GROUP BY school_year, county_id, plan_kind`,
        params,
      ),
      this.ds.query("SELECT county_id, COUNT(*) AS n FROM unit WHERE kind = 'SCHOOL' GROUP BY county_id"),
      this.ds.query('SELECT u.county_id, COUNT(*) AS n FROM teacher t JOIN unit u ON u.id = t.school_id GROUP BY u.county_id'),
    ]);
    const invitedSchools = new Map<number, number>(
      schools.map((r: Record<string, unknown>): [number, number] => [Number(r.county_id), Number(r.n)]),
    );
    const invitedTeachers = new Map<number, number>(
      teachers.map((r: Record<string, unknown>): [number, number] => [Number(r.county_id), Number(r.n)]),
    );
    const rows = new Map<string, ParticipationRow>();
    for (const r of submitted as Record<string, unknown>[]) {
      const key = `${r.school_year}:${r.county_id}`;
      const row = rows.get(key) ?? {
        schoolYear: Number(r.school_year),
        countyId: Number(r.county_id),
        schoolsSubmitted: 0,
        teachersSubmitted: 0,
        schoolsInvited: invitedSchools.get(Number(r.county_id)) ?? 0,
        teachersInvited: invitedTeachers.get(Number(r.county_id)) ?? 0,
      };
      // one summary row per county, year and kind: the count of that cell, perturbed for whoever may not read the plans
      const n = exact ? Number(r.n) : perturb(Number(r.n), r.ks);
      if (r.plan_kind === 'SCHOOL_PLAN') row.schoolsSubmitted += n;
      else row.teachersSubmitted += n;
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
    const exact = seesExactStatistics(v, { source: 'TEACHER_PLANS', countyIds: counties });
    const g = by === 'COUNTY' ? 'u.county_id' : 'p.school_id';
    const opt = optionColumn(this.ds);
    const cw = counties?.length ? `AND u.county_id IN (${counties.map(() => '?').join(', ')})` : '';
    const params = [schoolYear, ...(counties ?? [])];
    const [domains, needs] = await Promise.all([
      this.ds.query(
        `SELECT ${g} AS g, COUNT(DISTINCT p.id) AS plans, COUNT(*) AS chosen, SUM(p.record_key) % ${KEY_RANGE} AS chosen_key,
                SUM(CASE WHEN EXISTS (SELECT 1 FROM school_plan_domain sd WHERE sd.plan_id = sp.id AND sd.domain = d.domain) THEN 1 ELSE 0 END) AS matched,
                SUM(CASE WHEN EXISTS (SELECT 1 FROM school_plan_domain sd WHERE sd.plan_id = sp.id AND sd.domain = d.domain) THEN p.record_key ELSE 0 END) % ${KEY_RANGE} AS matched_key
         FROM teacher_plan p JOIN unit u ON u.id = p.school_id
         JOIN school_plan sp ON sp.school_id = p.school_id AND sp.school_year = p.school_year AND sp.status = 'SUBMITTED'
         JOIN teacher_plan_domain d ON d.plan_id = p.id
         WHERE p.status = 'SUBMITTED' AND p.school_year = ? ${cw} GROUP BY ${g}`,
        params,
      ),
      this.ds.query(
        `SELECT ${g} AS g, COUNT(*) AS chosen, SUM(p.record_key) % ${KEY_RANGE} AS chosen_key,
                SUM(CASE WHEN EXISTS (SELECT 1 FROM school_plan_choice sc WHERE sc.plan_id = sp.id AND sc.dimension = c.dimension AND sc.${opt} = c.${opt}) THEN 1 ELSE 0 END) AS matched,
                SUM(CASE WHEN EXISTS (SELECT 1 FROM school_plan_choice sc WHERE sc.plan_id = sp.id AND sc.dimension = c.dimension AND sc.${opt} = c.${opt}) THEN p.record_key ELSE 0 END) % ${KEY_RANGE} AS matched_key
         FROM teacher_plan p JOIN unit u ON u.id = p.school_id
         JOIN school_plan sp ON sp.school_id = p.school_id AND sp.school_year = p.school_year AND sp.status = 'SUBMITTED'
         JOIN teacher_plan_choice c ON c.plan_id = p.id
         WHERE p.status = 'SUBMITTED' AND p.school_year = ? ${cw} GROUP BY ${g}`,
        params,
      ),
    ]);
    const k = statsK();
    // the plans of a group and its key (each plan once) from the domain rows' key sums is not possible: count them apart
    const planKeys: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${g} AS g, SUM(p.record_key) % ${KEY_RANGE} AS ks FROM teacher_plan p JOIN unit u ON u.id = p.school_id
       JOIN school_plan sp ON sp.school_id = p.school_id AND sp.school_year = p.school_year AND sp.status = 'SUBMITTED'
       WHERE p.status = 'SUBMITTED' AND p.school_year = ? ${cw} AND EXISTS (SELECT 1 FROM teacher_plan_domain d WHERE d.plan_id = p.id) GROUP BY ${g}`,
      params,
    );
    const planKeyBy = new Map<number, unknown>(planKeys.map((r) => [Number(r.g), r.ks]));
    // a share of two counts: exact, or of the two counts perturbed each with its own cell key
    const ratio = (matched: number, mk: unknown, chosen: number, ck: unknown) => {
      const m = exact ? matched : perturb(matched, mk);
      const c = exact ? chosen : perturb(chosen, ck);
      return c ? Math.round(Math.min(1, m / c) * 10000) / 10000 : null;
    };
    const needBy = new Map<number, Record<string, unknown>>(needs.map((r: Record<string, unknown>) => [Number(r.g), r]));
    return (domains as Record<string, unknown>[])
      .map((r) => {
        const plans = Number(r.plans);
        const n = needBy.get(Number(r.g));
        const suppressed = !exact && plans < k;
        return {
          by,
          id: Number(r.g),
          exact,
          suppressed,
          teacherPlans: suppressed ? null : exact ? plans : Math.max(k, perturb(plans, planKeyBy.get(Number(r.g)))),
          domainMatch: suppressed ? null : ratio(Number(r.matched), r.matched_key, Number(r.chosen), r.chosen_key),
          needsMatch:
            suppressed || !n || !Number(n.chosen) ? null : ratio(Number(n.matched), n.matched_key, Number(n.chosen), n.chosen_key),
        };
      })
      .sort((a, b) => a.id - b.id);
  }

  private validate(q: DemandQuery) {
    if (q.groupBy.length > 3) throw badInput('groupBy', 'TOO_MANY', 'Group by at most three', { max: 3 });
    if (new Set(q.groupBy).size !== q.groupBy.length) throw badInput('groupBy', 'DUPLICATE_ENTRY', 'A grouping appears twice');
    if (
      q.source === 'SCHOOL_PLANS' &&
      (q.groupBy.some((g) => g === 'TITLE' || g === 'SUBJECT') || q.filter.titles?.length || q.filter.subjects?.length)
    ) {
      throw badInput('groupBy', 'TEACHER_PLANS_ONLY', "Titles and subjects are teachers': use TEACHER_PLANS");
    }
    for (const [i, c] of (q.filter.choices ?? []).entries()) {
      const allowed = LABELS[DIMENSION_ENUM[c.dimension]] as Record<string, unknown>;
      if (!c.options.length || c.options.some((o) => !(o in allowed)))
        throw badInput(`filter.choices.${i}.options`, 'NOT_AN_OPTION', `Options of ${c.dimension}`);
    }
  }

  /** Summary tables answer questions by county, stage and school year with no other filter. */
  private summaryCan(q: DemandQuery, schoolId: number | undefined): boolean {
    const f = q.filter;
    return (
      schoolId === undefined &&
      q.groupBy.every((g) => g === 'COUNTY' || g === 'STAGE' || g === 'SCHOOL_YEAR') &&
      !f.remoteness?.length &&
      !f.titles?.length &&
      !f.subjects?.length &&
      !f.choices?.length
    );
  }

  /**
   * The result from exact counts. For a viewer who may read every counted plan (`exact`): the counts
   * as they are. For everyone else, the disclosure control (docs/API.md "Disclosure control"):
   * - a group resting on fewer than k plans is left out, as if no plan matched (so a filter that
   *   isolates one person answers exactly as one that matches nobody);
   * - every count is perturbed by the cell key method (|change| <= 2, never negative, 0 stays 0);
   *   a perturbed count from 1 to k - 1 is suppressed (null); a group's plans are shown as at least k;
   * - hours sums are the cell's exact mean times its perturbed count.
   */
  private async compute(q: DemandQuery, restrictedToCounty: number | null, exact: boolean, schoolId?: number): Promise<DemandResult> {
    const k = statsK();
    const fromSummary = this.summaryCan(q, schoolId);
    const { counts, bases } = fromSummary
      ? await this.cache.get(JSON.stringify([q.source, q.dimension, q.groupBy, q.filter]), () => this.fromSummary(q))
      : await this.fromRows(q, schoolId);
    const options = Object.keys(LABELS[DIMENSION_ENUM[q.dimension]]);
    const domain = q.dimension === 'DOMAIN';
    const groups: Group[] = [...bases.entries()]
      .filter(([, b]) => exact || b.n >= k)
      .sort(([a], [b]) => compareKeys(a, b))
      .map(([gk, b]) => {
        const values = gk === '' ? [] : gk.split('\u0001');
        const key = q.groupBy.map((by, i) => ({ by, value: values[i] }));
        const plans = exact ? b.n : Math.max(k, perturb(b.n, b.key));
        const cells = options.map((option) => {
          const c = counts.get(`${gk}\u0002${option}`) ?? { n: 0, hours: 0, key: 0 };
          const n = exact ? c.n : perturb(c.n, c.key);
          const suppressed = !exact && n > 0 && n < k;
          const hours = exact ? c.hours : perturbSum(c.hours, c.n, n);
          return {
            option,
            count: suppressed ? null : n,
            share: suppressed || !plans ? null : Math.round(Math.min(1, n / plans) * 10000) / 10000,
            hoursSum: domain && !suppressed ? hours : null,
            hoursMean: domain && !suppressed && n ? Math.round((hours / n) * 100) / 100 : null,
            suppressed,
          };
        });
        return { key, plans, suppressed: false, cells };
      });
    return { source: q.source, dimension: q.dimension, groupBy: q.groupBy, k, fromSummary, exact, restrictedToCounty, groups };
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
    const opt = optionColumn(this.ds);
    const [countRows, baseRows] = await Promise.all([
      this.ds.query(
        `SELECT ${g}${opt} AS opt, SUM(plans) AS n, SUM(hours) AS hours, SUM(key_sum) % ${KEY_RANGE} AS ks FROM demand_summary WHERE ${where.join(' AND ')} AND dimension = ?
         GROUP BY ${g}${opt}`,
        [...params, q.dimension],
      ),
      this.ds.query(
        `SELECT ${groupCols.length ? groupCols.join(', ') : "'' AS none"}, SUM(submitted) AS n, SUM(key_sum) % ${KEY_RANGE} AS ks FROM participation_summary
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
    const opt = optionColumn(ds);
    const stage = isMysql(ds)
      ? "SUBSTRING_INDEX(u.stages, ',', 1)"
      : "CASE WHEN instr(u.stages, ',') > 0 THEN substr(u.stages, 1, instr(u.stages, ',') - 1) ELSE u.stages END";
    const expr: Record<GroupBy, string> = {
      COUNTY: 'u.county_id',
      STAGE: stage,
      REMOTENESS: "COALESCE(u.remoteness, 'GENERAL')",
      TITLE: 't.title',
      SUBJECT: 'ts.subject',
      SCHOOL_YEAR: 'p.school_year',
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
      where.push(
        `EXISTS (SELECT 1 FROM teacher_subject fs WHERE fs.teacher_id = p.teacher_id AND fs.subject IN (${q.filter.subjects.map(() => '?').join(', ')}))`,
      );
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
    // the cell key: the sum of the counted plans' record keys, modulo the key range (each plan once per cell)
    const ks = `SUM(p.record_key) % ${KEY_RANGE}`;
    const counted =
      q.dimension === 'DOMAIN'
        ? `SELECT ${gsel}d.domain AS opt, COUNT(*) AS n, SUM(d.hours) AS hours, ${ks} AS ks FROM ${k}_plan p ${joins.join(' ')} JOIN ${k}_plan_domain d ON d.plan_id = p.id WHERE ${w} GROUP BY ${gby}d.domain`
        : `SELECT ${gsel}c.${opt} AS opt, COUNT(*) AS n, 0 AS hours, ${ks} AS ks FROM ${k}_plan p ${joins.join(' ')} JOIN ${k}_plan_choice c ON c.plan_id = p.id AND c.dimension = ? WHERE ${w} GROUP BY ${gby}c.${opt}`;
    const base = `SELECT ${sel || "'' AS g"}, COUNT(*) AS n, ${ks} AS ks FROM ${k}_plan p ${joins.join(' ')} WHERE ${w}${groupCols.length ? ` GROUP BY ${groupCols.join(', ')}` : ''}`;
    const [countRows, baseRows] = await Promise.all([
      ds.query(counted, q.dimension === 'DOMAIN' ? params : [q.dimension, ...params]),
      ds.query(base, params),
    ]);
    // rows use g0..g2 as group columns
    return this.collect(
      countRows,
      baseRows,
      groupCols.map((_, i) => `g${i}`),
    );
  }

  private collect(countRows: Record<string, unknown>[], baseRows: Record<string, unknown>[], groupCols: string[]): Counted {
    const keyOf = (r: Record<string, unknown>) => groupCols.map((c) => String(r[c])).join('\u0001');
    const bases: Counted['bases'] = new Map();
    for (const r of baseRows) if (Number(r.n) > 0) bases.set(keyOf(r), { n: Number(r.n), key: cellKey(r.ks) });
    const counts: Counted['counts'] = new Map();
    for (const r of countRows) counts.set(`${keyOf(r)}\u0002${r.opt}`, { n: Number(r.n), hours: Number(r.hours ?? 0), key: cellKey(r.ks) });
    return { counts, bases };
  }
}
