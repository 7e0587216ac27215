import { personLoggedIn, viewerRule, type Rule } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import { keepsTeachers, managesTeachersOf } from '../directory';
import { readsBusinessAccounts } from './business-account.policy';

/**
 * The policy of logins (credentials and sessions): a person changes its own password and ends its
 * sessions; the managers of an account or a teacher record reset and unlock its login
 * (business-account.policy.ts `resetsLoginOf`, directory's `managesTeachersOf`, row by row in
 * PasswordService).
 */

/** Who resets or unlocks logins at all: account managers and teacher-record keepers, never a partner key. */
export const resetsLogins = (v: Viewer): boolean => v.kind !== 'PARTNER' && (readsBusinessAccounts(v) || keepsTeachers(v));

/** Resets or unlocks the login of a teacher of this school: its record keepers (a person, not a partner key). */
export const resetsTeacherLoginAt = (v: Viewer, school: { id: number; countyId: number | null }): boolean =>
  v.kind !== 'PARTNER' && managesTeachersOf(v, school);

export const loginRules = {
  'Mutation.changeMyPassword': viewerRule(personLoggedIn),
  'Mutation.logout': viewerRule(personLoggedIn),
  'Mutation.logoutEverywhere': viewerRule(personLoggedIn),
  'Mutation.resetPassword': viewerRule(resetsLogins),
  'Mutation.unlockLogin': viewerRule(resetsLogins),
} satisfies Record<string, Rule>;
