import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { getToken, onTokenChange, setToken } from './token';

/** Who is logged in and what the server says they may use; the navigation is built from it. */
export const VIEWER_QUERY = graphql(`
  query Viewer {
    me {
      username
      name
      role
      permissions
      mustChangePassword
      can {
        readSchools
        readTeachers
        browseSchools
        browseTeachers
        readTeacherContacts
        readBusinessAccounts
        manageBusinessAccounts
        manageTeachers
        readAudit
        ownProfile
        readStatistics
        readSchoolStatistics
        fillSchoolPlan
        fillTeacherPlan
        answerSurvey
        followProgress
        followEveryCounty
        followSchoolProgress
        remindAndReopen
        readRewards
        readSurveyResults
        configureSchoolYears
        manageApiKeys
        registerCourses
        manageCourses
        approveCourses
        enrolInCourses
        decideCourseRegistrations
        startExport
        exportKinds
        exportKindsBySchoolYear
        readSupplyDemand
        readDemandReference
      }
      unit {
        id
        code
        name
        kind
      }
      county {
        id
        name
        nameEn
      }
      school {
        id
        name
      }
    }
  }
`);

/** Ends this token's session on the server (the token is refused from then on). */
export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);

export type Me = NonNullable<ViewerQuery['me']>;

interface Auth {
  token: string | null;
  me: Me | null;
  loading: boolean;
  /** Loading the viewer failed (e.g. the server cannot be reached). */
  error: string | null;
  retry(): void;
  /** Ask the server again who the viewer is (after a password change, a profile change ...). */
  refresh(): Promise<void>;
  /** Keep the token of a successful login and load the viewer with it. */
  logIn(token: string): Promise<void>;
  logOut(): Promise<void>;
}

const Ctx = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setTokenState] = useState<string | null>(getToken);

  useEffect(
    () =>
      onTokenChange((t) => {
        setTokenState(t);
        // A token dropped (logout, expiry) leaves nothing of the last viewer's data behind.
        if (!t) void client.clearStore();
      }),
    [client],
  );

  const { data, loading, error, refetch } = useQuery(VIEWER_QUERY, {
    skip: !token,
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const me = token ? (data?.me ?? null) : null;

  // The server no longer knows this token (me: null): log out.
  useEffect(() => {
    if (token && !loading && data && data.me === null) setToken(null);
  }, [token, loading, data]);

  const logIn = useCallback(
    async (t: string) => {
      await client.clearStore();
      setToken(t);
    },
    [client],
  );

  const logOut = useCallback(async () => {
    const old = getToken();
    // out here first (nothing of the viewer stays), then the server ends the session of the old
    // token; a failure (offline, already ended) changes nothing here
    setToken(null);
    await client.clearStore();
    if (old) {
      await client.mutate({ mutation: LOGOUT_MUTATION, context: { headers: { authorization: `Bearer ${old}` } } }).catch(() => undefined);
    }
  }, [client]);

  const value = useMemo<Auth>(
    () => ({
      token,
      me,
      loading: Boolean(token) && loading,
      error: token && !me && error ? error.message : null,
      retry: () => void refetch(),
      refresh: async () => {
        await refetch();
      },
      logIn,
      logOut,
    }),
    [token, me, loading, error, refetch, logIn, logOut],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAuth(): Auth {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAuth outside <AuthProvider>');
  return v;
}
