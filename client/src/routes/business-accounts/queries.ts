import { graphql } from '../../gql';

graphql(`
  fragment ManagedAccount on BusinessAccount {
    id
    name
    role
    status
    username
    nationalIdMasked
    email
    phone
    permissions
    version
    assignableRoles
    grantablePermissions
    viewerCan {
      manage
      resetPassword
    }
    unit {
      id
      code
      name
      kind
      county {
        id
        name
        nameEn
      }
    }
  }
`);

/**
 * Business accounts the viewer manages: all (platform), its county's (district), its unit's (CHIEF);
 * searched and filtered on the server (the count and the pages are of the matching accounts).
 */
export const BUSINESS_ACCOUNTS_QUERY = graphql(`
  query BusinessAccounts(
    $first: Int!
    $after: String
    $unitId: ID
    $search: String
    $roles: [BusinessRole!]
    $statuses: [AccountStatus!]
    $unitKinds: [UnitKind!]
  ) {
    businessAccounts(
      first: $first
      after: $after
      unitId: $unitId
      search: $search
      roles: $roles
      statuses: $statuses
      unitKinds: $unitKinds
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...ManagedAccount
        }
      }
    }
  }
`);

/** The other live accounts of a school, to name a replacement CHIEF. */
export const UNIT_ACCOUNTS_QUERY = graphql(`
  query UnitAccounts($unitId: ID!) {
    businessAccounts(first: 100, unitId: $unitId) {
      edges {
        node {
          id
          name
          role
          status
          username
        }
      }
    }
  }
`);

export const ACTIVATE = graphql(`
  mutation ActivateBusinessAccount($id: ID!, $version: Int) {
    activateBusinessAccount(id: $id, version: $version) {
      ...ManagedAccount
    }
  }
`);

export const SUSPEND = graphql(`
  mutation SuspendBusinessAccount($id: ID!, $version: Int, $replacementId: ID) {
    suspendBusinessAccount(id: $id, version: $version, replacementId: $replacementId) {
      ...ManagedAccount
    }
  }
`);

export const DELETE = graphql(`
  mutation DeleteBusinessAccount($id: ID!, $version: Int, $replacementId: ID) {
    deleteBusinessAccount(id: $id, version: $version, replacementId: $replacementId) {
      id
      status
    }
  }
`);

export const SET_PERMISSIONS = graphql(`
  mutation SetBusinessAccountPermissions($id: ID!, $permissions: [Permission!]!, $version: Int) {
    setBusinessAccountPermissions(id: $id, permissions: $permissions, version: $version) {
      ...ManagedAccount
    }
  }
`);

export const CHANGE_ROLE = graphql(`
  mutation ChangeBusinessAccountRole($id: ID!, $role: BusinessRole!, $version: Int, $replacementId: ID) {
    changeBusinessAccountRole(id: $id, role: $role, version: $version, replacementId: $replacementId) {
      ...ManagedAccount
    }
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($accountId: ID!) {
    resetPassword(accountId: $accountId) {
      username
      temporaryPassword
    }
  }
`);
