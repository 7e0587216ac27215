import type { Rule } from '../../shared/module';
import { hasScope, isDistrict, isPlatform, schoolAccountWith, Viewer } from '../../auth/viewer';
import { ALL_ROWS, NO_ROWS, Scope } from '../../shared/scoped-query';
import { approvesCourses, approvesCourseOf, enrolsItself, managesCourse, managesCourses } from '../courses';
import { readsStatistics } from '../analytics';

/**
 * Every authorization rule of attendance, study hours, records, certificates and corrections, in
 * one place (docs/ARCHITECTURE.md "Authorization"; issue 12):
 *
 * - the organiser's course managers (研習課程管理, COURSE_MANAGEMENT of the organiser unit), a
 *   district for its own unit's courses, and the platform record attendance, open a session's
 *   sign-in code, issue hours and correct them (before closure at once, after it by request);
 * - a teacher signs itself in with a session's code;
 * - a correction after closure (結案研習異動申請) is decided like the course's approval: a school's
 *   course by its county's district, any other organiser's by the platform;
 * - a partner key with HOURS_WRITE reports external hours (e.g. the ministry's MOOC platform);
 * - a study record (and its certificate) is read by the teacher, the keepers of the teacher's
 *   current school (CHIEF/CONTACT with teacher management), the issuing unit's course managers, and
 *   the platform; verifying a certificate's code is public and shows no more than the certificate;
 * - a teacher's hours and attainment: the teacher, its school's keepers, the platform; a school's
 *   roll-up: the school's accounts with the statistics permission, its keepers, its county's district,
 *   the platform; the county's and nation's roll-up: readers of statistics and schools with the
 *   statistics permission, perturbed for all but the platform (and a district about its county).
 */

interface CourseRow {
  organiserUnitId: number;
}

// ---- write predicates ----

/** May record attendance, issue and correct hours at all (the root-field rules). */
export const keepsHours = (v: Viewer): boolean => managesCourses(v);

/** May record attendance, issue and correct hours of this course. */
export const keepsHoursOf = (v: Viewer, c: CourseRow): boolean => managesCourse(v, c);

/** May sign in to a session with its code: a teacher, for itself. */
export const signsIn = (v: Viewer): boolean => enrolsItself(v);

/** May decide corrections after closure at all. */
export const decidesCorrections = (v: Viewer): boolean => approvesCourses(v);

/** May decide this organiser's correction requests. */
export const decidesCorrectionOf = (v: Viewer, organiser: { id: number; kind: string; countyId: number | null }): boolean =>
  approvesCourseOf(v, organiser);

/** May report external hours: a partner key with HOURS_WRITE. */
export const reportsHours = (v: Viewer): boolean => hasScope(v, 'HOURS_WRITE');

// ---- row scopes (SQL) ----

/** The unit whose courses' hours the viewer keeps (its course managers, a district centre), or null. */
function managingUnit(v: Viewer): number | null {
  if (!managesCourses(v)) return null;
  if (v.kind === 'BUSINESS') return v.unitId;
  if (v.kind === 'STAFF') return v.unitId;
  return null;
}

/** The study records the viewer reads row by row (and downloads certificates of). */
export function studyRecordScope(v: Viewer, alias = 'sr'): Scope {
  if (isPlatform(v)) return ALL_ROWS;
  if (v.kind === 'TEACHER') return { sql: `${alias}.teacher_id = ?`, params: [v.teacherId] };
  const parts: Scope[] = [];
  if (schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT'))
    parts.push({ sql: `${alias}.teacher_id IN (SELECT st.id FROM teacher st WHERE st.school_id = ?)`, params: [v.unitId] });
  const unit = managingUnit(v);
  if (unit !== null) parts.push({ sql: `${alias}.issuer_unit_id = ?`, params: [unit] });
  if (hasScope(v, 'HOURS_WRITE') && v.kind === 'PARTNER') parts.push({ sql: `${alias}.partner_key_id = ?`, params: [v.keyId] });
  if (!parts.length) return NO_ROWS;
  return { sql: parts.map((p) => `(${p.sql})`).join(' OR '), params: parts.flatMap((p) => p.params) };
}

/** The corrections the viewer sees: its unit's (managers), those it decides (a district: its county's schools'), all (the platform). */
export function correctionScope(v: Viewer, alias = 'hc'): Scope {
  if (isPlatform(v)) return ALL_ROWS;
  const parts: Scope[] = [];
  const unit = managingUnit(v);
  if (unit !== null) parts.push({ sql: `${alias}.organiser_unit_id = ?`, params: [unit] });
  if (isDistrict(v) && v.countyId !== null)
    parts.push({
      sql: `${alias}.county_id = ? AND EXISTS (SELECT 1 FROM unit hu WHERE hu.id = ${alias}.organiser_unit_id AND hu.kind = 'SCHOOL')`,
      params: [v.countyId],
    });
  if (!parts.length) return NO_ROWS;
  return { sql: parts.map((p) => `(${p.sql})`).join(' OR '), params: parts.flatMap((p) => p.params) };
}

// ---- read predicates ----

/** A teacher's hours, records and attainment: the teacher, its current school's keepers, the platform. */
export function readsHoursOf(v: Viewer, t: { id: number; schoolId: number }): boolean {
  return (
    isPlatform(v) ||
    (v.kind === 'TEACHER' && v.teacherId === t.id) ||
    (schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') && v.unitId === t.schoolId)
  );
}

/** A school's roll-up of its teachers' attainment (附件二 permission 5 統計圖表). */
export function readsSchoolAttainment(v: Viewer, s: { id: number; countyId: number | null }): boolean {
  if (isPlatform(v)) return true;
  if (isDistrict(v)) return v.countyId !== null && v.countyId === s.countyId;
  return (
    v.kind === 'BUSINESS' &&
    v.unitId === s.id &&
    (v.permissions.includes('STATISTICS') || v.permissions.includes('UNIT_TEACHER_MANAGEMENT'))
  );
}

/** Whether a school's roll-up is exact: for whoever reads its teachers' records anyway (its keepers, the platform, its district). */
export function seesSchoolAttainmentExactly(v: Viewer, s: { id: number; countyId: number | null }): boolean {
  return (
    isPlatform(v) || (isDistrict(v) && v.countyId === s.countyId) || (schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') && v.unitId === s.id)
  );
}

/** The county's and the nation's attainment: readers of statistics, and schools' accounts with the statistics permission. */
export const readsAttainmentStatistics = (v: Viewer): boolean => readsStatistics(v) || schoolAccountWith(v, 'STATISTICS');

// ---- rules (Type.field) ----

const hoursOfTeacher: Rule = (ctx, t) => readsHoursOf(ctx.viewer, t as unknown as { id: number; schoolId: number });

export const HOURS_RULES = {
  'Teacher.studyRecords': hoursOfTeacher,
  'Teacher.hours': hoursOfTeacher,
  'Teacher.attainment': hoursOfTeacher,
  'School.hoursAttainment': (ctx, s) => readsSchoolAttainment(ctx.viewer, s as unknown as { id: number; countyId: number | null }),
  'CourseSession.attendance': async (ctx, s) => {
    const course = await ctx.loaders.courseById.load((s as { courseId: number }).courseId);
    return !!course && keepsHoursOf(ctx.viewer, course);
  },
  'Query.hoursAttainment': (ctx) => readsAttainmentStatistics(ctx.viewer),
  'Query.hoursCorrections': (ctx) => keepsHours(ctx.viewer) || decidesCorrections(ctx.viewer),
  'Query.studyRecord': (ctx) => ctx.viewer.kind !== 'ANONYMOUS',
  'Mutation.recordAttendance': (ctx) => keepsHours(ctx.viewer),
  'Mutation.uploadAttendance': (ctx) => keepsHours(ctx.viewer),
  'Mutation.openSessionSignIn': (ctx) => keepsHours(ctx.viewer),
  'Mutation.signInToSession': (ctx) => signsIn(ctx.viewer),
  'Mutation.issueHours': (ctx) => keepsHours(ctx.viewer),
  'Mutation.correctStudyRecord': (ctx) => keepsHours(ctx.viewer),
  'Mutation.decideHoursCorrection': (ctx) => decidesCorrections(ctx.viewer),
  'Mutation.reportExternalHours': (ctx) => reportsHours(ctx.viewer),
} satisfies Record<string, Rule>;
