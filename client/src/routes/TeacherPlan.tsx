import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { hasErrorAt } from '../apollo/errors';
import { FormMessage } from '../components/Form';
import { DomainFields, NeedChecks, PlanView } from '../components/PlanFields';
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
  fragment TeacherPlanFields on TeacherPlan {
    id
    schoolYear
    status
    version
    submittedAt
    updatedAt
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

/** 教師自我進修研習規劃: the teacher's own plan, its wave's window and the school's submitted plan. */
const TEACHER_PLANNING_QUERY = graphql(`
  query TeacherPlanning($year: Int!) {
    me {
      username
      teacher {
        id
        name
        title
        subjects
        school {
          id
          code
          name
        }
      }
    }
    myTeacherPlanning(schoolYear: $year) {
      surveyAnswered
      window {
        ...PlanningWindowFields
      }
      plan {
        ...TeacherPlanFields
      }
      schoolPlan {
        ...SchoolPlanFields
      }
    }
  }
`);

const SAVE_MY_TEACHER_PLAN = graphql(`
  mutation SaveMyTeacherPlan($input: TeacherPlanInput!) {
    saveMyTeacherPlan(input: $input) {
      ...TeacherPlanFields
    }
  }
`);

const SUBMIT_MY_TEACHER_PLAN = graphql(`
  mutation SubmitMyTeacherPlan($schoolYear: Int!, $version: Int) {
    submitMyTeacherPlan(schoolYear: $schoolYear, version: $version) {
      ...TeacherPlanFields
    }
  }
`);

export function TeacherPlanPage() {
  const { t, label, list, dateTime } = useI18n();
  const years = useSchoolYear();
  const year = years.year;
  const { data, previousData, loading, error, refetch } = useQuery(TEACHER_PLANNING_QUERY, {
    variables: { year: year ?? 0 },
    skip: year === null,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const [savePlan, saving] = useMutation(SAVE_MY_TEACHER_PLAN);
  const [submitPlan, submitting] = useMutation(SUBMIT_MY_TEACHER_PLAN);
  const [surveyDone, setSurveyDone] = useState(false);

  const shown = data ?? previousData;
  const teacher = shown?.me?.teacher ?? null;
  const planning = shown?.myTeacherPlanning ?? null;
  const plan = planning?.plan ?? null;
  const {
    editing,
    setDraft,
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
    extra: null,
    async save(d, _extra, version) {
      const { data: r } = await savePlan({
        variables: {
          input: {
            schoolYear: planning!.window.schoolYear,
            version,
            modes: d.modes,
            times: d.times,
            places: d.places,
            levels: d.levels,
            methods: d.methods,
            domains: domainsInput(d),
          },
        },
      });
      return r?.saveMyTeacherPlan.version ?? null;
    },
    submit: (version) => submitPlan({ variables: { schoolYear: planning!.window.schoolYear, version } }),
  });

  const title = <h1>{t('teacherPlan.title')}</h1>;
  if (years.loading || (!shown && loading)) return <Loading />;
  if (!planning || !editing) {
    return (
      <>
        {title}
        {hasErrorAt(error, 'FORBIDDEN', ['myTeacherPlanning']) ? (
          <NoAccess message={t('teacherPlan.notTeacher')} />
        ) : (
          <LoadError error={error ?? years.error} />
        )}
      </>
    );
  }

  const w = planning.window;
  const may = allowedNow(w, submitted);
  const locked = !may.save;
  const busy = saving.loading || submitting.loading || loading;

  return (
    <>
      {title}
      <div className="filters">
        <YearSelect years={years.years} value={year} onChange={years.setYear} />
        <p className="muted small filters-note">{t('teacherPlan.intro')}</p>
      </div>

      <WindowCard window={w} submitted={submitted} />
      <LeaveDialog blocker={blocker} />
      <SubmitDialog plan={confirming} onConfirm={() => void onSubmit()} onCancel={cancelSubmit} busy={busy} />

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

      <div className="plan-layout">
        <form
          className="card plan-form"
          onSubmit={onSave}
          noValidate
          aria-labelledby="plan-heading"
          data-testid="plan-form"
          aria-busy={busy}
        >
          <h2 id="plan-heading" className="sr-only">
            {t('teacherPlan.title')}
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
            <h3 id="sec-1">{t('teacherPlan.section1')}</h3>
            {teacher ? (
              <dl className="dl" data-testid="teacher-data">
                <div className="dl-row">
                  <dt>{t('field.name')}</dt>
                  <dd>{teacher.name}</dd>
                </div>
                <div className="dl-row">
                  <dt>{t('field.school')}</dt>
                  <dd>{teacher.school.name}</dd>
                </div>
                <div className="dl-row">
                  <dt>{t('field.title')}</dt>
                  <dd>{label('TeacherTitle', teacher.title)}</dd>
                </div>
                <div className="dl-row">
                  <dt>{t('field.subjects')}</dt>
                  <dd>{list(teacher.subjects.map((s) => label('Subject', s)))}</dd>
                </div>
              </dl>
            ) : (
              <p className="muted">{t('common.none')}</p>
            )}
          </section>

          <section className="plan-section" aria-labelledby="sec-2">
            <h3 id="sec-2">{t('teacherPlan.section2')}</h3>
            <NeedChecks
              draft={editing.draft}
              errors={errors}
              disabled={locked}
              reference={planning.schoolPlan}
              onChange={(field, values) => setDraft({ ...editing.draft, [field]: values })}
            />
          </section>

          <section className="plan-section" aria-labelledby="sec-3">
            <h3 id="sec-3">{t('teacherPlan.section3')}</h3>
            <DomainFields
              draft={editing.draft}
              errors={errors}
              disabled={locked}
              reference={planning.schoolPlan}
              onChange={(d, v) => setDraft({ ...editing.draft, domains: { ...editing.draft.domains, [d]: v } })}
            />
          </section>

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
        </form>

        <aside className="card school-reference" aria-labelledby="reference-heading" data-testid="school-reference">
          <h2 id="reference-heading">{t('teacherPlan.reference')}</h2>
          {planning.schoolPlan ? (
            <>
              <p className="muted small">{t('teacherPlan.referenceHelp', { school: teacher?.school.name ?? '' })}</p>
              <PlanView plan={planning.schoolPlan} testId="school-plan-view" />
            </>
          ) : (
            <p className="empty" data-testid="no-school-plan">
              {t('teacherPlan.noReference')}
            </p>
          )}
        </aside>
      </div>

      {submitted && (
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
