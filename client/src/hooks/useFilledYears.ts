import { useQuery } from '@apollo/client/react';
import { PARTICIPATION_QUERY } from '../components/analysis/queries';
import type { SchoolYearInfo } from './useSchoolYear';

/** A year has enough plans to start on when at least this share of its schools or teachers submitted. */
export const ENOUGH_SHARE = 0.2;

export interface YearCoverage {
  year: number;
  schoolsInvited: number;
  schoolsSubmitted: number;
  teachersInvited: number;
  teachersSubmitted: number;
  /** Enough submitted plans to show (ENOUGH_SHARE of the schools or of the teachers). */
  enough: boolean;
}

/**
 * How far each school year is filled (伍 participation, summed over the counties the viewer sees),
 * and the year the statistics pages start on: the newest with enough submitted plans, else the
 * newest with any, else `fallback` (the current year). Skipped (fallback) for viewers who may not
 * read statistics across counties.
 */
export function useFilledYears(years: readonly SchoolYearInfo[], fallback: number | null, enabled: boolean) {
  const all = years.map((y) => y.year);
  const q = useQuery(PARTICIPATION_QUERY, { variables: { years: all }, skip: all.length === 0 || !enabled });
  // Every year asked has a row once answered: a year no county reports on has nothing submitted.
  const byYear = new Map<number, YearCoverage>(
    q.data
      ? all.map((year) => [year, { year, schoolsInvited: 0, schoolsSubmitted: 0, teachersInvited: 0, teachersSubmitted: 0, enough: false }])
      : [],
  );
  for (const r of q.data?.participation ?? []) {
    const c = byYear.get(r.schoolYear) ?? {
      year: r.schoolYear,
      schoolsInvited: 0,
      schoolsSubmitted: 0,
      teachersInvited: 0,
      teachersSubmitted: 0,
      enough: false,
    };
    c.schoolsInvited += r.schoolsInvited;
    c.schoolsSubmitted += r.schoolsSubmitted;
    c.teachersInvited += r.teachersInvited;
    c.teachersSubmitted += r.teachersSubmitted;
    byYear.set(r.schoolYear, c);
  }
  for (const c of byYear.values()) {
    c.enough =
      (c.schoolsInvited > 0 && c.schoolsSubmitted / c.schoolsInvited >= ENOUGH_SHARE) ||
      (c.teachersInvited > 0 && c.teachersSubmitted / c.teachersInvited >= ENOUGH_SHARE);
  }
  const rows = [...byYear.values()];
  const newest = (xs: YearCoverage[]) => (xs.length > 0 ? Math.max(...xs.map((c) => c.year)) : null);
  const startYear =
    newest(rows.filter((c) => c.enough)) ?? newest(rows.filter((c) => c.schoolsSubmitted + c.teachersSubmitted > 0)) ?? fallback;
  return {
    startYear,
    coverage: (year: number | null | undefined) => (year == null ? null : (byYear.get(year) ?? null)),
    loading: q.loading && !q.data,
    error: q.error,
  };
}

/** Where a year's filling stands at `now`: its windows not open yet (from when), or still open (until when). */
export function fillingStage(info: SchoolYearInfo | undefined, now = Date.now()): { kind: 'notOpen' | 'filling'; at: string } | null {
  const opens = (info?.windows ?? []).map((w) => Date.parse(w.opensAt)).filter((x) => !Number.isNaN(x));
  const closes = (info?.windows ?? []).map((w) => Date.parse(w.closesAt)).filter((x) => !Number.isNaN(x));
  if (opens.length > 0 && now < Math.min(...opens)) return { kind: 'notOpen', at: new Date(Math.min(...opens)).toISOString() };
  if (closes.length > 0 && now <= Math.max(...closes)) return { kind: 'filling', at: new Date(Math.max(...closes)).toISOString() };
  return null;
}
