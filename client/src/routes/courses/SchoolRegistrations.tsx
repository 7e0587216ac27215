import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useAuth } from '../../auth/AuthProvider';
import { DataList, Filters, useUrlFilters } from '../../components/DataList';
import { FormMessage } from '../../components/Form';
import { useCursorPager } from '../../components/Pager';
import { Value } from '../../components/Value';
import { ACTIVE_REGISTRATION } from '../../domain/courses';
import { graphql } from '../../gql';
import type { SchoolApproval } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { useRegistrationWords } from './CoursePage';

const PAGE_SIZE = 30;

/** 本校研習報名: the school's teachers' registrations, and the approvals (公假) that await the school. */
const SCHOOL_REGISTRATIONS_QUERY = graphql(`
  query SchoolCourseRegistrations($id: ID!, $first: Int!, $after: String, $approval: SchoolApproval) {
    node(id: $id) {
      id
      ... on School {
        name
        courseRegistrations(first: $first, after: $after, approval: $approval) {
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
              waitlistPosition
              teacherName
              teacherTitle
              nationalIdMasked
              registeredAt
              course {
                id
                code
                title
                startsAt
                hours
                organiser {
                  id
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

const DECIDE = graphql(`
  mutation DecideCourseRegistration($id: ID!, $approve: Boolean!) {
    decideCourseRegistration(id: $id, approve: $approve) {
      id
      status
      approval
    }
  }
`);

const APPROVALS: SchoolApproval[] = ['PENDING', 'APPROVED', 'DECLINED', 'NOT_REQUIRED'];

export function SchoolRegistrationsPage() {
  const { t, label, date, dateTime, errorText } = useI18n();
  const { me } = useAuth();
  const words = useRegistrationWords();
  const filters = useUrlFilters();
  const approval = filters.get('approval') as SchoolApproval | null;
  const schoolId = me?.school?.id ?? '';
  const pager = useCursorPager(approval ?? '');
  const { data, previousData, loading, error, refetch } = useQuery(SCHOOL_REGISTRATIONS_QUERY, {
    variables: { id: schoolId, first: PAGE_SIZE, after: pager.after, approval },
    skip: !schoolId,
    fetchPolicy: 'cache-and-network',
  });
  const [decide, decideState] = useMutation(DECIDE);
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const node = (data ?? previousData)?.node;
  const school = node?.__typename === 'School' ? node : null;

  async function doDecide(id: string, name: string, title: string, approve: boolean) {
    if (!approve && !window.confirm(t('courses.declineConfirm', { name, title }))) return;
    setNote(null);
    try {
      await decide({ variables: { id, approve } });
      setNote({ kind: 'ok', text: t(approve ? 'courses.approvedFor' : 'courses.declinedFor', { name, title }) });
    } catch (e) {
      setNote({ kind: 'error', text: t('courses.stepFailed', { message: errorText(e as Error) }) });
    }
    await refetch();
  }

  return (
    <>
      <h1>{t('courses.schoolTitle')}</h1>
      <p className="muted">{t('courses.schoolIntro', { school: me?.school?.name ?? '' })}</p>
      <Filters>
        <div className="field">
          <label htmlFor="s-approval">{t('courses.schoolApproval')}</label>
          <select
            id="s-approval"
            value={approval ?? ''}
            onChange={(e) => filters.set('approval', e.target.value || null)}
            data-testid="school-approval-filter"
          >
            <option value="">{t('common.all')}</option>
            {APPROVALS.map((a) => (
              <option key={a} value={a}>
                {label('SchoolApproval', a)}
              </option>
            ))}
          </select>
        </div>
      </Filters>
      <DataList
        conn={school?.courseRegistrations}
        loading={loading}
        pager={pager}
        pageSize={PAGE_SIZE}
        error={error}
        noAccess={!schoolId || Boolean(data && !school?.courseRegistrations)}
        countText={(total) => t('courses.schoolCount', { total })}
        countTestId="school-count"
        emptyText={t('courses.schoolNone')}
        notes={
          note && (
            <FormMessage kind={note.kind} testId="decide-note">
              {note.text}
            </FormMessage>
          )
        }
        table={{
          testId: 'school-registrations',
          caption: t('courses.schoolTitle'),
          columns: (
            <>
              <th scope="col">{t('courses.teacherName')}</th>
              <th scope="col">{t('courses.course')}</th>
              <th scope="col">{t('courses.startsAt')}</th>
              <th scope="col">{t('courses.regStatus')}</th>
              <th scope="col">{t('courses.registeredAt')}</th>
              <th scope="col">{t('courses.schoolApproval')}</th>
            </>
          ),
          row: (r) => (
            <tr key={r.id} data-approval={r.approval}>
              <th scope="row" data-col="name">
                {r.teacherName}
                <div className="muted small">
                  {r.teacherTitle && label('TeacherTitle', r.teacherTitle)} <Value value={r.nationalIdMasked} mono />
                </div>
              </th>
              <td data-col="course">
                {r.course ? <Link to={`/courses/${encodeURIComponent(r.course.id)}`}>{r.course.title}</Link> : t('common.none')}
                {r.course && <div className="muted small">{r.course.organiser.name}</div>}
              </td>
              <td className="nowrap">{r.course ? date(r.course.startsAt) : ''}</td>
              <td data-col="status">{words({ ...r, approval: 'NOT_REQUIRED' })}</td>
              <td className="nowrap muted small">{dateTime(r.registeredAt)}</td>
              <td>
                {r.approval === 'PENDING' && ACTIVE_REGISTRATION.has(r.status) ? (
                  <span className="row-actions">
                    <button
                      type="button"
                      className="small-button primary"
                      disabled={decideState.loading}
                      onClick={() => doDecide(r.id, r.teacherName, r.course?.title ?? '', true)}
                      data-testid="approve-registration"
                    >
                      {t('courses.approveLeave')}
                    </button>
                    <button
                      type="button"
                      className="small-button danger"
                      disabled={decideState.loading}
                      onClick={() => doDecide(r.id, r.teacherName, r.course?.title ?? '', false)}
                      data-testid="decline-registration"
                    >
                      {t('courses.declineLeave')}
                    </button>
                  </span>
                ) : (
                  label('SchoolApproval', r.approval)
                )}
              </td>
            </tr>
          ),
        }}
      />
    </>
  );
}
