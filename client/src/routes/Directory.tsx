import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { errorCode, errorMessage } from '../apollo/errors';
import { Pager, useCursorPager } from '../components/Pager';
import { LoadError, Loading } from '../components/Status';
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
  const { t, label, pick, num, server } = useI18n();
  const [params, setParams] = useSearchParams();
  const countyId = params.get('county') || null;
  const search = params.get('q') || null;
  const [searchText, setSearchText] = useState(search ?? '');
  useEffect(() => setSearchText(search ?? ''), [search]);
  const pager = useCursorPager(JSON.stringify([countyId, search]));
  const counties = useQuery(COUNTIES_QUERY);
  // The lookup is rate-limited per address: it asks on submit and on paging only, never per keystroke.
  const { data, previousData, loading, error } = useQuery(DIRECTORY_QUERY, {
    variables: { first: PAGE_SIZE, after: pager.after, countyId, search },
    fetchPolicy: 'network-only',
  });
  const conn = (data ?? previousData)?.businessAccountDirectory;

  function update(key: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    update('q', searchText.trim() || null);
  }

  return (
    <>
      <h1>{t('directory.title')}</h1>
      <p className="muted">{t('directory.intro')}</p>
      <form className="filters" role="search" onSubmit={submit}>
        <div className="field">
          <label htmlFor="d-county">{t('schools.county')}</label>
          <select id="d-county" value={countyId ?? ''} onChange={(e) => update('county', e.target.value || null)}>
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
        <div className="field field-actions">
          <button type="submit" className="primary">
            {t('common.filter')}
          </button>
          {(countyId || search) && (
            <button type="button" onClick={() => setParams(new URLSearchParams())}>
              {t('common.clear')}
            </button>
          )}
        </div>
      </form>

      {errorCode(error) === 'RATE_LIMITED' ? (
        <p className="notice notice-error" role="alert" data-testid="rate-limited">
          {t('directory.rateLimited', { message: server(errorMessage(error) ?? '') })}
        </p>
      ) : (
        <LoadError error={error} />
      )}
      {!conn && loading && <Loading />}
      {conn && (
        <>
          <p className="muted" data-testid="directory-count">
            {t('directory.count', { total: num(conn.totalCount) })}
          </p>
          {conn.edges.length === 0 ? (
            <p className="empty">{t('common.empty')}</p>
          ) : (
            <div className="table-wrap" aria-busy={loading}>
              <table className="data" data-testid="directory-table">
                <caption className="sr-only">{t('directory.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('field.unit')}</th>
                    <th scope="col">{t('directory.unitCode')}</th>
                    <th scope="col">{t('schools.county')}</th>
                    <th scope="col">{t('field.role')}</th>
                    <th scope="col">{t('field.name')}</th>
                    <th scope="col">{t('field.phone')}</th>
                    <th scope="col">{t('field.email')}</th>
                  </tr>
                </thead>
                <tbody>
                  {conn.edges.map(({ cursor, node: d }) => (
                    <tr key={cursor}>
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
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            page={pager.page}
            total={conn.totalCount}
            pageSize={PAGE_SIZE}
            hasPrevious={pager.hasPrevious}
            hasNext={conn.pageInfo.hasNextPage}
            endCursor={conn.pageInfo.endCursor}
            onPrevious={pager.previous}
            onNext={pager.next}
            countText={t('directory.count', { total: conn.totalCount })}
            busy={loading}
          />
        </>
      )}
    </>
  );
}
