import type { Context } from '../../context';
import {
  districtOf,
  hasScope,
  isDistrict,
  isPlatform,
  rowRule,
  schoolAccountWith,
  syncCounty,
  viewerRule,
  type Rule,
} from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import { ALL_ROWS, NO_ROWS, type Scope } from '../../shared/scoped-query';
import { countyOfUnit } from './school.policy';

/**
 * The policy of teachers (DOMAIN.md section 3): who reads which teacher rows (the row scope), which
 * of their fields, and who keeps their records (correct, review, add, reset a login). The GraphQL
 * rules, the services' checks, `node(id:)`, the loaders, the download, `me.can` and
 * `Teacher.viewerCan`/`School.viewerCan` all call these functions.
 */
type SchoolRef = { id: number; countyId?: number | null };
type TeacherRow = { id: number; schoolId: number };

/** Teachers the viewer may read: all (platform), its county (district, sync key), itself, its school's (CHIEF/CONTACT). */
export function teacherScope(v: Viewer, alias = 't'): Scope {
  if (isPlatform(v)) return ALL_ROWS;
  if (isDistrict(v) && v.countyId !== null) {
    return { sql: `${alias}.school_id IN (SELECT su.id FROM unit su WHERE su.county_id = ?)`, params: [v.countyId] };
  }
  if (v.kind === 'TEACHER') return { sql: `${alias}.id = ?`, params: [v.teacherId] };
  if (schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT')) return { sql: `${alias}.school_id = ?`, params: [v.unitId] };
  if (syncCounty(v) !== null) {
    return { sql: `${alias}.school_id IN (SELECT su.id FROM unit su WHERE su.county_id = ?)`, params: [syncCounty(v)] };
  }
  return NO_ROWS;
}

/**
 * Viewers whose teacher list holds more than one school's (the platform, a district, a sync key): they
 * get a 教師 list to browse; a school's CHIEF/CONTACT has its own school's list, a teacher its profile.
 */
export function browsesTeachers(v: Viewer): boolean {
  return isPlatform(v) || isDistrict(v) || syncCounty(v) !== null;
}

/**
 * Whether the viewer reads the e-mail and phone of every teacher it lists (readsContactOf for each
 * row of teacherScope): the platform, a school's CHIEF/CONTACT, a teacher (its own row). A district
 * or sync key lists teachers whose contact details it may not read, so its lists leave them out.
 */
export function readsContactsOfListed(v: Viewer): boolean {
  return isPlatform(v) || v.kind === 'TEACHER' || schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT');
}

/** Viewers that may read teacher rows at all (the row scope narrows which). */
export function readsTeachers(v: Viewer): boolean {
  return (
    isPlatform(v) || isDistrict(v) || v.kind === 'TEACHER' || schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') || hasScope(v, 'TEACHER_SYNC')
  );
}

/** Who reads the teachers of this school: the platform, its county's district or sync key, its teachers, its CHIEF/CONTACT. */
export function readsTeachersOf(v: Viewer, s: SchoolRef): boolean {
  if (isPlatform(v)) return true;
  if (hasScope(v, 'TEACHER_SYNC')) return syncCounty(v) !== null && s.countyId === syncCounty(v);
  if (isDistrict(v)) return v.countyId !== null && s.countyId === v.countyId;
  if (v.kind === 'TEACHER') return s.id === v.schoolId;
  return schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') && s.id === v.unitId;
}

/** Who keeps teacher records at all (correct them): the platform, a school's CHIEF/CONTACT, a TEACHER_SYNC key. */
export const keepsTeachers = (v: Viewer): boolean =>
  isPlatform(v) || schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') || hasScope(v, 'TEACHER_SYNC');

/** Who keeps this school's teacher records: its CHIEF/CONTACT with the teacher-account permission, its county's sync key, the platform. */
export function managesTeachersOf(v: Viewer, school: SchoolRef): boolean {
  return (
    isPlatform(v) ||
    (schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') && v.unitId === school.id) ||
    (syncCounty(v) !== null && syncCounty(v) === school.countyId)
  );
}

/** Who marks a school's yearly teacher review done at all: the platform, a school's CHIEF/CONTACT (this school: managesTeachersOf). */
export const reviewsTeachers = (v: Viewer): boolean => isPlatform(v) || schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT');

/**
 * Who keeps this school's teacher records in full — corrects them, marks the yearly review done,
 * resets their logins (`School.viewerCan.manageTeachers`): its CHIEF/CONTACT, the platform. A
 * TEACHER_SYNC key only corrects records (`Teacher.viewerCan.correct`).
 */
export const reviewsTeachersOf = (v: Viewer, school: SchoolRef): boolean => reviewsTeachers(v) && managesTeachersOf(v, school);

/** Who adds or asks for teachers at all: the platform, districts, a school's CHIEF/CONTACT. */
export const receivesTeachers = (v: Viewer): boolean => isPlatform(v) || isDistrict(v) || schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT');

/** Who may add a teacher to this school or ask for one from another: its keepers, and the district of its county (never a partner key). */
export function receivesTeachersAt(v: Viewer, school: { id: number; countyId: number | null }): boolean {
  return receivesTeachers(v) && (managesTeachersOf(v, school) || districtOf(v, school.countyId));
}

/** A teacher keeps its own profile. */
export const keepsOwnProfile = (v: Viewer): boolean => v.kind === 'TEACHER';

const self = (v: Viewer, t: TeacherRow) => v.kind === 'TEACHER' && v.teacherId === t.id;
const schoolManager = (v: Viewer, t: TeacherRow) => schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') && v.unitId === t.schoolId;

/** The full national ID: the teacher itself and the platform. */
export const readsNationalIdOf = (v: Viewer, t: TeacherRow): boolean => self(v, t) || isPlatform(v);
/** E-mail and phone: the teacher, the platform, its school's CHIEF/CONTACT. */
export const readsContactOf = (v: Viewer, t: TeacherRow): boolean => self(v, t) || isPlatform(v) || schoolManager(v, t);

/**
 * Who needs to recognise the teacher (masked national ID, profile confirmation, plans): the teacher,
 * the platform, its school's CHIEF/CONTACT, the district and sync key of its school's county.
 */
export async function recognisesTeacher(ctx: Context, t: TeacherRow): Promise<boolean> {
  const v = ctx.viewer;
  if (self(v, t) || isPlatform(v) || schoolManager(v, t)) return true;
  if (!isDistrict(v) && syncCounty(v) === null) return false;
  const county = await countyOfUnit(ctx, t.schoolId);
  return districtOf(v, county) || (syncCounty(v) !== null && county === syncCounty(v));
}

export const teacherRules = {
  'Query.teachers': viewerRule(readsTeachers),
  'School.teachers': rowRule<SchoolRef>((ctx, s) => readsTeachersOf(ctx.viewer, s)),
  'School.teacherReview': rowRule<SchoolRef>((ctx, s) => readsTeachersOf(ctx.viewer, s)),
  'Teacher.nationalId': rowRule<TeacherRow>((ctx, t) => readsNationalIdOf(ctx.viewer, t)),
  'Teacher.nationalIdMasked': rowRule(recognisesTeacher),
  'Teacher.email': rowRule<TeacherRow>((ctx, t) => readsContactOf(ctx.viewer, t)),
  'Teacher.phone': rowRule<TeacherRow>((ctx, t) => readsContactOf(ctx.viewer, t)),
  'Teacher.profileConfirmation': rowRule(recognisesTeacher),
  'Mutation.updateMyProfile': viewerRule(keepsOwnProfile),
  'Mutation.confirmMyProfile': viewerRule(keepsOwnProfile),
  'Mutation.correctTeachers': viewerRule(keepsTeachers),
  'Mutation.markTeacherReviewDone': viewerRule(reviewsTeachers),
  'Mutation.addTeacher': viewerRule(receivesTeachers),
} satisfies Record<string, Rule>;
