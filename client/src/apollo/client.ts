import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';
import { getToken, setToken } from '../auth/token';
import publishedDocuments from '../gql/persisted-documents.json';

/** Sends the stored token as `Authorization: Bearer <token>`. */
const authLink = new SetContextLink((prev) => {
  const token = getToken();
  // an operation that names its token (logout of the previous one) keeps it
  if (!token || (prev.headers as Record<string, string> | undefined)?.authorization) return {};
  return { headers: { ...(prev.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } };
});

/** A token the server no longer accepts (expired, revoked) logs the browser out. */
const expiredLink = new ErrorLink(({ error, operation }) => {
  if (operation.operationName === 'Login') return;
  const token = getToken();
  // only the token this operation was sent with: an answer to an older token (after a logout) leaves a newer login alone
  const sentWith = (operation.getContext().headers as Record<string, string> | undefined)?.authorization;
  if (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') &&
    token &&
    sentWith === `Bearer ${token}`
  ) {
    setToken(null);
  }
});

/** The hash codegen gave a document (`__meta__.hash`, the key of gql/persisted-documents.json). */
function publishedHash(doc: DocumentNode): string | undefined {
  const hash = (doc as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? hash : undefined;
}

const PUBLISHED = publishedDocuments as Record<string, string>;

/**
 * Trusted documents: every operation goes out as its published hash only (the APQ protocol,
 * by POST). A server that does not know the hash answers PERSISTED_QUERY_NOT_FOUND and the link
 * sends it again with the text; that text is the published one (below), so its sha256 is the hash.
 */
const persistedLink = new PersistedQueryLink({
  generateHash: (doc) => {
    const hash = publishedHash(doc);
    if (!hash)
      throw new Error(
        `An operation without a published hash: ${doc.definitions.map((d) => ('name' in d ? d.name?.value : '')).join(', ')} (run npm run codegen)`,
      );
    return hash;
  },
  useGETForHashedQueries: false,
});

/** The text sent with a hash is the published text (what the hash is of), not a reprint of the AST. */
const httpLink = new HttpLink({
  uri: '/graphql',
  print: (node, originalPrint) => {
    const hash = node.kind === 'Document' ? publishedHash(node) : undefined;
    return (hash && PUBLISHED[hash]) || originalPrint(node);
  },
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([expiredLink, authLink, persistedLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        // The viewer has no id; its username names it, so queries asking different fields of `me` merge.
        Viewer: { keyFields: ['username'] },
        ViewerCapabilities: { merge: true },
      },
    }),
    defaultOptions: {
      // Partial data is normal here: personal fields a viewer may not read come back null with FORBIDDEN.
      watchQuery: { errorPolicy: 'all' },
      query: { errorPolicy: 'all' },
      mutate: { errorPolicy: 'none' },
    },
  });
}
