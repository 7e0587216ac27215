import type { DataSource } from 'typeorm';
import { isDistrict, type Viewer } from '../../auth/viewer';
import { perturb, perturbSum, statsK } from '../../shared/disclosure';
import type { Dimension, OrganiserKind, SupplyGroupBy } from '../../shared/enums';
import { badInput, forbidden } from '../../shared/errors';
import { DIMENSION_ENUM, LABELS } from '../../shared/labels';
import { placeholders } from '../../shared/loaders';
import { optionColumn } from '../../shared/sql';
import type { Clock } from '../../shared/clock';
import { STAGE_ALL, STAGE_TOTAL, summaryWrites } from '../../shared/supply-summary';
import { SummaryCache, type AnalyticsService } from '../analytics';
import { readsSupplyDemand, seesExactSupplyDemand } from './supply.policy';

export interface SupplyFilter {
  countyIds?: number[] | null;
  stages?: string[] | null;
  remoteness?: string[] | null;
  /** Supply and uptake only (demand is not split by who offers). */
  organiserKinds?: OrganiserKind[] | null;
}

export interface SupplyQuery {
  schoolYear: number;
  dimension: Dimension;
  groupBy: SupplyGroupBy[];
  filter: SupplyFilter;
}

export interface SupplyCell {
  option: string;
  /** Demand: teacher plans that chose the option, and (domains) their planned hours. */
  demandPlans: number | null;
  plannedHours: number | null;
  demandSuppressed: boolean;
  /** Supply: offered courses, their seats and seat-hours (public: exact). */
  courses: number;
  seats: number;
  hoursOffered: number;
  /** Uptake: admitted registrations, issued study records and their hours. */
  registrations: number | null;
  registrationsSuppressed: boolean;
  hoursIssued: number | null;
  hoursIssuedSuppressed: boolean;
  /** Gap: seats per 100 teachers asking; registrations per seat; issued hours against planned hours. */
  seatsPer100: number | null;
  fillRate: number | null;
  issuedShare: number | null;
}

export interface SupplyGroup {
  key: { by: SupplyGroupBy; value: string }[];
  /** Teacher plans the group's demand rests on (null: fewer than k, not shown). */
  plans: number | null;
  cells: SupplyCell[];
}

export interface SupplyDemandResult {
  schoolYear: number;
  dimension: Dimension;
  groupBy: SupplyGroupBy[];
  k: number;
  exact: boolean;
  restrictedToCounty: number | null;
  groups: SupplyGroup[];
}

const COLUMN: Record<SupplyGroupBy, string> = {
  COUNTY: 'county_id',
  STAGE: 'stage',
  REMOTENESS: 'remoteness',
  ORGANISER_KIND: 'organiser_kind',
};

const SEP = '\u0001';

/** Per group key (values joined by SEP) and option. */
type SupplyMap = Map<string, Map<string, { courses: number; seats: number; seatHours: number }>>;
type Uptake = { registrations: number; regKey: number; records: number; hours: number; issuedKey: number };
type UptakeMap = Map<string, Map<string, Uptake>>;

/** A summary row's uptake columns (uptake_summary or supply_county_summary, summed as in uptake()). */
const uptakeOf = (r: Record<string, unknown>): Uptake => ({
  registrations: Number(r.registrations),
  regKey: Number(r.reg_key ?? 0),
  records: Number(r.records),
  hours: Number(r.hours),
  issuedKey: Number(r.issued_key ?? 0),
});

/** Group keys in a natural order: counties by number, codes alphabetically. */
function compareKeys(a: string, b: string): number {
  const pa = a.split(SEP);
  const pb = b.split(SEP);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (d) return d;
  }
  return 0;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * 供需: supply against demand (issue 12 item 6). For one school year and one dimension, per group
 * and option: demand (submitted teacher plans choosing the option, planned hours; from the demand
 * summary or the per-choice rows, through the analytics service), supply (offered courses, seats,
 * seat-hours; supply_summary), uptake (admitted registrations, issued hours; uptake_summary) and the
 * gap indices. Demand and uptake leave through the disclosure control for everyone but the platform.
 */
export class SupplyService {
  constructor(
    private readonly ds: DataSource,
    private readonly analytics: AnalyticsService,
    clock: Clock,
  ) {
    this.answers = new SummaryCache(clock, 500);
  }

  /**
   * Answers kept for STATS_CACHE_SECONDS (5; 0: none) in the analysis' own kind of cache: the same
   * question asked again (the standard report of a page many read) is not computed again. Keyed by
   * everything the answer depends on (the question, exact or perturbed, k, the county restriction) and
   * by the count of summary and plan writes this process made, so a write here makes older answers
   * unreachable at once. Another copy of the server sees a write at most that many seconds late.
   */
  private readonly answers: SummaryCache;

  private kept(key: string, compute: () => Promise<SupplyDemandResult>): Promise<SupplyDemandResult> {
    return this.answers.get(`${key}/${summaryWrites()}/${this.analytics.cache.generation}`, compute);
  }

  async supplyDemand(v: Viewer, q: SupplyQuery): Promise<SupplyDemandResult> {
    if (!readsSupplyDemand(v))
      throw forbidden(
        'STATISTICS_NOT_PERMITTED',
        "Supply against demand: the platform, analysts, districts, STATISTICS_READ keys and organisers' accounts with the statistics permission",
      );
    this.validate(q);
    let filter = q.filter;
    let restrictedToCounty: number | null = null;
    if (isDistrict(v)) {
      // other counties only as county totals; detail (other groupings, other filters) for its own county
      const totalsOnly =
        q.groupBy.every((g) => g === 'COUNTY') && !filter.stages?.length && !filter.remoteness?.length && !filter.organiserKinds?.length;
      if (!totalsOnly) {
        restrictedToCounty = v.countyId;
        filter = { ...filter, countyIds: [v.countyId!] };
      }
    }
    const exact = seesExactSupplyDemand(v);
    const k = statsK();
    const key = JSON.stringify([q.schoolYear, q.dimension, q.groupBy, filter, exact, k, restrictedToCounty]);
    return this.kept(key, () => this.compute(q, filter, exact, k, restrictedToCounty));
  }

  private async compute(
    q: SupplyQuery,
    filter: SupplyFilter,
    exact: boolean,
    k: number,
    restrictedToCounty: number | null,
  ): Promise<SupplyDemandResult> {
    const demandBy = q.groupBy.filter((g) => g !== 'ORGANISER_KIND') as ('COUNTY' | 'STAGE' | 'REMOTENESS')[];
    const demandCounts = this.analytics.exactCounts({
      source: 'TEACHER_PLANS',
      dimension: q.dimension,
      groupBy: demandBy,
      filter: { schoolYears: [q.schoolYear], countyIds: filter.countyIds, stages: filter.stages, remoteness: filter.remoteness },
    });
    // by county or for the nation, without a filter but counties: the county roll-up (one statement, ~23 rows an option)
    const byCounty =
      q.groupBy.every((g) => g === 'COUNTY') && !filter.stages?.length && !filter.remoteness?.length && !filter.organiserKinds?.length;
    const [demand, [supply, uptake]] = await Promise.all([
      demandCounts,
      byCounty ? this.byCounty(q, filter) : Promise.all([this.supply(q, filter), this.uptake(q, filter)]),
    ]);
    const options = Object.keys(LABELS[DIMENSION_ENUM[q.dimension]]);
    const orgAt = q.groupBy.indexOf('ORGANISER_KIND');
    const demandKeyOf = (gk: string) =>
      gk === ''
        ? ''
        : gk
            .split(SEP)
            .filter((_, i) => i !== orgAt)
            .join(SEP);
    const groupKeys = new Set<string>([...supply.keys(), ...uptake.keys()]);
    if (orgAt < 0) for (const gk of demand.bases.keys()) groupKeys.add(gk);
    if (!q.groupBy.length) groupKeys.add('');
    const domain = q.dimension === 'DOMAIN';
    const groups = [...groupKeys].sort(compareKeys).map((gk): SupplyGroup => {
      const values = gk === '' ? [] : gk.split(SEP);
      const dk = demandKeyOf(gk);
      // a group whose demand rests on fewer than k plans answers as one no plan matched (disclosure control)
      const raw = demand.bases.get(dk);
      const base = raw && (exact || raw.n >= k) ? raw : undefined;
      const plans = !base ? null : exact ? base.n : Math.max(k, perturb(base.n, base.key));
      const cells = options.map((option): SupplyCell => {
        const d = (base && demand.counts.get(`${dk}\u0002${option}`)) || { n: 0, hours: 0, key: 0 };
        const s = supply.get(gk)?.get(option) ?? { courses: 0, seats: 0, seatHours: 0 };
        const u = uptake.get(gk)?.get(option) ?? { registrations: 0, regKey: 0, records: 0, hours: 0, issuedKey: 0 };
        const n = exact ? d.n : perturb(d.n, d.key);
        const demandSuppressed = !exact && n > 0 && n < k;
        const demandPlans = demandSuppressed ? null : n;
        const plannedHours = !domain || demandSuppressed ? null : exact ? d.hours : perturbSum(d.hours, d.n, n);
        const regs = exact ? u.registrations : perturb(u.registrations, u.regKey);
        const registrationsSuppressed = !exact && regs > 0 && regs < k;
        const records = exact ? u.records : perturb(u.records, u.issuedKey);
        const hoursIssuedSuppressed = !exact && records > 0 && records < k;
        const hoursIssued = hoursIssuedSuppressed ? null : exact ? u.hours : perturbSum(u.hours, u.records, records);
        const registrations = registrationsSuppressed ? null : regs;
        return {
          option,
          demandPlans,
          plannedHours,
          demandSuppressed,
          courses: s.courses,
          seats: s.seats,
          hoursOffered: s.seatHours,
          registrations,
          registrationsSuppressed,
          hoursIssued,
          hoursIssuedSuppressed,
          seatsPer100: demandPlans ? round((s.seats * 100) / demandPlans, 1) : null,
          fillRate: s.seats && registrations !== null ? round(registrations / s.seats, 4) : null,
          issuedShare: plannedHours && hoursIssued !== null ? round(hoursIssued / plannedHours, 4) : null,
        };
      });
      return { key: q.groupBy.map((by, i) => ({ by, value: values[i] })), plans, cells };
    });
    return { schoolYear: q.schoolYear, dimension: q.dimension, groupBy: q.groupBy, k, exact, restrictedToCounty, groups };
  }

  private validate(q: SupplyQuery) {
    if (!Number.isInteger(q.schoolYear) || q.schoolYear < 1 || q.schoolYear > 999)
      throw badInput('schoolYear', 'SCHOOL_YEAR_INVALID', 'A school year (ROC, e.g. 114)');
    if (q.groupBy.length > 2) throw badInput('groupBy', 'TOO_MANY', 'Group by at most two', { max: 2 });
    if (new Set(q.groupBy).size !== q.groupBy.length) throw badInput('groupBy', 'DUPLICATE_ENTRY', 'A grouping appears twice');
    if ((q.filter.stages?.length ?? 0) > 1 && !q.groupBy.includes('STAGE'))
      throw badInput('filter.stages', 'TOO_MANY', 'One stage, or group by STAGE (a course open to several stages counts in each)', {
        max: 1,
      });
  }

  private where(q: SupplyQuery, f: SupplyFilter, stage: { sql: string; params: unknown[] } | null) {
    const where = ['school_year = ?', 'dimension = ?'];
    const params: unknown[] = [q.schoolYear, q.dimension];
    const inList = (c: string, vals: readonly unknown[] | null | undefined) => {
      if (vals?.length) {
        where.push(`${c} IN (${placeholders(vals.length)})`);
        params.push(...vals);
      }
    };
    inList('county_id', f.countyIds);
    inList('remoteness', f.remoteness);
    inList('organiser_kind', f.organiserKinds);
    if (stage) {
      where.push(stage.sql);
      params.push(...stage.params);
    } else inList('stage', f.stages);
    return { sql: where.join(' AND '), params };
  }

  /** Offered courses, seats and seat-hours per group and option. */
  private async supply(q: SupplyQuery, f: SupplyFilter): Promise<SupplyMap> {
    const byStage = q.groupBy.includes('STAGE');
    const stageCodes = f.stages?.length ? f.stages : Object.keys(LABELS.Stage);
    const stage = byStage
      ? { sql: `stage IN (${placeholders(stageCodes.length + 1)})`, params: [...stageCodes, STAGE_ALL] }
      : f.stages?.length
        ? { sql: 'stage IN (?, ?)', params: [f.stages[0], STAGE_ALL] }
        : { sql: 'stage = ?', params: [STAGE_TOTAL] };
    const w = this.where(q, f, stage);
    const cols = q.groupBy.map((g) => COLUMN[g]);
    const g = cols.length ? `${cols.join(', ')}, ` : '';
    const opt = optionColumn(this.ds);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${g}${opt} AS opt, SUM(courses) AS courses, SUM(seats) AS seats, SUM(seat_hours) AS seat_hours
       FROM supply_summary WHERE ${w.sql} GROUP BY ${g}${opt}`,
      w.params,
    );
    const out: SupplyMap = new Map();
    const add = (gk: string, option: string, r: Record<string, unknown>) => {
      const m = out.get(gk) ?? new Map();
      const c = m.get(option) ?? { courses: 0, seats: 0, seatHours: 0 };
      c.courses += Number(r.courses);
      c.seats += Number(r.seats);
      c.seatHours += Number(r.seat_hours);
      m.set(option, c);
      out.set(gk, m);
    };
    const stageAt = q.groupBy.indexOf('STAGE');
    for (const r of rows) {
      // a row that no longer counts anything (its courses left) makes no group (as in the county roll-up)
      if (!Number(r.courses) && !Number(r.seats) && !Number(r.seat_hours)) continue;
      const values = cols.map((c) => String(r[c]));
      // a course open to every stage counts in each stage's group
      const targets = stageAt >= 0 && values[stageAt] === STAGE_ALL ? stageCodes : null;
      if (targets) {
        for (const s of targets) add(values.map((v, i) => (i === stageAt ? s : v)).join(SEP), String(r.opt), r);
      } else add(values.join(SEP), String(r.opt), r);
    }
    return out;
  }

  /**
   * Supply and uptake by county (or for the nation) from supply_county_summary: the same figures as
   * supply() and uptake() give from the detailed tables (the supply's stage '*' rows; the uptake over
   * every stage, remoteness and organiser kind), from rows in the order of its primary key.
   */
  private async byCounty(q: SupplyQuery, f: SupplyFilter): Promise<[SupplyMap, UptakeMap]> {
    const where = ['school_year = ?', 'dimension = ?'];
    const params: unknown[] = [q.schoolYear, q.dimension];
    if (f.countyIds?.length) {
      where.push(`county_id IN (${placeholders(f.countyIds.length)})`);
      params.push(...f.countyIds);
    }
    const g = q.groupBy.length ? 'county_id, ' : '';
    const opt = optionColumn(this.ds);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${g}${opt} AS opt, SUM(courses) AS courses, SUM(seats) AS seats, SUM(seat_hours) AS seat_hours,
              SUM(registrations) AS registrations, SUM(reg_key_sum) AS reg_key, SUM(issued_records) AS records,
              SUM(issued_hours) AS hours, SUM(issued_key_sum) AS issued_key
       FROM supply_county_summary WHERE ${where.join(' AND ')} GROUP BY ${g}${opt}`,
      params,
    );
    const supply: SupplyMap = new Map();
    const uptake: UptakeMap = new Map();
    for (const r of rows) {
      const gk = q.groupBy.length ? String(r.county_id) : '';
      const option = String(r.opt);
      if (Number(r.courses) || Number(r.seats) || Number(r.seat_hours)) {
        const m = supply.get(gk) ?? new Map();
        m.set(option, { courses: Number(r.courses), seats: Number(r.seats), seatHours: Number(r.seat_hours) });
        supply.set(gk, m);
      }
      if (Number(r.registrations) || Number(r.records)) {
        const m = uptake.get(gk) ?? new Map();
        m.set(option, uptakeOf(r));
        uptake.set(gk, m);
      }
    }
    return [supply, uptake];
  }

  /** Admitted registrations and issued hours per group and option, with their cell keys. */
  private async uptake(q: SupplyQuery, f: SupplyFilter): Promise<UptakeMap> {
    const w = this.where(q, f, null);
    const cols = q.groupBy.map((g) => COLUMN[g]);
    const g = cols.length ? `${cols.join(', ')}, ` : '';
    const opt = optionColumn(this.ds);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT ${g}${opt} AS opt, SUM(registrations) AS registrations, SUM(reg_key_sum) AS reg_key, SUM(issued_records) AS records,
              SUM(issued_hours) AS hours, SUM(issued_key_sum) AS issued_key
       FROM uptake_summary WHERE ${w.sql} GROUP BY ${g}${opt}`,
      w.params,
    );
    const out: UptakeMap = new Map();
    for (const r of rows) {
      if (!Number(r.registrations) && !Number(r.records)) continue;
      const gk = cols.map((c) => String(r[c])).join(SEP);
      const m = out.get(gk) ?? new Map();
      m.set(String(r.opt), uptakeOf(r));
      out.set(gk, m);
    }
    return out;
  }
}
