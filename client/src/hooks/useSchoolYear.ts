import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { SchoolYearsQuery } from '../gql/graphql';

/** The school years with their service periods and windows (public). */
export const SCHOOL_YEARS_QUERY = graphql(`
  query SchoolYears {
    schoolYears {
      id
      year
      serviceOpensAt
      serviceClosesAt
      rewardThresholdPercent
      windows {
        planKind
        groupKey
        opensOn
        closesOn
        opensAt
        closesAt
      }
    }
  }
`);

export type SchoolYearInfo = SchoolYearsQuery['schoolYears'][number];

/** The year to start on: the one whose service period holds today, else the newest. */
export function defaultYear(years: readonly SchoolYearInfo[], now = Date.now()): number | null {
  if (years.length === 0) return null;
  const current = years.filter((y) => now >= Date.parse(y.serviceOpensAt) && now <= Date.parse(y.serviceClosesAt));
  const pool = current.length > 0 ? current : years;
  return Math.max(...pool.map((y) => y.year));
}

/**
 * The school year a page shows: `?year=` in the address (so a link or a reload keeps it), else
 * the default. Years are listed newest first.
 */
export function useSchoolYear() {
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(SCHOOL_YEARS_QUERY);
  const years = useMemo(() => [...(data?.schoolYears ?? [])].sort((a, b) => b.year - a.year), [data]);
  const asked = Number(params.get('year'));
  const year = years.some((y) => y.year === asked) ? asked : defaultYear(years);
  const setYear = useCallback(
    (y: number) => {
      const next = new URLSearchParams(params);
      next.set('year', String(y));
      setParams(next, { replace: true });
    },
    [params, setParams],
  );
  return { years, year, info: years.find((y) => y.year === year) ?? null, setYear, loading: loading && !data, error, refetch };
}
