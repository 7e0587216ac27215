import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useAuth } from '../auth/AuthProvider';
import { YearSelect } from '../components/PlanWindow';
import { LoadError, Loading, NoAccess } from '../components/Status';
import { SurveyForm } from '../components/SurveyForm';
import { graphql } from '../gql';
import { useSchoolYear } from '../hooks/useSchoolYear';
import { useI18n } from '../i18n';

/** Whether the viewer's plan of the year is submitted and the survey answered (teacher, or the school's CHIEF/CONTACT). */
const TEACHER_SURVEY_QUERY = graphql(`
  query TeacherSurveyState($year: Int!) {
    myTeacherPlanning(schoolYear: $year) {
      surveyAnswered
      plan {
        id
        status
      }
    }
  }
`);

const SCHOOL_SURVEY_QUERY = graphql(`
  query SchoolSurveyState($year: Int!) {
    me {
      username
      school {
        id
        planning(schoolYear: $year) {
          surveyAnswered
          plan {
            id
            status
          }
        }
      }
    }
  }
`);

/** 滿意度調查: once per account and school year, after the viewer's plan is submitted. */
export function SurveyPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const access = me
    ? { fillsTeacherPlan: me.can.fillTeacherPlan, fillsSchoolPlan: me.can.fillSchoolPlan, answersSurvey: me.can.answerSurvey }
    : null;
  const years = useSchoolYear();
  const year = years.year;
  const asTeacher = Boolean(access?.fillsTeacherPlan);
  const teacherQ = useQuery(TEACHER_SURVEY_QUERY, {
    variables: { year: year ?? 0 },
    skip: year === null || !asTeacher,
    fetchPolicy: 'network-only',
  });
  const schoolQ = useQuery(SCHOOL_SURVEY_QUERY, {
    variables: { year: year ?? 0 },
    skip: year === null || asTeacher || !access?.fillsSchoolPlan,
    fetchPolicy: 'network-only',
  });
  const [doneFor, setDoneFor] = useState<number | null>(null);

  const title = <h1>{t('survey.title')}</h1>;
  if (!access?.answersSurvey) {
    return (
      <>
        {title}
        <NoAccess message={t('survey.notFiler')} />
      </>
    );
  }
  const q = asTeacher ? teacherQ : schoolQ;
  const state = asTeacher ? teacherQ.data?.myTeacherPlanning : schoolQ.data?.me?.school?.planning;
  const formLink = asTeacher ? '/planning/teacher' : '/planning/school';

  return (
    <>
      {title}
      <div className="filters">
        <YearSelect years={years.years} value={year} onChange={years.setYear} />
        <p className="muted small filters-note">{t('survey.pageIntro')}</p>
      </div>
      {(years.loading || (q.loading && !state)) && <Loading />}
      <LoadError error={q.error ?? years.error} />
      {state && year !== null && (
        <section className="card" aria-labelledby="survey-heading" data-testid="survey-page">
          <h2 id="survey-heading">{t('survey.yearTitle', { year })}</h2>
          {state.surveyAnswered && doneFor !== year ? (
            <p data-testid="survey-answered">{t('survey.answered', { year })}</p>
          ) : state.plan?.status !== 'SUBMITTED' ? (
            <p className="notice notice-info" data-testid="survey-needs-plan">
              {t('survey.needsPlan')} <Link to={`${formLink}?year=${year}`}>{t(asTeacher ? 'nav.teacherPlan' : 'nav.schoolPlan')}</Link>
            </p>
          ) : (
            <SurveyForm key={year} schoolYear={year} onDone={() => setDoneFor(year)} />
          )}
        </section>
      )}
    </>
  );
}
