import { useQuery } from '@apollo/client/react';
import { forbiddenFields, hasErrorAt } from '../apollo/errors';
import { fieldLabels } from '../components/fieldNames';
import { Pager, useCursorPager } from '../components/Pager';
import { ForbiddenFieldsNote, LoadError, Loading, NoAccess } from '../components/Status';
import { TeacherTable } from '../components/TeacherTable';
import { graphql } from '../gql';
import { useI18n } from '../i18n';

const PAGE_SIZE = 20;

/** The teachers in the viewer's scope: all (platform), its county (district), its school, or itself. */
const TEACHERS_QUERY = graphql(`
  query Teachers($first: Int!, $after: String) {
    teachers(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...TeacherRow
        }
      }
    }
  }
`);

export function TeachersPage() {
  const { t, num } = useI18n();
  const pager = useCursorPager('teachers');
  const { data, previousData, loading, error } = useQuery(TEACHERS_QUERY, {
    variables: { first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'network-only',
  });
  const conn = (data ?? previousData)?.teachers;
  const withheld = forbiddenFields(error, ['teachers', 'edges']);

  return (
    <>
      <h1>{t('teachers.title')}</h1>
      {hasErrorAt(error, 'FORBIDDEN', ['teachers']) && !conn ? (
        <NoAccess />
      ) : !conn ? (
        loading ? <Loading /> : <LoadError error={error} />
      ) : (
        <>
          <p className="muted" data-testid="teachers-count">
            {t('teachers.count', { total: num(conn.totalCount) })}
          </p>
          <ForbiddenFieldsNote fields={fieldLabels(withheld, t)} />
          <LoadError error={error} />
          {conn.edges.length === 0 ? (
            <p className="empty">{t('common.empty')}</p>
          ) : (
            <TeacherTable teachers={conn.edges.map((e) => e.node)} forbidden={withheld} showSchool caption={t('teachers.caption')} />
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
            countText={t('teachers.count', { total: conn.totalCount })}
            busy={loading}
          />
        </>
      )}
    </>
  );
}
