import { hasScope, isAnalyst, isDistrict, isPlatform, schoolAccountWith, viewerRule, type Rule } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';

/**
 * The policy of statistics (the demand analysis, participation, alignment, a school against its
 * county and the nation): who reads them, and who reads them exactly rather than perturbed by the
 * disclosure control (docs/API.md "Disclosure control"). Planning's survey results use it too.
 */

/** Statistics across counties: the platform, the analyst, a district, a partner key with STATISTICS_READ. */
export function readsStatistics(v: Viewer): boolean {
  return isPlatform(v) || isAnalyst(v) || isDistrict(v) || hasScope(v, 'STATISTICS_READ');
}

/** Its own school's statistics against its county and the nation: a school's accounts with the statistics permission. */
export const readsOwnSchoolStatistics = (v: Viewer): boolean => schoolAccountWith(v, 'STATISTICS');

/** A school's statistics against its county and the nation: its accounts with the statistics permission, the platform (any school). */
export function readsSchoolStatisticsOf(v: Viewer, schoolId: number | null): boolean {
  return isPlatform(v) || (readsOwnSchoolStatistics(v) && (schoolId === null || (v.kind === 'BUSINESS' && v.unitId === schoolId)));
}

/**
 * Who gets statistics exactly rather than perturbed by the disclosure control: whoever may read
 * every counted plan row by row anyway — the platform; a district when everything counted lies in
 * its own county (it reads the plans of its county); a school about its own plans (teacher plans:
 * its CHIEF/CONTACT with teacher management, who read them; its school plan: its business
 * accounts). Survey answers are read by nobody row by row: exact for the platform only. Everyone
 * else (analysts, partner keys, districts about other counties, a school's county and nation) gets
 * perturbed counts.
 */
export function seesExactStatistics(
  v: Viewer,
  scope: { source: 'TEACHER_PLANS' | 'SCHOOL_PLANS' | 'SURVEY'; countyIds?: number[] | null; schoolId?: number | null },
): boolean {
  if (isPlatform(v)) return true;
  if (scope.source === 'SURVEY') return false;
  if (scope.schoolId != null) {
    return (
      v.kind === 'BUSINESS' &&
      v.unitId === scope.schoolId &&
      (scope.source === 'SCHOOL_PLANS' || v.permissions.includes('UNIT_TEACHER_MANAGEMENT'))
    );
  }
  return isDistrict(v) && v.countyId !== null && !!scope.countyIds?.length && scope.countyIds.every((c) => c === v.countyId);
}

export const statisticsRules = {
  'Query.demand': viewerRule(readsStatistics),
  'Query.participation': viewerRule(readsStatistics),
  'Query.alignment': viewerRule(readsStatistics),
  'Query.schoolDemandComparison': viewerRule((v) => readsSchoolStatisticsOf(v, null)),
} satisfies Record<string, Rule>;
