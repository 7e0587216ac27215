import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { codesOf } from '../../../../server/src/shared/labels';
import { Dialog } from '../../components/Dialog';
import { QrCode } from '../../components/QrCode';
import { FormField, FormMessage } from '../../components/Form';
import { LoadError, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { AttendanceStatus, IssueHoursMutation, OpenSessionSignInMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n';

/** At most this many admitted participants and records are shown (a course's roster is far smaller). */
const ROWS = 100;

/** The course's sessions with their attendance, its admitted participants and its study records (its managers). */
const COURSE_HOURS_QUERY = graphql(`
  query CourseHours($id: ID!, $first: Int!) {
    node(id: $id) {
      id
      ... on Course {
        title
        hours
        closedForHours
        viewerCan {
          recordAttendance
          issueHours
          manageRoster
        }
        sessions {
          id
          startsAt
          endsAt
          attendance {
            registrationId
            status
            method
          }
        }
        registrations(status: ADMITTED, first: $first) {
          totalCount
          edges {
            node {
              id
              queueNo
              teacherName
            }
          }
        }
        studyRecords(first: $first) {
          totalCount
          edges {
            node {
              id
              hours
              certificateNumber
              teacher {
                id
                name
              }
              corrections {
                id
                status
                hoursAfter
              }
            }
          }
        }
      }
    }
  }
`);

const OPEN_SIGN_IN = graphql(`
  mutation OpenSessionSignIn($sessionId: ID!) {
    openSessionSignIn(sessionId: $sessionId) {
      code
      validFrom
      validUntil
      signInPath
    }
  }
`);

const RECORD_ATTENDANCE = graphql(`
  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {
    recordAttendance(sessionId: $sessionId, entries: $entries) {
      recorded
    }
  }
`);

const ISSUE_HOURS = graphql(`
  mutation IssueHours($courseId: ID!) {
    issueHours(courseId: $courseId) {
      issued
      alreadyIssued
      withoutHours
      hoursIssued
    }
  }
`);

const CORRECT = graphql(`
  mutation CorrectStudyRecord($id: ID!, $hours: Float!, $reason: String!) {
    correctStudyRecord(id: $id, hours: $hours, reason: $reason) {
      id
      status
      hoursAfter
    }
  }
`);

const STATUSES = codesOf('AttendanceStatus') as AttendanceStatus[];

type Note = { kind: 'ok' | 'error'; text: string } | null;

/** 出席與研習時數: per session the sign-in code and attendance, then 核發研習時數 and the records with their corrections. */
export function CourseHours({ courseId }: { courseId: string }) {
  const { t, label, dateTime, num, errorText } = useI18n();
  const { data, loading, error, refetch } = useQuery(COURSE_HOURS_QUERY, {
    variables: { id: courseId, first: ROWS },
    fetchPolicy: 'network-only',
  });
  const [openSignIn] = useMutation(OPEN_SIGN_IN);
  const [recordAttendance, recordState] = useMutation(RECORD_ATTENDANCE);
  const [issueHours, issueState] = useMutation(ISSUE_HOURS);
  const [correct, correctState] = useMutation(CORRECT);
  const [codes, setCodes] = useState<Record<string, OpenSessionSignInMutation['openSessionSignIn']>>({});
  const [marks, setMarks] = useState<Record<string, Record<string, AttendanceStatus>>>({});
  const [notes, setNotes] = useState<Record<string, Note>>({});
  const [report, setReport] = useState<IssueHoursMutation['issueHours'] | null>(null);
  const [correcting, setCorrecting] = useState<{ id: string; name: string; hours: string; reason: string } | null>(null);
  const node = data?.node;
  const course = node?.__typename === 'Course' ? node : null;

  if (!course) {
    if (loading) return <Loading />;
    return <LoadError error={error} />;
  }
  const can = course.viewerCan;
  if (!can.recordAttendance && !can.issueHours && !course.studyRecords) return null;
  const admitted = course.registrations?.edges.map((e) => e.node) ?? [];
  const note = (key: string, n: Note) => setNotes((all) => ({ ...all, [key]: n }));

  async function open(sessionId: string) {
    note(sessionId, null);
    try {
      const r = (await openSignIn({ variables: { sessionId } })).data?.openSessionSignIn;
      if (r) setCodes((all) => ({ ...all, [sessionId]: r }));
    } catch (e) {
      note(sessionId, { kind: 'error', text: t('hours.failed', { message: errorText(e as Error) }) });
    }
  }

  async function save(sessionId: string, current: Record<string, AttendanceStatus>) {
    const entries = Object.entries(current).map(([registrationId, status]) => ({ registrationId, status }));
    if (!entries.length) return note(sessionId, { kind: 'error', text: t('hours.nothingToSave') });
    note(sessionId, null);
    try {
      const r = (await recordAttendance({ variables: { sessionId, entries } })).data?.recordAttendance;
      note(sessionId, { kind: 'ok', text: t('hours.attendanceSaved', { n: num(r?.recorded ?? 0) }) });
      setMarks((all) => ({ ...all, [sessionId]: {} }));
      await refetch();
    } catch (e) {
      note(sessionId, { kind: 'error', text: t('hours.failed', { message: errorText(e as Error) }) });
    }
  }

  async function issue() {
    if (!course || !window.confirm(t('hours.issueConfirm', { title: course.title }))) return;
    note('issue', null);
    setReport(null);
    try {
      const r = (await issueHours({ variables: { courseId } })).data?.issueHours;
      if (r) setReport(r);
      await refetch();
    } catch (e) {
      note('issue', { kind: 'error', text: t('hours.failed', { message: errorText(e as Error) }) });
    }
  }

  async function sendCorrection() {
    if (!correcting) return;
    note('correct', null);
    try {
      const r = (await correct({ variables: { id: correcting.id, hours: Number(correcting.hours), reason: correcting.reason } })).data
        ?.correctStudyRecord;
      setCorrecting(null);
      if (r)
        note('correct', {
          kind: 'ok',
          text: t(r.status === 'PENDING' ? 'hours.requested' : 'hours.corrected', { hours: num(r.hoursAfter) }),
        });
      await refetch();
    } catch (e) {
      note('correct-dialog', { kind: 'error', text: t('hours.failed', { message: errorText(e as Error) }) });
    }
  }

  const records = course.studyRecords;

  return (
    <section className="card" aria-labelledby="course-hours-h" data-testid="course-hours">
      <h2 id="course-hours-h">{t('hours.adminTitle')}</h2>
      {course.closedForHours && (
        <p className="notice" data-testid="closed-for-hours">
          {t('hours.closed')}
        </p>
      )}

      {course.sessions.map((s, k) => {
        const marked = new Map((s.attendance ?? []).map((a) => [a.registrationId, a]));
        const current = marks[s.id] ?? {};
        const signIn = codes[s.id];
        return (
          <div key={s.id} className="session-hours" data-testid="session-hours" data-session={s.id}>
            <h3>{t('hours.session', { n: k + 1, from: dateTime(s.startsAt), to: dateTime(s.endsAt) })}</h3>
            {can.recordAttendance && (
              <div className="form-actions">
                <button type="button" onClick={() => open(s.id)} data-testid="open-sign-in">
                  {t('hours.openSignIn')}
                </button>
              </div>
            )}
            {signIn && (
              <div className="notice sign-in-shown" data-testid="sign-in-shown">
                <div className="muted small">{t('hours.signInCode')}</div>
                <p className="sign-in-code" data-testid="sign-in-code">
                  {signIn.code}
                </p>
                <QrCode value={`${window.location.origin}${signIn.signInPath}`} label={t('hours.signInLink')} testId="sign-in-qr" />
                <p className="small">{t('hours.signInValid', { from: dateTime(signIn.validFrom), to: dateTime(signIn.validUntil) })}</p>
                <p className="small">
                  {t('hours.signInLink')}：
                  <a href={signIn.signInPath} data-testid="sign-in-link">
                    {`${window.location.origin}${signIn.signInPath}`}
                  </a>
                </p>
              </div>
            )}
            {s.attendance && (
              <>
                <h4>{t('hours.attendance')}</h4>
                {admitted.length === 0 ? (
                  <p className="muted">{t('hours.noAdmitted')}</p>
                ) : (
                  <div className="table-wrap">
                    <table className="data" data-testid="attendance-table">
                      <caption className="sr-only">{t('hours.attendance')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('hours.teacher')}</th>
                          <th scope="col">{t('hours.status')}</th>
                          <th scope="col">{t('hours.method')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {admitted.map((r) => {
                          const a = marked.get(r.id);
                          const value = current[r.id] ?? a?.status ?? '';
                          return (
                            <tr key={r.id} data-registration={r.id}>
                              <th scope="row" data-col="name">
                                {r.teacherName}
                              </th>
                              <td>
                                {can.recordAttendance ? (
                                  <select
                                    aria-label={t('hours.status')}
                                    value={value}
                                    onChange={(e) =>
                                      setMarks((all) => ({
                                        ...all,
                                        [s.id]: { ...current, [r.id]: e.target.value as AttendanceStatus },
                                      }))
                                    }
                                    data-testid="attendance-status"
                                  >
                                    <option value="" disabled>
                                      {t('hours.notMarked')}
                                    </option>
                                    {STATUSES.map((st) => (
                                      <option key={st} value={st}>
                                        {label('AttendanceStatus', st)}
                                      </option>
                                    ))}
                                  </select>
                                ) : (
                                  <span data-col="status">{a ? label('AttendanceStatus', a.status) : t('hours.notMarked')}</span>
                                )}
                              </td>
                              <td className="muted small" data-col="method">
                                {a ? label('AttendanceMethod', a.method) : t('common.none')}
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  </div>
                )}
                {can.recordAttendance && admitted.length > 0 && (
                  <div className="form-actions">
                    <button
                      type="button"
                      className="primary"
                      disabled={recordState.loading}
                      onClick={() => save(s.id, current)}
                      data-testid="save-attendance"
                    >
                      {t('hours.saveAttendance')}
                    </button>
                  </div>
                )}
              </>
            )}
            {notes[s.id] && (
              <FormMessage kind={notes[s.id]!.kind} testId="session-note">
                {notes[s.id]!.text}
              </FormMessage>
            )}
          </div>
        );
      })}

      {can.issueHours && (
        <div className="session-hours">
          <div className="form-actions">
            <button type="button" className="primary" disabled={issueState.loading} onClick={issue} data-testid="issue-hours">
              {t('hours.issue')}
            </button>
          </div>
          {report && (
            <FormMessage kind="ok" testId="issue-report">
              {t('hours.issueReport', {
                issued: num(report.issued),
                hours: num(report.hoursIssued),
                already: num(report.alreadyIssued),
                without: num(report.withoutHours),
              })}
            </FormMessage>
          )}
          {notes.issue && (
            <FormMessage kind={notes.issue.kind} testId="issue-note">
              {notes.issue.text}
            </FormMessage>
          )}
        </div>
      )}

      {records && (
        <div className="session-hours">
          <h3>{t('hours.courseRecords')}</h3>
          <p className="muted small" data-testid="course-records-count">
            {t('hours.recordCount', { total: num(records.totalCount) })}
          </p>
          {notes.correct && (
            <FormMessage kind={notes.correct.kind} testId="correct-note">
              {notes.correct.text}
            </FormMessage>
          )}
          {records.edges.length > 0 && (
            <div className="table-wrap">
              <table className="data" data-testid="course-records">
                <caption className="sr-only">{t('hours.courseRecords')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('hours.teacher')}</th>
                    <th scope="col" className="num">
                      {t('hours.hours')}
                    </th>
                    <th scope="col">{t('hours.certificateNumber')}</th>
                    <th scope="col">{t('courses.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {records.edges.map(({ node: r }) => {
                    const last = r.corrections[r.corrections.length - 1];
                    const name = r.teacher?.name ?? t('common.none');
                    return (
                      <tr key={r.id} data-certificate={r.certificateNumber}>
                        <th scope="row" data-col="name">
                          {name}
                        </th>
                        <td className="num" data-col="hours">
                          {num(r.hours)}
                        </td>
                        <td className="mono small">{r.certificateNumber}</td>
                        <td className="row-actions">
                          {last && (
                            <span className="muted small" data-col="correction">
                              {t('hours.correctionState', { status: label('CorrectionStatus', last.status) })}
                            </span>
                          )}
                          {can.issueHours && (
                            <button
                              type="button"
                              className="small-button"
                              onClick={() => {
                                note('correct-dialog', null);
                                setCorrecting({ id: r.id, name, hours: String(r.hours), reason: '' });
                              }}
                              data-testid="correct-record"
                            >
                              {t('hours.correct')}
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}

      <Dialog
        open={correcting !== null}
        title={correcting ? t('hours.correctTitle', { name: correcting.name }) : ''}
        onClose={() => setCorrecting(null)}
        closeText={t('common.cancel')}
        testId="correct-dialog"
        actions={
          <button type="button" className="primary" disabled={correctState.loading} onClick={sendCorrection} data-testid="correct-send">
            {t('hours.sendCorrection')}
          </button>
        }
      >
        {correcting && (
          <>
            <FormField id="correct-hours" label={t('hours.newHours')}>
              <input
                id="correct-hours"
                type="number"
                min={0}
                step={0.5}
                value={correcting.hours}
                onChange={(e) => setCorrecting({ ...correcting, hours: e.target.value })}
                data-testid="correct-hours"
              />
            </FormField>
            <FormField id="correct-reason" label={t('hours.reason')}>
              <textarea
                id="correct-reason"
                rows={3}
                maxLength={500}
                value={correcting.reason}
                onChange={(e) => setCorrecting({ ...correcting, reason: e.target.value })}
                data-testid="correct-reason"
              />
            </FormField>
            {notes['correct-dialog'] && (
              <FormMessage kind="error" testId="correct-error">
                {notes['correct-dialog'].text}
              </FormMessage>
            )}
          </>
        )}
      </Dialog>
    </section>
  );
}
