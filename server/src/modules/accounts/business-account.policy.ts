import type { Context } from '../../context';
import { districtOf, isDistrict, isPlatform, rowRule, viewerRule, type Rule } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import { ROLE_PERMISSIONS, type BusinessRole, type Permission } from '../../shared/enums';
import { ALL_ROWS, NO_ROWS, type Scope } from '../../shared/scoped-query';
import { countyOfUnit } from '../directory';

/**
 * The policy of business accounts (業務帳號, 附件二): who reads which accounts (the row scope),
 * which of their fields, who manages them and which roles and permissions a manager may give. The
 * GraphQL rules, BusinessAccountService and PasswordService, `node(id:)`, the loaders, `me.can` and
 * `BusinessAccount.viewerCan` all call these functions.
 */
type UnitRef = { id: number; kind: string; countyId: number | null };
type AccountRow = { id: number; unitId: number; role: string; status: string };

/**
 * The row scope: all (platform), its county's schools' (district), its unit's (CHIEF/CONTACT with
 * account management), and always the holder's own. Every field that returns a BusinessAccount reads
 * through it (the lists, node(id:), the loaders).
 */
export function accountScope(v: Viewer, alias = 'a'): Scope {
  if (isPlatform(v)) return ALL_ROWS;
  const live = `${alias}.status <> 'DELETED'`;
  if (isDistrict(v) && v.countyId !== null) {
    return {
      sql: `${live} AND ${alias}.unit_id IN (SELECT su.id FROM unit su WHERE su.county_id = ? AND su.kind = 'SCHOOL')`,
      params: [v.countyId],
    };
  }
  if (v.kind === 'BUSINESS' && v.permissions.includes('UNIT_ACCOUNT_MANAGEMENT')) {
    return { sql: `((${live} AND ${alias}.unit_id = ?) OR ${alias}.id = ?)`, params: [v.unitId, v.accountId] };
  }
  // the holder always reads its own account
  if (v.kind === 'BUSINESS') return { sql: `${alias}.id = ?`, params: [v.accountId] };
  return NO_ROWS;
}

/** Viewers that may list business accounts and act on some (who manages which: managesAccountsOf). */
export function readsBusinessAccounts(v: Viewer): boolean {
  return isPlatform(v) || isDistrict(v) || (v.kind === 'BUSINESS' && v.permissions.includes('UNIT_ACCOUNT_MANAGEMENT'));
}

/** Units whose business accounts are operators only (course organisers). */
const OPERATOR_ONLY_KINDS: ReadonlySet<string> = new Set(['UNIVERSITY', 'LEGAL_ENTITY', 'SOCIAL_EDUCATION']);
const ALL_ROLES: BusinessRole[] = ['CHIEF', 'CONTACT', 'OPERATOR'];

/** The roles a unit of this kind accepts (schools all three, course organisers OPERATOR); none for other units. */
export function rolesFor(kind: string): BusinessRole[] {
  if (kind === 'SCHOOL') return ALL_ROLES;
  return OPERATOR_ONLY_KINDS.has(kind) ? ['OPERATOR'] : [];
}

/**
 * Who manages the business accounts of a unit in a role (附件二): a K-12 school's CHIEF by the
 * district centre of its county, its CONTACTs and OPERATORs by the school's CHIEF (the permission
 * "unit business-account management"); operators of universities, legal entities and
 * social-education institutions by the platform. The platform may act on any account.
 */
export function managesAccountsOf(v: Viewer, unit: UnitRef, role: string): boolean {
  if (isPlatform(v)) return true;
  if (unit.kind !== 'SCHOOL') return false;
  if (role === 'CHIEF') return districtOf(v, unit.countyId);
  return v.kind === 'BUSINESS' && v.unitId === unit.id && v.permissions.includes('UNIT_ACCOUNT_MANAGEMENT');
}

/** Manages this (live) account: activate, suspend, delete, set permissions, change its role. */
export const managesAccount = (v: Viewer, unit: UnitRef, a: AccountRow): boolean =>
  a.status !== 'DELETED' && managesAccountsOf(v, unit, a.role);

/** Resets or unlocks this account's login: its manager, never the holder itself. */
export const resetsLoginOf = (v: Viewer, unit: UnitRef, a: AccountRow): boolean =>
  managesAccount(v, unit, a) && !(v.kind === 'BUSINESS' && v.accountId === a.id);

/** The roles the viewer may give this account (changeBusinessAccountRole): those its unit accepts; CHIEF only by a manager of CHIEFs. */
export function assignableRolesOf(v: Viewer, unit: UnitRef, a: AccountRow): BusinessRole[] {
  if (!managesAccount(v, unit, a)) return [];
  return rolesFor(unit.kind).filter((r) => r === a.role || r !== 'CHIEF' || managesAccountsOf(v, unit, 'CHIEF'));
}

/** The permissions the viewer may give this account (setBusinessAccountPermissions): its role's defaults, to its manager. */
export function grantablePermissionsOf(v: Viewer, unit: UnitRef, a: AccountRow): Permission[] {
  return managesAccount(v, unit, a) ? [...ROLE_PERMISSIONS[a.role as BusinessRole]] : [];
}

const holder = (v: Viewer, a: AccountRow) => v.kind === 'BUSINESS' && v.accountId === a.id;

/** The full national ID: the holder and the platform. */
export const readsAccountNationalId = (v: Viewer, a: AccountRow): boolean => holder(v, a) || isPlatform(v);

/** The account's details (masked ID, username, contact, permissions, status): the holder, the platform, its unit's manager, its county's district. */
export async function readsAccountDetails(ctx: Context, a: AccountRow): Promise<boolean> {
  const v = ctx.viewer;
  if (holder(v, a) || isPlatform(v)) return true;
  if (v.kind === 'BUSINESS') return v.permissions.includes('UNIT_ACCOUNT_MANAGEMENT') && v.unitId === a.unitId;
  return isDistrict(v) && districtOf(v, await countyOfUnit(ctx, a.unitId));
}

/** Who reads a school's business accounts: the platform, its county's district, its account managers. */
export function readsAccountsOf(v: Viewer, s: { id: number; countyId: number | null }): boolean {
  if (isPlatform(v)) return true;
  if (isDistrict(v)) return v.countyId !== null && s.countyId === v.countyId;
  return v.kind === 'BUSINESS' && v.permissions.includes('UNIT_ACCOUNT_MANAGEMENT') && s.id === v.unitId;
}

const details = rowRule<AccountRow>(readsAccountDetails);
const managers = viewerRule(readsBusinessAccounts);

export const businessAccountRules = {
  'Query.businessAccounts': managers,
  'School.businessAccounts': rowRule<{ id: number; countyId: number | null }>((ctx, s) => readsAccountsOf(ctx.viewer, s)),
  'BusinessAccount.nationalId': rowRule<AccountRow>((ctx, a) => readsAccountNationalId(ctx.viewer, a)),
  'BusinessAccount.nationalIdMasked': details,
  'BusinessAccount.username': details,
  'BusinessAccount.email': details,
  'BusinessAccount.phone': details,
  'BusinessAccount.permissions': details,
  'BusinessAccount.status': details,
  'BusinessAccount.version': details,
  'Mutation.activateBusinessAccount': managers,
  'Mutation.suspendBusinessAccount': managers,
  'Mutation.deleteBusinessAccount': managers,
  'Mutation.setBusinessAccountPermissions': managers,
  'Mutation.changeBusinessAccountRole': managers,
} satisfies Record<string, Rule>;
