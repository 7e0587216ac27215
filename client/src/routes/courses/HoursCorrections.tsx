import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { DataList } from '../../components/DataList';
import { FormMessage } from '../../components/Form';
import { useCursorPager } from '../../components/Pager';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';

const PAGE_SIZE = 20;

/** 結案研習異動申請 awaiting a decision: those the viewer decides (viewerCan.decide), and its unit's own requests. */
const CORRECTIONS_QUERY = graphql(`
  query PendingHoursCorrections($first: Int!, $after: String) {
    hoursCorrections(first: $first, after: $after, status: PENDING) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          hoursBefore
          hoursAfter
          reason
          status
          requestedAt
          teacherName
          course {
            id
            code
            title
            organiser {
              id
              name
            }
          }
          viewerCan {
            decide
          }
        }
      }
    }
  }
`);

const DECIDE = graphql(`
  mutation DecideHoursCorrection($id: ID!, $approve: Boolean!, $note: String) {
    decideHoursCorrection(id: $id, approve: $approve, note: $note) {
      id
      status
      decidedAt
    }
  }
`);

export function HoursCorrectionsPage() {
  const { t, label, dateTime, num, errorText } = useI18n();
  const pager = useCursorPager('corrections');
  const { data, previousData, loading, error, refetch } = useQuery(CORRECTIONS_QUERY, {
    variables: { first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  const [decide, decideState] = useMutation(DECIDE);
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const conn = (data ?? previousData)?.hoursCorrections;

  async function doDecide(id: string, approve: boolean, name: string) {
    let reason: string | null = null;
    if (!approve) {
      const asked = window.prompt(t('corrections.rejectNote'), '');
      if (asked === null) return;
      reason = asked.trim() || null;
    }
    setNote(null);
    try {
      const r = (await decide({ variables: { id, approve, note: reason } })).data?.decideHoursCorrection;
      if (r) setNote({ kind: 'ok', text: t('corrections.decided', { status: label('CorrectionStatus', r.status), name }) });
    } catch (e) {
      setNote({ kind: 'error', text: t('hours.failed', { message: errorText(e as Error) }) });
    }
    await refetch();
  }

  return (
    <>
      <h1>{t('corrections.title')}</h1>
      <p className="muted">{t('corrections.intro')}</p>
      <DataList
        conn={conn}
        loading={loading}
        pager={pager}
        pageSize={PAGE_SIZE}
        error={error}
        countText={(total) => t('corrections.count', { total })}
        countTestId="corrections-count"
        emptyText={t('corrections.none')}
        notes={
          note && (
            <FormMessage kind={note.kind} testId="corrections-note">
              {note.text}
            </FormMessage>
          )
        }
        table={{
          testId: 'corrections-table',
          caption: t('corrections.title'),
          columns: (
            <>
              <th scope="col">{t('corrections.course')}</th>
              <th scope="col">{t('hours.teacher')}</th>
              <th scope="col" className="num">
                {t('corrections.change')}
              </th>
              <th scope="col">{t('hours.reason')}</th>
              <th scope="col">{t('corrections.requestedAt')}</th>
              <th scope="col">{t('courses.actions')}</th>
            </>
          ),
          row: (c) => (
            <tr key={c.id} data-code={c.course?.code}>
              <th scope="row" data-col="course">
                {c.course?.title ?? t('common.none')}
                {c.course && (
                  <div className="muted small">
                    <span className="mono">{c.course.code}</span> {c.course.organiser.name}
                  </div>
                )}
              </th>
              <td data-col="name">{c.teacherName ?? t('common.none')}</td>
              <td className="num nowrap" data-col="change">
                {t('corrections.changeOf', { before: num(c.hoursBefore), after: num(c.hoursAfter) })}
              </td>
              <td data-col="reason">{c.reason}</td>
              <td className="nowrap muted small">{dateTime(c.requestedAt)}</td>
              <td className="row-actions">
                {c.viewerCan.decide ? (
                  <>
                    <button
                      type="button"
                      className="small-button primary"
                      disabled={decideState.loading}
                      onClick={() => doDecide(c.id, true, c.teacherName ?? '')}
                      data-testid="correction-approve"
                    >
                      {t('corrections.approve')}
                    </button>
                    <button
                      type="button"
                      className="small-button danger"
                      disabled={decideState.loading}
                      onClick={() => doDecide(c.id, false, c.teacherName ?? '')}
                      data-testid="correction-reject"
                    >
                      {t('corrections.reject')}
                    </button>
                  </>
                ) : (
                  <span className="muted small">{label('CorrectionStatus', c.status)}</span>
                )}
              </td>
            </tr>
          ),
        }}
      />
    </>
  );
}
