import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { hasErrorAt } from '../apollo/errors';
import { useAuth } from '../auth/AuthProvider';
import { FormField, FormMessage, inputProps } from '../components/Form';
import { DomainFields, NeedChecks } from '../components/PlanFields';
import { localProblems, planFailure, type PlanMessage } from '../components/PlanEditing';
import { WindowCard, YearSelect } from '../components/PlanWindow';
import { LoadError, Loading, NoAccess } from '../components/Status';
import { SurveyForm } from '../components/SurveyForm';
import { allowedNow, chosenDomains, domainsInput, draftOf, sameDraft, type PlanDraft } from '../domain/planning';
import { graphql } from '../gql';
import type { StudyDomain } from '../gql/graphql';
import { useSchoolYear } from '../hooks/useSchoolYear';
import { useI18n } from '../i18n';

graphql(`
  fragment PlanningWindowFields on PlanningWindow {
    schoolYear
    planKind
    groupKey
    opensAt
    closesAt
    serviceOpensAt
    serviceClosesAt
    reopenedUntil
    open
    inService
    secondsLeft
  }
`);

graphql(`
  fragment SchoolPlanFields on SchoolPlan {
    id
    schoolYear
    status
    version
    submittedAt
    updatedAt
    totalStudents
    stages
    teacherCount
    modes
    times
    places
    levels
    methods
    domains {
      domain
      themes
      hours
    }
  }
`);

/** 學校本位教師進修研習規劃 of the viewer's school in a school year, with its window. */
const SCHOOL_PLANNING_QUERY = graphql(`
  query SchoolPlanning($year: Int!) {
    me {
      username
      school {
        id
        code
        name
        stages
        studentCount
        county {
          id
          name
          nameEn
        }
        teachers(first: 1) {
          totalCount
        }
        planning(schoolYear: $year) {
          canFill
          surveyAnswered
          window {
            ...PlanningWindowFields
          }
          plan {
            ...SchoolPlanFields
          }
        }
      }
    }
  }
`);

const SAVE_SCHOOL_PLAN = graphql(`
  mutation SaveSchoolPlan($input: SchoolPlanInput!) {
    saveSchoolPlan(input: $input) {
      ...SchoolPlanFields
    }
  }
`);

const SUBMIT_SCHOOL_PLAN = graphql(`
  mutation SubmitSchoolPlan($schoolId: ID!, $schoolYear: Int!, $version: Int) {
    submitSchoolPlan(schoolId: $schoolId, schoolYear: $schoolYear, version: $version) {
      ...SchoolPlanFields
    }
  }
`);

interface Editing {
  /** Which server state the draft started from (year, plan, version). */
  key: string;
  draft: PlanDraft;
  totalStudents: string;
}

export function SchoolPlanPage() {
  const i18n = useI18n();
  const { t, label, list, num, pick, dateTime } = i18n;
  const { me } = useAuth();
  const years = useSchoolYear();
  const year = years.year;
  const { data, previousData, loading, error, refetch } = useQuery(SCHOOL_PLANNING_QUERY, {
    variables: { year: year ?? 0 },
    skip: year === null,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const [save, saving] = useMutation(SAVE_SCHOOL_PLAN);
  const [submit, submitting] = useMutation(SUBMIT_SCHOOL_PLAN);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<PlanMessage>(null);
  const [surveyDone, setSurveyDone] = useState(false);

  // Another year: the last answer belongs to the year before.
  useEffect(() => {
    setMessage(null);
    setErrors({});
  }, [year]);

  const shown = data ?? previousData;
  const school = shown?.me?.school ?? null;
  const planning = school?.planning ?? null;
  const plan = planning?.plan ?? null;
  const serverKey = `${planning?.window.schoolYear}:${plan?.id ?? 'new'}:${plan?.version ?? 0}`;
  const serverTotal = plan ? (plan.totalStudents == null ? '' : String(plan.totalStudents)) : school?.studentCount == null ? '' : String(school.studentCount);
  if (planning && editing?.key !== serverKey) {
    setEditing({ key: serverKey, draft: draftOf(plan), totalStudents: serverTotal });
  }

  const title = <h1>{t('schoolPlan.title')}</h1>;
  if (years.loading || (!shown && loading)) return <Loading />;
  if (!school || !planning || !editing) {
    return (
      <>
        {title}
        {me && !me.school ? <NoAccess message={t('schoolPlan.notSchool')} /> : hasErrorAt(error, 'FORBIDDEN') ? <NoAccess /> : <LoadError error={error ?? years.error} />}
      </>
    );
  }

  const w = planning.window;
  const submitted = plan?.status === 'SUBMITTED';
  const may = allowedNow(w, submitted);
  const canFill = planning.canFill;
  const locked = !canFill || !may.save;
  const dirty = !sameDraft(editing.draft, draftOf(plan)) || editing.totalStudents.trim() !== serverTotal;
  const busy = saving.loading || submitting.loading || loading;
  // (二) the teacher list is filed when the plan is submitted; until then the school's list as it is now.
  const teacherCount = submitted ? plan!.teacherCount : (school.teachers?.totalCount ?? null);
  const stages = plan ? plan.stages : school.stages;

  const setDraft = (d: PlanDraft) => setEditing({ ...editing, draft: d });

  function localChecks(complete: boolean): boolean {
    const local = localProblems(t, editing!.draft, complete);
    const ts = editing!.totalStudents.trim();
    if (ts !== '' && (!/^\d+$/.test(ts) || Number(ts) > 100000)) local.totalStudents = t('schoolPlan.error.students');
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setMessage({ kind: 'error', text: t(complete ? 'plan.error.incomplete' : 'form.error.fix') });
      return false;
    }
    return true;
  }

  /** Saves the form; returns the new version, or null when refused (the refusal is shown). */
  async function saveDraft(): Promise<number | null> {
    const sent: StudyDomain[] = chosenDomains(editing!.draft);
    const ts = editing!.totalStudents.trim();
    try {
      const { data: d } = await save({
        variables: {
          input: {
            schoolId: school!.id,
            schoolYear: w.schoolYear,
            version: plan?.version ?? 0,
            totalStudents: ts === '' ? null : Number(ts),
            modes: editing!.draft.modes,
            times: editing!.draft.times,
            places: editing!.draft.places,
            levels: editing!.draft.levels,
            methods: editing!.draft.methods,
            domains: domainsInput(editing!.draft),
          },
        },
      });
      return d?.saveSchoolPlan.version ?? null;
    } catch (err) {
      const f = planFailure(i18n, err, sent);
      setErrors(f.fields);
      setMessage(f.message);
      if (f.message?.closed) {
        // Show what is stored: the edits could not be saved.
        setEditing(null);
        void refetch();
      }
      return null;
    }
  }

  async function onSave(e?: FormEvent) {
    e?.preventDefault();
    setMessage(null);
    if (!localChecks(submitted)) return;
    const version = await saveDraft();
    if (version === null) return;
    setMessage({ kind: 'ok', text: t(submitted ? 'plan.amended' : 'plan.savedDraft') });
    await refetch();
  }

  async function onSubmit() {
    setMessage(null);
    if (!localChecks(true)) return;
    let version: number | null = plan?.version ?? null;
    if (dirty || !plan) {
      version = await saveDraft();
      if (version === null) return;
    }
    try {
      await submit({ variables: { schoolId: school!.id, schoolYear: w.schoolYear, version } });
      setMessage({ kind: 'ok', text: t('plan.submittedNow') });
    } catch (err) {
      const f = planFailure(i18n, err, chosenDomains(editing!.draft));
      setErrors(f.fields);
      setMessage(f.message);
    }
    await refetch();
  }

  async function reload() {
    setMessage(null);
    setErrors({});
    setEditing(null);
    await refetch();
  }

  return (
    <>
      {title}
      <p className="muted">
        {school.name} <span className="mono">{school.code}</span> · {pick(school.county.name, school.county.nameEn)}
      </p>
      <div className="filters">
        <YearSelect years={years.years} value={year} onChange={years.setYear} />
        <p className="muted small filters-note">{t('schoolPlan.intro')}</p>
      </div>

      <WindowCard window={w} submitted={submitted} />

      <p className="badge-line" data-testid="plan-status">
        {plan ? (
          <>
            <span className={submitted ? 'badge badge-ok' : 'badge badge-warn'}>{label('PlanStatus', plan.status)}</span>{' '}
            <span className="muted small">
              {submitted && plan.submittedAt ? t('plan.submittedAt', { at: dateTime(plan.submittedAt) }) : t('plan.updatedAt', { at: dateTime(plan.updatedAt) })}
            </span>
          </>
        ) : (
          <span className="badge badge-suspended">{t('plan.none')}</span>
        )}
      </p>
      {!canFill && <p className="notice notice-info">{t('schoolPlan.readOnly')}</p>}

      <form className="card plan-form" onSubmit={onSave} noValidate aria-labelledby="plan-heading" data-testid="plan-form" aria-busy={busy}>
        <h2 id="plan-heading" className="sr-only">
          {t('schoolPlan.title')}
        </h2>
        {message && (
          <FormMessage kind={message.kind} testId="plan-message">
            {message.text}
            {message.conflict && (
              <>
                {' '}
                <button type="button" className="small-button" onClick={reload} data-testid="reload-plan">
                  {t('plan.reload')}
                </button>
              </>
            )}
          </FormMessage>
        )}

        <section className="plan-section" aria-labelledby="sec-1">
          <h3 id="sec-1">{t('schoolPlan.section1')}</h3>
          <div className="form-grid">
            <div className="field form-field">
              <span className="label">{t('schoolPlan.stages')}</span>
              <span data-testid="plan-stages">{list(stages.map((s) => label('Stage', s)))}</span>
            </div>
            <FormField id="totalStudents" label={t('schoolPlan.totalStudents')} error={errors.totalStudents}>
              <input
                {...inputProps('totalStudents', errors.totalStudents)}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                value={editing.totalStudents}
                disabled={locked}
                onChange={(e) => setEditing({ ...editing, totalStudents: e.target.value })}
              />
            </FormField>
          </div>
        </section>

        <section className="plan-section" aria-labelledby="sec-2">
          <h3 id="sec-2">{t('schoolPlan.section2')}</h3>
          <p data-testid="plan-teacher-count">
            {teacherCount === null ? t('common.none') : t(submitted ? 'schoolPlan.teachersFiled' : 'schoolPlan.teachersNow', { n: num(teacherCount) })}{' '}
            {me?.can.manageTeachers && (
              <Link to={`/schools/${encodeURIComponent(school.id)}/teachers`} className="small">
                {t('schoolPlan.teacherList')}
              </Link>
            )}
          </p>
        </section>

        <section className="plan-section" aria-labelledby="sec-3">
          <h3 id="sec-3">{t('schoolPlan.section3')}</h3>
          <NeedChecks draft={editing.draft} errors={errors} disabled={locked} onChange={(field, values) => setDraft({ ...editing.draft, [field]: values })} />
        </section>

        <section className="plan-section" aria-labelledby="sec-4">
          <h3 id="sec-4">{t('schoolPlan.section4')}</h3>
          <DomainFields
            draft={editing.draft}
            errors={errors}
            disabled={locked}
            onChange={(d, v) => setDraft({ ...editing.draft, domains: { ...editing.draft.domains, [d]: v } })}
          />
        </section>

        {canFill && (
          <div className="form-actions plan-actions">
            {submitted ? (
              <button type="submit" className="primary" disabled={!may.save || !dirty || busy} data-testid="save-plan">
                {saving.loading ? t('form.submitting') : t('plan.amend')}
              </button>
            ) : (
              <>
                <button type="submit" disabled={!may.save || busy} data-testid="save-plan">
                  {saving.loading ? t('form.submitting') : t('plan.saveDraft')}
                </button>
                <button type="button" className="primary" disabled={!may.submit || busy} onClick={onSubmit} data-testid="submit-plan">
                  {submitting.loading ? t('form.submitting') : t('plan.submit')}
                </button>
              </>
            )}
            <button
              type="button"
              disabled={!dirty || busy}
              onClick={() => {
                setEditing({ key: serverKey, draft: draftOf(plan), totalStudents: serverTotal });
                setErrors({});
                setMessage(null);
              }}
            >
              {t('form.reset')}
            </button>
            <span className="muted small">{submitted ? (may.save ? t('plan.amendHelp') : '') : may.submit ? t('plan.submitHelp') : may.save ? t('plan.draftOnlyHelp') : ''}</span>
          </div>
        )}
      </form>

      {canFill && submitted && (
        <section className="card" aria-labelledby="survey-heading" data-testid="survey-offer">
          <h2 id="survey-heading">{t('survey.title')}</h2>
          {planning.surveyAnswered && !surveyDone ? <p data-testid="survey-answered">{t('survey.answered', { year: w.schoolYear })}</p> : <SurveyForm schoolYear={w.schoolYear} onDone={() => setSurveyDone(true)} />}
        </section>
      )}
    </>
  );
}
