import { districtOf, isDistrict, isPlatform, rowRule, schoolAccountWith, syncCounty, viewerRule, type Rule } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import { ALL_ROWS, allOf, NO_ROWS, type Scope } from '../../shared/scoped-query';
import { recognisesTeacher, teacherScope } from '../directory';

/**
 * The policy of plans (school plans and teacher plans, 附件三): who reads which plans (the row
 * scope), who fills and submits them, who reopens them after their window closed. The GraphQL
 * rules, PlanService, `node(id:)`, the loaders, `School.planning`, `me.can` and `School.viewerCan`
 * all call these functions.
 */
type SchoolRef = { id: number; countyId: number | null };

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
  return allOf(filedAt, {
    sql: `EXISTS (SELECT 1 FROM teacher pt WHERE pt.id = ${alias}.teacher_id AND (${person.sql}))`,
    params: person.params,
  });
}

/** Who reads a school's plans: the platform, its county's district, its teachers and business accounts. */
export function readsSchoolPlansOf(v: Viewer, s: SchoolRef): boolean {
  if (isPlatform(v)) return true;
  if (isDistrict(v)) return v.countyId !== null && s.countyId === v.countyId;
  if (v.kind === 'TEACHER') return s.id === v.schoolId;
  return v.kind === 'BUSINESS' && s.id === v.unitId;
}

/** Who fills school plans at all: a school's business accounts with the teacher-account permission (CHIEF, CONTACT). */
export const fillsSchoolPlans = (v: Viewer): boolean => schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT');

/** Who fills this school's plan: its CHIEF/CONTACT (the teacher-account permission). */
export const fillsSchoolPlanOf = (v: Viewer, school: { id: number }): boolean =>
  fillsSchoolPlans(v) && v.kind === 'BUSINESS' && v.unitId === school.id;

/** Who fills a teacher plan: the teacher, its own. */
export const fillsOwnTeacherPlan = (v: Viewer): boolean => v.kind === 'TEACHER';

/** Who reopens plans at all (and reminds schools that have not filed): the platform and the districts. */
export const remindsAndReopens = (v: Viewer): boolean => isPlatform(v) || isDistrict(v);

/** Who reopens this school's plans after their window closed: the district of its county, the platform. */
export const reopensPlansOf = (v: Viewer, school: { countyId: number | null }): boolean => isPlatform(v) || districtOf(v, school.countyId);

const schoolPlans = rowRule<SchoolRef>((ctx, s) => readsSchoolPlansOf(ctx.viewer, s));

export const planRules = {
  'School.schoolPlans': schoolPlans,
  'School.schoolPlan': schoolPlans,
  'School.planning': schoolPlans,
  'Teacher.plans': rowRule(recognisesTeacher),
  'Teacher.plan': rowRule(recognisesTeacher),
  'Query.myTeacherPlanning': viewerRule(fillsOwnTeacherPlan),
  'Mutation.saveSchoolPlan': viewerRule(fillsSchoolPlans),
  'Mutation.submitSchoolPlan': viewerRule(fillsSchoolPlans),
  'Mutation.saveMyTeacherPlan': viewerRule(fillsOwnTeacherPlan),
  'Mutation.submitMyTeacherPlan': viewerRule(fillsOwnTeacherPlan),
  'Mutation.reopenSchoolPlan': viewerRule(remindsAndReopens),
  'Mutation.reopenTeacherPlan': viewerRule(remindsAndReopens),
} satisfies Record<string, Rule>;
