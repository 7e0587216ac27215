import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { hasErrorAt } from '../apollo/errors';
import { YearSelect } from '../components/PlanWindow';
import { LoadError, Loading, NoAccess } from '../components/Status';
import { SURVEY_QUESTIONS, SURVEY_SHORT } from '../components/SurveyForm';
import { graphql } from '../gql';
import { useSchoolYear } from '../hooks/useSchoolYear';
import { useI18n } from '../i18n';

/** 滿意度調查結果 per county and kind of plan: responses and the mean of each question (platform, analyst, district). */
const SURVEY_RESULTS_QUERY = graphql(`
  query SurveyResults($year: Int!) {
    surveyResults(schoolYear: $year) {
      county {
        id
        name
        nameEn
        order
      }
      planKind
      responses
      means
    }
  }
`);

export function SurveyResultsPage() {
  const { t, pick, num, label } = useI18n();
  const years = useSchoolYear();
  const [params] = useSearchParams();
  // First screen: unless a year was chosen, a year without answers (the current one, still being
  // filled) steps back to the latest year with answers, and says so.
  const chosen = params.has('year');
  const [autoYear, setAutoYear] = useState<number | null>(null);
  const year = chosen ? years.year : (autoYear ?? years.year);
  const { data, loading, error } = useQuery(SURVEY_RESULTS_QUERY, {
    variables: { year: year ?? 0 },
    skip: year === null,
    fetchPolicy: 'network-only',
  });
  const rows = [...(data?.surveyResults ?? [])].sort((a, b) => a.county.order - b.county.order || a.planKind.localeCompare(b.planKind));
  const empty = !!data && !loading && data.surveyResults.length === 0;
  const older =
    year === null
      ? undefined
      : years.years
          .map((y) => y.year)
          .filter((y) => y < year)
          .sort((a, b) => b - a)[0];
  useEffect(() => {
    if (!chosen && empty && older !== undefined) setAutoYear(older);
  }, [chosen, empty, older]);
  const steppedBack = !chosen && autoYear !== null && years.year !== null && autoYear !== years.year && !empty;
  const mean = (m: number | undefined) => (m === undefined || Number.isNaN(m) ? t('common.none') : num(Math.round(m * 100) / 100));

  return (
    <>
      <h1>{t('surveyResults.title')}</h1>
      <div className="filters">
        <YearSelect years={years.years} value={year} onChange={years.setYear} />
        <p className="muted small filters-note">{t('surveyResults.intro')}</p>
      </div>
      {steppedBack && (
        <p className="notice" data-testid="survey-stepped-back">
          {t('surveyResults.steppedBack', { from: years.year!, year: year! })}
        </p>
      )}
      {(years.loading || (loading && !data)) && <Loading />}
      {hasErrorAt(error, 'FORBIDDEN') ? <NoAccess /> : <LoadError error={error} />}
      <details className="card">
        <summary>{t('surveyResults.questions')}</summary>
        <ol className="survey-question-list">
          {SURVEY_QUESTIONS.map((q, i) => (
            <li key={q}>
              <strong>{t(SURVEY_SHORT[i])}</strong>：{t(q)}
            </li>
          ))}
        </ol>
      </details>
      {data &&
        (rows.length === 0 ? (
          <p className="empty" data-testid="no-survey-results">
            {t('surveyResults.empty')}
          </p>
        ) : (
          <div className="table-wrap">
            <table className="data" data-testid="survey-results">
              <caption className="sr-only">{t('surveyResults.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('schools.county')}</th>
                  <th scope="col">{t('surveyResults.kind')}</th>
                  <th scope="col" className="num">
                    {t('surveyResults.responses')}
                  </th>
                  {SURVEY_SHORT.map((s, i) => (
                    <th scope="col" className="num" key={s} title={t(SURVEY_QUESTIONS[i])}>
                      {t(s)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.county.id}-${r.planKind}`}>
                    <th scope="row">{pick(r.county.name, r.county.nameEn)}</th>
                    <td>{label('PlanKind', r.planKind)}</td>
                    <td className="num">{num(r.responses)}</td>
                    {SURVEY_SHORT.map((s, i) => (
                      <td className="num" key={s}>
                        {mean(r.means[i])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <p className="muted small">{t('surveyResults.scale')}</p>
    </>
  );
}
