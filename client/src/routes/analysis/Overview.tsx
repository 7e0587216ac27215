import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { ChartTable, ShareBars, StackedGroups, useShareText } from '../../components/analysis/Charts';
import { CrossTab, SuppressedLegend } from '../../components/analysis/CrossTab';
import { DemandControls } from '../../components/analysis/DemandControls';
import { useDemandLabels } from '../../components/analysis/labels';
import { ANALYSIS_DEMAND_QUERY, DEMAND_QUERY, type DemandGroupData, type DemandResultData } from '../../components/analysis/queries';
import { FileDownloads } from '../../components/Downloads';
import { Loading } from '../../components/Status';
import { demandExportPath, filterOf } from '../../domain/demand';
import { useTouchScreen } from '../../hooks/useTouchScreen';
import { useI18n } from '../../i18n';
import { useAnalysis } from '../Analysis';
import { AnalysisError, ReportDownload, RestrictedNote } from './common';

const MAX_STACKED = 60;

function groupId(g: Pick<DemandGroupData, 'key'>): string {
  return g.key.map((k) => k.value).join('|');
}

/** The shares of one group (or of all plans) per option, as bars with a table under them. */
function OptionShares({ result, group, title }: { result: DemandResultData; group: DemandGroupData; title: string }) {
  const { t, num } = useI18n();
  const labels = useDemandLabels();
  const shareText = useShareText();
  const byOption = new Map(group.cells.map((c) => [c.option, c]));
  const items = result.options.map((o) => {
    const c = byOption.get(o.code);
    return {
      key: o.code,
      label: labels.optionText(result.dimension, o.code),
      share: c?.share ?? null,
      count: c?.count ?? null,
      suppressed: Boolean(c?.suppressed || group.suppressed),
    };
  });
  return (
    <>
      <ShareBars title={title} items={items} testId="share-bars" />
      <ChartTable>
        <table className="data">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.dimensionText(result.dimension)}</th>
              <th scope="col" className="num">
                {t('analysis.count')}
              </th>
              <th scope="col" className="num">
                {t('analysis.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.key}>
                <th scope="row">{i.label}</th>
                <td className="num">{i.suppressed || i.count === null ? t('common.none') : num(i.count)}</td>
                <td className="num">{i.suppressed ? t('common.none') : shareText(i.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartTable>
    </>
  );
}

/** 總覽: the shares per option, the mix of options per group, and the cross-tab with its downloads. */
export function OverviewView() {
  const { t, num } = useI18n();
  const touch = useTouchScreen();
  const { question, setQuestion, years, defaultYear, counties, countyName } = useAnalysis();
  const labels = useDemandLabels();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(question);
  const { data, previousData, loading, error } = useQuery(ANALYSIS_DEMAND_QUERY, {
    variables: { source: question.source, dimension: question.dimension, groupBy: question.groupBy, filter },
    fetchPolicy: 'network-only',
  });
  const shown = data ?? previousData;
  const result = shown?.result ?? null;
  // A district's detailed question is answered for its own county: so is its "all" row.
  const restricted = result?.restrictedToCounty && !shown?.overall.restrictedToCounty ? result.restrictedToCounty : null;
  const own = useQuery(DEMAND_QUERY, {
    variables: {
      source: question.source,
      dimension: question.dimension,
      groupBy: [],
      filter: { ...filter, countyIds: restricted ? [restricted] : [] },
    },
    skip: !restricted,
    fetchPolicy: 'network-only',
  });
  const overall = restricted ? (own.data?.demand ?? null) : (shown?.overall ?? null);
  const chosenGroup = params.get('g') ?? '';
  const barGroup = (chosenGroup && result?.groups.find((g) => groupId(g) === chosenGroup)) || overall?.groups[0] || null;

  function chooseGroup(id: string) {
    const next = new URLSearchParams(params);
    if (id) next.set('g', id);
    else next.delete('g');
    setParams(next, { replace: true });
  }

  const plans = overall?.groups[0]?.plans ?? null;
  const yearsText = question.years.map((y) => t('planning.yearOption', { year: y })).join(t('analysis.listSep'));

  return (
    <>
      <DemandControls question={question} onChange={setQuestion} years={years} counties={counties} />
      {loading && !shown && <Loading />}
      <AnalysisError error={error} />
      {result && overall && (
        <div className={loading ? 'analysis-results is-loading' : 'analysis-results'} aria-busy={loading || undefined}>
          <p className="analysis-summary" data-testid="analysis-summary">
            {t('analysis.summary', {
              years: yearsText,
              source: labels.sourceText(result.source),
              dimension: labels.dimensionText(result.dimension),
              plans: plans === null ? t('common.none') : num(plans),
            })}
            {result.groupBy.length > 0 && ` ${t('analysis.groupedBy', { by: result.groupBy.map(labels.groupingText).join(' × ') })}`}
          </p>
          {result.restrictedToCounty && <RestrictedNote county={countyName(result.restrictedToCounty)} />}

          <section className="card" aria-labelledby="shares-heading">
            <div className="list-head">
              <h2 id="shares-heading">{t('analysis.sharesTitle', { dimension: labels.dimensionText(result.dimension) })}</h2>
              {result.groupBy.length > 0 && (
                <div className="field">
                  <label htmlFor="bar-group">{t('analysis.showGroup')}</label>
                  <select
                    id="bar-group"
                    value={barGroup && barGroup !== overall.groups[0] ? chosenGroup : ''}
                    onChange={(e) => chooseGroup(e.target.value)}
                    data-testid="bar-group"
                  >
                    <option value="">{t('analysis.allPlans')}</option>
                    {result.groups
                      .filter((g) => !g.suppressed)
                      .map((g) => (
                        <option key={groupId(g)} value={groupId(g)}>
                          {labels.groupText(g)}
                        </option>
                      ))}
                  </select>
                </div>
              )}
            </div>
            <p className="muted small">{t('analysis.sharesHelp')}</p>
            {barGroup ? (
              <OptionShares
                result={result}
                group={barGroup}
                title={`${t('analysis.sharesTitle', { dimension: labels.dimensionText(result.dimension) })}: ${labels.groupText(barGroup)}`}
              />
            ) : (
              <p className="empty">{t('analysis.noPlans')}</p>
            )}
          </section>

          {result.groupBy.length > 0 && result.groups.length > 0 && (
            <section className="card" aria-labelledby="stacked-heading">
              <h2 id="stacked-heading">{t('analysis.stackedTitle', { by: result.groupBy.map(labels.groupingText).join(' × ') })}</h2>
              <p className="muted small">{t(touch ? 'analysis.stackedHelpTouch' : 'analysis.stackedHelp')}</p>
              {result.groups.length > MAX_STACKED && (
                <p className="notice notice-info chart-capped" data-testid="stacked-capped">
                  {t('analysis.stackedCapped', { n: num(MAX_STACKED), total: num(result.groups.length) })}
                </p>
              )}
              <StackedGroups
                title={t('analysis.stackedTitle', { by: result.groupBy.map(labels.groupingText).join(' × ') })}
                series={result.options.map((o) => ({ key: o.code, label: labels.optionText(result.dimension, o.code) }))}
                rows={result.groups.slice(0, MAX_STACKED).map((g) => {
                  const byOption = new Map(g.cells.map((c) => [c.option, c]));
                  return {
                    key: groupId(g),
                    label: labels.groupText(g),
                    plans: g.plans,
                    suppressed: g.suppressed,
                    counts: result.options.map((o) => byOption.get(o.code)?.count ?? null),
                    shares: result.options.map((o) => byOption.get(o.code)?.share ?? null),
                  };
                })}
                testId="stacked-groups"
              />
            </section>
          )}

          <section className="card" aria-labelledby="crosstab-heading">
            <div className="list-head">
              <h2 id="crosstab-heading">{t('analysis.crosstabTitle')}</h2>
              <FileDownloads
                path={(f) => demandExportPath(f, question, filter)}
                fallbackName={`demand-${question.dimension.toLowerCase()}`}
                label={t('analysis.downloadResult')}
                testIdPrefix="demand"
              />
            </div>
            {result.groups.length === 0 ? (
              <p className="empty" data-testid="no-groups">
                {t('analysis.noPlans')}
              </p>
            ) : (
              <CrossTab result={result} overall={overall} />
            )}
            <SuppressedLegend k={result.k} />
            <p className="muted small">{t(result.fromSummary ? 'analysis.fromSummary' : 'analysis.fromRows')}</p>
          </section>
        </div>
      )}
      <ReportDownload
        years={years}
        defaultYear={question.years[question.years.length - 1] ?? defaultYear}
        defaultSource={question.source}
      />
    </>
  );
}
