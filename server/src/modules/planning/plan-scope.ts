import { isDistrict, isPlatform, schoolAccountWith, syncCounty, Viewer } from '../../auth/viewer';
import { ALL_ROWS, allOf, NO_ROWS, Scope } from '../../shared/scoped-query';
import { teacherScope } from '../directory';

/**
 * The row scope of teacher plans: the teacher and the platform read all of a teacher's plans; a
 * school (its CHIEF/CONTACT) reads the plans filed while the teacher was at that school, a district
 * (or a TEACHER_SYNC key) those filed at a school of its county — and only of teachers it may read
 * at all (the person scope), so an earlier school's plans stay with that school after a transfer.
 * `teacher_plan.school_id` records the school a plan was filed at.
 */
export function teacherPlanScope(v: Viewer, alias = 'p'): Scope {
  if (isPlatform(v)) return ALL_ROWS;
  if (v.kind === 'TEACHER') return { sql: `${alias}.teacher_id = ?`, params: [v.teacherId] };
  let filedAt: Scope | null = null;
  if (isDistrict(v) && v.countyId !== null) {
    filedAt = { sql: `${alias}.school_id IN (SELECT fu.id FROM unit fu WHERE fu.county_id = ?)`, params: [v.countyId] };
  } else if (schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT')) {
    filedAt = { sql: `${alias}.school_id = ?`, params: [v.unitId] };
  } else if (syncCounty(v) !== null) {
    filedAt = { sql: `${alias}.school_id IN (SELECT fu.id FROM unit fu WHERE fu.county_id = ?)`, params: [syncCounty(v)] };
  }
  if (!filedAt) return NO_ROWS;
  const person = teacherScope(v, 'pt');
  return allOf(filedAt, { sql: `EXISTS (SELECT 1 FROM teacher pt WHERE pt.id = ${alias}.teacher_id AND (${person.sql}))`, params: person.params });
}
