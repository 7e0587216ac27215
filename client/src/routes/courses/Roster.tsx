import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { DataList } from '../../components/DataList';
import { FileDownloads } from '../../components/Downloads';
import { FormMessage } from '../../components/Form';
import { useCursorPager } from '../../components/Pager';
import { Value } from '../../components/Value';
import { fileAsBase64 } from '../../domain/courses';
import { graphql } from '../../gql';
import type { SheetFormat, UploadCourseParticipantsMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { useRegistrationWords } from './CoursePage';

const PAGE_SIZE = 50;

/** The roster in arrival order (the course's managers): names, schools, masked IDs. */
const ROSTER_QUERY = graphql(`
  query CourseRoster($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      id
      ... on Course {
        admittedCount
        waitlistedCount
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
              queueNo
              status
              approval
              waitlistPosition
              teacherName
              teacherTitle
              nationalIdMasked
              registeredAt
              school {
                id
                code
                name
              }
            }
          }
        }
      }
    }
  }
`);

const UPLOAD = graphql(`
  mutation UploadCourseParticipants($courseId: ID!, $file: String!, $format: SheetFormat!, $dryRun: Boolean!) {
    uploadCourseParticipants(courseId: $courseId, file: $file, format: $format, dryRun: $dryRun) {
      dryRun
      committed
      rows
      accepted
      alreadyAdmitted
      problems {
        row
        kind
        nationalIdMasked
      }
    }
  }
`);

type Report = UploadCourseParticipantsMutation['uploadCourseParticipants'];

/** 名單與資料上傳: the roster, its downloads, and the participant upload (a dry run first, then all or nothing). */
export function Roster({ courseId, code, capacity }: { courseId: string; code: string; capacity: number }) {
  const { t, label, dateTime, num, errorText } = useI18n();
  const words = useRegistrationWords();
  const pager = useCursorPager(courseId);
  const { data, previousData, loading, error, refetch } = useQuery(ROSTER_QUERY, {
    variables: { id: courseId, first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'network-only',
  });
  const [upload, uploadState] = useMutation(UPLOAD);
  const [file, setFile] = useState<{ name: string; base64: string; format: SheetFormat } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const node = (data ?? previousData)?.node;
  const course = node?.__typename === 'Course' ? node : null;

  async function choose(f: File | undefined) {
    setReport(null);
    setNote(null);
    if (!f) return setFile(null);
    const format: SheetFormat | null = /\.xlsx$/i.test(f.name) ? 'XLSX' : /\.csv$/i.test(f.name) ? 'CSV' : null;
    if (!format) {
      setFile(null);
      setNote({ kind: 'error', text: t('courses.upload.badType') });
      return;
    }
    setFile({ name: f.name, base64: await fileAsBase64(f), format });
  }

  async function send(dryRun: boolean) {
    if (!file) return;
    setNote(null);
    try {
      const r = (await upload({ variables: { courseId, file: file.base64, format: file.format, dryRun } })).data?.uploadCourseParticipants;
      if (!r) return;
      setReport(r);
      if (r.committed) {
        setNote({ kind: 'ok', text: t('courses.upload.committed', { n: num(r.accepted) }) });
        setFile(null);
        await refetch();
      }
    } catch (e) {
      setNote({ kind: 'error', text: t('courses.upload.failed', { message: errorText(e as Error) }) });
    }
  }

  return (
    <section className="card" aria-labelledby="roster-h" data-testid="roster">
      <h2 id="roster-h">{t('courses.roster')}</h2>
      {course && (
        <p className="muted">
          {t('courses.rosterCounts', {
            admitted: num(course.admittedCount),
            capacity: num(capacity),
            waitlisted: num(course.waitlistedCount),
          })}
        </p>
      )}
      <DataList
        conn={course?.registrations}
        loading={loading}
        pager={pager}
        pageSize={PAGE_SIZE}
        error={error}
        countText={(total) => t('courses.rosterCount', { total })}
        countTestId="roster-count"
        emptyText={t('courses.rosterNone')}
        headExtra={
          <FileDownloads
            path={(format) => `/exports/course-roster.${format}?courseId=${encodeURIComponent(courseId)}`}
            fallbackName={`roster-${code}`}
            testIdPrefix="roster"
          />
        }
        table={{
          testId: 'roster-table',
          caption: t('courses.roster'),
          columns: (
            <>
              <th scope="col" className="num">
                {t('courses.queueNo')}
              </th>
              <th scope="col">{t('courses.teacherName')}</th>
              <th scope="col">{t('courses.nationalId')}</th>
              <th scope="col">{t('courses.school')}</th>
              <th scope="col">{t('courses.regStatus')}</th>
              <th scope="col">{t('courses.registeredAt')}</th>
            </>
          ),
          row: (r) => (
            <tr key={r.id}>
              <td className="num">{r.queueNo}</td>
              <th scope="row" data-col="name">
                {r.teacherName}
                {r.teacherTitle && <span className="muted small">{t('common.paren', { x: label('TeacherTitle', r.teacherTitle) })}</span>}
              </th>
              <td className="mono" data-col="nid">
                <Value value={r.nationalIdMasked} mono />
              </td>
              <td>{r.school.name}</td>
              <td data-col="status">{words(r)}</td>
              <td className="nowrap muted small">{dateTime(r.registeredAt)}</td>
            </tr>
          ),
        }}
      />

      <h3>{t('courses.upload.title')}</h3>
      <p className="muted small">{t('courses.upload.help')}</p>
      <div className="inline-form">
        <div className="field">
          <label htmlFor="upload-file">{t('courses.upload.file')}</label>
          <input
            id="upload-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void choose(e.target.files?.[0])}
            data-testid="upload-file"
          />
        </div>
        <div className="field field-actions">
          <button type="button" disabled={!file || uploadState.loading} onClick={() => send(true)} data-testid="upload-dry-run">
            {t('courses.upload.check')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={!file || uploadState.loading || !report || !report.dryRun || report.problems.length > 0 || report.accepted === 0}
            onClick={() => send(false)}
            data-testid="upload-commit"
          >
            {t('courses.upload.commit')}
          </button>
        </div>
      </div>
      {note && (
        <FormMessage kind={note.kind} testId="upload-note">
          {note.text}
        </FormMessage>
      )}
      {report && (
        <div className="upload-report" data-testid="upload-report">
          <p>
            {t(report.dryRun ? 'courses.upload.dryRunSummary' : 'courses.upload.summary', {
              rows: num(report.rows),
              accepted: num(report.accepted),
              already: num(report.alreadyAdmitted),
              problems: num(report.problems.length),
            })}
          </p>
          {report.dryRun && report.problems.length > 0 && <p className="notice notice-error">{t('courses.upload.fixFirst')}</p>}
          {report.dryRun && report.problems.length === 0 && report.accepted > 0 && (
            <p className="notice notice-ok">{t('courses.upload.ready', { n: num(report.accepted) })}</p>
          )}
          {report.problems.length > 0 && (
            <div className="table-wrap">
              <table className="data" data-testid="upload-problems">
                <caption className="sr-only">{t('courses.upload.problems')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('courses.upload.row')}
                    </th>
                    <th scope="col">{t('courses.nationalId')}</th>
                    <th scope="col">{t('courses.upload.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.map((p) => (
                    <tr key={`${p.row}-${p.kind}`}>
                      <td className="num">{p.row}</td>
                      <td className="mono">{p.nationalIdMasked}</td>
                      <td data-col="kind">{label('UploadProblemKind', p.kind)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
