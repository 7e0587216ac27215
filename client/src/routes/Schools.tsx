import { type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { codesOf } from '../../../server/src/shared/labels';
import { hasErrorAt } from '../apollo/errors';
import { useAuth } from '../auth/AuthProvider';
import { DataList, Filters, useDraftText, useUrlFilters } from '../components/DataList';
import { useCursorPager } from '../components/Pager';
import { LoadError, NoAccess } from '../components/Status';
import { Value } from '../components/Value';
import { graphql } from '../gql';
import type { Stage } from '../gql/graphql';
import { useI18n } from '../i18n';

const PAGE_SIZE = 20;

export const COUNTIES_QUERY = graphql(`
  query Counties {
    counties {
      id
      code
      name
      nameEn
      order
    }
  }
`);

const SCHOOLS_QUERY = graphql(`
  query Schools($first: Int!, $after: String, $countyId: ID, $stage: Stage, $search: String) {
    schools(first: $first, after: $after, countyId: $countyId, stage: $stage, search: $search) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          code
          name
          stages
          remoteness
          studentCount
          county {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);

const STAGES: Stage[] = codesOf('Stage');

export function SchoolsPage() {
  const { t, label, pick, list, num } = useI18n();
  const { me } = useAuth();
  const filters = useUrlFilters();
  const countyId = filters.get('county');
  const stageParam = filters.get('stage');
  const stage = STAGES.find((s) => s === stageParam) ?? null;
  const search = filters.get('q');
  const [searchText, setSearchText] = useDraftText(search);

  const pager = useCursorPager(JSON.stringify([countyId, stage, search]));
  const counties = useQuery(COUNTIES_QUERY);
  const { data, previousData, loading, error } = useQuery(SCHOOLS_QUERY, {
    variables: { first: PAGE_SIZE, after: pager.after, countyId, stage, search },
  });
  const shown = data ?? previousData;
  const conn = shown?.schools;

  function submit(e: FormEvent) {
    e.preventDefault();
    filters.set('q', searchText.trim() || null);
  }

  if (hasErrorAt(error, 'FORBIDDEN', ['schools'])) {
    return (
      <>
        <h1>{t('schools.title')}</h1>
        <NoAccess />
      </>
    );
  }

  return (
    <>
      <h1>{t('schools.title')}</h1>
      <Filters onSubmit={submit} canClear={Boolean(countyId || stage || search)} onClear={filters.clear}>
        <div className="field">
          <label htmlFor="f-county">{t('schools.county')}</label>
          <select id="f-county" value={countyId ?? ''} onChange={(e) => filters.set('county', e.target.value || null)}>
            <option value="">{t('common.all')}</option>
            {counties.data?.counties.map((c) => (
              <option key={c.id} value={c.id}>
                {pick(c.name, c.nameEn)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-stage">{t('schools.stage')}</label>
          <select id="f-stage" value={stage ?? ''} onChange={(e) => filters.set('stage', e.target.value || null)}>
            <option value="">{t('common.all')}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {label('Stage', s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-grow">
          <label htmlFor="f-search">{t('schools.search')}</label>
          <input id="f-search" type="search" value={searchText} onChange={(e) => setSearchText(e.target.value)} />
        </div>
      </Filters>

      <LoadError error={error} />
      <DataList
        conn={conn}
        loading={loading}
        pager={pager}
        pageSize={PAGE_SIZE}
        countText={(total) => t('schools.count', { total })}
        countTestId="schools-count"
        table={{
          testId: 'schools-table',
          caption: t('schools.caption'),
          columns: (
            <>
              <th scope="col">{t('schools.code')}</th>
              <th scope="col">{t('schools.name')}</th>
              <th scope="col">{t('schools.county')}</th>
              <th scope="col">{t('schools.stages')}</th>
              <th scope="col">{t('schools.remoteness')}</th>
              <th scope="col" className="num">
                {t('schools.students')}
              </th>
              {me?.can.readTeachers && <th scope="col">{t('schools.teachers')}</th>}
            </>
          ),
          row: (s) => (
            <tr key={s.id}>
              <td className="mono">{s.code}</td>
              <th scope="row">{s.name}</th>
              <td>{pick(s.county.name, s.county.nameEn)}</td>
              <td>{list(s.stages.map((x) => label('Stage', x)))}</td>
              <td>
                <Value value={s.remoteness ? label('Remoteness', s.remoteness) : null} />
              </td>
              <td className="num">
                <Value value={s.studentCount === null || s.studentCount === undefined ? null : num(s.studentCount)} />
              </td>
              {me?.can.readTeachers && (
                <td>
                  <Link to={`/schools/${encodeURIComponent(s.id)}/teachers`} aria-label={t('schools.teachersOf', { school: s.name })}>
                    {t('schools.teachersLink')}
                  </Link>
                </td>
              )}
            </tr>
          ),
        }}
      />
    </>
  );
}
