import { useQuery } from '@apollo/client/react';
import { forbiddenFields, hasErrorAt } from '../apollo/errors';
import { fieldLabels } from '../components/fieldNames';
import { Pager, useCursorPager } from '../components/Pager';
import { ForbiddenFieldsNote, LoadError, Loading, NoAccess } from '../components/Status';
import { Value } from '../components/Value';
import { graphql } from '../gql';
import { useI18n } from '../i18n';

const PAGE_SIZE = 20;

/** Business accounts the viewer manages: all (platform), its county's (district), its unit's (CHIEF). */
const BUSINESS_ACCOUNTS_QUERY = graphql(`
  query BusinessAccounts($first: Int!, $after: String) {
    businessAccounts(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          name
          role
          status
          username
          nationalIdMasked
          email
          phone
          permissions
          unit {
            id
            code
            name
            kind
          }
        }
      }
    }
  }
`);

export function BusinessAccountsPage() {
  const { t, label, num } = useI18n();
  const pager = useCursorPager('accounts');
  const { data, previousData, loading, error } = useQuery(BUSINESS_ACCOUNTS_QUERY, {
    variables: { first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'network-only',
  });
  const conn = (data ?? previousData)?.businessAccounts;
  const withheld = forbiddenFields(error, ['businessAccounts', 'edges']);
  const no = (f: string) => withheld.has(f);

  return (
    <>
      <h1>{t('accounts.title')}</h1>
      {hasErrorAt(error, 'FORBIDDEN', ['businessAccounts']) && !conn ? (
        <NoAccess />
      ) : !conn ? (
        loading ? <Loading /> : <LoadError error={error} />
      ) : (
        <>
          <p className="muted" data-testid="accounts-count">
            {t('accounts.count', { total: num(conn.totalCount) })}
          </p>
          <ForbiddenFieldsNote fields={fieldLabels(withheld, t)} />
          <LoadError error={error} />
          {conn.edges.length === 0 ? (
            <p className="empty">{t('common.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data" data-testid="accounts-table">
                <caption className="sr-only">{t('accounts.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('field.name')}</th>
                    <th scope="col">{t('field.unit')}</th>
                    <th scope="col">{t('field.role')}</th>
                    <th scope="col">{t('field.username')}</th>
                    <th scope="col">{t('field.status')}</th>
                    <th scope="col">{t('field.nationalIdMasked')}</th>
                    <th scope="col">{t('field.email')}</th>
                    <th scope="col">{t('field.phone')}</th>
                    <th scope="col">{t('field.permissions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {conn.edges.map(({ node: a }) => (
                    <tr key={a.id}>
                      <th scope="row" className="nowrap">
                        {a.name}
                      </th>
                      <td className="nowrap" title={label('UnitKind', a.unit.kind)}>
                        {a.unit.name}
                      </td>
                      <td className="nowrap">{label('BusinessRole', a.role)}</td>
                      <td className="nowrap">
                        <Value value={a.username} forbidden={no('username')} mono />
                      </td>
                      <td className="nowrap">
                        <Value value={a.status ? label('AccountStatus', a.status) : null} forbidden={no('status')} />
                      </td>
                      <td data-col="nationalIdMasked" className="nowrap">
                        <Value value={a.nationalIdMasked} forbidden={no('nationalIdMasked')} mono />
                      </td>
                      <td data-col="email">
                        <Value value={a.email} forbidden={no('email')} />
                      </td>
                      <td data-col="phone" className="nowrap">
                        <Value value={a.phone} forbidden={no('phone')} mono />
                      </td>
                      <td className="permissions">
                        {a.permissions ? (
                          <details>
                            <summary>{t('accounts.permissionCount', { n: a.permissions.length })}</summary>
                            <ul className="tags">
                              {a.permissions.map((p) => (
                                <li key={p}>{label('Permission', p)}</li>
                              ))}
                            </ul>
                          </details>
                        ) : (
                          <Value value={null} forbidden={no('permissions')} />
                        )}
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
            countText={t('accounts.count', { total: conn.totalCount })}
            busy={loading}
          />
        </>
      )}
    </>
  );
}
