// GraphiQL's editor (Monaco) runs its language services in web workers; this registers the
// workers that Vite bundles (same origin: the content security policy's worker-src 'self').
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useMemo, type ComponentProps } from 'react';
import { GraphiQL } from 'graphiql';
import { useAuth } from '../auth/AuthProvider';
import { getToken } from '../auth/token';
import { Loading, NoAccess } from '../components/Status';
import { useFilledYears } from '../hooks/useFilledYears';
import { useSchoolYear } from '../hooks/useSchoolYear';
import { useI18n } from '../i18n';

type GraphiQLProps = ComponentProps<typeof GraphiQL>;

/** The first query shown: the demand for times of study by county (docs/API.md). */
const DEFAULT_QUERY = `# 需求分析：各縣市教師規劃的在職進修時間（選填數與比例）
# Demand analysis: preferred times of study by county
query DemandByCounty($year: Int!) {
  demand(source: TEACHER_PLANS, dimension: TIME, groupBy: [COUNTY], filter: { schoolYears: [$year] }) {
    k
    options { code label }
    groups {
      key { label }
      plans
      cells { option count share suppressed }
    }
  }
}
`;

/**
 * The editors' tabs and history kept per account (a shared browser does not show one analyst's
 * queries to the next); the bearer token is never stored: the fetcher adds it to each request.
 */
function viewerStorage(username: string): NonNullable<GraphiQLProps['storage']> {
  const prefix = `inservice.graphiql.${username}:`;
  const keys = () => {
    try {
      return Object.keys(localStorage).filter((k) => k.startsWith(prefix));
    } catch {
      return [];
    }
  };
  return {
    getItem: (key) => {
      try {
        return localStorage.getItem(prefix + key);
      } catch {
        return null;
      }
    },
    setItem: (key, value) => {
      try {
        localStorage.setItem(prefix + key, value);
      } catch {
        /* storage full or unavailable: the editor keeps working without it */
      }
    },
    removeItem: (key) => {
      try {
        localStorage.removeItem(prefix + key);
      } catch {
        /* nothing kept */
      }
    },
    clear: () => {
      for (const k of keys()) localStorage.removeItem(k);
    },
    get length() {
      return keys().length;
    },
  };
}

/** Sends the query to /graphql as the logged-in viewer (the server applies the viewer's rights). */
const fetcher: GraphiQLProps['fetcher'] = async (params) => {
  const token = getToken();
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(params),
  });
  return res.json();
};

/**
 * GraphQL 查詢 (analysts, the platform, districts): the API's own explorer with the schema's
 * documentation, logged in as the viewer. Loaded only when opened (it is large).
 */
export default function ExplorerPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const storage = useMemo(() => (me ? viewerStorage(me.username) : undefined), [me]);
  // The sample asks about the latest year with enough plans (the current one may have few yet).
  const years = useSchoolYear();
  const filled = useFilledYears(years.years, years.year, Boolean(me?.can.readStatistics));
  const year = filled.startYear ?? new Date().getFullYear() - 1911 - (new Date().getMonth() < 7 ? 1 : 0);

  if (!me?.can.readStatistics) {
    return (
      <>
        <h1>{t('explorer.title')}</h1>
        <NoAccess />
      </>
    );
  }

  return (
    <>
      <h1>{t('explorer.title')}</h1>
      <p className="muted small">{t('explorer.intro')}</p>
      {years.loading || filled.loading ? (
        <Loading />
      ) : (
        <div className="explorer" data-testid="explorer" data-year={year}>
          <GraphiQL
            fetcher={fetcher}
            storage={storage}
            defaultQuery={DEFAULT_QUERY}
            initialVariables={JSON.stringify({ year }, null, 2)}
            isHeadersEditorEnabled={false}
            shouldPersistHeaders={false}
            forcedTheme="light"
          />
        </div>
      )}
    </>
  );
}
