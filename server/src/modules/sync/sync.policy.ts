import { hasScope, isDistrict, isPlatform, syncCounty, viewerRule, type Rule } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';

/** What `changes` follows: the record kinds that have a change feed, by the audit trail's target type. */
export const CHANGE_TYPES = {
  SCHOOL: 'School',
  TEACHER: 'Teacher',
  BUSINESS_ACCOUNT: 'BusinessAccount',
  SCHOOL_PLAN: 'SchoolPlan',
  TEACHER_PLAN: 'TeacherPlan',
  COURSE: 'Course',
  COURSE_REGISTRATION: 'CourseRegistration',
} as const;
export type ChangeType = keyof typeof CHANGE_TYPES;
export const ALL_CHANGE_TYPES = Object.keys(CHANGE_TYPES) as ChangeType[];

/**
 * Who follows which changes, and of which county (null: the whole nation):
 * - the platform: every kind, everywhere;
 * - a district: every kind, of its county;
 * - a TEACHER_SYNC key (a county's school-administration system): schools, teachers and their plans, of its county;
 * - a DIRECTORY_READ key: schools, everywhere.
 * Everyone else follows nothing (FORBIDDEN). Each entry's record is then read with the reader's own
 * row rules (as `node(id:)`): what it may not read comes as a tombstone, never as data.
 */
export function changeFeedOf(v: Viewer): { types: ChangeType[]; countyId: number | null } | null {
  if (isPlatform(v)) return { types: ALL_CHANGE_TYPES, countyId: null };
  if (isDistrict(v)) return v.countyId == null ? null : { types: ALL_CHANGE_TYPES, countyId: v.countyId };
  const sync = syncCounty(v);
  const types: ChangeType[] = [];
  if (sync != null) types.push('SCHOOL', 'TEACHER', 'TEACHER_PLAN');
  if (hasScope(v, 'DIRECTORY_READ') && !types.includes('SCHOOL')) types.push('SCHOOL');
  if (!types.length) return null;
  return { types, countyId: sync };
}

export const syncRules = {
  'Query.changes': viewerRule((v) => changeFeedOf(v) !== null),
} satisfies Record<string, Rule>;
