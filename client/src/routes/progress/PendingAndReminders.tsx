import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { hasErrorAt } from '../../apollo/errors';
import { FileDownloads } from '../../components/Downloads';
import { FormMessage } from '../../components/Form';
import { ReopenDialog, type ReopenTarget } from '../../components/ReopenDialog';
import { LoadError, Loading, NoAccess } from '../../components/Status';
import type { PendingSchoolsQuery } from '../../gql/graphql';
import type { SchoolYearInfo } from '../../hooks/useSchoolYear';
import { useI18n } from '../../i18n';
import { FIND_SCHOOL_QUERY, PENDING_SCHOOLS_QUERY, SCHOOL_TEACHER_PROGRESS_QUERY } from './queries';
import { RemindDialog } from './RemindDialog';
import { useReminders } from './useReminders';

/** The pending schools (reopening) and the reminders (催覆) of a year (district, platform). */
export function PendingAndReminders({
  year,
  countyId,
  info,
  allCounties,
  onChanged,
}: {
  year: number;
  countyId: string | null;
  info: SchoolYearInfo | null;
  allCounties: boolean;
  onChanged(): void;
}) {
  const { t, label, num, pick, dateTime } = useI18n();
  // The platform lists one county's schools at a time (all counties are thousands of schools).
  const listed = !allCounties || countyId !== null;
  const pending = useQuery(PENDING_SCHOOLS_QUERY, { variables: { year, countyId }, skip: !listed, fetchPolicy: 'network-only' });
  const { reminders, sent, sending, confirming, setConfirming, message, setMessage, sendReminders } = useReminders(year, countyId);
  const [reopen, setReopen] = useState<ReopenTarget | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const rows = pending.data?.pendingSchools ?? [];

  return (
    <>
      <section aria-labelledby="pending-heading" className="section" data-testid="pending-section">
        <div className="list-head">
          <h2 id="pending-heading">{t('progress.pendingSchools')}</h2>
          <button type="button" className="primary" onClick={() => setConfirming(true)} disabled={sending} data-testid="remind">
            {t('remind.button')}
          </button>
        </div>
        <p className="muted small">{t('progress.pendingHelp')}</p>
        {message && (
          <FormMessage kind={message.kind} testId="progress-message">
            {message.text}
          </FormMessage>
        )}
        {!listed ? (
          <p className="notice notice-info">{t('progress.chooseCounty')}</p>
        ) : pending.loading && !pending.data ? (
          <Loading />
        ) : (
          <>
            <LoadError error={pending.error} />
            {rows.length === 0 ? (
              <p className="empty" data-testid="no-pending">
                {t('progress.noPending')}
              </p>
            ) : (
              <div className="table-wrap">
                <table className="data" data-testid="pending-schools">
                  <caption className="sr-only">{t('progress.pendingSchools')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('schools.code')}</th>
                      <th scope="col">{t('schools.name')}</th>
                      {allCounties && <th scope="col">{t('schools.county')}</th>}
                      <th scope="col">{t('progress.schoolPlan')}</th>
                      <th scope="col" className="num">
                        {t('progress.pendingTeachersCol')}
                      </th>
                      <th scope="col">{t('accounts.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <PendingRow
                        key={r.school.id}
                        row={r}
                        year={year}
                        allCounties={allCounties}
                        expanded={open === r.school.id}
                        onToggle={() => setOpen(open === r.school.id ? null : r.school.id)}
                        onReopen={setReopen}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
        <OtherSchoolReopen countyId={countyId} onReopen={setReopen} />
      </section>

      <section aria-labelledby="reminders-heading" className="section" data-testid="reminders-section">
        <div className="list-head">
          <h2 id="reminders-heading">{t('remind.listTitle')}</h2>
          <FileDownloads
            path={(f) => `/exports/reminders.${f}?schoolYear=${year}`}
            fallbackName={`reminders-${year}`}
            label={t('remind.download')}
            testIdPrefix="reminders"
          />
        </div>
        <LoadError error={reminders.error} />
        {sent.length === 0 ? (
          <p className="empty" data-testid="no-reminders">
            {t('remind.empty')}
          </p>
        ) : (
          <div className="table-wrap">
            <table className="data" data-testid="reminders-table">
              <caption className="sr-only">{t('remind.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('remind.sentAt')}</th>
                  <th scope="col">{t('schools.name')}</th>
                  {allCounties && <th scope="col">{t('schools.county')}</th>}
                  <th scope="col">{t('remind.missing')}</th>
                  <th scope="col" className="num">
                    {t('remind.recipients')}
                  </th>
                  <th scope="col" className="num">
                    {t('progress.pendingTeachersCol')}
                  </th>
                  <th scope="col">{t('remind.sentBy')}</th>
                </tr>
              </thead>
              <tbody>
                {sent.map((r, i) => (
                  <tr key={`${r.school.id}-${r.sentAt}-${i}`}>
                    <td className="nowrap">{dateTime(r.sentAt)}</td>
                    <th scope="row">
                      {r.school.name} <span className="muted mono small">{r.school.code}</span>
                    </th>
                    {allCounties && <td>{pick(r.school.county.name, r.school.county.nameEn)}</td>}
                    <td>{label('PlanKind', r.planKind)}</td>
                    <td className="num">{num(r.recipients)}</td>
                    <td className="num">{num(r.pendingTeachers)}</td>
                    <td className="mono">{r.sentBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <RemindDialog
        open={confirming}
        year={year}
        countyId={countyId}
        allCounties={allCounties}
        pendingCount={listed ? rows.length : null}
        sending={sending}
        onClose={() => setConfirming(false)}
        onConfirm={sendReminders}
      />

      <ReopenDialog
        key={reopen ? `${reopen.kind}:${reopen.id}` : 'none'}
        target={reopen}
        schoolYear={year}
        serviceOpensAt={info?.serviceOpensAt}
        serviceClosesAt={info?.serviceClosesAt}
        onClose={() => setReopen(null)}
        onDone={(text) => {
          setReopen(null);
          setMessage({ kind: 'ok', text });
          void pending.refetch();
          onChanged();
        }}
      />
    </>
  );
}

type PendingSchoolRow = PendingSchoolsQuery['pendingSchools'][number];

function PendingRow({
  row,
  year,
  allCounties,
  expanded,
  onToggle,
  onReopen,
}: {
  row: PendingSchoolRow;
  year: number;
  allCounties: boolean;
  expanded: boolean;
  onToggle(): void;
  onReopen(target: ReopenTarget): void;
}) {
  const { t, num, pick } = useI18n();
  const s = row.school;
  const cols = allCounties ? 6 : 5;
  return (
    <>
      <tr data-school={s.code}>
        <td className="mono">{s.code}</td>
        <th scope="row">{s.name}</th>
        {allCounties && <td>{pick(s.county.name, s.county.nameEn)}</td>}
        <td data-col="schoolPlan">
          {row.schoolPlanSubmitted ? (
            <span className="badge badge-ok">{t('progress.submitted')}</span>
          ) : (
            <span className="badge badge-warn">{t('progress.notSubmitted')}</span>
          )}
        </td>
        <td className="num" data-col="pendingTeachers">
          {num(row.pendingTeachers)}
        </td>
        <td className="actions">
          <div className="row-actions">
            <button
              type="button"
              className="small-button"
              onClick={() => onReopen({ kind: 'school', id: s.id, name: s.name })}
              data-testid="reopen-school"
            >
              {t('reopen.school')}
            </button>
            {row.pendingTeachers > 0 && (
              <button
                type="button"
                className="small-button"
                aria-expanded={expanded}
                onClick={onToggle}
                data-testid="show-pending-teachers"
              >
                {expanded ? t('progress.hideTeachers') : t('progress.showTeachers')}
              </button>
            )}
          </div>
        </td>
      </tr>
      {expanded && (
        <tr className="edit-row">
          <td colSpan={cols}>
            <PendingTeachers schoolId={s.id} schoolName={s.name} year={year} onReopen={onReopen} />
          </td>
        </tr>
      )}
    </>
  );
}

function PendingTeachers({
  schoolId,
  schoolName,
  year,
  onReopen,
}: {
  schoolId: string;
  schoolName: string;
  year: number;
  onReopen(target: ReopenTarget): void;
}) {
  const { t, label } = useI18n();
  const { data, loading, error } = useQuery(SCHOOL_TEACHER_PROGRESS_QUERY, {
    variables: { id: schoolId, year },
    fetchPolicy: 'network-only',
  });
  const progress = data?.node?.__typename === 'School' ? data.node.teacherProgress : null;
  if (loading && !data) return <Loading />;
  if (!progress) return hasErrorAt(error, 'FORBIDDEN') ? <NoAccess /> : <LoadError error={error} />;
  return (
    <ul className="pending-teachers" data-testid="pending-teacher-list">
      {progress.pending.map((p) => (
        <li key={p.id} data-teacher={p.id}>
          <span>
            {p.name} <span className="muted small">{label('TeacherTitle', p.title)}</span>
          </span>
          <button
            type="button"
            className="link-button"
            onClick={() => onReopen({ kind: 'teacher', id: p.id, name: p.name, schoolName })}
            data-testid="reopen-teacher"
          >
            {t('reopen.teacher')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** 重新開放其他學校: find a school of the viewer's scope (one whose plans are all in, say) and reopen its plan. */
function OtherSchoolReopen({ countyId, onReopen }: { countyId: string | null; onReopen(target: ReopenTarget): void }) {
  const { t, pick } = useI18n();
  const [text, setText] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const { data, loading, error } = useQuery(FIND_SCHOOL_QUERY, { variables: { search: search ?? '', countyId }, skip: !search });
  function find(e: FormEvent) {
    e.preventDefault();
    setSearch(text.trim() || null);
  }
  const found = data?.schools.edges.map((e) => e.node) ?? [];
  return (
    <details className="card other-reopen" data-testid="other-reopen">
      <summary>{t('reopen.otherTitle')}</summary>
      <form className="inline-form" role="search" onSubmit={find}>
        <div className="field field-grow">
          <label htmlFor="reopen-search">{t('schools.search')}</label>
          <input id="reopen-search" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field field-actions">
          <button type="submit">{t('common.filter')}</button>
        </div>
      </form>
      {loading && <Loading />}
      <LoadError error={error} />
      {search &&
        data &&
        (found.length === 0 ? (
          <p className="empty">{t('common.empty')}</p>
        ) : (
          <ul className="pending-teachers">
            {found.map((s) => (
              <li key={s.id}>
                <span>
                  {s.name} <span className="muted mono small">{s.code}</span>{' '}
                  <span className="muted small">{pick(s.county.name, s.county.nameEn)}</span>
                </span>
                <button type="button" className="link-button" onClick={() => onReopen({ kind: 'school', id: s.id, name: s.name })}>
                  {t('reopen.school')}
                </button>
              </li>
            ))}
          </ul>
        ))}
    </details>
  );
}
