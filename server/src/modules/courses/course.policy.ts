import type { Context, Rule } from '../../shared/module';
import { isDistrict, isPlatform, schoolAccountWith, Viewer } from '../../auth/viewer';
import { ALL_ROWS, NO_ROWS, Scope } from '../../shared/scoped-query';

/**
 * Every authorization rule of courses and registrations, in one place (docs/ARCHITECTURE.md
 * "Authorization"; DOMAIN.md 3 and 7; 附件二 permissions 1 and 2): the write predicates, the SQL row
 * scopes and the read rules by `Type.field`, side by side. Permissions are read from the viewer,
 * which is built from the database on every request: a narrowed permission takes effect at once.
 *
 * - registers (研習課程登錄作業, COURSE_REGISTRATION): creates its unit's courses and submits them —
 *   a business account of any unit kind holding the permission, a district centre (its own unit),
 *   the platform (its own unit, and any course);
 * - manages (研習課程管理/資料上傳, COURSE_MANAGEMENT): edits, publishes, cancels, closes its unit's
 *   courses, reads their rosters, downloads them and uploads participants;
 * - approves (核定): a K-12 school's courses by the district of its county, every other
 *   organiser's by the platform (the platform may approve any course);
 * - decides attendance (公假): the teacher's school's CHIEF/CONTACT (teacher-account permission);
 * - registrations are personal data: the teacher, its school's CHIEF/CONTACT, the course's managers
 *   and the platform read them row by row; anyone else (analysts among them) only the counts on the course.
 */

type Root = Record<string, unknown>;
interface CourseRow {
  organiserUnitId: number;
  status?: string;
}
interface OrganiserRow {
  id: number;
  kind: string;
  countyId: number | null;
}

/** The catalog's statuses when none are asked for. */
export const CATALOG_STATUSES = ['PUBLISHED', 'CLOSED'] as const;

// ---- write predicates ----

/** The unit whose courses the viewer may create (its own), or null. */
export function registeringUnitOf(v: Viewer): number | null {
  if (v.kind === 'BUSINESS') return v.permissions.includes('COURSE_REGISTRATION') ? v.unitId : null;
  if (v.kind === 'STAFF' && (isPlatform(v) || isDistrict(v))) return v.unitId;
  return null;
}

/** May create courses at all (the root-field rule; the service fixes the organiser to the viewer's unit). */
export function registersCourses(v: Viewer): boolean {
  return registeringUnitOf(v) !== null;
}

/** May submit this course for approval: its unit's registering accounts, the platform. */
export function registersCourse(v: Viewer, c: CourseRow): boolean {
  return isPlatform(v) || (registeringUnitOf(v) !== null && registeringUnitOf(v) === c.organiserUnitId);
}

/** May manage courses at all: business accounts with COURSE_MANAGEMENT, district centres, the platform. */
export function managesCourses(v: Viewer): boolean {
  return isPlatform(v) || isDistrict(v) || (v.kind === 'BUSINESS' && v.permissions.includes('COURSE_MANAGEMENT'));
}

/** May edit, publish, cancel, close this course and read, download and upload its roster. */
export function managesCourse(v: Viewer, c: CourseRow): boolean {
  if (isPlatform(v)) return true;
  if (isDistrict(v)) return v.unitId !== null && v.unitId === c.organiserUnitId;
  return v.kind === 'BUSINESS' && v.permissions.includes('COURSE_MANAGEMENT') && v.unitId === c.organiserUnitId;
}

/** May approve (核定) or return courses at all. */
export function approvesCourses(v: Viewer): boolean {
  return isPlatform(v) || isDistrict(v);
}

/** May approve this organiser's course: a school's by its county's district, the others' by the platform. */
export function approvesCourseOf(v: Viewer, organiser: OrganiserRow): boolean {
  if (isPlatform(v)) return true;
  return organiser.kind === 'SCHOOL' && isDistrict(v) && v.countyId !== null && v.countyId === organiser.countyId;
}

/** May enrol in and withdraw from courses: a teacher, for itself. */
export function enrolsItself(v: Viewer): v is Extract<Viewer, { kind: 'TEACHER' }> {
  return v.kind === 'TEACHER';
}

/** May decide school approvals (公假) at all: a school's CHIEF/CONTACT. */
export function decidesAttendance(v: Viewer): boolean {
  return schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT');
}

/** May decide this registration's school approval: the CHIEF/CONTACT of the teacher's school. */
export function decidesAttendanceOf(v: Viewer, r: { schoolId: number }): boolean {
  return schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') && v.unitId === r.schoolId;
}

/** Days after a course's end when it is closed for hours (結案): later changes of hours are requests. */
export const HOURS_CLOSURE_DAYS = 30;

/** Closed for hours: CLOSED, or 30 days past its end (issue 12: corrections then need approval). */
export function closedForHours(c: { status: string; endsAt: Date }, now: Date): boolean {
  return c.status === 'CLOSED' || now.getTime() >= c.endsAt.getTime() + HOURS_CLOSURE_DAYS * 86_400_000;
}

/** May record attendance now: the course's managers, a published course not yet closed for hours. */
export function recordsAttendanceNow(v: Viewer, c: CourseRow & { status: string; endsAt: Date }, now: Date): boolean {
  return managesCourse(v, c) && c.status === 'PUBLISHED' && !closedForHours(c, now);
}

/** May issue hours now: the course's managers, after the course has ended (published or closed). */
export function issuesHoursNow(v: Viewer, c: CourseRow & { status: string; endsAt: Date }, now: Date): boolean {
  return managesCourse(v, c) && (c.status === 'PUBLISHED' || c.status === 'CLOSED') && now >= c.endsAt;
}

// ---- row scopes (SQL) ----

const anyOf = (...parts: (Scope | null | false)[]): Scope => {
  const kept = parts.filter((p): p is Scope => !!p);
  if (!kept.length) return NO_ROWS;
  return { sql: kept.map((p) => `(${p.sql})`).join(' OR '), params: kept.flatMap((p) => p.params) };
};

/**
 * The courses the viewer sees: every course that was ever published (everyone, anonymous too); its own unit's in every status
 * (its registering and managing accounts, a district centre); a district also the submitted and
 * later courses of its county's schools (it approves them); the platform all.
 */
export function courseScope(v: Viewer, alias = 'c'): Scope {
  if (isPlatform(v)) return ALL_ROWS;
  // once published, a course's page stays public (re-approval, cancellation, closing): its registrants must find it
  const pub: Scope = { sql: `${alias}.published_at IS NOT NULL`, params: [] };
  const own =
    (v.kind === 'BUSINESS' && (v.permissions.includes('COURSE_REGISTRATION') || v.permissions.includes('COURSE_MANAGEMENT'))) ||
    isDistrict(v)
      ? { sql: `${alias}.organiser_unit_id = ?`, params: [v.unitId] }
      : null;
  const approves =
    isDistrict(v) && v.countyId !== null
      ? {
          sql: `${alias}.status <> 'DRAFT' AND ${alias}.county_id = ? AND EXISTS (SELECT 1 FROM unit cu WHERE cu.id = ${alias}.organiser_unit_id AND cu.kind = 'SCHOOL')`,
          params: [v.countyId],
        }
      : null;
  return anyOf(pub, own, approves);
}

/**
 * The registrations the viewer reads row by row: its own (a teacher); its school's teachers' (the
 * school's CHIEF/CONTACT); its unit's courses' (their managers); all (the platform).
 */
export function registrationScope(v: Viewer, alias = 'r'): Scope {
  if (isPlatform(v)) return ALL_ROWS;
  if (v.kind === 'TEACHER') return { sql: `${alias}.teacher_id = ?`, params: [v.teacherId] };
  const school = schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') ? { sql: `${alias}.school_id = ?`, params: [v.unitId] } : null;
  const managed =
    (v.kind === 'BUSINESS' && v.permissions.includes('COURSE_MANAGEMENT')) || isDistrict(v)
      ? { sql: `${alias}.course_id IN (SELECT mc.id FROM course mc WHERE mc.organiser_unit_id = ?)`, params: [v.unitId] }
      : null;
  return anyOf(school, managed);
}

// ---- read rules (Type.field) and root-field rules ----

const rosterOf: Rule = (ctx, c) => managesCourse(ctx.viewer, c as unknown as CourseRow);
const teacherRegistrations: Rule = (ctx, t) => {
  const v = ctx.viewer;
  return (
    isPlatform(v) ||
    (v.kind === 'TEACHER' && v.teacherId === t.id) ||
    (schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') && v.unitId === t.schoolId)
  );
};
const schoolRegistrations: Rule = (ctx, s) =>
  isPlatform(ctx.viewer) || (schoolAccountWith(ctx.viewer, 'UNIT_TEACHER_MANAGEMENT') && ctx.viewer.unitId === s.id);
/** The masked national ID on a registration: who reads the row for a reason (not a mere teacher of another school). */
const registrationIdMasked: Rule = async (ctx: Context, r: Root) => {
  const v = ctx.viewer;
  if (isPlatform(v) || (v.kind === 'TEACHER' && v.teacherId === r.teacherId)) return true;
  if (decidesAttendanceOf(v, r as { schoolId: number })) return true;
  const course = await ctx.loaders.courseById.load(r.courseId as number);
  return !!course && managesCourse(v, course);
};

export const COURSE_RULES = {
  'Course.registrations': rosterOf,
  'Teacher.registrations': teacherRegistrations,
  'School.courseRegistrations': schoolRegistrations,
  'CourseRegistration.nationalIdMasked': registrationIdMasked,
  'Mutation.createCourse': (ctx) => registersCourses(ctx.viewer),
  'Mutation.submitCourse': (ctx) => registersCourses(ctx.viewer),
  'Mutation.updateCourse': (ctx) => managesCourses(ctx.viewer),
  'Mutation.publishCourse': (ctx) => managesCourses(ctx.viewer),
  'Mutation.cancelCourse': (ctx) => managesCourses(ctx.viewer),
  'Mutation.closeCourse': (ctx) => managesCourses(ctx.viewer),
  'Mutation.uploadCourseParticipants': (ctx) => managesCourses(ctx.viewer),
  'Mutation.approveCourse': (ctx) => approvesCourses(ctx.viewer),
  'Mutation.returnCourse': (ctx) => approvesCourses(ctx.viewer),
  'Mutation.enrolInCourse': (ctx) => enrolsItself(ctx.viewer),
  'Mutation.withdrawFromCourse': (ctx) => enrolsItself(ctx.viewer),
  'Mutation.decideCourseRegistration': (ctx) => decidesAttendance(ctx.viewer),
} satisfies Record<string, Rule>;

export type CourseRuleName = keyof typeof COURSE_RULES;
