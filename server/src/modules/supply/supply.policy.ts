import { isPlatform, viewerRule, type Rule } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import { readsStatistics } from '../analytics';

/**
 * The policy of supply against demand (供需, docs/API.md): who reads it, and who reads it exactly.
 *
 * - the platform, analysts, districts and STATISTICS_READ keys (as the demand analysis: a district
 *   in detail for its own county, other counties as county totals);
 * - course organisers' accounts with the statistics permission (研習辦理單位參考, 附件三 貳 四): a
 *   business account holding STATISTICS and a course permission (registration or management) —
 *   aggregates of every county, never a person.
 *
 * Exact figures for the platform only; everyone else gets demand and uptake through the disclosure
 * control (cell key method). Supply (courses, seats, hours offered) is the public catalog's: exact.
 */
export function readsDemandAsOrganiser(v: Viewer): boolean {
  return (
    v.kind === 'BUSINESS' &&
    v.permissions.includes('STATISTICS') &&
    (v.permissions.includes('COURSE_REGISTRATION') || v.permissions.includes('COURSE_MANAGEMENT'))
  );
}

export function readsSupplyDemand(v: Viewer): boolean {
  return readsStatistics(v) || readsDemandAsOrganiser(v);
}

export function seesExactSupplyDemand(v: Viewer): boolean {
  return isPlatform(v);
}

export const supplyRules = {
  'Query.supplyDemand': viewerRule(readsSupplyDemand),
} satisfies Record<string, Rule>;
