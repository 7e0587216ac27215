/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    me {\n      username\n      name\n      role\n      permissions\n      mustChangePassword\n      can {\n        readSchools\n        readTeachers\n        readBusinessAccounts\n        manageBusinessAccounts\n        manageTeachers\n        readAudit\n        ownProfile\n      }\n      unit {\n        id\n        code\n        name\n        kind\n      }\n      county {\n        id\n        name\n        nameEn\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation AddTeacher($input: NewTeacherInput!) {\n    addTeacher(input: $input) {\n      id\n      name\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddTeacherDocument,
    "\n  mutation TransferTeacher($nationalId: String!, $toSchoolId: ID!) {\n    transferTeacher(nationalId: $nationalId, toSchoolId: $toSchoolId) {\n      id\n      name\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TransferTeacherDocument,
    "\n  fragment ReviewTeacher on Teacher {\n    ...TeacherRow\n    profileConfirmation {\n      semester\n      confirmedAt\n      current\n    }\n  }\n": typeof types.ReviewTeacherFragmentDoc,
    "\n  mutation CorrectTeachers($items: [TeacherCorrectionInput!]!) {\n    correctTeachers(items: $items) {\n      ...ReviewTeacher\n    }\n  }\n": typeof types.CorrectTeachersDocument,
    "\n  fragment TeacherRow on Teacher {\n    id\n    name\n    title\n    subjects\n    nationalIdMasked\n    email\n    phone\n    school {\n      id\n      name\n    }\n  }\n": typeof types.TeacherRowFragmentDoc,
    "\n  query ReferenceItems($list: ReferenceList!) {\n    referenceItems(list: $list) {\n      code\n      zh\n      en\n      active\n    }\n  }\n": typeof types.ReferenceItemsDocument,
    "\n  query UnitsByName($search: String!, $countyId: ID) {\n    unitsByName(search: $search, countyId: $countyId) {\n      id\n      name\n      code\n      kind\n      county {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.UnitsByNameDocument,
    "\n  mutation ApplyForBusinessAccount($input: ApplyForBusinessAccountInput!) {\n    applyForBusinessAccount(input: $input) {\n      id\n      role\n      status\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ApplyForBusinessAccountDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $actor: String, $targetId: ID, $from: DateTimeISO, $to: DateTimeISO) {\n    auditEvents(first: $first, after: $after, actor: $actor, targetId: $targetId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorKind\n          actorUsername\n          actorUnit {\n            id\n            name\n          }\n          operation\n          targetType\n          targetId\n          targetUnit {\n            id\n            name\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment ManagedAccount on BusinessAccount {\n    id\n    name\n    role\n    status\n    username\n    nationalIdMasked\n    email\n    phone\n    permissions\n    version\n    unit {\n      id\n      code\n      name\n      kind\n      county {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.ManagedAccountFragmentDoc,
    "\n  query BusinessAccounts($first: Int!, $after: String, $unitId: ID) {\n    businessAccounts(first: $first, after: $after, unitId: $unitId) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ManagedAccount\n        }\n      }\n    }\n  }\n": typeof types.BusinessAccountsDocument,
    "\n  query UnitAccounts($unitId: ID!) {\n    businessAccounts(first: 100, unitId: $unitId) {\n      edges {\n        node {\n          id\n          name\n          role\n          status\n          username\n        }\n      }\n    }\n  }\n": typeof types.UnitAccountsDocument,
    "\n  mutation ActivateBusinessAccount($id: ID!, $version: Int) {\n    activateBusinessAccount(id: $id, version: $version) {\n      ...ManagedAccount\n    }\n  }\n": typeof types.ActivateBusinessAccountDocument,
    "\n  mutation SuspendBusinessAccount($id: ID!, $version: Int, $replacementId: ID) {\n    suspendBusinessAccount(id: $id, version: $version, replacementId: $replacementId) {\n      ...ManagedAccount\n    }\n  }\n": typeof types.SuspendBusinessAccountDocument,
    "\n  mutation DeleteBusinessAccount($id: ID!, $version: Int, $replacementId: ID) {\n    deleteBusinessAccount(id: $id, version: $version, replacementId: $replacementId) {\n      id\n      status\n    }\n  }\n": typeof types.DeleteBusinessAccountDocument,
    "\n  mutation SetBusinessAccountPermissions($id: ID!, $permissions: [Permission!]!, $version: Int) {\n    setBusinessAccountPermissions(id: $id, permissions: $permissions, version: $version) {\n      ...ManagedAccount\n    }\n  }\n": typeof types.SetBusinessAccountPermissionsDocument,
    "\n  mutation ChangeBusinessAccountRole($id: ID!, $role: BusinessRole!, $version: Int, $replacementId: ID) {\n    changeBusinessAccountRole(id: $id, role: $role, version: $version, replacementId: $replacementId) {\n      ...ManagedAccount\n    }\n  }\n": typeof types.ChangeBusinessAccountRoleDocument,
    "\n  mutation ResetPassword($accountId: ID!) {\n    resetPassword(accountId: $accountId) {\n      username\n      temporaryPassword\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  query Directory($first: Int!, $after: String, $countyId: ID, $search: String) {\n    businessAccountDirectory(first: $first, after: $after, countyId: $countyId, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          unitName\n          unitCode\n          county {\n            id\n            name\n            nameEn\n          }\n          name\n          role\n          phone\n          email\n        }\n      }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query Home {\n    me {\n      username\n      teacher {\n        id\n        name\n        nationalId\n        nationalIdMasked\n        email\n        phone\n        title\n        subjects\n        school {\n          id\n          code\n          name\n        }\n      }\n      businessAccount {\n        id\n        name\n        username\n        role\n        status\n        permissions\n        nationalId\n        nationalIdMasked\n        email\n        phone\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      viewer {\n        username\n        name\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query MyProfile {\n    currentSemester\n    me {\n      username\n      teacher {\n        ...MyProfileFields\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  fragment MyProfileFields on Teacher {\n    id\n    name\n    title\n    subjects\n    email\n    phone\n    school {\n      id\n      name\n    }\n    profileConfirmation {\n      semester\n      confirmedAt\n      current\n    }\n  }\n": typeof types.MyProfileFieldsFragmentDoc,
    "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ConfirmMyProfile {\n    confirmMyProfile {\n      ...MyProfileFields\n    }\n  }\n": typeof types.ConfirmMyProfileDocument,
    "\n  query SchoolTeachers($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename\n      id\n      ... on School {\n        code\n        name\n        county {\n          id\n          name\n          nameEn\n        }\n        teacherReview {\n          ...TeacherReviewStatus\n        }\n        teachers(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          edges {\n            cursor\n            node {\n              ...ReviewTeacher\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SchoolTeachersDocument,
    "\n  fragment TeacherReviewStatus on TeacherReview {\n    semester\n    reviewedAt\n    done\n    confirmedTeachers\n    teachers\n  }\n": typeof types.TeacherReviewStatusFragmentDoc,
    "\n  mutation MarkTeacherReviewDone($schoolId: ID!) {\n    markTeacherReviewDone(schoolId: $schoolId) {\n      id\n      teacherReview {\n        ...TeacherReviewStatus\n      }\n    }\n  }\n": typeof types.MarkTeacherReviewDoneDocument,
    "\n  query Counties {\n    counties {\n      id\n      code\n      name\n      nameEn\n      order\n    }\n  }\n": typeof types.CountiesDocument,
    "\n  query Schools($first: Int!, $after: String, $countyId: ID, $stage: Stage, $search: String) {\n    schools(first: $first, after: $after, countyId: $countyId, stage: $stage, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          stages\n          remoteness\n          studentCount\n          county {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.SchoolsDocument,
    "\n  query Teachers($first: Int!, $after: String) {\n    teachers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TeacherRow\n        }\n      }\n    }\n  }\n": typeof types.TeachersDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      username\n      name\n      role\n      permissions\n      mustChangePassword\n      can {\n        readSchools\n        readTeachers\n        readBusinessAccounts\n        manageBusinessAccounts\n        manageTeachers\n        readAudit\n        ownProfile\n      }\n      unit {\n        id\n        code\n        name\n        kind\n      }\n      county {\n        id\n        name\n        nameEn\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation AddTeacher($input: NewTeacherInput!) {\n    addTeacher(input: $input) {\n      id\n      name\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.AddTeacherDocument,
    "\n  mutation TransferTeacher($nationalId: String!, $toSchoolId: ID!) {\n    transferTeacher(nationalId: $nationalId, toSchoolId: $toSchoolId) {\n      id\n      name\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.TransferTeacherDocument,
    "\n  fragment ReviewTeacher on Teacher {\n    ...TeacherRow\n    profileConfirmation {\n      semester\n      confirmedAt\n      current\n    }\n  }\n": types.ReviewTeacherFragmentDoc,
    "\n  mutation CorrectTeachers($items: [TeacherCorrectionInput!]!) {\n    correctTeachers(items: $items) {\n      ...ReviewTeacher\n    }\n  }\n": types.CorrectTeachersDocument,
    "\n  fragment TeacherRow on Teacher {\n    id\n    name\n    title\n    subjects\n    nationalIdMasked\n    email\n    phone\n    school {\n      id\n      name\n    }\n  }\n": types.TeacherRowFragmentDoc,
    "\n  query ReferenceItems($list: ReferenceList!) {\n    referenceItems(list: $list) {\n      code\n      zh\n      en\n      active\n    }\n  }\n": types.ReferenceItemsDocument,
    "\n  query UnitsByName($search: String!, $countyId: ID) {\n    unitsByName(search: $search, countyId: $countyId) {\n      id\n      name\n      code\n      kind\n      county {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.UnitsByNameDocument,
    "\n  mutation ApplyForBusinessAccount($input: ApplyForBusinessAccountInput!) {\n    applyForBusinessAccount(input: $input) {\n      id\n      role\n      status\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.ApplyForBusinessAccountDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $actor: String, $targetId: ID, $from: DateTimeISO, $to: DateTimeISO) {\n    auditEvents(first: $first, after: $after, actor: $actor, targetId: $targetId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorKind\n          actorUsername\n          actorUnit {\n            id\n            name\n          }\n          operation\n          targetType\n          targetId\n          targetUnit {\n            id\n            name\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment ManagedAccount on BusinessAccount {\n    id\n    name\n    role\n    status\n    username\n    nationalIdMasked\n    email\n    phone\n    permissions\n    version\n    unit {\n      id\n      code\n      name\n      kind\n      county {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.ManagedAccountFragmentDoc,
    "\n  query BusinessAccounts($first: Int!, $after: String, $unitId: ID) {\n    businessAccounts(first: $first, after: $after, unitId: $unitId) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ManagedAccount\n        }\n      }\n    }\n  }\n": types.BusinessAccountsDocument,
    "\n  query UnitAccounts($unitId: ID!) {\n    businessAccounts(first: 100, unitId: $unitId) {\n      edges {\n        node {\n          id\n          name\n          role\n          status\n          username\n        }\n      }\n    }\n  }\n": types.UnitAccountsDocument,
    "\n  mutation ActivateBusinessAccount($id: ID!, $version: Int) {\n    activateBusinessAccount(id: $id, version: $version) {\n      ...ManagedAccount\n    }\n  }\n": types.ActivateBusinessAccountDocument,
    "\n  mutation SuspendBusinessAccount($id: ID!, $version: Int, $replacementId: ID) {\n    suspendBusinessAccount(id: $id, version: $version, replacementId: $replacementId) {\n      ...ManagedAccount\n    }\n  }\n": types.SuspendBusinessAccountDocument,
    "\n  mutation DeleteBusinessAccount($id: ID!, $version: Int, $replacementId: ID) {\n    deleteBusinessAccount(id: $id, version: $version, replacementId: $replacementId) {\n      id\n      status\n    }\n  }\n": types.DeleteBusinessAccountDocument,
    "\n  mutation SetBusinessAccountPermissions($id: ID!, $permissions: [Permission!]!, $version: Int) {\n    setBusinessAccountPermissions(id: $id, permissions: $permissions, version: $version) {\n      ...ManagedAccount\n    }\n  }\n": types.SetBusinessAccountPermissionsDocument,
    "\n  mutation ChangeBusinessAccountRole($id: ID!, $role: BusinessRole!, $version: Int, $replacementId: ID) {\n    changeBusinessAccountRole(id: $id, role: $role, version: $version, replacementId: $replacementId) {\n      ...ManagedAccount\n    }\n  }\n": types.ChangeBusinessAccountRoleDocument,
    "\n  mutation ResetPassword($accountId: ID!) {\n    resetPassword(accountId: $accountId) {\n      username\n      temporaryPassword\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query Directory($first: Int!, $after: String, $countyId: ID, $search: String) {\n    businessAccountDirectory(first: $first, after: $after, countyId: $countyId, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          unitName\n          unitCode\n          county {\n            id\n            name\n            nameEn\n          }\n          name\n          role\n          phone\n          email\n        }\n      }\n    }\n  }\n": types.DirectoryDocument,
    "\n  query Home {\n    me {\n      username\n      teacher {\n        id\n        name\n        nationalId\n        nationalIdMasked\n        email\n        phone\n        title\n        subjects\n        school {\n          id\n          code\n          name\n        }\n      }\n      businessAccount {\n        id\n        name\n        username\n        role\n        status\n        permissions\n        nationalId\n        nationalIdMasked\n        email\n        phone\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      viewer {\n        username\n        name\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query MyProfile {\n    currentSemester\n    me {\n      username\n      teacher {\n        ...MyProfileFields\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  fragment MyProfileFields on Teacher {\n    id\n    name\n    title\n    subjects\n    email\n    phone\n    school {\n      id\n      name\n    }\n    profileConfirmation {\n      semester\n      confirmedAt\n      current\n    }\n  }\n": types.MyProfileFieldsFragmentDoc,
    "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ConfirmMyProfile {\n    confirmMyProfile {\n      ...MyProfileFields\n    }\n  }\n": types.ConfirmMyProfileDocument,
    "\n  query SchoolTeachers($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename\n      id\n      ... on School {\n        code\n        name\n        county {\n          id\n          name\n          nameEn\n        }\n        teacherReview {\n          ...TeacherReviewStatus\n        }\n        teachers(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          edges {\n            cursor\n            node {\n              ...ReviewTeacher\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SchoolTeachersDocument,
    "\n  fragment TeacherReviewStatus on TeacherReview {\n    semester\n    reviewedAt\n    done\n    confirmedTeachers\n    teachers\n  }\n": types.TeacherReviewStatusFragmentDoc,
    "\n  mutation MarkTeacherReviewDone($schoolId: ID!) {\n    markTeacherReviewDone(schoolId: $schoolId) {\n      id\n      teacherReview {\n        ...TeacherReviewStatus\n      }\n    }\n  }\n": types.MarkTeacherReviewDoneDocument,
    "\n  query Counties {\n    counties {\n      id\n      code\n      name\n      nameEn\n      order\n    }\n  }\n": types.CountiesDocument,
    "\n  query Schools($first: Int!, $after: String, $countyId: ID, $stage: Stage, $search: String) {\n    schools(first: $first, after: $after, countyId: $countyId, stage: $stage, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          stages\n          remoteness\n          studentCount\n          county {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": types.SchoolsDocument,
    "\n  query Teachers($first: Int!, $after: String) {\n    teachers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TeacherRow\n        }\n      }\n    }\n  }\n": types.TeachersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      username\n      name\n      role\n      permissions\n      mustChangePassword\n      can {\n        readSchools\n        readTeachers\n        readBusinessAccounts\n        manageBusinessAccounts\n        manageTeachers\n        readAudit\n        ownProfile\n      }\n      unit {\n        id\n        code\n        name\n        kind\n      }\n      county {\n        id\n        name\n        nameEn\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      username\n      name\n      role\n      permissions\n      mustChangePassword\n      can {\n        readSchools\n        readTeachers\n        readBusinessAccounts\n        manageBusinessAccounts\n        manageTeachers\n        readAudit\n        ownProfile\n      }\n      unit {\n        id\n        code\n        name\n        kind\n      }\n      county {\n        id\n        name\n        nameEn\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeacher($input: NewTeacherInput!) {\n    addTeacher(input: $input) {\n      id\n      name\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddTeacher($input: NewTeacherInput!) {\n    addTeacher(input: $input) {\n      id\n      name\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferTeacher($nationalId: String!, $toSchoolId: ID!) {\n    transferTeacher(nationalId: $nationalId, toSchoolId: $toSchoolId) {\n      id\n      name\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferTeacher($nationalId: String!, $toSchoolId: ID!) {\n    transferTeacher(nationalId: $nationalId, toSchoolId: $toSchoolId) {\n      id\n      name\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewTeacher on Teacher {\n    ...TeacherRow\n    profileConfirmation {\n      semester\n      confirmedAt\n      current\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewTeacher on Teacher {\n    ...TeacherRow\n    profileConfirmation {\n      semester\n      confirmedAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectTeachers($items: [TeacherCorrectionInput!]!) {\n    correctTeachers(items: $items) {\n      ...ReviewTeacher\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectTeachers($items: [TeacherCorrectionInput!]!) {\n    correctTeachers(items: $items) {\n      ...ReviewTeacher\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeacherRow on Teacher {\n    id\n    name\n    title\n    subjects\n    nationalIdMasked\n    email\n    phone\n    school {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TeacherRow on Teacher {\n    id\n    name\n    title\n    subjects\n    nationalIdMasked\n    email\n    phone\n    school {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceItems($list: ReferenceList!) {\n    referenceItems(list: $list) {\n      code\n      zh\n      en\n      active\n    }\n  }\n"): (typeof documents)["\n  query ReferenceItems($list: ReferenceList!) {\n    referenceItems(list: $list) {\n      code\n      zh\n      en\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsByName($search: String!, $countyId: ID) {\n    unitsByName(search: $search, countyId: $countyId) {\n      id\n      name\n      code\n      kind\n      county {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsByName($search: String!, $countyId: ID) {\n    unitsByName(search: $search, countyId: $countyId) {\n      id\n      name\n      code\n      kind\n      county {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForBusinessAccount($input: ApplyForBusinessAccountInput!) {\n    applyForBusinessAccount(input: $input) {\n      id\n      role\n      status\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyForBusinessAccount($input: ApplyForBusinessAccountInput!) {\n    applyForBusinessAccount(input: $input) {\n      id\n      role\n      status\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int!, $after: String, $actor: String, $targetId: ID, $from: DateTimeISO, $to: DateTimeISO) {\n    auditEvents(first: $first, after: $after, actor: $actor, targetId: $targetId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorKind\n          actorUsername\n          actorUnit {\n            id\n            name\n          }\n          operation\n          targetType\n          targetId\n          targetUnit {\n            id\n            name\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int!, $after: String, $actor: String, $targetId: ID, $from: DateTimeISO, $to: DateTimeISO) {\n    auditEvents(first: $first, after: $after, actor: $actor, targetId: $targetId, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorKind\n          actorUsername\n          actorUnit {\n            id\n            name\n          }\n          operation\n          targetType\n          targetId\n          targetUnit {\n            id\n            name\n          }\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagedAccount on BusinessAccount {\n    id\n    name\n    role\n    status\n    username\n    nationalIdMasked\n    email\n    phone\n    permissions\n    version\n    unit {\n      id\n      code\n      name\n      kind\n      county {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ManagedAccount on BusinessAccount {\n    id\n    name\n    role\n    status\n    username\n    nationalIdMasked\n    email\n    phone\n    permissions\n    version\n    unit {\n      id\n      code\n      name\n      kind\n      county {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessAccounts($first: Int!, $after: String, $unitId: ID) {\n    businessAccounts(first: $first, after: $after, unitId: $unitId) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ManagedAccount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BusinessAccounts($first: Int!, $after: String, $unitId: ID) {\n    businessAccounts(first: $first, after: $after, unitId: $unitId) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...ManagedAccount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitAccounts($unitId: ID!) {\n    businessAccounts(first: 100, unitId: $unitId) {\n      edges {\n        node {\n          id\n          name\n          role\n          status\n          username\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitAccounts($unitId: ID!) {\n    businessAccounts(first: 100, unitId: $unitId) {\n      edges {\n        node {\n          id\n          name\n          role\n          status\n          username\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateBusinessAccount($id: ID!, $version: Int) {\n    activateBusinessAccount(id: $id, version: $version) {\n      ...ManagedAccount\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateBusinessAccount($id: ID!, $version: Int) {\n    activateBusinessAccount(id: $id, version: $version) {\n      ...ManagedAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendBusinessAccount($id: ID!, $version: Int, $replacementId: ID) {\n    suspendBusinessAccount(id: $id, version: $version, replacementId: $replacementId) {\n      ...ManagedAccount\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendBusinessAccount($id: ID!, $version: Int, $replacementId: ID) {\n    suspendBusinessAccount(id: $id, version: $version, replacementId: $replacementId) {\n      ...ManagedAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBusinessAccount($id: ID!, $version: Int, $replacementId: ID) {\n    deleteBusinessAccount(id: $id, version: $version, replacementId: $replacementId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteBusinessAccount($id: ID!, $version: Int, $replacementId: ID) {\n    deleteBusinessAccount(id: $id, version: $version, replacementId: $replacementId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBusinessAccountPermissions($id: ID!, $permissions: [Permission!]!, $version: Int) {\n    setBusinessAccountPermissions(id: $id, permissions: $permissions, version: $version) {\n      ...ManagedAccount\n    }\n  }\n"): (typeof documents)["\n  mutation SetBusinessAccountPermissions($id: ID!, $permissions: [Permission!]!, $version: Int) {\n    setBusinessAccountPermissions(id: $id, permissions: $permissions, version: $version) {\n      ...ManagedAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeBusinessAccountRole($id: ID!, $role: BusinessRole!, $version: Int, $replacementId: ID) {\n    changeBusinessAccountRole(id: $id, role: $role, version: $version, replacementId: $replacementId) {\n      ...ManagedAccount\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeBusinessAccountRole($id: ID!, $role: BusinessRole!, $version: Int, $replacementId: ID) {\n    changeBusinessAccountRole(id: $id, role: $role, version: $version, replacementId: $replacementId) {\n      ...ManagedAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($accountId: ID!) {\n    resetPassword(accountId: $accountId) {\n      username\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($accountId: ID!) {\n    resetPassword(accountId: $accountId) {\n      username\n      temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($first: Int!, $after: String, $countyId: ID, $search: String) {\n    businessAccountDirectory(first: $first, after: $after, countyId: $countyId, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          unitName\n          unitCode\n          county {\n            id\n            name\n            nameEn\n          }\n          name\n          role\n          phone\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Directory($first: Int!, $after: String, $countyId: ID, $search: String) {\n    businessAccountDirectory(first: $first, after: $after, countyId: $countyId, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          unitName\n          unitCode\n          county {\n            id\n            name\n            nameEn\n          }\n          name\n          role\n          phone\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      username\n      teacher {\n        id\n        name\n        nationalId\n        nationalIdMasked\n        email\n        phone\n        title\n        subjects\n        school {\n          id\n          code\n          name\n        }\n      }\n      businessAccount {\n        id\n        name\n        username\n        role\n        status\n        permissions\n        nationalId\n        nationalIdMasked\n        email\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    me {\n      username\n      teacher {\n        id\n        name\n        nationalId\n        nationalIdMasked\n        email\n        phone\n        title\n        subjects\n        school {\n          id\n          code\n          name\n        }\n      }\n      businessAccount {\n        id\n        name\n        username\n        role\n        status\n        permissions\n        nationalId\n        nationalIdMasked\n        email\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      viewer {\n        username\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      viewer {\n        username\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    currentSemester\n    me {\n      username\n      teacher {\n        ...MyProfileFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    currentSemester\n    me {\n      username\n      teacher {\n        ...MyProfileFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyProfileFields on Teacher {\n    id\n    name\n    title\n    subjects\n    email\n    phone\n    school {\n      id\n      name\n    }\n    profileConfirmation {\n      semester\n      confirmedAt\n      current\n    }\n  }\n"): (typeof documents)["\n  fragment MyProfileFields on Teacher {\n    id\n    name\n    title\n    subjects\n    email\n    phone\n    school {\n      id\n      name\n    }\n    profileConfirmation {\n      semester\n      confirmedAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: MyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMyProfile {\n    confirmMyProfile {\n      ...MyProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMyProfile {\n    confirmMyProfile {\n      ...MyProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolTeachers($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename\n      id\n      ... on School {\n        code\n        name\n        county {\n          id\n          name\n          nameEn\n        }\n        teacherReview {\n          ...TeacherReviewStatus\n        }\n        teachers(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          edges {\n            cursor\n            node {\n              ...ReviewTeacher\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolTeachers($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename\n      id\n      ... on School {\n        code\n        name\n        county {\n          id\n          name\n          nameEn\n        }\n        teacherReview {\n          ...TeacherReviewStatus\n        }\n        teachers(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          edges {\n            cursor\n            node {\n              ...ReviewTeacher\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeacherReviewStatus on TeacherReview {\n    semester\n    reviewedAt\n    done\n    confirmedTeachers\n    teachers\n  }\n"): (typeof documents)["\n  fragment TeacherReviewStatus on TeacherReview {\n    semester\n    reviewedAt\n    done\n    confirmedTeachers\n    teachers\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkTeacherReviewDone($schoolId: ID!) {\n    markTeacherReviewDone(schoolId: $schoolId) {\n      id\n      teacherReview {\n        ...TeacherReviewStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkTeacherReviewDone($schoolId: ID!) {\n    markTeacherReviewDone(schoolId: $schoolId) {\n      id\n      teacherReview {\n        ...TeacherReviewStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Counties {\n    counties {\n      id\n      code\n      name\n      nameEn\n      order\n    }\n  }\n"): (typeof documents)["\n  query Counties {\n    counties {\n      id\n      code\n      name\n      nameEn\n      order\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schools($first: Int!, $after: String, $countyId: ID, $stage: Stage, $search: String) {\n    schools(first: $first, after: $after, countyId: $countyId, stage: $stage, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          stages\n          remoteness\n          studentCount\n          county {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Schools($first: Int!, $after: String, $countyId: ID, $stage: Stage, $search: String) {\n    schools(first: $first, after: $after, countyId: $countyId, stage: $stage, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          stages\n          remoteness\n          studentCount\n          county {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teachers($first: Int!, $after: String) {\n    teachers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TeacherRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Teachers($first: Int!, $after: String) {\n    teachers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TeacherRow\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;