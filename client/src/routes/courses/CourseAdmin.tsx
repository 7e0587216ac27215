import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { codesOf } from '../../../../server/src/shared/labels';
import { useAuth } from '../../auth/AuthProvider';
import { DataList, Filters, useUrlFilters } from '../../components/DataList';
import { useCursorPager } from '../../components/Pager';
import { graphql } from '../../gql';
import type { CourseStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n';

const PAGE_SIZE = 20;

/** 課程管理: the courses of the viewer's unit in every status (or one), as the catalog query lists them. */
export const UNIT_COURSES_QUERY = graphql(`
  query UnitCourses($first: Int!, $after: String, $organiserId: ID, $status: [CourseStatus!], $search: String) {
    courses(first: $first, after: $after, organiserId: $organiserId, status: $status, search: $search) {
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
          title
          status
          startsAt
          capacity
          admittedCount
          waitlistedCount
          statusNote
          organiser {
            id
            name
          }
          viewerCan {
            update
            submit
            approve
            publish
            manageRoster
          }
        }
      }
    }
  }
`);

const ALL_STATUSES = codesOf('CourseStatus') as CourseStatus[];

export function CourseAdminPage() {
  const { t, label, date, num } = useI18n();
  const { me } = useAuth();
  const filters = useUrlFilters();
  const status = filters.get('status') as CourseStatus | null;
  const unitId = me?.unit?.id ?? null;
  const variables = { first: PAGE_SIZE, organiserId: unitId, status: status ? [status] : ALL_STATUSES };
  const pager = useCursorPager(JSON.stringify(variables));
  const { data, previousData, loading, error } = useQuery(UNIT_COURSES_QUERY, {
    variables: { ...variables, after: pager.after },
    fetchPolicy: 'cache-and-network',
    skip: !unitId,
  });
  const conn = (data ?? previousData)?.courses;

  return (
    <>
      <h1>{t('courses.adminTitle')}</h1>
      <p className="muted">{t('courses.adminIntro', { unit: me?.unit?.name ?? '' })}</p>
      <div className="list-head">
        <Filters>
          <div className="field">
            <label htmlFor="a-status">{t('courses.status')}</label>
            <select
              id="a-status"
              value={status ?? ''}
              onChange={(e) => filters.set('status', e.target.value || null)}
              data-testid="admin-status"
            >
              <option value="">{t('common.all')}</option>
              {ALL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {label('CourseStatus', s)}
                </option>
              ))}
            </select>
          </div>
        </Filters>
        {me?.can.registerCourses && (
          <Link to="/course-admin/new" className="button-link primary" data-testid="new-course">
            {t('courses.new')}
          </Link>
        )}
      </div>
      <DataList
        conn={conn}
        loading={loading}
        pager={pager}
        pageSize={PAGE_SIZE}
        error={error}
        countText={(total) => t('courses.adminCount', { total })}
        countTestId="admin-count"
        emptyText={t('courses.adminNone')}
        table={{
          testId: 'admin-courses',
          caption: t('courses.adminTitle'),
          columns: (
            <>
              <th scope="col">{t('courses.course')}</th>
              <th scope="col">{t('courses.status')}</th>
              <th scope="col">{t('courses.startsAt')}</th>
              <th scope="col" className="num">
                {t('courses.admittedOf')}
              </th>
              <th scope="col" className="num">
                {t('courses.waitlisted')}
              </th>
              <th scope="col">{t('courses.actions')}</th>
            </>
          ),
          row: (c) => (
            <tr key={c.id} data-code={c.code}>
              <th scope="row" data-col="title">
                <Link to={`/course-admin/${encodeURIComponent(c.id)}`}>{c.title}</Link>
                <div className="muted small mono">{c.code}</div>
              </th>
              <td data-col="status" className="nowrap">
                {label('CourseStatus', c.status)}
                {c.statusNote && c.status === 'DRAFT' && (
                  <div className="muted small">{t('courses.returnedBecause', { note: c.statusNote })}</div>
                )}
              </td>
              <td className="nowrap">{date(c.startsAt)}</td>
              <td className="num">
                {num(c.admittedCount)} / {num(c.capacity)}
              </td>
              <td className="num">{num(c.waitlistedCount)}</td>
              <td className="row-actions">
                <Link to={`/course-admin/${encodeURIComponent(c.id)}`} className="small-button">
                  {c.viewerCan.update ? t('courses.edit') : t('courses.view')}
                </Link>
              </td>
            </tr>
          ),
        }}
      />
    </>
  );
}
