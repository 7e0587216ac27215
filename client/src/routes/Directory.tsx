import { type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { errorCode } from '../apollo/errors';
import { DataList, Filters, useDraftText, useUrlFilters } from '../components/DataList';
import { useCursorPager } from '../components/Pager';
import { LoadError } from '../components/Status';
import { Value } from '../components/Value';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { COUNTIES_QUERY } from './Schools';

const PAGE_SIZE = 20;

/** 業務帳號查詢 (public): the contact details of active CHIEFs and CONTACTs; OPERATORs are never listed. */
const DIRECTORY_QUERY = graphql(`
  query Directory($first: Int!, $after: String, $countyId: ID, $search: String) {
    businessAccountDirectory(first: $first, after: $after, countyId: $countyId, search: $search) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          unitName
          unitCode
          county {
            id
            name
            nameEn
          }
          name
          role
          phone
          email
        }
      }
    }
  }
`);

export function DirectoryPage() {
  const { t, label, pick, errorText } = useI18n();
  const filters = useUrlFilters();
  const countyId = filters.get('county');
  const search = filters.get('q');
  const [searchText, setSearchText] = useDraftText(search);
  const pager = useCursorPager(JSON.stringify([countyId, search]));
  const counties = useQuery(COUNTIES_QUERY);
  // The lookup is rate-limited per address: it asks on submit and on paging only, never per keystroke.
  const { data, previousData, loading, error } = useQuery(DIRECTORY_QUERY, {
    variables: { first: PAGE_SIZE, after: pager.after, countyId, search },
    fetchPolicy: 'network-only',
  });
  const conn = (data ?? previousData)?.businessAccountDirectory;

  function submit(e: FormEvent) {
    e.preventDefault();
    filters.set('q', searchText.trim() || null);
  }

  return (
    <>
      <h1>{t('directory.title')}</h1>
      <p className="muted">{t('directory.intro')}</p>
      <Filters onSubmit={submit} canClear={Boolean(countyId || search)} onClear={filters.clear}>
        <div className="field">
          <label htmlFor="d-county">{t('schools.county')}</label>
          <select id="d-county" value={countyId ?? ''} onChange={(e) => filters.set('county', e.target.value || null)}>
            <option value="">{t('common.all')}</option>
            {counties.data?.counties.map((c) => (
              <option key={c.id} value={c.id}>
                {pick(c.name, c.nameEn)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-grow">
          <label htmlFor="d-search">{t('directory.search')}</label>
          <input id="d-search" type="search" value={searchText} onChange={(e) => setSearchText(e.target.value)} />
        </div>
      </Filters>

      {errorCode(error) === 'RATE_LIMITED' ? (
        <p className="notice notice-error" role="alert" data-testid="rate-limited">
          {t('directory.rateLimited', { message: errorText(error) })}
        </p>
      ) : (
        <LoadError error={error} />
      )}
      <DataList
        conn={conn}
        loading={loading}
        pager={pager}
        pageSize={PAGE_SIZE}
        countText={(total) => t('directory.count', { total })}
        countTestId="directory-count"
        table={{
          testId: 'directory-table',
          caption: t('directory.caption'),
          columns: (
            <>
              <th scope="col">{t('field.unit')}</th>
              <th scope="col">{t('directory.unitCode')}</th>
              <th scope="col">{t('schools.county')}</th>
              <th scope="col">{t('field.role')}</th>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.phone')}</th>
              <th scope="col">{t('field.email')}</th>
            </>
          ),
          // The directory's rows have no ID: the place on the page keys them.
          row: (d, i) => (
            <tr key={i}>
              <th scope="row" data-col="unit">
                {d.unitName}
              </th>
              <td className="mono">{d.unitCode}</td>
              <td className="nowrap">
                <Value value={d.county ? pick(d.county.name, d.county.nameEn) : null} />
              </td>
              <td className="nowrap" data-col="role">
                {label('BusinessRole', d.role)}
              </td>
              <td className="nowrap" data-col="name">
                {d.name}
              </td>
              <td className="nowrap" data-col="phone">
                <Value value={d.phone} mono />
              </td>
              <td data-col="email">
                <Value value={d.email} />
              </td>
            </tr>
          ),
        }}
      />
    </>
  );
}
