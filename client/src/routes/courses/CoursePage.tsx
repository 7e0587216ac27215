import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useAuth } from '../../auth/AuthProvider';
import { FormMessage } from '../../components/Form';
import { LoadError, Loading } from '../../components/Status';
import { timeOfDay } from '../../domain/courses';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';

/** A course as its page shows it (public), with what the viewer may do now. */
export const COURSE_PAGE_QUERY = graphql(`
  query CoursePage($id: ID!) {
    course(id: $id) {
      id
      code
      schoolYear
      title
      description
      domain
      themes
      level
      mode
      place
      methods
      times
      hours
      capacity
      waitlistSize
      admittedCount
      waitlistedCount
      seatsLeft
      waitlistLeft
      registrationOpensAt
      registrationClosesAt
      registrationOpen
      startsAt
      endsAt
      schoolApproval
      status
      statusNote
      fitsMe
      organiser {
        id
        name
      }
      county {
        id
        name
        nameEn
      }
      contact {
        name
        phone
        email
      }
      sessions {
        startsAt
        endsAt
        address
        onlineUrl
        county {
          id
          name
          nameEn
        }
      }
      audience {
        everyone
        stages
        subjects
        titles
        counties {
          id
          name
          nameEn
        }
      }
      myRegistration {
        id
        status
        approval
        queueNo
        waitlistPosition
      }
      viewerCan {
        enrol
        withdraw
        update
        manageRoster
        approve
      }
    }
  }
`);

const ENROL = graphql(`
  mutation EnrolInCourse($courseId: ID!) {
    enrolInCourse(courseId: $courseId) {
      id
      status
      approval
      queueNo
      waitlistPosition
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawFromCourse($courseId: ID!) {
    withdrawFromCourse(courseId: $courseId) {
      id
      status
    }
  }
`);

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="dl-row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The words of a registration: admitted, waitlisted at position n (and the school's approval). */
export function useRegistrationWords() {
  const { t, label, num } = useI18n();
  return (r: { status: string; approval: string; waitlistPosition?: number | null }) => {
    const status =
      r.status === 'WAITLISTED' && r.waitlistPosition
        ? t('courses.waitlistedAt', { n: num(r.waitlistPosition) })
        : label('RegistrationStatus', r.status);
    return r.approval === 'NOT_REQUIRED' ? status : `${status}${t('common.paren', { x: label('SchoolApproval', r.approval) })}`;
  };
}

export function CoursePage() {
  const { id = '' } = useParams();
  const { t, label, pick, list, dateTime, date, num, errorText } = useI18n();
  const { me } = useAuth();
  const words = useRegistrationWords();
  const { data, loading, error, refetch } = useQuery(COURSE_PAGE_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [enrol, enrolState] = useMutation(ENROL);
  const [withdraw, withdrawState] = useMutation(WITHDRAW);
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const c = data?.course ?? null;
  if (!c) {
    if (loading) return <Loading />;
    return (
      <>
        <LoadError error={error} />
        {!error && (
          <p className="notice notice-error" role="alert">
            {t('courses.notFound')}
          </p>
        )}
        <p>
          <Link to="/courses">{t('courses.backToCatalog')}</Link>
        </p>
      </>
    );
  }

  async function doEnrol() {
    setResult(null);
    try {
      const r = (await enrol({ variables: { courseId: c!.id } })).data?.enrolInCourse;
      if (r) {
        const text =
          r.status === 'ADMITTED'
            ? t('courses.enrolledAdmitted')
            : r.status === 'WAITLISTED'
              ? t('courses.enrolledWaitlisted', { n: num(r.waitlistPosition ?? 0) })
              : words(r);
        setResult({ kind: 'ok', text: r.approval === 'PENDING' ? `${text} ${t('courses.awaitsSchool')}` : text });
      }
    } catch (e) {
      setResult({ kind: 'error', text: t('courses.enrolFailed', { message: errorText(e as Error) }) });
    }
    await refetch();
  }

  async function doWithdraw() {
    if (!window.confirm(t('courses.withdrawConfirm', { title: c!.title }))) return;
    setResult(null);
    try {
      await withdraw({ variables: { courseId: c!.id } });
      setResult({ kind: 'ok', text: t('courses.withdrawn') });
    } catch (e) {
      setResult({ kind: 'error', text: t('courses.withdrawFailed', { message: errorText(e as Error) }) });
    }
    await refetch();
  }

  const a = c.audience;
  const busy = enrolState.loading || withdrawState.loading;
  return (
    <>
      <p className="crumbs">
        <Link to="/courses">{t('courses.backToCatalog')}</Link>
      </p>
      <h1 data-testid="course-title">{c.title}</h1>
      <p className="badge-line">
        <span className="mono">{c.code}</span>
        <span className={`badge ${c.registrationOpen ? 'badge-ok' : 'badge-plain'}`} data-testid="course-status">
          {c.registrationOpen ? t('courses.open') : label('CourseStatus', c.status)}
        </span>
        {c.fitsMe === true && <span className="badge badge-fit">{t('courses.fitsMe')}</span>}
        {c.fitsMe === false && <span className="badge badge-warn">{t('courses.notForMe')}</span>}
      </p>
      {c.statusNote && (c.status === 'CANCELLED' || c.status === 'DRAFT') && (
        <p className="notice notice-info">{t('courses.statusNote', { note: c.statusNote })}</p>
      )}

      <section className="card course-action" aria-labelledby="seats-h" data-testid="enrol-box">
        <h2 id="seats-h">{t('courses.registration')}</h2>
        <p className="seats" data-testid="course-seats">
          {c.seatsLeft > 0
            ? t('courses.seatsOf', { left: num(c.seatsLeft), capacity: num(c.capacity) })
            : c.waitlistLeft > 0
              ? t('courses.waitlistOnly', { n: num(c.waitlistLeft) })
              : t('courses.full')}
          <span className="muted small">
            {' '}
            {t('courses.counts', { admitted: num(c.admittedCount), waitlisted: num(c.waitlistedCount) })}
          </span>
        </p>
        <p className="muted small">
          {t('courses.window', { from: dateTime(c.registrationOpensAt), to: dateTime(c.registrationClosesAt) })}
        </p>
        {c.schoolApproval && <p className="muted small">{t('courses.schoolApprovalNote')}</p>}
        {c.myRegistration && (
          <p data-testid="my-registration">
            {t('courses.myRegistration')}
            <strong>{words(c.myRegistration)}</strong>
          </p>
        )}
        {result && (
          <FormMessage kind={result.kind} testId="enrol-result">
            {result.text}
          </FormMessage>
        )}
        <div className="form-actions">
          {c.viewerCan.enrol && (
            <button type="button" className="primary" onClick={doEnrol} disabled={busy} data-testid="enrol">
              {c.seatsLeft > 0 ? t('courses.enrol') : t('courses.enrolWaitlist')}
            </button>
          )}
          {c.viewerCan.withdraw && (
            <button type="button" className="danger" onClick={doWithdraw} disabled={busy} data-testid="withdraw">
              {t('courses.withdraw')}
            </button>
          )}
          {!me && c.registrationOpen && (
            <Link to="/login" state={{ from: `/courses/${encodeURIComponent(c.id)}` }} className="button-link">
              {t('courses.loginToEnrol')}
            </Link>
          )}
          {(c.viewerCan.update || c.viewerCan.manageRoster) && (
            <Link to={`/course-admin/${encodeURIComponent(c.id)}`} className="button-link" data-testid="manage-link">
              {t('courses.manage')}
            </Link>
          )}
        </div>
      </section>

      {c.description && <p className="course-description">{c.description}</p>}

      <section className="card" aria-labelledby="facts-h">
        <h2 id="facts-h">{t('courses.facts')}</h2>
        <dl className="dl">
          <Fact label={t('courses.organiser')}>
            {c.organiser.name}
            {c.county && <span className="muted">{t('common.paren', { x: pick(c.county.name, c.county.nameEn) })}</span>}
          </Fact>
          <Fact label={t('courses.domain')}>
            {label('StudyDomain', c.domain)}
            {c.themes && <span className="muted">{t('common.paren', { x: c.themes })}</span>}
          </Fact>
          <Fact label={t('courses.level')}>{label('StudyLevel', c.level)}</Fact>
          <Fact label={t('courses.method')}>{list(c.methods.map((m) => label('StudyMethod', m)))}</Fact>
          <Fact label={t('courses.mode')}>{label('StudyMode', c.mode)}</Fact>
          <Fact label={t('courses.time')}>{list(c.times.map((m) => label('StudyTime', m)))}</Fact>
          <Fact label={t('courses.place')}>{label('StudyPlace', c.place)}</Fact>
          <Fact label={t('courses.hours')}>{t('courses.hoursValue', { n: num(c.hours) })}</Fact>
          <Fact label={t('courses.audience')} testId="course-audience">
            {a.everyone ? (
              t('courses.everyone')
            ) : (
              <ul className="plain">
                {a.stages.length > 0 && <li>{`${t('courses.stages')}：${list(a.stages.map((s) => label('Stage', s)))}`}</li>}
                {a.subjects.length > 0 && <li>{`${t('courses.subjects')}：${list(a.subjects.map((s) => label('Subject', s)))}`}</li>}
                {a.titles.length > 0 && <li>{`${t('courses.titles')}：${list(a.titles.map((s) => label('TeacherTitle', s)))}`}</li>}
                {a.counties.length > 0 && <li>{`${t('courses.counties')}：${list(a.counties.map((s) => pick(s.name, s.nameEn)))}`}</li>}
              </ul>
            )}
          </Fact>
          <Fact label={t('courses.contact')} testId="course-contact">
            {c.contact.name}
            {c.contact.phone && (
              <>
                {' · '}
                <span className="mono">{c.contact.phone}</span>
              </>
            )}
            {c.contact.email && (
              <>
                {' · '}
                <a href={`mailto:${c.contact.email}`}>{c.contact.email}</a>
              </>
            )}
          </Fact>
        </dl>
      </section>

      <section className="card" aria-labelledby="sessions-h">
        <h2 id="sessions-h">{t('courses.sessions')}</h2>
        <ol className="sessions" data-testid="course-sessions">
          {c.sessions.map((s, i) => (
            <li key={i}>
              <span className="nowrap">
                {date(s.startsAt)} {timeOfDay(s.startsAt)}–{timeOfDay(s.endsAt)}
              </span>{' '}
              {s.onlineUrl ? (
                <span>
                  {t('courses.online')}{' '}
                  <a href={s.onlineUrl} rel="noopener noreferrer" target="_blank">
                    {s.onlineUrl}
                  </a>
                </span>
              ) : (
                <span>
                  {s.county ? pick(s.county.name, s.county.nameEn) : ''} {s.address}
                </span>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
