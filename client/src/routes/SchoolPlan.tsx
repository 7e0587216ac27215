import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { hasErrorAt } from '../apollo/errors';
import { useAuth } from '../auth/AuthProvider';
import { FormField, FormMessage, inputProps } from '../components/Form';
import { DomainFields, NeedChecks } from '../components/PlanFields';
import { WindowCard, YearSelect } from '../components/PlanWindow';
import { LeaveDialog, SubmitDialog } from '../components/PlanDialogs';
import { LoadError, Loading, NoAccess } from '../components/Status';
import { SurveyForm } from '../components/SurveyForm';
import { allowedNow, domainsInput } from '../domain/planning';
import { graphql } from '../gql';
import { usePlanEditor } from '../hooks/usePlanEditor';
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

export function SchoolPlanPage() {
  const { t, label, list, num, pick, dateTime } = useI18n();
  const { me } = useAuth();
  const years = useSchoolYear();
  const year = years.year;
  const { data, previousData, loading, error, refetch } = useQuery(SCHOOL_PLANNING_QUERY, {
    variables: { year: year ?? 0 },
    skip: year === null,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const [savePlan, saving] = useMutation(SAVE_SCHOOL_PLAN);
  const [submitPlan, submitting] = useMutation(SUBMIT_SCHOOL_PLAN);
  const [surveyDone, setSurveyDone] = useState(false);

  const shown = data ?? previousData;
  const school = shown?.me?.school ?? null;
  const planning = school?.planning ?? null;
  const plan = planning?.plan ?? null;
  // (一) the total students: the plan's as stored, else the school's record.
  const serverTotal = plan
    ? plan.totalStudents == null
      ? ''
      : String(plan.totalStudents)
    : school?.studentCount == null
      ? ''
      : String(school.studentCount);
  const {
    editing,
    setDraft,
    setExtra,
    errors,
    message,
    submitted,
    dirty,
    blocker,
    askSubmit,
    confirming,
    cancelSubmit,
    onSave,
    onSubmit,
    reload,
    reset,
  } = usePlanEditor({
    year,
    planning,
    refetch,
    extra: serverTotal,
    extraDirty: (totalStudents) => totalStudents.trim() !== serverTotal,
    extraProblems: (totalStudents): Record<string, string> => {
      const ts = totalStudents.trim();
      return ts !== '' && (!/^\d+$/.test(ts) || Number(ts) > 100000) ? { totalStudents: t('schoolPlan.error.students') } : {};
    },
    async save(draft, totalStudents, version) {
      const ts = totalStudents.trim();
      const { data: d } = await savePlan({
        variables: {
          input: {
            schoolId: school!.id,
            schoolYear: planning!.window.schoolYear,
            version,
            totalStudents: ts === '' ? null : Number(ts),
            modes: draft.modes,
            times: draft.times,
            places: draft.places,
            levels: draft.levels,
            methods: draft.methods,
            domains: domainsInput(draft),
          },
        },
      });
      return d?.saveSchoolPlan.version ?? null;
    },
    submit: (version) => submitPlan({ variables: { schoolId: school!.id, schoolYear: planning!.window.schoolYear, version } }),
  });

  const title = <h1>{t('schoolPlan.title')}</h1>;
  if (years.loading || (!shown && loading)) return <Loading />;
  if (!school || !planning || !editing) {
    return (
      <>
        {title}
        {me && !me.school ? (
          <NoAccess message={t('schoolPlan.notSchool')} />
        ) : hasErrorAt(error, 'FORBIDDEN') ? (
          <NoAccess />
        ) : (
          <LoadError error={error ?? years.error} />
        )}
      </>
    );
  }

  const w = planning.window;
  const may = allowedNow(w, submitted);
  const canFill = planning.canFill;
  const locked = !canFill || !may.save;
  const busy = saving.loading || submitting.loading || loading;
  // (二) the teacher list is filed when the plan is submitted; until then the school's list as it is now.
  const teacherCount = submitted ? plan!.teacherCount : (school.teachers?.totalCount ?? null);
  const stages = plan ? plan.stages : school.stages;

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
      <LeaveDialog blocker={blocker} />
      <SubmitDialog
        plan={confirming}
        onConfirm={() => void onSubmit()}
        onCancel={cancelSubmit}
        busy={busy}
        extra={
          <p data-testid="submit-students">
            {t('schoolPlan.totalStudents')}：{editing.extra.trim() === '' ? t('common.none') : num(Number(editing.extra))}
          </p>
        }
      />

      <p className="badge-line" data-testid="plan-status">
        {plan ? (
          <>
            <span className={submitted ? 'badge badge-ok' : 'badge badge-warn'}>{label('PlanStatus', plan.status)}</span>{' '}
            <span className="muted small">
              {submitted && plan.submittedAt
                ? t('plan.submittedAt', { at: dateTime(plan.submittedAt) })
                : t('plan.updatedAt', { at: dateTime(plan.updatedAt) })}
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
                value={editing.extra}
                disabled={locked}
                onChange={(e) => setExtra(e.target.value)}
              />
            </FormField>
          </div>
        </section>

        <section className="plan-section" aria-labelledby="sec-2">
          <h3 id="sec-2">{t('schoolPlan.section2')}</h3>
          <p data-testid="plan-teacher-count">
            {teacherCount === null
              ? t('common.none')
              : t(submitted ? 'schoolPlan.teachersFiled' : 'schoolPlan.teachersNow', { n: num(teacherCount) })}{' '}
            {me?.can.manageTeachers && (
              <Link to={`/schools/${encodeURIComponent(school.id)}/teachers`} className="small">
                {t('schoolPlan.teacherList')}
              </Link>
            )}
          </p>
        </section>

        <section className="plan-section" aria-labelledby="sec-3">
          <h3 id="sec-3">{t('schoolPlan.section3')}</h3>
          <NeedChecks
            draft={editing.draft}
            errors={errors}
            disabled={locked}
            onChange={(field, values) => setDraft({ ...editing.draft, [field]: values })}
          />
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
                <button type="button" className="primary" disabled={!may.submit || busy} onClick={askSubmit} data-testid="submit-plan">
                  {submitting.loading ? t('form.submitting') : t('plan.submit')}
                </button>
              </>
            )}
            <button type="button" disabled={!dirty || busy} onClick={reset}>
              {t('form.reset')}
            </button>
            <span className="muted small">
              {submitted
                ? may.save
                  ? t('plan.amendHelp')
                  : ''
                : may.submit
                  ? t('plan.submitHelp')
                  : may.save
                    ? t('plan.draftOnlyHelp')
                    : ''}
            </span>
          </div>
        )}
      </form>

      {canFill && submitted && (
        <section className="card" aria-labelledby="survey-heading" data-testid="survey-offer">
          <h2 id="survey-heading">{t('survey.title')}</h2>
          {planning.surveyAnswered && !surveyDone ? (
            <p data-testid="survey-answered">{t('survey.answered', { year: w.schoolYear })}</p>
          ) : (
            <SurveyForm schoolYear={w.schoolYear} onDone={() => setSurveyDone(true)} />
          )}
        </section>
      )}
    </>
  );
}
