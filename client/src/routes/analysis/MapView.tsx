import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { ChartTable, useShareText } from '../../components/analysis/Charts';
import type { CountyDatum } from '../../components/analysis/CountyMap';
import { SuppressedLegend } from '../../components/analysis/CrossTab';
import { DemandControls } from '../../components/analysis/DemandControls';
import { useDemandLabels } from '../../components/analysis/labels';
import { DEMAND_QUERY } from '../../components/analysis/queries';
import { FileDownloads } from '../../components/Downloads';
import { Loading } from '../../components/Status';
import { demandExportPath, filterOf, optionCodes } from '../../domain/demand';
import type { DemandGroupBy } from '../../gql/graphql';
import { useTouchScreen } from '../../hooks/useTouchScreen';
import { useI18n } from '../../i18n';
import { useAnalysis } from '../Analysis';
import { AnalysisError, RestrictedNote } from './common';

// The map and the atlas it draws load only when the map is shown: the main bundle stays small.
const CountyMap = lazy(() => import('../../components/analysis/CountyMap'));

const BY_COUNTY: DemandGroupBy[] = ['COUNTY'];

/** 縣市地圖: the share of one option per county, as a choropleth with a table beside it. */
export function MapView() {
  const { t, num, pick } = useI18n();
  const touch = useTouchScreen();
  const { question, setQuestion, years, counties, countyName } = useAnalysis();
  const labels = useDemandLabels();
  const shareText = useShareText();
  const [params, setParams] = useSearchParams();
  const codes = optionCodes(question.dimension);
  const option = codes.includes(params.get('option') ?? '') ? (params.get('option') as string) : codes[0];
  const filter = filterOf(question);
  const { data, previousData, loading, error } = useQuery(DEMAND_QUERY, {
    variables: { source: question.source, dimension: question.dimension, groupBy: BY_COUNTY, filter },
    fetchPolicy: 'network-only',
  });
  const result = (data ?? previousData)?.demand ?? null;

  function chooseOption(code: string) {
    const next = new URLSearchParams(params);
    next.set('option', code);
    setParams(next, { replace: true });
  }

  const byCounty = new Map((result?.groups ?? []).map((g) => [g.key[0]?.value, g]));
  const rows: CountyDatum[] = counties.map((c) => {
    const g = byCounty.get(c.id);
    const cell = g?.cells.find((x) => x.option === option);
    return {
      id: c.id,
      name: c.name,
      nameEn: c.nameEn,
      missing: !g,
      plans: g?.plans ?? null,
      count: cell?.count ?? null,
      share: cell?.share ?? null,
      suppressed: Boolean(g?.suppressed || cell?.suppressed),
    };
  });
  const optionLabel = labels.optionText(question.dimension, option);
  const title = t('map.title', { option: optionLabel, dimension: labels.dimensionText(question.dimension) });

  return (
    <>
      <DemandControls
        question={question}
        onChange={setQuestion}
        years={years}
        counties={counties}
        grouping={false}
        yearsHint={t('map.groupedByCounty')}
      />
      <section className="card" aria-labelledby="map-heading">
        <div className="list-head">
          <h2 id="map-heading">{title}</h2>
          <div className="field">
            <label htmlFor="map-option">{t('map.option')}</label>
            <select id="map-option" value={option} onChange={(e) => chooseOption(e.target.value)} data-testid="map-option">
              {codes.map((c) => (
                <option key={c} value={c}>
                  {labels.optionText(question.dimension, c)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {loading && !result && <Loading />}
        <AnalysisError error={error} />
        {result?.restrictedToCounty && <RestrictedNote county={countyName(result.restrictedToCounty)} />}
        {result && (
          <>
            <p className="muted small" data-testid="map-help">
              {t(touch ? 'map.helpTouch' : 'map.help')}
            </p>
            <Suspense fallback={<Loading />}>
              <CountyMap title={title} optionLabel={optionLabel} data={rows} k={result.k} />
            </Suspense>
            <SuppressedLegend k={result.k} />
            <ChartTable testId="map-table">
              <table className="data" data-testid="map-table-rows">
                <caption className="sr-only">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('grouping.COUNTY')}</th>
                    <th scope="col" className="num">
                      {t(result.source === 'TEACHER_PLANS' ? 'analysis.teacherPlans' : 'analysis.schoolPlans')}
                    </th>
                    <th scope="col" className="num">
                      {t('analysis.count')}
                    </th>
                    <th scope="col" className="num">
                      {t('analysis.share')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id} data-county={r.name}>
                      <th scope="row">{pick(r.name, r.nameEn)}</th>
                      <td className="num">{r.missing || r.plans === null ? t('common.none') : num(r.plans)}</td>
                      <td className="num">{r.missing || r.suppressed || r.count === null ? t('common.none') : num(r.count)}</td>
                      <td className="num" data-col="share">
                        {r.missing || r.suppressed ? t('common.none') : shareText(r.share)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ChartTable>
            <FileDownloads
              path={(f) => demandExportPath(f, { ...question, groupBy: BY_COUNTY }, filter)}
              fallbackName={`demand-${question.dimension.toLowerCase()}`}
              label={t('analysis.downloadResult')}
              testIdPrefix="demand"
            />
          </>
        )}
      </section>
    </>
  );
}
