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
    "\n  query Viewer {\n    me {\n      username\n      name\n      role\n      permissions\n      can {\n        readSchools\n        readTeachers\n        readBusinessAccounts\n      }\n      unit {\n        id\n        code\n        name\n        kind\n      }\n      county {\n        id\n        name\n        nameEn\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment TeacherRow on Teacher {\n    id\n    name\n    title\n    subjects\n    nationalIdMasked\n    email\n    phone\n    school {\n      id\n      name\n    }\n  }\n": typeof types.TeacherRowFragmentDoc,
    "\n  query BusinessAccounts($first: Int!, $after: String) {\n    businessAccounts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          role\n          status\n          username\n          nationalIdMasked\n          email\n          phone\n          permissions\n          unit {\n            id\n            code\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.BusinessAccountsDocument,
    "\n  query Home {\n    me {\n      username\n      teacher {\n        id\n        name\n        nationalId\n        nationalIdMasked\n        email\n        phone\n        title\n        subjects\n        school {\n          id\n          code\n          name\n        }\n      }\n      businessAccount {\n        id\n        name\n        username\n        role\n        status\n        permissions\n        nationalId\n        nationalIdMasked\n        email\n        phone\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      viewer {\n        username\n        name\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query SchoolTeachers($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename\n      id\n      ... on School {\n        code\n        name\n        county {\n          id\n          name\n          nameEn\n        }\n        teachers(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          edges {\n            cursor\n            node {\n              ...TeacherRow\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SchoolTeachersDocument,
    "\n  query Counties {\n    counties {\n      id\n      code\n      name\n      nameEn\n      order\n    }\n  }\n": typeof types.CountiesDocument,
    "\n  query Schools($first: Int!, $after: String, $countyId: ID, $stage: Stage, $search: String) {\n    schools(first: $first, after: $after, countyId: $countyId, stage: $stage, search: $search) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          stages\n          remoteness\n          studentCount\n          county {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.SchoolsDocument,
    "\n  query Teachers($first: Int!, $after: String) {\n    teachers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...TeacherRow\n        }\n      }\n    }\n  }\n": typeof types.TeachersDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      username\n      name\n      role\n      permissions\n      can {\n        readSchools\n        readTeachers\n        readBusinessAccounts\n      }\n      unit {\n        id\n        code\n        name\n        kind\n      }\n      county {\n        id\n        name\n        nameEn\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment TeacherRow on Teacher {\n    id\n    name\n    title\n    subjects\n    nationalIdMasked\n    email\n    phone\n    school {\n      id\n      name\n    }\n  }\n": types.TeacherRowFragmentDoc,
    "\n  query BusinessAccounts($first: Int!, $after: String) {\n    businessAccounts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          role\n          status\n          username\n          nationalIdMasked\n          email\n          phone\n          permissions\n          unit {\n            id\n            code\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.BusinessAccountsDocument,
    "\n  query Home {\n    me {\n      username\n      teacher {\n        id\n        name\n        nationalId\n        nationalIdMasked\n        email\n        phone\n        title\n        subjects\n        school {\n          id\n          code\n          name\n        }\n      }\n      businessAccount {\n        id\n        name\n        username\n        role\n        status\n        permissions\n        nationalId\n        nationalIdMasked\n        email\n        phone\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      viewer {\n        username\n        name\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query SchoolTeachers($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename\n      id\n      ... on School {\n        code\n        name\n        county {\n          id\n          name\n          nameEn\n        }\n        teachers(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          edges {\n            cursor\n            node {\n              ...TeacherRow\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SchoolTeachersDocument,
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
export function graphql(source: "\n  query Viewer {\n    me {\n      username\n      name\n      role\n      permissions\n      can {\n        readSchools\n        readTeachers\n        readBusinessAccounts\n      }\n      unit {\n        id\n        code\n        name\n        kind\n      }\n      county {\n        id\n        name\n        nameEn\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      username\n      name\n      role\n      permissions\n      can {\n        readSchools\n        readTeachers\n        readBusinessAccounts\n      }\n      unit {\n        id\n        code\n        name\n        kind\n      }\n      county {\n        id\n        name\n        nameEn\n      }\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeacherRow on Teacher {\n    id\n    name\n    title\n    subjects\n    nationalIdMasked\n    email\n    phone\n    school {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TeacherRow on Teacher {\n    id\n    name\n    title\n    subjects\n    nationalIdMasked\n    email\n    phone\n    school {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessAccounts($first: Int!, $after: String) {\n    businessAccounts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          role\n          status\n          username\n          nationalIdMasked\n          email\n          phone\n          permissions\n          unit {\n            id\n            code\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BusinessAccounts($first: Int!, $after: String) {\n    businessAccounts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          role\n          status\n          username\n          nationalIdMasked\n          email\n          phone\n          permissions\n          unit {\n            id\n            code\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query SchoolTeachers($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename\n      id\n      ... on School {\n        code\n        name\n        county {\n          id\n          name\n          nameEn\n        }\n        teachers(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          edges {\n            cursor\n            node {\n              ...TeacherRow\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolTeachers($id: ID!, $first: Int!, $after: String) {\n    node(id: $id) {\n      __typename\n      id\n      ... on School {\n        code\n        name\n        county {\n          id\n          name\n          nameEn\n        }\n        teachers(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n          edges {\n            cursor\n            node {\n              ...TeacherRow\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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