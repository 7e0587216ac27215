import type { Context } from '../../context';
import { hasScope, isAnalyst, isDistrict, isPlatform, loggedIn, syncCounty, viewerRule, type Rule } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import { NO_ROWS, type Scope } from '../../shared/scoped-query';

/**
 * The policy of schools (units of kind SCHOOL) and of the directory's reference data: who lists
 * which schools (the row scope) and who edits the reference lists. What a viewer may do to one
 * school's teachers, accounts and plans is in those resources' policies (teacher.policy.ts,
 * accounts' business-account.policy.ts, planning's plan.policy.ts), which add to `School.viewerCan`.
 */

/**
 * Viewers whose school list holds more than their own school (the platform, the analyst, a district,
 * partner keys): they get a 學校 list to browse; a school's accounts and teachers see theirs elsewhere.
 */
export function browsesSchools(v: Viewer): boolean {
  return (
    isPlatform(v) ||
    isAnalyst(v) ||
    isDistrict(v) ||
    hasScope(v, 'DIRECTORY_READ') ||
    hasScope(v, 'STATISTICS_READ') ||
    syncCounty(v) !== null
  );
}

/** Schools the viewer may list: all (platform, analyst, directory/statistics keys), its county (district, sync key), its own school. */
export function schoolScope(v: Viewer, alias = 'u'): Scope {
  const kind = { sql: `${alias}.kind = ?`, params: ['SCHOOL'] };
  if (isPlatform(v) || isAnalyst(v) || hasScope(v, 'DIRECTORY_READ') || hasScope(v, 'STATISTICS_READ')) return kind;
  if (syncCounty(v) !== null) return { sql: `${kind.sql} AND ${alias}.county_id = ?`, params: ['SCHOOL', syncCounty(v)] };
  if (isDistrict(v) && v.countyId !== null) return { sql: `${kind.sql} AND ${alias}.county_id = ?`, params: ['SCHOOL', v.countyId] };
  if (v.kind === 'TEACHER') return { sql: `${kind.sql} AND ${alias}.id = ?`, params: ['SCHOOL', v.schoolId] };
  if (v.kind === 'BUSINESS') return { sql: `${kind.sql} AND ${alias}.id = ?`, params: ['SCHOOL', v.unitId] };
  return NO_ROWS;
}

/** The county of a unit (through the request's unit loader), or null. */
export const countyOfUnit = async (ctx: Context, unitId: unknown): Promise<number | null> =>
  typeof unitId === 'number' ? ((await ctx.loaders.unit.load(unitId))?.countyId ?? null) : null;

/** Who edits the reference lists (titles, subjects ...): the platform. */
export const editsReferenceLists = (v: Viewer): boolean => isPlatform(v);

export const schoolRules = {
  'Query.schools': viewerRule(loggedIn),
  'Mutation.setReferenceItem': viewerRule(editsReferenceLists),
} satisfies Record<string, Rule>;
