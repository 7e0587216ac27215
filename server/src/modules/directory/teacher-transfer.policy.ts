import { districtOf, isDistrict, isPlatform, schoolAccountWith, viewerRule, type Rule } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import { ALL_ROWS, NO_ROWS, type Scope } from '../../shared/scoped-query';
import { receivesTeachers } from './teacher.policy';

/**
 * The policy of transfer requests (調校, issue 9): the receiving side (teacher.policy.ts
 * `receivesTeachersAt`) asks, the sending side decides; each side sees its own requests.
 */

/** Transfer requests the viewer sees: each side its own (sending or receiving school or county), the teacher its own, the platform all. */
export function transferScope(v: Viewer, alias = 'x'): Scope {
  if (isPlatform(v)) return ALL_ROWS;
  if (v.kind === 'TEACHER') return { sql: `${alias}.teacher_id = ?`, params: [v.teacherId] };
  if (schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT')) {
    return { sql: `${alias}.from_school_id = ? OR ${alias}.to_school_id = ?`, params: [v.unitId, v.unitId] };
  }
  if (isDistrict(v) && v.countyId !== null) {
    const inCounty = 'IN (SELECT xu.id FROM unit xu WHERE xu.county_id = ?)';
    return { sql: `${alias}.from_school_id ${inCounty} OR ${alias}.to_school_id ${inCounty}`, params: [v.countyId, v.countyId] };
  }
  return NO_ROWS;
}

/** Who takes part in transfers at all (each request is then checked row by row): a side's keepers, districts, the teacher, the platform. */
export const takesPartInTransfers = (v: Viewer): boolean =>
  isPlatform(v) || isDistrict(v) || v.kind === 'TEACHER' || schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT');

/**
 * Who decides a transfer request on the sending side: the teacher itself, its school's CHIEF/CONTACT
 * (teacher-account permission), the district of that school's county, the platform.
 */
export function sendsTeacherFrom(v: Viewer, from: { id: number; countyId: number | null }, teacherId: number): boolean {
  return (
    isPlatform(v) ||
    (v.kind === 'TEACHER' && v.teacherId === teacherId) ||
    (schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') && v.unitId === from.id) ||
    districtOf(v, from.countyId)
  );
}

export const teacherTransferRules = {
  'Query.teacherTransfers': viewerRule(takesPartInTransfers),
  'Mutation.transferTeacher': viewerRule(receivesTeachers),
  'Mutation.acceptTeacherTransfer': viewerRule(takesPartInTransfers),
  'Mutation.declineTeacherTransfer': viewerRule(takesPartInTransfers),
} satisfies Record<string, Rule>;
