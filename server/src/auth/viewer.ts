import type { ApiScope, BusinessRole, Permission, StaffRole, UnitKind, ViewerRole } from '../shared/enums';

/** Who is asking. Built per request from the bearer token and the database (context.ts). */
export type Viewer =
  | { kind: 'ANONYMOUS' }
  | {
      kind: 'TEACHER';
      credentialId: number;
      username: string;
      /** After a manager's reset: only me, changeMyPassword and logout until the password is changed. */
      mustChangePassword: boolean;
      /** The login session of the token (login_session.id). */
      sessionId?: number;
      name: string;
      teacherId: number;
      schoolId: number;
      countyId: number | null;
    }
  | {
      kind: 'BUSINESS';
      credentialId: number;
      username: string;
      /** After a manager's reset: only me, changeMyPassword and logout until the password is changed. */
      mustChangePassword: boolean;
      /** The login session of the token (login_session.id). */
      sessionId?: number;
      name: string;
      accountId: number;
      unitId: number;
      unitKind: UnitKind;
      countyId: number | null;
      role: BusinessRole;
      permissions: Permission[];
    }
  | {
      kind: 'STAFF';
      credentialId: number;
      username: string;
      /** After a manager's reset: only me, changeMyPassword and logout until the password is changed. */
      mustChangePassword: boolean;
      /** The login session of the token (login_session.id). */
      sessionId?: number;
      name: string;
      staffId: number;
      role: StaffRole;
      unitId: number | null;
      /** The district's county; null for the platform and analysts. */
      countyId: number | null;
    }
  | {
      /** A partner system with an API key (no person, no password). */
      kind: 'PARTNER';
      credentialId: 0;
      username: string;
      name: string;
      mustChangePassword: false;
      keyId: number;
      scopes: ApiScope[];
      unitId: null;
      /** A TEACHER_SYNC key's county. */
      countyId: number | null;
      pointsPerSecond: number;
    };

export type LoggedIn = Exclude<Viewer, { kind: 'ANONYMOUS' }>;

export const ANONYMOUS: Viewer = { kind: 'ANONYMOUS' };

export function viewerRole(v: LoggedIn): ViewerRole {
  switch (v.kind) {
    case 'TEACHER':
      return 'TEACHER';
    case 'BUSINESS':
      return v.role;
    case 'STAFF':
      return v.role;
    case 'PARTNER':
      return 'PARTNER';
  }
}

export const isPlatform = (v: Viewer) => v.kind === 'STAFF' && v.role === 'PLATFORM_ADMIN';
export const isAnalyst = (v: Viewer) => v.kind === 'STAFF' && v.role === 'ANALYST';
export const isDistrict = (v: Viewer): v is Extract<Viewer, { kind: 'STAFF' }> => v.kind === 'STAFF' && v.role === 'DISTRICT_ADMIN';

/** A business account of a K-12 school holding the permission. */
export function schoolAccountWith(v: Viewer, p: Permission): v is Extract<Viewer, { kind: 'BUSINESS' }> {
  return v.kind === 'BUSINESS' && v.unitKind === 'SCHOOL' && v.permissions.includes(p);
}

export function hasPermission(v: Viewer, p: Permission): boolean {
  return v.kind === 'BUSINESS' && v.permissions.includes(p);
}

export type PartnerViewer = Extract<Viewer, { kind: 'PARTNER' }>;

/** A partner key with this scope (a plain boolean: a partner without it is still a partner). */
export const hasScope = (v: Viewer, s: ApiScope): boolean => v.kind === 'PARTNER' && v.scopes.includes(s);

/** The county of a TEACHER_SYNC key, or null. */
export const syncCounty = (v: Viewer): number | null => (hasScope(v, 'TEACHER_SYNC') ? (v as PartnerViewer).countyId : null);
