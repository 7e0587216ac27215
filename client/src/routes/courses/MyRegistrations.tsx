import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { DataList } from '../../components/DataList';
import { FormMessage } from '../../components/Form';
import { useCursorPager } from '../../components/Pager';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { useRegistrationWords } from './CoursePage';
import { MyHours } from './MyHours';

const PAGE_SIZE = 20;

/** 我的研習報名: the teacher's registrations, newest first, with what it may do on each course now. */
const MY_REGISTRATIONS_QUERY = graphql(`
  query MyCourseRegistrations($first: Int!, $after: String) {
    me {
      username
      teacher {
        id
        registrations(first: $first, after: $after) {
          totalCount
          pageInfo {
            endCursor
            hasNextPage
          }
          edges {
            cursor
            node {
              id
              status
              approval
              queueNo
              waitlistPosition
              registeredAt
              course {
                id
                code
                title
                startsAt
                hours
                status
                organiser {
                  id
                  name
                }
                viewerCan {
                  withdraw
                }
              }
            }
          }
        }
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawMyRegistration($courseId: ID!) {
    withdrawFromCourse(courseId: $courseId) {
      id
      status
    }
  }
`);

export function MyRegistrationsPage() {
  const { t, label, dateTime, date, num, errorText } = useI18n();
  const words = useRegistrationWords();
  const pager = useCursorPager('mine');
  const { data, previousData, loading, error, refetch } = useQuery(MY_REGISTRATIONS_QUERY, {
    variables: { first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  const [withdraw, withdrawState] = useMutation(WITHDRAW);
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const conn = (data ?? previousData)?.me?.teacher?.registrations;

  async function doWithdraw(courseId: string, title: string) {
    if (!window.confirm(t('courses.withdrawConfirm', { title }))) return;
    setNote(null);
    try {
      await withdraw({ variables: { courseId } });
      setNote({ kind: 'ok', text: t('courses.withdrawnOf', { title }) });
    } catch (e) {
      setNote({ kind: 'error', text: t('courses.withdrawFailed', { message: errorText(e as Error) }) });
    }
    await refetch();
  }

  return (
    <>
      <h1>{t('courses.myTitle')}</h1>
      <p className="muted">
        {t('courses.myIntro')} <Link to="/courses?fits=1&open=1">{t('courses.findFitting')}</Link>{' '}
        <Link to="/sign-in-code" data-testid="sign-in-page-link">
          {t('signIn.title')}
        </Link>
      </p>
      <DataList
        conn={conn}
        loading={loading}
        pager={pager}
        pageSize={PAGE_SIZE}
        error={error}
        noAccess={Boolean(data && !data.me?.teacher)}
        countText={(total) => t('courses.myCount', { total })}
        countTestId="my-count"
        emptyText={t('courses.myNone')}
        notes={
          note && (
            <FormMessage kind={note.kind} testId="my-note">
              {note.text}
            </FormMessage>
          )
        }
        table={{
          testId: 'my-registrations',
          caption: t('courses.myTitle'),
          columns: (
            <>
              <th scope="col">{t('courses.course')}</th>
              <th scope="col">{t('courses.organiser')}</th>
              <th scope="col">{t('courses.startsAt')}</th>
              <th scope="col" className="num">
                {t('courses.hours')}
              </th>
              <th scope="col">{t('courses.regStatus')}</th>
              <th scope="col">{t('courses.registeredAt')}</th>
              <th scope="col">{t('courses.actions')}</th>
            </>
          ),
          row: (r) => (
            <tr key={r.id} data-code={r.course?.code}>
              <th scope="row" data-col="title">
                {r.course ? <Link to={`/courses/${encodeURIComponent(r.course.id)}`}>{r.course.title}</Link> : t('common.none')}
                {r.course && <div className="muted small mono">{r.course.code}</div>}
              </th>
              <td>{r.course?.organiser.name}</td>
              <td className="nowrap">{r.course ? date(r.course.startsAt) : ''}</td>
              <td className="num">{r.course ? num(r.course.hours) : ''}</td>
              <td data-col="status">
                {words(r)}
                {r.course && r.course.status === 'CANCELLED' && <div className="muted small">{label('CourseStatus', 'CANCELLED')}</div>}
              </td>
              <td className="nowrap muted small">{dateTime(r.registeredAt)}</td>
              <td className="row-actions">
                {r.course?.viewerCan.withdraw && (
                  <button
                    type="button"
                    className="small-button danger"
                    disabled={withdrawState.loading}
                    onClick={() => doWithdraw(r.course!.id, r.course!.title)}
                    data-testid="withdraw"
                  >
                    {t('courses.withdraw')}
                  </button>
                )}
              </td>
            </tr>
          ),
        }}
      />
      {data?.me?.teacher && <MyHours />}
    </>
  );
}
