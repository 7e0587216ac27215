import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorCode, errorMessage, hasErrorAt } from '../apollo/errors';
import { useAuth } from '../auth/AuthProvider';
import { Dialog } from '../components/Dialog';
import { FileDownloads } from '../components/Downloads';
import { FormMessage } from '../components/Form';
import { groupLabel, YearSelect } from '../components/PlanWindow';
import { ReopenDialog, type ReopenTarget } from '../components/ReopenDialog';
import { LoadError, Loading, NoAccess } from '../components/Status';
import { percent, planningAccess } from '../domain/planning';
import { graphql } from '../gql';
import type { PendingSchoolsQuery, PlanKind } from '../gql/graphql';
import { useSchoolYear, type SchoolYearInfo } from '../hooks/useSchoolYear';
import { useI18n } from '../i18n';
import { COUNTIES_QUERY } from './Schools';

/** Filling progress per county with its group and wave (platform, analyst all; district its county). */
const PLANNING_PROGRESS_QUERY = graphql(`
  query PlanningProgress($year: Int!, $countyId: ID) {
    planningProgress(schoolYear: $year, countyId: $countyId) {
      county {
        id
        name
        nameEn
      }
      planGroup
      teacherWave
      schools
      schoolsSubmitted
      teachers
      teachersSubmitted
    }
  }
`);

const PENDING_SCHOOLS_QUERY = graphql(`
  query PendingSchools($year: Int!, $countyId: ID) {
    pendingSchools(schoolYear: $year, countyId: $countyId) {
      school {
        id
        name
        code
        county {
          id
          name
          nameEn
        }
      }
      schoolPlanSubmitted
      pendingTeachers
    }
  }
`);

graphql(`
  fragment ReminderFields on Reminder {
    school {
      id
      name
      code
      county {
        id
        name
        nameEn
      }
    }
    planKind
    sentAt
    sentBy
    recipients
    pendingTeachers
  }
`);

const REMINDERS_QUERY = graphql(`
  query Reminders($year: Int!) {
    reminders(schoolYear: $year) {
      ...ReminderFields
    }
  }
`);

const REMIND_PENDING_SCHOOLS = graphql(`
  mutation RemindPendingSchools($year: Int!, $countyId: ID) {
    remindPendingSchools(schoolYear: $year, countyId: $countyId) {
      ...ReminderFields
    }
  }
`);

/** A school's teachers who have not submitted (its CHIEF/CONTACT, its district, the platform). */
const SCHOOL_TEACHER_PROGRESS_QUERY = graphql(`
  query SchoolTeacherProgress($id: ID!, $year: Int!) {
    node(id: $id) {
      __typename
      id
      ... on School {
        name
        code
        teacherProgress(schoolYear: $year) {
          teachers
          submitted
          pending {
            id
            name
            title
          }
        }
        planning(schoolYear: $year) {
          window {
            schoolYear
            planKind
            groupKey
            opensAt
            closesAt
          }
          plan {
            id
            status
            submittedAt
          }
        }
      }
    }
  }
`);

/** Any school of the viewer's scope by name or code, to reopen a plan of a school not on the pending list. */
const FIND_SCHOOL_QUERY = graphql(`
  query FindSchoolToReopen($search: String!, $countyId: ID) {
    schools(first: 10, search: $search, countyId: $countyId) {
      totalCount
      edges {
        node {
          id
          code
          name
          county {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);

function Share({ part, whole, testId }: { part: number; whole: number; testId?: string }) {
  const { t, num } = useI18n();
  const p = percent(part, whole);
  return (
    <span className="share" data-testid={testId}>
      <span>{t('progress.ofTotal', { part: num(part), whole: num(whole) })}</span>
      <span className="share-bar" aria-hidden="true">
        <span style={{ width: `${p ?? 0}%` }} />
      </span>
      <span className="muted small">{p === null ? t('common.none') : t('progress.percent', { p: num(p) })}</span>
    </span>
  );
}

function windowDates(info: SchoolYearInfo | null, planKind: PlanKind, key: string | number | null | undefined, date: (iso: string) => string): string {
  const w = info?.windows.find((x) => x.planKind === planKind && x.groupKey === String(key));
  return w ? `${date(w.opensAt)}–${date(w.closesAt)}` : '';
}

export function ProgressPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const access = me ? planningAccess(me) : null;
  if (access?.followsCounties) return <CountyProgressPage />;
  if (access?.followsSchool && me?.school) return <SchoolProgressPage schoolId={me.school.id} />;
  return (
    <>
      <h1>{t('progress.title')}</h1>
      <NoAccess />
    </>
  );
}

/** 本校填報進度: the school's teachers who have (not) submitted, by name (its CHIEF/CONTACT). */
function SchoolProgressPage({ schoolId }: { schoolId: string }) {
  const { t, label, num, dateTime } = useI18n();
  const years = useSchoolYear();
  const year = years.year;
  const { data, loading, error } = useQuery(SCHOOL_TEACHER_PROGRESS_QUERY, { variables: { id: schoolId, year: year ?? 0 }, skip: year === null, fetchPolicy: 'network-only' });
  const school = data?.node?.__typename === 'School' ? data.node : null;
  const progress = school?.teacherProgress ?? null;
  const plan = school?.planning?.plan ?? null;

  return (
    <>
      <h1>{t('progress.schoolTitle')}</h1>
      <div className="filters">
        <YearSelect years={years.years} value={year} onChange={years.setYear} />
      </div>
      {(years.loading || (loading && !data)) && <Loading />}
      <LoadError error={error} />
      {school && (
        <>
          <section className="card" aria-labelledby="school-plan-heading">
            <h2 id="school-plan-heading">{t('progress.schoolPlan')}</h2>
            <p data-testid="school-plan-status">
              {plan ? (
                <>
                  <span className={plan.status === 'SUBMITTED' ? 'badge badge-ok' : 'badge badge-warn'}>{label('PlanStatus', plan.status)}</span>{' '}
                  {plan.submittedAt && <span className="muted small">{t('plan.submittedAt', { at: dateTime(plan.submittedAt) })}</span>}
                </>
              ) : (
                <span className="badge badge-suspended">{t('plan.none')}</span>
              )}{' '}
              <Link to={`/planning/school?year=${year}`}>{t('progress.toSchoolPlan')}</Link>
            </p>
          </section>
          {progress ? (
            <section className="card review-card" aria-labelledby="teachers-heading" data-testid="teacher-progress">
              <h2 id="teachers-heading">{t('progress.teachersTitle', { year: year ?? '' })}</h2>
              <p data-testid="teacher-progress-counts">{t('progress.teacherCounts', { submitted: num(progress.submitted), teachers: num(progress.teachers) })}</p>
              <progress max={Math.max(1, progress.teachers)} value={progress.submitted} aria-label={t('progress.teachersTitle', { year: year ?? '' })} />
              <h3 className="plan-view-sub">{t('progress.pendingTeachers', { n: num(progress.pending.length) })}</h3>
              {progress.pending.length === 0 ? (
                <p className="empty">{t('progress.allSubmitted')}</p>
              ) : (
                <div className="table-wrap">
                  <table className="data" data-testid="pending-teachers">
                    <caption className="sr-only">{t('progress.pendingTeachers', { n: progress.pending.length })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('field.name')}</th>
                        <th scope="col">{t('field.title')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {progress.pending.map((p) => (
                        <tr key={p.id}>
                          <th scope="row" data-col="name">
                            {p.name}
                          </th>
                          <td>{label('TeacherTitle', p.title)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          ) : (
            hasErrorAt(error, 'FORBIDDEN') && <NoAccess />
          )}
        </>
      )}
    </>
  );
}

/** 填報進度與催覆: per county (platform, analyst, district), pending schools, reminders and reopening (district, platform). */
function CountyProgressPage() {
  const { t, pick, num, date } = useI18n();
  const { me } = useAuth();
  const access = planningAccess(me!);
  const years = useSchoolYear();
  const year = years.year;
  const [params, setParams] = useSearchParams();
  const countyId = access.allCounties ? params.get('county') || null : null;
  const counties = useQuery(COUNTIES_QUERY, { skip: !access.allCounties });
  const progress = useQuery(PLANNING_PROGRESS_QUERY, { variables: { year: year ?? 0, countyId }, skip: year === null, fetchPolicy: 'network-only' });
  const rows = progress.data?.planningProgress ?? [];

  function setCounty(id: string | null) {
    const next = new URLSearchParams(params);
    if (id) next.set('county', id);
    else next.delete('county');
    setParams(next, { replace: true });
  }

  const total = rows.reduce(
    (s, r) => ({ schools: s.schools + r.schools, schoolsSubmitted: s.schoolsSubmitted + r.schoolsSubmitted, teachers: s.teachers + r.teachers, teachersSubmitted: s.teachersSubmitted + r.teachersSubmitted }),
    { schools: 0, schoolsSubmitted: 0, teachers: 0, teachersSubmitted: 0 },
  );

  return (
    <>
      <h1>{t(access.reminds ? 'progress.title' : 'progress.titleRead')}</h1>
      <div className="filters">
        <YearSelect years={years.years} value={year} onChange={years.setYear} />
        {access.allCounties ? (
          <div className="field">
            <label htmlFor="f-county">{t('schools.county')}</label>
            <select id="f-county" value={countyId ?? ''} onChange={(e) => setCounty(e.target.value || null)} data-testid="county-select">
              <option value="">{t('progress.allCounties')}</option>
              {counties.data?.counties.map((c) => (
                <option key={c.id} value={c.id}>
                  {pick(c.name, c.nameEn)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          me?.county && (
            <p className="filters-note">
              {t('progress.countyIs')} <strong>{pick(me.county.name, me.county.nameEn)}</strong>
            </p>
          )
        )}
      </div>

      {(years.loading || (progress.loading && !progress.data)) && <Loading />}
      {hasErrorAt(progress.error, 'FORBIDDEN') ? <NoAccess /> : <LoadError error={progress.error} />}
      {progress.data && (
        <section aria-labelledby="progress-heading" className="section">
          <h2 id="progress-heading">{t('progress.byCounty', { year: year ?? '' })}</h2>
          {rows.length === 0 ? (
            <p className="empty">{t('common.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data" data-testid="progress-table">
                <caption className="sr-only">{t('progress.byCounty', { year: year ?? '' })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('schools.county')}</th>
                    <th scope="col">{t('progress.group')}</th>
                    <th scope="col">{t('progress.wave')}</th>
                    <th scope="col">{t('progress.schools')}</th>
                    <th scope="col">{t('progress.teachers')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.county.id} data-county={r.county.name}>
                      <th scope="row">{pick(r.county.name, r.county.nameEn)}</th>
                      <td data-col="group">
                        {r.planGroup ? groupLabel(t, 'SCHOOL_PLAN', r.planGroup) : t('common.none')}
                        <span className="muted small block">{windowDates(years.info, 'SCHOOL_PLAN', r.planGroup, date)}</span>
                      </td>
                      <td data-col="wave">
                        {r.teacherWave ? groupLabel(t, 'TEACHER_PLAN', String(r.teacherWave)) : t('common.none')}
                        <span className="muted small block">{windowDates(years.info, 'TEACHER_PLAN', r.teacherWave, date)}</span>
                      </td>
                      <td data-col="schools">
                        <Share part={r.schoolsSubmitted} whole={r.schools} />
                      </td>
                      <td data-col="teachers">
                        <Share part={r.teachersSubmitted} whole={r.teachers} />
                      </td>
                    </tr>
                  ))}
                  {rows.length > 1 && (
                    <tr className="total-row">
                      <th scope="row">{t('progress.total')}</th>
                      <td />
                      <td />
                      <td data-col="schools">
                        <Share part={total.schoolsSubmitted} whole={total.schools} />
                      </td>
                      <td data-col="teachers">
                        <Share part={total.teachersSubmitted} whole={total.teachers} />
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          )}
          <p className="muted small">{t('progress.note', { num: num(rows.length) })}</p>
        </section>
      )}

      {access.reminds && year !== null && <PendingAndReminders year={year} countyId={countyId} info={years.info} allCounties={access.allCounties} onChanged={() => void progress.refetch()} />}
    </>
  );
}

function PendingAndReminders({ year, countyId, info, allCounties, onChanged }: { year: number; countyId: string | null; info: SchoolYearInfo | null; allCounties: boolean; onChanged(): void }) {
  const { t, label, num, pick, dateTime, server } = useI18n();
  // The platform lists one county's schools at a time (all counties are thousands of schools).
  const listed = !allCounties || countyId !== null;
  const pending = useQuery(PENDING_SCHOOLS_QUERY, { variables: { year, countyId }, skip: !listed, fetchPolicy: 'network-only' });
  const reminders = useQuery(REMINDERS_QUERY, { variables: { year }, fetchPolicy: 'network-only' });
  const [remind, reminding] = useMutation(REMIND_PENDING_SCHOOLS);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [reopen, setReopen] = useState<ReopenTarget | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const rows = pending.data?.pendingSchools ?? [];
  const sent = (reminders.data?.reminders ?? []).filter((r) => !countyId || r.school.county.id === countyId);

  async function sendReminders() {
    setMessage(null);
    try {
      const r = await remind({ variables: { year, countyId } });
      const n = r.data?.remindPendingSchools.length ?? 0;
      setMessage({ kind: 'ok', text: n === 0 ? t('remind.none') : t('remind.done', { n: num(n) }) });
      await reminders.refetch();
    } catch (err) {
      setMessage({ kind: 'error', text: errorCode(err as Error) === 'NETWORK' ? t('common.networkError') : server(errorMessage(err as Error) ?? '') });
    } finally {
      setConfirming(false);
    }
  }

  return (
    <>
      <section aria-labelledby="pending-heading" className="section" data-testid="pending-section">
        <div className="list-head">
          <h2 id="pending-heading">{t('progress.pendingSchools')}</h2>
          <button type="button" className="primary" onClick={() => setConfirming(true)} disabled={reminding.loading} data-testid="remind">
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
          <FileDownloads path={(f) => `/exports/reminders.${f}?schoolYear=${year}`} fallbackName={`reminders-${year}`} label={t('remind.download')} testIdPrefix="reminders" />
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

      <Dialog
        open={confirming}
        title={t('remind.confirmTitle')}
        onClose={() => setConfirming(false)}
        testId="remind-dialog"
        closeText={t('common.cancel')}
        actions={
          <button type="button" className="primary" onClick={sendReminders} disabled={reminding.loading} data-testid="remind-confirm">
            {reminding.loading ? t('form.submitting') : t('remind.confirm')}
          </button>
        }
      >
        <p>{countyId || !allCounties ? t('remind.confirmText', { year, n: listed ? num(rows.length) : '…' }) : t('remind.confirmAll', { year })}</p>
      </Dialog>

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
        <td data-col="schoolPlan">{row.schoolPlanSubmitted ? <span className="badge badge-ok">{t('progress.submitted')}</span> : <span className="badge badge-warn">{t('progress.notSubmitted')}</span>}</td>
        <td className="num" data-col="pendingTeachers">
          {num(row.pendingTeachers)}
        </td>
        <td className="actions">
          <div className="row-actions">
            <button type="button" className="small-button" onClick={() => onReopen({ kind: 'school', id: s.id, name: s.name })} data-testid="reopen-school">
              {t('reopen.school')}
            </button>
            {row.pendingTeachers > 0 && (
              <button type="button" className="small-button" aria-expanded={expanded} onClick={onToggle} data-testid="show-pending-teachers">
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

function PendingTeachers({ schoolId, schoolName, year, onReopen }: { schoolId: string; schoolName: string; year: number; onReopen(target: ReopenTarget): void }) {
  const { t, label } = useI18n();
  const { data, loading, error } = useQuery(SCHOOL_TEACHER_PROGRESS_QUERY, { variables: { id: schoolId, year }, fetchPolicy: 'network-only' });
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
          <button type="button" className="link-button" onClick={() => onReopen({ kind: 'teacher', id: p.id, name: p.name, schoolName })} data-testid="reopen-teacher">
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
      {search && data && (found.length === 0 ? (
        <p className="empty">{t('common.empty')}</p>
      ) : (
        <ul className="pending-teachers">
          {found.map((s) => (
            <li key={s.id}>
              <span>
                {s.name} <span className="muted mono small">{s.code}</span> <span className="muted small">{pick(s.county.name, s.county.nameEn)}</span>
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
