import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { DataList, Filters, useUrlFilters } from '../../components/DataList';
import { useCursorPager } from '../../components/Pager';
import { graphql } from '../../gql';
import type { CourseStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { CourseActions } from './CourseActions';

const PAGE_SIZE = 20;

/** 課程審核: the courses awaiting the viewer's approval (a district its county's schools', the platform the others'), and approved ones to publish. */
const REVIEW_QUERY = graphql(`
  query CourseReview($first: Int!, $after: String, $status: [CourseStatus!]) {
    courses(first: $first, after: $after, status: $status) {
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
          version
          hours
          capacity
          startsAt
          submittedAt
          organiser {
            id
            name
            kind
          }
          county {
            id
            name
            nameEn
          }
          viewerCan {
            submit
            approve
            publish
            cancel
            close
          }
        }
      }
    }
  }
`);

const QUEUES: CourseStatus[] = ['SUBMITTED', 'APPROVED'];

export function CourseReviewPage() {
  const { t, label, pick, date, dateTime, num } = useI18n();
  const filters = useUrlFilters();
  const status = (filters.get('status') as CourseStatus | null) ?? 'SUBMITTED';
  const pager = useCursorPager(status);
  const { data, previousData, loading, error, refetch } = useQuery(REVIEW_QUERY, {
    variables: { first: PAGE_SIZE, after: pager.after, status: [status] },
    fetchPolicy: 'cache-and-network',
  });
  const conn = (data ?? previousData)?.courses;

  return (
    <>
      <h1>{t('courses.reviewTitle')}</h1>
      <p className="muted">{t('courses.reviewIntro')}</p>
      <Filters>
        <div className="field">
          <label htmlFor="r-status">{t('courses.status')}</label>
          <select
            id="r-status"
            value={status}
            onChange={(e) => filters.set('status', e.target.value === 'SUBMITTED' ? null : e.target.value)}
            data-testid="review-status"
          >
            {QUEUES.map((s) => (
              <option key={s} value={s}>
                {label('CourseStatus', s)}
              </option>
            ))}
          </select>
        </div>
      </Filters>
      <DataList
        conn={conn}
        loading={loading}
        pager={pager}
        pageSize={PAGE_SIZE}
        error={error}
        countText={(total) => t('courses.reviewCount', { total })}
        countTestId="review-count"
        emptyText={t('courses.reviewNone')}
        table={{
          testId: 'review-table',
          caption: t('courses.reviewTitle'),
          columns: (
            <>
              <th scope="col">{t('courses.course')}</th>
              <th scope="col">{t('courses.organiser')}</th>
              <th scope="col">{t('courses.startsAt')}</th>
              <th scope="col" className="num">
                {t('courses.hours')}
              </th>
              <th scope="col" className="num">
                {t('courses.capacity')}
              </th>
              <th scope="col">{t('courses.submittedAt')}</th>
              <th scope="col">{t('courses.actions')}</th>
            </>
          ),
          row: (c) => (
            <tr key={c.id} data-code={c.code}>
              <th scope="row" data-col="title">
                <Link to={`/course-admin/${encodeURIComponent(c.id)}`}>{c.title}</Link>
                <div className="muted small mono">{c.code}</div>
              </th>
              <td>
                {c.organiser.name}
                <div className="muted small">
                  {label('UnitKind', c.organiser.kind)}
                  {c.county && ` · ${pick(c.county.name, c.county.nameEn)}`}
                </div>
              </td>
              <td className="nowrap">{date(c.startsAt)}</td>
              <td className="num">{num(c.hours)}</td>
              <td className="num">{num(c.capacity)}</td>
              <td className="nowrap muted small">{c.submittedAt ? dateTime(c.submittedAt) : ''}</td>
              <td>
                <CourseActions
                  compact
                  course={{
                    id: c.id,
                    title: c.title,
                    version: c.version,
                    viewerCan: { ...c.viewerCan, submit: false, cancel: false, close: false },
                  }}
                  onDone={() => refetch()}
                />
              </td>
            </tr>
          ),
        }}
      />
    </>
  );
}
