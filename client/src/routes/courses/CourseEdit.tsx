import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { codesOf } from '../../../../server/src/shared/labels';
import { fieldErrorsByPath } from '../../apollo/errors';
import { useAuth } from '../../auth/AuthProvider';
import { CheckboxGroup, FormField, FormMessage, inputProps } from '../../components/Form';
import { LoadError, Loading } from '../../components/Status';
import { fromLocalInput, timeOfDay, toLocalInput } from '../../domain/courses';
import { graphql } from '../../gql';
import type {
  CourseInput,
  CoursePageQuery,
  StudyDomain,
  StudyLevel,
  StudyMethod,
  StudyMode,
  StudyPlace,
  StudyTime,
  Stage,
  Subject,
  TeacherTitle,
} from '../../gql/graphql';
import { useI18n, type MessageKey } from '../../i18n';
import { COUNTIES_QUERY } from '../Schools';
import { CourseActions } from './CourseActions';
import { CourseHours } from './CourseHours';
import { COURSE_PAGE_QUERY } from './CoursePage';
import { Roster } from './Roster';

/** The course as its manager edits it: everything of the page, its version and every step. */
const COURSE_ADMIN_QUERY = graphql(`
  query CourseAdmin($id: ID!) {
    node(id: $id) {
      id
      ... on Course {
        code
        title
        status
        statusNote
        version
        viewerCan {
          update
          submit
          approve
          publish
          cancel
          close
          manageRoster
          recordAttendance
          issueHours
        }
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateCourse($input: CourseInput!) {
    createCourse(input: $input) {
      id
      code
      status
      version
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateCourse($id: ID!, $input: CourseInput!, $version: Int) {
    updateCourse(id: $id, input: $input, version: $version) {
      id
      code
      status
      version
    }
  }
`);

interface SessionDraft {
  day: string;
  start: string;
  end: string;
  online: boolean;
  countyId: string;
  address: string;
  onlineUrl: string;
}

interface Draft {
  title: string;
  description: string;
  domain: string;
  themes: string;
  level: string;
  mode: string;
  place: string;
  methods: string[];
  times: string[];
  hours: string;
  capacity: string;
  waitlistSize: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  schoolApproval: boolean;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  sessions: SessionDraft[];
  stages: string[];
  subjects: string[];
  titles: string[];
  countyIds: string[];
}

const EMPTY_SESSION: SessionDraft = { day: '', start: '09:00', end: '12:00', online: false, countyId: '', address: '', onlineUrl: '' };

function emptyDraft(contactName: string): Draft {
  return {
    title: '',
    description: '',
    domain: '',
    themes: '',
    level: '',
    mode: 'NON_CREDIT',
    place: '',
    methods: [],
    times: [],
    hours: '3',
    capacity: '30',
    waitlistSize: '0',
    registrationOpensAt: '',
    registrationClosesAt: '',
    schoolApproval: false,
    contactName,
    contactPhone: '',
    contactEmail: '',
    sessions: [{ ...EMPTY_SESSION }],
    stages: [],
    subjects: [],
    titles: [],
    countyIds: [],
  };
}

type PageCourse = NonNullable<CoursePageQuery['course']>;

function draftOf(c: PageCourse): Draft {
  return {
    title: c.title,
    description: c.description,
    domain: c.domain,
    themes: c.themes,
    level: c.level,
    mode: c.mode,
    place: c.place,
    methods: [...c.methods],
    times: [...c.times],
    hours: String(c.hours),
    capacity: String(c.capacity),
    waitlistSize: String(c.waitlistSize),
    registrationOpensAt: toLocalInput(c.registrationOpensAt),
    registrationClosesAt: toLocalInput(c.registrationClosesAt),
    schoolApproval: c.schoolApproval,
    contactName: c.contact.name,
    contactPhone: c.contact.phone ?? '',
    contactEmail: c.contact.email ?? '',
    sessions: c.sessions.map((s) => ({
      day: toLocalInput(s.startsAt).slice(0, 10),
      start: timeOfDay(s.startsAt),
      end: timeOfDay(s.endsAt),
      online: Boolean(s.onlineUrl),
      countyId: s.county?.id ?? '',
      address: s.address ?? '',
      onlineUrl: s.onlineUrl ?? '',
    })),
    stages: [...c.audience.stages],
    subjects: [...c.audience.subjects],
    titles: [...c.audience.titles],
    countyIds: c.audience.counties.map((x) => x.id),
  };
}

const int = (s: string) => (/^-?\d+$/.test(s.trim()) ? Number(s.trim()) : NaN);

function inputOf(d: Draft): CourseInput {
  return {
    title: d.title.trim(),
    description: d.description,
    domain: d.domain as StudyDomain,
    themes: d.themes,
    level: d.level as StudyLevel,
    mode: d.mode as StudyMode,
    place: d.place as StudyPlace,
    methods: d.methods as StudyMethod[],
    times: d.times.length ? (d.times as StudyTime[]) : null,
    hours: int(d.hours),
    capacity: int(d.capacity),
    waitlistSize: d.waitlistSize.trim() === '' ? 0 : int(d.waitlistSize),
    registrationOpensAt: fromLocalInput(d.registrationOpensAt),
    registrationClosesAt: fromLocalInput(d.registrationClosesAt),
    schoolApproval: d.schoolApproval,
    contactName: d.contactName.trim(),
    contactPhone: d.contactPhone.trim() || null,
    contactEmail: d.contactEmail.trim() || null,
    sessions: d.sessions.map((s) => ({
      startsAt: `${s.day}T${s.start}:00+08:00`,
      endsAt: `${s.day}T${s.end}:00+08:00`,
      countyId: s.online ? null : s.countyId || null,
      address: s.online ? null : s.address.trim() || null,
      onlineUrl: s.online ? s.onlineUrl.trim() || null : null,
    })),
    audience: {
      stages: d.stages as Stage[],
      subjects: d.subjects as Subject[],
      titles: d.titles as TeacherTitle[],
      countyIds: d.countyIds,
    },
  };
}

/** What the form can tell before sending: required fields and whole numbers (the server checks everything again). */
function hintsOf(d: Draft, t: (k: MessageKey) => string): Record<string, string> {
  const out: Record<string, string> = {};
  const need = (key: string, ok: boolean) => {
    if (!ok) out[key] = t('form.error.required');
  };
  need('title', d.title.trim() !== '');
  need('domain', d.domain !== '');
  need('level', d.level !== '');
  need('mode', d.mode !== '');
  need('place', d.place !== '');
  need('methods', d.methods.length > 0);
  need('contactName', d.contactName.trim() !== '');
  need('registrationOpensAt', d.registrationOpensAt !== '');
  need('registrationClosesAt', d.registrationClosesAt !== '');
  need('sessions', d.sessions.length > 0);
  for (const key of ['hours', 'capacity'] as const) if (Number.isNaN(int(d[key]))) out[key] = t('courses.hint.wholeNumber');
  if (d.waitlistSize.trim() !== '' && Number.isNaN(int(d.waitlistSize))) out.waitlistSize = t('courses.hint.wholeNumber');
  d.sessions.forEach((s, k) => {
    need(`sessions.${k}.startsAt`, s.day !== '' && s.start !== '');
    need(`sessions.${k}.endsAt`, s.end !== '');
  });
  return out;
}

export function CourseEditPage() {
  const { id } = useParams();
  const isNew = !id;
  const { me } = useAuth();
  const { t, label, pick, errorText, explain } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const counties = useQuery(COUNTIES_QUERY);
  const page = useQuery(COURSE_PAGE_QUERY, { variables: { id: id ?? '' }, skip: isNew, fetchPolicy: 'network-only' });
  const admin = useQuery(COURSE_ADMIN_QUERY, { variables: { id: id ?? '' }, skip: isNew, fetchPolicy: 'network-only' });
  const [create, createState] = useMutation(CREATE);
  const [update, updateState] = useMutation(UPDATE);
  const [draft, setDraft] = useState<Draft | null>(isNew ? emptyDraft(me?.name ?? '') : null);
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const [hints, setHints] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const course = page.data?.course ?? null;
  const state = admin.data?.node?.__typename === 'Course' ? admin.data.node : null;
  // The form starts from the course as loaded (again after a step changed it).
  const loadKey = course && state ? `${course.id}:${state.version}` : null;
  if (!isNew && loadKey && loadKey !== loadedFor && course) {
    setLoadedFor(loadKey);
    setDraft(draftOf(course));
  }

  if (!isNew && (!course || !state)) {
    if (page.loading || admin.loading) return <Loading />;
    return (
      <>
        <LoadError error={page.error ?? admin.error} />
        {!page.error && <p className="notice notice-error">{t('courses.notFound')}</p>}
        <Link to="/course-admin">{t('courses.backToAdmin')}</Link>
      </>
    );
  }
  if (!draft) return <Loading />;

  const editable = isNew ? Boolean(me?.can.registerCourses) : Boolean(state?.viewerCan.update);
  const byPath = fieldErrorsByPath(serverError as Error | null);
  const errAt = (path: string) => hints[path] ?? (byPath[path] ? explain(byPath[path]) : undefined);
  const errUnder = (prefix: string) => {
    const hit = Object.entries(byPath).find(([p]) => p === prefix || p.startsWith(`${prefix}.`));
    return hints[prefix] ?? (hit ? explain(hit[1]) : undefined);
  };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });
  const setSession = (k: number, patch: Partial<SessionDraft>) =>
    set(
      'sessions',
      draft.sessions.map((s, i) => (i === k ? { ...s, ...patch } : s)),
    );
  const choices = (name: Parameters<typeof codesOf>[0]) => codesOf(name).map((code) => ({ code, label: label(name, code) }));
  const countyChoices = (counties.data?.counties ?? []).map((c) => ({ code: c.id, label: pick(c.name, c.nameEn) }));
  const busy = createState.loading || updateState.loading;

  async function save(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    setServerError(null);
    const h = hintsOf(draft!, t);
    setHints(h);
    if (Object.keys(h).length > 0) return;
    try {
      if (isNew) {
        const r = (await create({ variables: { input: inputOf(draft!) } })).data?.createCourse;
        if (r) navigate(`/course-admin/${encodeURIComponent(r.id)}`, { replace: true, state: { created: r.code } });
      } else {
        await update({ variables: { id: id!, input: inputOf(draft!), version: state!.version } });
        setSaved(t('courses.saved'));
        await Promise.all([page.refetch(), admin.refetch()]);
      }
    } catch (err) {
      setServerError(err);
    }
  }

  const text = (
    key: keyof Draft,
    labelKey: MessageKey,
    opts: { required?: boolean; hint?: string; type?: string; multiline?: boolean } = {},
  ) => (
    <FormField id={key} label={t(labelKey)} error={errAt(key)} hint={opts.hint} required={opts.required}>
      {opts.multiline ? (
        <textarea
          {...inputProps(key, errAt(key), Boolean(opts.hint))}
          rows={4}
          value={draft[key] as string}
          disabled={!editable}
          onChange={(e) => set(key, e.target.value)}
        />
      ) : (
        <input
          {...inputProps(key, errAt(key), Boolean(opts.hint))}
          type={opts.type ?? 'text'}
          value={draft[key] as string}
          disabled={!editable}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </FormField>
  );
  const select = (
    key: 'domain' | 'level' | 'mode' | 'place',
    labelKey: MessageKey,
    enumName: 'StudyDomain' | 'StudyLevel' | 'StudyMode' | 'StudyPlace',
  ) => (
    <FormField id={key} label={t(labelKey)} error={errAt(key)} required>
      <select {...inputProps(key, errAt(key))} value={draft[key]} disabled={!editable} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t('form.choose')}</option>
        {codesOf(enumName).map((code) => (
          <option key={code} value={code}>
            {label(enumName, code)}
          </option>
        ))}
      </select>
    </FormField>
  );

  const created = (location.state as { created?: string } | null)?.created;
  const generalError = serverError && Object.keys(byPath).length === 0 ? errorText(serverError as Error) : null;

  return (
    <>
      <p className="crumbs">
        <Link to="/course-admin">{t('courses.backToAdmin')}</Link>
        {course && course.status !== 'DRAFT' && course.status !== 'SUBMITTED' && course.status !== 'APPROVED' && (
          <>
            {' · '}
            <Link to={`/courses/${encodeURIComponent(course.id)}`}>{t('courses.publicPage')}</Link>
          </>
        )}
      </p>
      <h1>{isNew ? t('courses.new') : t('courses.editTitle', { title: course!.title })}</h1>
      {state && course && (
        <section className="card" aria-labelledby="state-h" data-testid="course-state">
          <h2 id="state-h">{t('courses.statusHeading')}</h2>
          <p className="badge-line">
            <span className="mono" data-testid="course-code">
              {state.code}
            </span>
            <span className="badge badge-plain" data-testid="course-status">
              {label('CourseStatus', state.status)}
            </span>
            <span className="muted small">{t('courses.versionIs', { v: state.version })}</span>
          </p>
          {created && <FormMessage kind="ok">{t('courses.created', { code: created })}</FormMessage>}
          {state.statusNote && (
            <p className="notice notice-info">
              {t(state.status === 'CANCELLED' ? 'courses.cancelledBecause' : 'courses.returnedBecause', { note: state.statusNote })}
            </p>
          )}
          <p className="muted small">{t(`courses.next.${state.status}` as MessageKey)}</p>
          <CourseActions
            course={{ id: course.id, title: course.title, version: state.version, viewerCan: state.viewerCan }}
            onDone={() => Promise.all([page.refetch(), admin.refetch()])}
          />
        </section>
      )}

      <form className="card course-form" onSubmit={save} noValidate data-testid="course-form">
        <h2>{t('courses.formHeading')}</h2>
        {!editable && <p className="notice notice-info">{t('courses.readOnly')}</p>}
        {!isNew && course && course.status !== 'DRAFT' && editable && <p className="muted small">{t('courses.reapprovalNote')}</p>}
        <fieldset className="form-grid" disabled={!editable}>
          <legend>{t('courses.part.what')}</legend>
          <div className="wide">{text('title', 'courses.title', { required: true })}</div>
          <div className="wide">{text('description', 'courses.description', { multiline: true })}</div>
          {select('domain', 'courses.domain', 'StudyDomain')}
          {text('themes', 'courses.themes', { hint: t('courses.hint.themes') })}
          {select('level', 'courses.level', 'StudyLevel')}
          {select('mode', 'courses.mode', 'StudyMode')}
          {select('place', 'courses.place', 'StudyPlace')}
          {text('hours', 'courses.hours', { required: true, type: 'number', hint: t('courses.hint.hours') })}
          <div className="wide">
            <CheckboxGroup
              idPrefix="methods"
              legend={`${t('courses.method')} ${t('form.required')}`}
              choices={choices('StudyMethod')}
              value={draft.methods}
              onChange={(v) => set('methods', v)}
              error={errUnder('methods')}
              disabled={!editable}
              compact
            />
          </div>
          <div className="wide">
            <CheckboxGroup
              idPrefix="times"
              legend={t('courses.time')}
              choices={choices('StudyTime')}
              value={draft.times}
              onChange={(v) => set('times', v)}
              error={errUnder('times')}
              disabled={!editable}
              compact
            />
            <span className="hint">{t('courses.hint.times')}</span>
          </div>
        </fieldset>

        <fieldset className="sessions-edit" disabled={!editable}>
          <legend>{t('courses.sessions')}</legend>
          {errUnder('sessions') && !draft.sessions.some((_, k) => errUnder(`sessions.${k}`)) && (
            <span className="field-error block" data-testid="error-sessions">
              {errUnder('sessions')}
            </span>
          )}
          {draft.sessions.map((s, k) => (
            <div className="session-row" key={k} data-testid={`session-${k}`}>
              <FormField id={`s${k}-day`} label={t('courses.sessionDay', { n: k + 1 })} error={errAt(`sessions.${k}.startsAt`)}>
                <input
                  {...inputProps(`s${k}-day`, errAt(`sessions.${k}.startsAt`))}
                  type="date"
                  value={s.day}
                  onChange={(e) => setSession(k, { day: e.target.value })}
                />
              </FormField>
              <FormField id={`s${k}-start`} label={t('courses.sessionStart')}>
                <input
                  {...inputProps(`s${k}-start`, undefined)}
                  type="time"
                  value={s.start}
                  onChange={(e) => setSession(k, { start: e.target.value })}
                />
              </FormField>
              <FormField id={`s${k}-end`} label={t('courses.sessionEnd')} error={errAt(`sessions.${k}.endsAt`)}>
                <input
                  {...inputProps(`s${k}-end`, errAt(`sessions.${k}.endsAt`))}
                  type="time"
                  value={s.end}
                  onChange={(e) => setSession(k, { end: e.target.value })}
                />
              </FormField>
              <label className="check session-online">
                <input
                  type="checkbox"
                  checked={s.online}
                  onChange={(e) => setSession(k, { online: e.target.checked })}
                  data-testid={`s${k}-online`}
                />
                {t('courses.online')}
              </label>
              {s.online ? (
                <div className="grow">
                  <FormField
                    id={`s${k}-url`}
                    label={t('courses.onlineUrl')}
                    error={errAt(`sessions.${k}.onlineUrl`)}
                    hint={t('courses.hint.url')}
                  >
                    <input
                      {...inputProps(`s${k}-url`, errAt(`sessions.${k}.onlineUrl`), true)}
                      type="url"
                      value={s.onlineUrl}
                      onChange={(e) => setSession(k, { onlineUrl: e.target.value })}
                    />
                  </FormField>
                </div>
              ) : (
                <>
                  <FormField id={`s${k}-county`} label={t('courses.sessionCounty')} error={errAt(`sessions.${k}.countyId`)}>
                    <select
                      {...inputProps(`s${k}-county`, errAt(`sessions.${k}.countyId`))}
                      value={s.countyId}
                      onChange={(e) => setSession(k, { countyId: e.target.value })}
                    >
                      <option value="">{t('form.choose')}</option>
                      {countyChoices.map((c) => (
                        <option key={c.code} value={c.code}>
                          {c.label}
                        </option>
                      ))}
                    </select>
                  </FormField>
                  <div className="grow">
                    <FormField id={`s${k}-address`} label={t('courses.address')} error={errAt(`sessions.${k}.address`)}>
                      <input
                        {...inputProps(`s${k}-address`, errAt(`sessions.${k}.address`))}
                        value={s.address}
                        onChange={(e) => setSession(k, { address: e.target.value })}
                      />
                    </FormField>
                  </div>
                </>
              )}
              {draft.sessions.length > 1 && (
                <button
                  type="button"
                  className="small-button"
                  onClick={() =>
                    set(
                      'sessions',
                      draft.sessions.filter((_, i) => i !== k),
                    )
                  }
                  aria-label={t('courses.removeSessionN', { n: k + 1 })}
                >
                  {t('courses.removeSession')}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            className="small-button"
            onClick={() => set('sessions', [...draft.sessions, { ...(draft.sessions[draft.sessions.length - 1] ?? EMPTY_SESSION) }])}
            data-testid="add-session"
          >
            {t('courses.addSession')}
          </button>
        </fieldset>

        <fieldset className="form-grid" disabled={!editable}>
          <legend>{t('courses.part.seats')}</legend>
          {text('capacity', 'courses.capacity', { required: true, type: 'number' })}
          {text('waitlistSize', 'courses.waitlistSize', { type: 'number', hint: t('courses.hint.waitlist') })}
          {text('registrationOpensAt', 'courses.opensAt', { required: true, type: 'datetime-local' })}
          {text('registrationClosesAt', 'courses.closesAt', { required: true, type: 'datetime-local', hint: t('courses.hint.closes') })}
          <div className="wide">
            <label className="check">
              <input
                type="checkbox"
                checked={draft.schoolApproval}
                onChange={(e) => set('schoolApproval', e.target.checked)}
                data-testid="schoolApproval"
              />
              {t('courses.schoolApprovalAsk')}
            </label>
          </div>
        </fieldset>

        <fieldset className="form-grid" disabled={!editable}>
          <legend>{t('courses.audience')}</legend>
          <p className="wide hint">{t('courses.hint.audience')}</p>
          <div className="wide">
            <CheckboxGroup
              idPrefix="stages"
              legend={t('courses.stages')}
              choices={choices('Stage')}
              value={draft.stages}
              onChange={(v) => set('stages', v)}
              error={errUnder('audience.stages')}
              disabled={!editable}
              compact
            />
          </div>
          <div className="wide">
            <CheckboxGroup
              idPrefix="titles"
              legend={t('courses.titles')}
              choices={choices('TeacherTitle')}
              value={draft.titles}
              onChange={(v) => set('titles', v)}
              error={errUnder('audience.titles')}
              disabled={!editable}
              compact
            />
          </div>
          <div className="wide">
            <details>
              <summary>
                {t('courses.subjects')}
                {draft.subjects.length > 0 && t('common.paren', { x: String(draft.subjects.length) })}
              </summary>
              <CheckboxGroup
                idPrefix="subjects"
                legend={t('courses.subjects')}
                choices={choices('Subject')}
                value={draft.subjects}
                onChange={(v) => set('subjects', v)}
                error={errUnder('audience.subjects')}
                disabled={!editable}
                compact
              />
            </details>
          </div>
          <div className="wide">
            <details open={draft.countyIds.length > 0 || undefined}>
              <summary>
                {t('courses.counties')}
                {draft.countyIds.length > 0 && t('common.paren', { x: String(draft.countyIds.length) })}
              </summary>
              <CheckboxGroup
                idPrefix="countyIds"
                legend={t('courses.counties')}
                choices={countyChoices}
                value={draft.countyIds}
                onChange={(v) => set('countyIds', v)}
                error={errUnder('audience.countyIds')}
                disabled={!editable}
                compact
              />
            </details>
          </div>
        </fieldset>

        <fieldset className="form-grid" disabled={!editable}>
          <legend>{t('courses.contact')}</legend>
          {text('contactName', 'courses.contactName', { required: true })}
          {text('contactPhone', 'courses.contactPhone', { type: 'tel' })}
          {text('contactEmail', 'courses.contactEmail', { type: 'email' })}
        </fieldset>

        {Object.keys(hints).length > 0 && <FormMessage kind="error">{t('form.error.fix')}</FormMessage>}
        {serverError != null && Object.keys(byPath).length > 0 && (
          <FormMessage kind="error" testId="form-error">
            {t('courses.fixFields', { message: explain(Object.values(byPath)[0]) })}
          </FormMessage>
        )}
        {generalError && (
          <FormMessage kind="error" testId="form-error">
            {generalError}
          </FormMessage>
        )}
        {saved && (
          <FormMessage kind="ok" testId="form-saved">
            {saved}
          </FormMessage>
        )}
        {editable && (
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy} data-testid="course-save">
              {busy ? t('form.submitting') : isNew ? t('courses.createDraft') : t('courses.save')}
            </button>
          </div>
        )}
      </form>

      {state?.viewerCan.manageRoster && course && <Roster courseId={course.id} code={course.code} capacity={course.capacity} />}
      {(state?.viewerCan.recordAttendance || state?.viewerCan.issueHours) && course && <CourseHours courseId={course.id} />}
    </>
  );
}
