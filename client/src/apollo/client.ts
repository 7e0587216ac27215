import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { getToken, setToken } from '../auth/token';

/** Sends the stored token as `Authorization: Bearer <token>`. */
const authLink = new SetContextLink((prev) => {
  const token = getToken();
  if (!token) return {};
  return { headers: { ...(prev.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } };
});

/** A token the server no longer accepts (expired, revoked) logs the browser out. */
const expiredLink = new ErrorLink(({ error, operation }) => {
  if (operation.operationName === 'Login') return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') && getToken()) {
    setToken(null);
  }
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([expiredLink, authLink, new HttpLink({ uri: '/graphql' })]),
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
