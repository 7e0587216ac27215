import { useQuery } from '@apollo/client/react';
import { ChartTable, TrendLines, useShareText } from '../../components/analysis/Charts';
import { SuppressedLegend } from '../../components/analysis/CrossTab';
import { DemandControls } from '../../components/analysis/DemandControls';
import { useDemandLabels } from '../../components/analysis/labels';
import { DEMAND_QUERY } from '../../components/analysis/queries';
import { FileDownloads } from '../../components/Downloads';
import { Loading } from '../../components/Status';
import { demandExportPath, filterOf } from '../../domain/demand';
import type { DemandGroupBy } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { useAnalysis } from '../Analysis';
import { AnalysisError, RestrictedNote } from './common';

const BY_YEAR: DemandGroupBy[] = ['SCHOOL_YEAR'];

/** 歷年趨勢: the share of every option per school year (the chosen years, or all of them). */
export function TrendView() {
  const { t, num } = useI18n();
  const { question, setQuestion, years, counties, countyName } = useAnalysis();
  const labels = useDemandLabels();
  const shareText = useShareText();
  // One year is no trend: then every school year is compared.
  const trendYears = question.years.length >= 2 ? question.years : [...years].map((y) => y.year).sort((a, b) => a - b);
  const filter = filterOf(question, trendYears);
  const { data, previousData, loading, error } = useQuery(DEMAND_QUERY, {
    variables: { source: question.source, dimension: question.dimension, groupBy: BY_YEAR, filter },
    fetchPolicy: 'network-only',
  });
  const result = (data ?? previousData)?.demand ?? null;
  const groups = [...(result?.groups ?? [])].sort((a, b) => Number(a.key[0]?.value) - Number(b.key[0]?.value));
  const categories = groups.map((g) => t('planning.yearOption', { year: g.key[0]?.value ?? '' }));
  const title = t('trend.title', { dimension: labels.dimensionText(question.dimension) });

  return (
    <>
      <DemandControls
        question={question}
        onChange={setQuestion}
        years={years}
        counties={counties}
        grouping={false}
        yearsHint={question.years.length >= 2 ? t('trend.yearsChosen') : t('trend.allYears')}
      />
      <section className="card" aria-labelledby="trend-heading">
        <div className="list-head">
          <h2 id="trend-heading">{title}</h2>
          {result && (
            <FileDownloads
              path={(f) => demandExportPath(f, { ...question, groupBy: BY_YEAR }, filter)}
              fallbackName={`demand-${question.dimension.toLowerCase()}-trend`}
              label={t('analysis.downloadResult')}
              testIdPrefix="trend"
            />
          )}
        </div>
        {loading && !result && <Loading />}
        <AnalysisError error={error} />
        {result?.restrictedToCounty && <RestrictedNote county={countyName(result.restrictedToCounty)} />}
        {result &&
          (groups.length === 0 ? (
            <p className="empty">{t('analysis.noPlans')}</p>
          ) : (
            <>
              <p className="muted small">{t('trend.help')}</p>
              <TrendLines
                title={title}
                categories={categories}
                series={result.options.map((o) => ({
                  key: o.code,
                  label: labels.optionText(result.dimension, o.code),
                  values: groups.map((g) => {
                    const c = g.cells.find((x) => x.option === o.code);
                    return g.suppressed || !c || c.suppressed ? null : c.share;
                  }),
                }))}
                testId="trend-chart"
              />
              <SuppressedLegend k={result.k} />
              <ChartTable testId="trend-table">
                <table className="data">
                  <caption className="sr-only">{title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('grouping.SCHOOL_YEAR')}</th>
                      <th scope="col" className="num">
                        {t(result.source === 'TEACHER_PLANS' ? 'analysis.teacherPlans' : 'analysis.schoolPlans')}
                      </th>
                      {result.options.map((o) => (
                        <th scope="col" className="num wrap" key={o.code}>
                          {labels.optionText(result.dimension, o.code)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {groups.map((g, i) => (
                      <tr key={g.key[0]?.value}>
                        <th scope="row">{categories[i]}</th>
                        <td className="num">{g.plans === null ? t('common.none') : num(g.plans)}</td>
                        {result.options.map((o) => {
                          const c = g.cells.find((x) => x.option === o.code);
                          return (
                            <td className="num" key={o.code}>
                              {!c || c.suppressed ? t('common.none') : shareText(c.share)}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ChartTable>
            </>
          ))}
      </section>
    </>
  );
}
