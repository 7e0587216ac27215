import type { Context } from '../context';
import { AppError, forbidden, unauthenticated } from '../shared/errors';
import { hasScope, syncCounty, isAnalyst, isDistrict, isPlatform, schoolAccountWith, Viewer } from './viewer';

/**
 * The one table of who may read what (DOMAIN.md section 3, ARCHITECTURE.md "Authorization").
 * Keys are `Type.field`; every `@Authorized(...)` in the schema names a key of this table and the
 * authChecker looks it up. A rule sees the viewer and the object the field belongs to (its root),
 * so it can decide row by row: "the district of this teacher's county", "the holder of this
 * account". Which rows a list returns at all is the services' row scope.
 */
type Root = Record<string, unknown>;
type Rule = (ctx: Context, root: Root) => boolean | Promise<boolean>;

const countyOfUnit = async (ctx: Context, unitId: unknown): Promise<number | null> =>
  typeof unitId === 'number' ? ((await ctx.loaders.unit.load(unitId))?.countyId ?? null) : null;

const platform: Rule = (ctx) => isPlatform(ctx.viewer);
const anyLoggedIn: Rule = (ctx) => ctx.viewer.kind !== 'ANONYMOUS';

// ---- who manages whom (used by the rules below and by the services' row checks) ----

/**
 * Who manages the business accounts of a unit in a role (附件二): a K-12 school's CHIEF by the
 * district centre of its county, its CONTACTs and OPERATORs by the school's CHIEF (the permission
 * "unit business-account management"); operators of universities, legal entities and
 * social-education institutions by the platform. The platform may act on any account.
 */
export function managesAccountsOf(v: Viewer, unit: { id: number; kind: string; countyId: number | null }, role: string): boolean {
  if (isPlatform(v)) return true;
  if (unit.kind !== 'SCHOOL') return false;
  if (role === 'CHIEF') return isDistrict(v) && v.countyId !== null && v.countyId === unit.countyId;
  return v.kind === 'BUSINESS' && v.unitId === unit.id && v.permissions.includes('UNIT_ACCOUNT_MANAGEMENT');
}

/** Who keeps a school's teacher records: its CHIEF/CONTACT with the teacher-account permission, the platform. */
export function managesTeachersOf(v: Viewer, school: { id: number; countyId?: number | null }): boolean {
  return isPlatform(v) || (schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') && v.unitId === school.id) ||
    (syncCounty(v) !== null && syncCounty(v) === school.countyId);
}

/** Who reminds schools that have not filed and reopens plans: the platform and the districts. */
export function remindsAndReopens(v: Viewer): boolean {
  return isPlatform(v) || isDistrict(v);
}

/** A school's own statistics against its county and the nation: its accounts with the statistics permission, the platform. */
export function readsSchoolStatisticsOf(v: Viewer, schoolId: number | null): boolean {
  return isPlatform(v) || (schoolAccountWith(v, 'STATISTICS') && (schoolId === null || v.unitId === schoolId));
}

/** Statistics across counties: the platform, the analyst, a district, a partner key with STATISTICS_READ. */
export function readsStatistics(v: Viewer): boolean {
  return isPlatform(v) || isAnalyst(v) || isDistrict(v) || hasScope(v, 'STATISTICS_READ');
}

/**
 * Who gets statistics exactly rather than perturbed by the disclosure control (docs/API.md
 * "Disclosure control"): whoever may read every counted plan row by row anyway — the platform; a
 * district when everything counted lies in its own county (it reads the plans of its county); a
 * school about its own plans (teacher plans: its CHIEF/CONTACT with teacher management, who read
 * them; its school plan: its business accounts). Survey answers are read by nobody row by row:
 * exact for the platform only. Everyone else (analysts, partner keys, districts about other
 * counties, a school's county and nation) gets perturbed counts.
 */
export function seesExactStatistics(
  v: Viewer, scope: { source: 'TEACHER_PLANS' | 'SCHOOL_PLANS' | 'SURVEY'; countyIds?: number[] | null; schoolId?: number | null },
): boolean {
  if (isPlatform(v)) return true;
  if (scope.source === 'SURVEY') return false;
  if (scope.schoolId != null) {
    return v.kind === 'BUSINESS' && v.unitId === scope.schoolId && (scope.source === 'SCHOOL_PLANS' || v.permissions.includes('UNIT_TEACHER_MANAGEMENT'));
  }
  return isDistrict(v) && v.countyId !== null && !!scope.countyIds?.length && scope.countyIds.every((c) => c === v.countyId);
}

/** Who may move a teacher into a school: its keepers, and the district of its county. */
export function receivesTeachersAt(v: Viewer, school: { id: number; countyId: number | null }): boolean {
  return managesTeachersOf(v, school) || (isDistrict(v) && v.countyId !== null && v.countyId === school.countyId);
}

/**
 * Who decides a transfer request on the sending side: the teacher itself, its school's CHIEF/CONTACT
 * (teacher-account permission), the district of that school's county, the platform.
 */
export function sendsTeacherFrom(v: Viewer, from: { id: number; countyId: number | null }, teacherId: number): boolean {
  return isPlatform(v) || (v.kind === 'TEACHER' && v.teacherId === teacherId) ||
    (schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') && v.unitId === from.id) ||
    (isDistrict(v) && v.countyId !== null && v.countyId === from.countyId);
}

/** Who fills a school's plan: its business accounts with the teacher-account permission (CHIEF, CONTACT). */
export function fillsSchoolPlanOf(v: Viewer, school: { id: number }): boolean {
  return schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') && v.unitId === school.id;
}

/** Who reopens a plan after its window closed: the district of the school's county, the platform. */
export function reopensPlansOf(v: Viewer, school: { countyId: number | null }): boolean {
  return isPlatform(v) || (isDistrict(v) && v.countyId !== null && v.countyId === school.countyId);
}

/** Who follows the filling progress: the platform and the analyst (all), a district (its county). */
export function followsProgressOf(v: Viewer, countyId: number | null): boolean {
  return isPlatform(v) || isAnalyst(v) || (isDistrict(v) && v.countyId !== null && (countyId === null || v.countyId === countyId));
}

/** Viewers that may read teacher rows at all (row scope narrows which). */
export function readsTeachers(v: Viewer): boolean {
  return isPlatform(v) || isDistrict(v) || v.kind === 'TEACHER' || schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') || hasScope(v, 'TEACHER_SYNC');
}

/** Viewers that may read business-account rows at all. */
export function readsBusinessAccounts(v: Viewer): boolean {
  return isPlatform(v) || isDistrict(v) || (v.kind === 'BUSINESS' && v.permissions.includes('UNIT_ACCOUNT_MANAGEMENT'));
}

/** The district of the county the unit lies in. */
const districtOfUnit = async (ctx: Context, unitId: unknown) =>
  isDistrict(ctx.viewer) && ctx.viewer.countyId !== null && (await countyOfUnit(ctx, unitId)) === ctx.viewer.countyId;

// ---- schools (root: a unit of kind SCHOOL) ----
const schoolTeachers: Rule = async (ctx, s) => {
  const v = ctx.viewer;
  if (isPlatform(v)) return true;
  if (hasScope(v, 'TEACHER_SYNC')) return syncCounty(v) !== null && s.countyId === syncCounty(v);
  if (isDistrict(v)) return v.countyId !== null && s.countyId === v.countyId;
  if (v.kind === 'TEACHER') return s.id === v.schoolId;
  return schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') && s.id === v.unitId;
};
const schoolAccounts: Rule = (ctx, s) => {
  const v = ctx.viewer;
  if (isPlatform(v)) return true;
  if (isDistrict(v)) return v.countyId !== null && s.countyId === v.countyId;
  return v.kind === 'BUSINESS' && v.permissions.includes('UNIT_ACCOUNT_MANAGEMENT') && s.id === v.unitId;
};
const schoolPlans: Rule = (ctx, s) => {
  const v = ctx.viewer;
  if (isPlatform(v)) return true;
  if (isDistrict(v)) return v.countyId !== null && s.countyId === v.countyId;
  if (v.kind === 'TEACHER') return s.id === v.schoolId;
  return v.kind === 'BUSINESS' && s.id === v.unitId;
};

// ---- teachers (root: TeacherEntity) ----
const teacherSelf = (v: Viewer, t: Root) => v.kind === 'TEACHER' && v.teacherId === t.id;
const teacherSchoolManager = (v: Viewer, t: Root) => schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT') && v.unitId === t.schoolId;
const teacherPersonalFull: Rule = (ctx, t) => teacherSelf(ctx.viewer, t) || isPlatform(ctx.viewer);
const teacherContact: Rule = (ctx, t) => teacherSelf(ctx.viewer, t) || isPlatform(ctx.viewer) || teacherSchoolManager(ctx.viewer, t);
const teacherRecognise: Rule = async (ctx, t) =>
  teacherSelf(ctx.viewer, t) || isPlatform(ctx.viewer) || teacherSchoolManager(ctx.viewer, t) || (await districtOfUnit(ctx, t.schoolId)) ||
  (syncCounty(ctx.viewer) !== null && (await countyOfUnit(ctx, t.schoolId)) === syncCounty(ctx.viewer));

// ---- business accounts (root: BusinessAccountEntity) ----
const holder = (v: Viewer, a: Root) => v.kind === 'BUSINESS' && v.accountId === a.id;
const accountManager = async (ctx: Context, a: Root) => {
  const v = ctx.viewer;
  if (v.kind === 'BUSINESS') return v.permissions.includes('UNIT_ACCOUNT_MANAGEMENT') && v.unitId === a.unitId;
  return districtOfUnit(ctx, a.unitId);
};
const accountPersonalFull: Rule = (ctx, a) => holder(ctx.viewer, a) || isPlatform(ctx.viewer);
const accountManaged: Rule = async (ctx, a) => holder(ctx.viewer, a) || isPlatform(ctx.viewer) || (await accountManager(ctx, a));

const accountManagers: Rule = (ctx) => {
  const v = ctx.viewer;
  return isPlatform(v) || isDistrict(v) || (v.kind === 'BUSINESS' && v.permissions.includes('UNIT_ACCOUNT_MANAGEMENT'));
};
const teacherKeepers: Rule = (ctx) => isPlatform(ctx.viewer) || schoolAccountWith(ctx.viewer, 'UNIT_TEACHER_MANAGEMENT') || hasScope(ctx.viewer, 'TEACHER_SYNC');
const teacherReceivers: Rule = (ctx) => isPlatform(ctx.viewer) || isDistrict(ctx.viewer) || schoolAccountWith(ctx.viewer, 'UNIT_TEACHER_MANAGEMENT');
/** Who takes part in transfers at all (row checks in the service): a side's keepers, districts, the teacher, the platform. */
const transferParties: Rule = (ctx) =>
  isPlatform(ctx.viewer) || isDistrict(ctx.viewer) || ctx.viewer.kind === 'TEACHER' || schoolAccountWith(ctx.viewer, 'UNIT_TEACHER_MANAGEMENT');
const teacherSelfOnly: Rule = (ctx) => ctx.viewer.kind === 'TEACHER';
const passwordResetters: Rule = (ctx) => ctx.viewer.kind !== 'PARTNER' && (accountManagers(ctx, {}) || teacherKeepers(ctx, {}));

const schoolPlanFillers: Rule = (ctx) => schoolAccountWith(ctx.viewer, 'UNIT_TEACHER_MANAGEMENT');
const reopeners: Rule = (ctx) => remindsAndReopens(ctx.viewer);
const progressFollowers: Rule = (ctx) => isPlatform(ctx.viewer) || isAnalyst(ctx.viewer) || isDistrict(ctx.viewer);
const reminders: Rule = (ctx) => remindsAndReopens(ctx.viewer);
const surveyTakers: Rule = (ctx) => ctx.viewer.kind === 'TEACHER' || schoolAccountWith(ctx.viewer, 'UNIT_TEACHER_MANAGEMENT');

const statisticsAcrossCounties: Rule = (ctx) => readsStatistics(ctx.viewer);
const schoolStatistics: Rule = (ctx) => readsSchoolStatisticsOf(ctx.viewer, null);

export const RULES = {
  'Query.schools': anyLoggedIn,
  'Query.teachers': (ctx) => readsTeachers(ctx.viewer),
  'Query.businessAccounts': (ctx) => readsBusinessAccounts(ctx.viewer),
  'Query.node': anyLoggedIn,

  'School.teachers': schoolTeachers,
  'School.businessAccounts': schoolAccounts,
  'School.schoolPlans': schoolPlans,
  'School.schoolPlan': schoolPlans,

  'Teacher.nationalId': teacherPersonalFull,
  'Teacher.nationalIdMasked': teacherRecognise,
  'Teacher.email': teacherContact,
  'Teacher.phone': teacherContact,
  'Teacher.plans': teacherRecognise,
  'Teacher.plan': teacherRecognise,

  'Query.auditEvents': accountManagers,
  'Mutation.activateBusinessAccount': accountManagers,
  'Mutation.suspendBusinessAccount': accountManagers,
  'Mutation.deleteBusinessAccount': accountManagers,
  'Mutation.setBusinessAccountPermissions': accountManagers,
  'Mutation.changeBusinessAccountRole': accountManagers,
  'Mutation.resetPassword': passwordResetters,
  'Mutation.changeMyPassword': (ctx) => anyLoggedIn(ctx, {}) && ctx.viewer.kind !== 'PARTNER',
  'Mutation.logout': (ctx) => anyLoggedIn(ctx, {}) && ctx.viewer.kind !== 'PARTNER',
  'Mutation.logoutEverywhere': (ctx) => anyLoggedIn(ctx, {}) && ctx.viewer.kind !== 'PARTNER',
  'Mutation.unlockLogin': passwordResetters,
  'Mutation.updateMyProfile': teacherSelfOnly,
  'Mutation.confirmMyProfile': teacherSelfOnly,
  'Mutation.correctTeachers': teacherKeepers,
  'Mutation.markTeacherReviewDone': (ctx) => isPlatform(ctx.viewer) || schoolAccountWith(ctx.viewer, 'UNIT_TEACHER_MANAGEMENT'),
  'Mutation.addTeacher': teacherReceivers,
  'Mutation.transferTeacher': teacherReceivers,
  'Mutation.acceptTeacherTransfer': transferParties,
  'Mutation.declineTeacherTransfer': transferParties,
  'Query.teacherTransfers': transferParties,
  'Mutation.setReferenceItem': platform,
  'Mutation.configureSchoolYear': platform,
  'Mutation.saveSchoolPlan': schoolPlanFillers,
  'Mutation.submitSchoolPlan': schoolPlanFillers,
  'Mutation.saveMyTeacherPlan': teacherSelfOnly,
  'Mutation.submitMyTeacherPlan': teacherSelfOnly,
  'Mutation.reopenSchoolPlan': reopeners,
  'Mutation.reopenTeacherPlan': reopeners,
  'Mutation.submitSatisfactionSurvey': surveyTakers,
  'Mutation.remindPendingSchools': reminders,
  'Query.myTeacherPlanning': teacherSelfOnly,
  'Query.planningProgress': progressFollowers,
  'Query.pendingSchools': reminders,
  'Query.reminders': reminders,
  'Query.rewardList': progressFollowers,
  'Query.surveyResults': progressFollowers,
  'School.planning': schoolPlans,
  'School.teacherProgress': schoolTeachers,
  'Query.demand': statisticsAcrossCounties,
  'Query.participation': statisticsAcrossCounties,
  'Query.alignment': statisticsAcrossCounties,
  'Query.schoolDemandComparison': schoolStatistics,
  'Query.apiKeys': platform,
  'Mutation.createApiKey': platform,
  'Mutation.rotateApiKey': platform,
  'Mutation.revokeApiKey': platform,
  'Teacher.profileConfirmation': teacherRecognise,
  'School.teacherReview': schoolTeachers,

  'BusinessAccount.nationalId': accountPersonalFull,
  'BusinessAccount.nationalIdMasked': accountManaged,
  'BusinessAccount.username': accountManaged,
  'BusinessAccount.email': accountManaged,
  'BusinessAccount.phone': accountManaged,
  'BusinessAccount.permissions': accountManaged,
  'BusinessAccount.status': accountManaged,
  'BusinessAccount.version': accountManaged,
} satisfies Record<string, Rule>;

export type RuleName = keyof typeof RULES;

/** What a viewer whose password was reset may still do: change it, log out (auth/password-change-gate.ts: and read me). */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set<string>(['Mutation.changeMyPassword', 'Mutation.logout', 'Mutation.logoutEverywhere']);

/** Rules an anonymous caller is sent away from with UNAUTHENTICATED rather than FORBIDDEN. */
export async function check(ctx: Context, root: Root, names: readonly string[]): Promise<void> {
  const v = ctx.viewer;
  if (v.kind !== 'ANONYMOUS' && v.mustChangePassword && !names.every((n) => ALLOWED_BEFORE_PASSWORD_CHANGE.has(n))) {
    throw new AppError('FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED', 'Change your password first (請先變更密碼)');
  }
  for (const name of names) {
    const rule = (RULES as Record<string, Rule>)[name];
    if (!rule) throw new Error(`No authorization rule named ${name}`);
    if (await rule(ctx, root ?? {})) continue;
    throw ctx.viewer.kind === 'ANONYMOUS' ? unauthenticated() : forbidden();
  }
}

import { Authorized } from 'type-graphql';
/** `@Allow('Teacher.email')`: `@Authorized` with a rule name the compiler checks against RULES. */
export const Allow = (...names: RuleName[]) => Authorized(...names);
