import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { forbiddenFields, hasErrorAt } from '../apollo/errors';
import { fieldLabels } from '../components/fieldNames';
import { Pager, useCursorPager } from '../components/Pager';
import { ForbiddenFieldsNote, LoadError, Loading, NoAccess } from '../components/Status';
import { TeacherTable } from '../components/TeacherTable';
import { graphql } from '../gql';
import { useI18n } from '../i18n';

const PAGE_SIZE = 20;

/** One school and a page of its teachers; `teachers` is null (FORBIDDEN) for viewers who may not list them. */
const SCHOOL_TEACHERS_QUERY = graphql(`
  query SchoolTeachers($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      id
      ... on School {
        code
        name
        county {
          id
          name
          nameEn
        }
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
    }
  }
`);

export function SchoolTeachersPage() {
  const { t, pick, num } = useI18n();
  const { id = '' } = useParams();
  const pager = useCursorPager(id);
  const { data, previousData, loading, error } = useQuery(SCHOOL_TEACHERS_QUERY, {
    variables: { id, first: PAGE_SIZE, after: pager.after },
    // Always ask the server: which fields are withheld comes with its answer, not from the cache.
    fetchPolicy: 'network-only',
  });
  const shown = data ?? previousData;
  const school = shown?.node?.__typename === 'School' ? shown.node : null;
  const back = (
    <p>
      <Link to="/schools">{t('teachers.back')}</Link>
    </p>
  );

  if (!shown && loading) return <Loading />;
  if (!school) {
    return (
      <>
        {back}
        <h1>{t('teachers.title')}</h1>
        {hasErrorAt(error, 'FORBIDDEN') ? <NoAccess message={t('teachers.noAccess')} /> : <LoadError error={error} />}
        {!error && <p className="empty">{t('teachers.notFound')}</p>}
      </>
    );
  }

  const conn = school.teachers;
  const withheld = forbiddenFields(error, ['node', 'teachers', 'edges']);
  return (
    <>
      {back}
      <h1>{t('teachers.schoolTitle', { school: school.name })}</h1>
      <p className="muted">
        <span className="mono">{school.code}</span> · {pick(school.county.name, school.county.nameEn)}
      </p>
      {conn === null || conn === undefined ? (
        hasErrorAt(error, 'FORBIDDEN', ['node', 'teachers']) ? (
          <NoAccess message={t('teachers.noAccess')} />
        ) : (
          <LoadError error={error} />
        )
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
            <TeacherTable teachers={conn.edges.map((e) => e.node)} forbidden={withheld} caption={t('teachers.schoolTitle', { school: school.name })} />
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
