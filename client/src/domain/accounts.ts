import { codesOf } from '../../../server/src/shared/labels';
import type { BusinessRole, Permission } from '../gql/graphql';

/**
 * The business-account vocabulary (DOMAIN.md section 3, 附件二), from labels.ts, the one table the
 * server also uses. Who may manage an account, which roles and permissions may be given and which
 * roles a unit accepts are the server's answer (`BusinessAccount.viewerCan`, `assignableRoles`,
 * `grantablePermissions`, `Unit.acceptedRoles`): the client keeps no copy of those rules.
 */
export const ALL_PERMISSIONS: Permission[] = codesOf('Permission');
export const ROLES: BusinessRole[] = codesOf('BusinessRole');
