import { useQuery } from '@apollo/client/react';
import { forbiddenFields, hasErrorAt } from '../apollo/errors';
import { DataList } from '../components/DataList';
import { useCursorPager } from '../components/Pager';
import { TeacherFilters, useTeacherFilters } from '../components/TeacherFilters';
import { TeacherTable } from '../components/TeacherTable';
import { graphql } from '../gql';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n';

const PAGE_SIZE = 20;

/** The teachers in the viewer's scope (all, its county, its school, or itself), searched and filtered by the server. */
const TEACHERS_QUERY = graphql(`
  query Teachers(
    $first: Int!
    $after: String
    $search: String
    $title: TeacherTitle
    $subject: Subject
    $confirmed: Boolean
    $contacts: Boolean!
  ) {
    teachers(first: $first, after: $after, search: $search, title: $title, subject: $subject, confirmed: $confirmed) {
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
  const { t } = useI18n();
  const { me } = useAuth();
  // e-mail and phone only where the viewer reads them for every listed teacher (a district does not)
  const contacts = Boolean(me?.can.readTeacherContacts);
  const filters = useTeacherFilters();
  const pager = useCursorPager(filters.key);
  const { data, previousData, loading, error } = useQuery(TEACHERS_QUERY, {
    variables: { first: PAGE_SIZE, after: pager.after, contacts, ...filters.variables },
    fetchPolicy: 'network-only',
  });
  const conn = (data ?? previousData)?.teachers;
  const withheld = forbiddenFields(error, ['teachers', 'edges']);

  return (
    <>
      <h1>{t('teachers.title')}</h1>
      <TeacherFilters state={filters} />
      <DataList
        conn={conn}
        loading={loading}
        error={error}
        noAccess={hasErrorAt(error, 'FORBIDDEN', ['teachers'])}
        withheld={withheld}
        pager={pager}
        pageSize={PAGE_SIZE}
        countText={(total) => t('teachers.count', { total })}
        countTestId="teachers-count"
        emptyText={filters.any ? t('teachers.noMatch') : undefined}
      >
        {(teachers) => (
          <TeacherTable teachers={teachers} forbidden={withheld} showSchool contacts={contacts} caption={t('teachers.caption')} />
        )}
      </DataList>
    </>
  );
}
