import type { BusinessRole, Permission, UnitKind } from '../gql/graphql';
import type { Me } from '../auth/AuthProvider';

/**
 * The default permissions of each role (docs/DOMAIN.md section 3, 附件二): a manager may narrow an
 * account's permissions within these, never widen them. The server keeps the same table and refuses
 * anything beyond it; the UI only offers what could be accepted.
 */
export const ROLE_PERMISSIONS: Record<BusinessRole, Permission[]> = {
  CHIEF: ['COURSE_REGISTRATION', 'COURSE_MANAGEMENT', 'UNIT_ACCOUNT_MANAGEMENT', 'UNIT_TEACHER_MANAGEMENT', 'STATISTICS'],
  CONTACT: ['COURSE_REGISTRATION', 'COURSE_MANAGEMENT', 'UNIT_TEACHER_MANAGEMENT', 'STATISTICS'],
  OPERATOR: ['COURSE_REGISTRATION', 'COURSE_MANAGEMENT', 'STATISTICS'],
};

export const ALL_PERMISSIONS: Permission[] = ROLE_PERMISSIONS.CHIEF;
export const ROLES: BusinessRole[] = ['CHIEF', 'CONTACT', 'OPERATOR'];

/** Units whose business accounts are operators only (course organisers). */
export const OPERATOR_ONLY_KINDS: ReadonlySet<UnitKind> = new Set<UnitKind>(['UNIVERSITY', 'LEGAL_ENTITY', 'SOCIAL_EDUCATION']);

/** The roles a unit of this kind may hold. */
export function rolesFor(kind: UnitKind): BusinessRole[] {
  return OPERATOR_ONLY_KINDS.has(kind) ? ['OPERATOR'] : ROLES;
}

/**
 * Whether to offer management actions on an account (附件二): the platform everything; a district
 * its county's schools' CHIEFs; a school CHIEF (unit account management) its school's CONTACTs and
 * OPERATORs. Only a hint for the UI: the server decides, and its refusal is shown as it comes.
 */
export function offersManagement(me: Me, account: { role: BusinessRole; unit: { id: string; kind: UnitKind } }): boolean {
  if (me.role === 'PLATFORM_ADMIN') return true;
  if (account.unit.kind !== 'SCHOOL') return false;
  if (me.role === 'DISTRICT_ADMIN') return account.role === 'CHIEF';
  return me.permissions.includes('UNIT_ACCOUNT_MANAGEMENT') && me.unit?.id === account.unit.id && account.role !== 'CHIEF';
}

/** The roles a viewer may give an account of this unit (a CHIEF cannot appoint a CHIEF). */
export function assignableRoles(me: Me, kind: UnitKind): BusinessRole[] {
  const roles = rolesFor(kind);
  if (me.role === 'PLATFORM_ADMIN' || me.role === 'DISTRICT_ADMIN') return roles;
  return roles.filter((r) => r !== 'CHIEF');
}
