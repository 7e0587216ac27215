import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useAuth } from '../auth/AuthProvider';
import { ChartTable, GroupedBars, useShareText } from '../components/analysis/Charts';
import { SuppressedLegend } from '../components/analysis/CrossTab';
import { useDemandLabels } from '../components/analysis/labels';
import { SCHOOL_COMPARISON_QUERY } from '../components/analysis/queries';
import { YearSelect } from '../components/PlanWindow';
import { Loading, NoAccess } from '../components/Status';
import { DIMENSIONS, SOURCES } from '../domain/demand';
import type { DemandSource, Dimension } from '../gql/graphql';
import { useSchoolYear } from '../hooks/useSchoolYear';
import { useI18n, type MessageKey } from '../i18n';
import { AnalysisError } from './analysis/common';

const SCOPES = ['SCHOOL', 'COUNTY', 'NATION'] as const;
const SCOPE_KEY: Record<(typeof SCOPES)[number], MessageKey> = {
  SCHOOL: 'schoolStats.scope.SCHOOL',
  COUNTY: 'schoolStats.scope.COUNTY',
  NATION: 'schoolStats.scope.NATION',
};

/**
 * 本校統計: the school's own teachers' (or its own plan's) choices beside its county's and the
 * nation's, for one dimension (a school account with the statistics permission).
 */
export function SchoolStatisticsPage() {
  const { t, label, num, pick } = useI18n();
  const { me } = useAuth();
  const labels = useDemandLabels();
  const shareText = useShareText();
  const years = useSchoolYear();
  const year = years.year;
  const [params, setParams] = useSearchParams();
  const dimension = (DIMENSIONS as readonly string[]).includes(params.get('dim') ?? '') ? (params.get('dim') as Dimension) : 'TIME';
  const source = (SOURCES as readonly string[]).includes(params.get('source') ?? '')
    ? (params.get('source') as DemandSource)
    : 'TEACHER_PLANS';
  const schoolId = me?.school?.id ?? null;
  const { data, previousData, loading, error } = useQuery(SCHOOL_COMPARISON_QUERY, {
    variables: { schoolId: schoolId ?? '', year: year ?? 0, dimension, source },
    skip: !schoolId || year === null || !me?.can.readSchoolStatistics,
    fetchPolicy: 'network-only',
  });
  const scoped = (data ?? previousData)?.schoolDemandComparison ?? [];

  function set(key: string, value: string) {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  }

  if (!me?.can.readSchoolStatistics || !schoolId) {
    return (
      <>
        <h1>{t('schoolStats.title')}</h1>
        <NoAccess />
      </>
    );
  }

  const first = scoped[0]?.result ?? null;
  const options = first?.options ?? [];
  const scopeName = (scope: string) => {
    if (scope === 'SCHOOL') return me.school?.name ?? t(SCOPE_KEY.SCHOOL);
    if (scope === 'COUNTY' && me.county) return pick(me.county.name, me.county.nameEn);
    return (SCOPES as readonly string[]).includes(scope) ? t(SCOPE_KEY[scope as (typeof SCOPES)[number]]) : scope;
  };
  const ordered = [...scoped].sort(
    (a, b) => SCOPES.indexOf(a.scope as (typeof SCOPES)[number]) - SCOPES.indexOf(b.scope as (typeof SCOPES)[number]),
  );
  const series = ordered.map((s) => {
    const g = s.result.groups[0];
    return {
      key: s.scope,
      label: scopeName(s.scope),
      plans: g?.plans ?? null,
      /** No group: no submitted plans in this scope. */
      missing: !g,
      suppressed: Boolean(g?.suppressed),
      values: options.map((o) => {
        const c = g?.cells.find((x) => x.option === o.code);
        return !g || g.suppressed || !c || c.suppressed ? null : c.share;
      }),
      counts: options.map((o) => g?.cells.find((x) => x.option === o.code)?.count ?? null),
    };
  });
  const title = t('schoolStats.chartTitle', { dimension: label('Dimension', dimension), year: year ?? '' });

  return (
    <>
      <h1>{t('schoolStats.title')}</h1>
      <p className="muted">{t('schoolStats.intro', { school: me.school?.name ?? '' })}</p>
      <div className="filters">
        <YearSelect years={years.years} value={year} onChange={years.setYear} />
        <div className="field">
          <label htmlFor="s-source">{t('analysis.sourceLabel')}</label>
          <select id="s-source" value={source} onChange={(e) => set('source', e.target.value)} data-testid="school-stats-source">
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {labels.sourceText(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="s-dimension">{t('analysis.dimension')}</label>
          <select id="s-dimension" value={dimension} onChange={(e) => set('dim', e.target.value)} data-testid="school-stats-dimension">
            {DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {label('Dimension', d)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {(years.loading || (loading && scoped.length === 0)) && <Loading />}
      <AnalysisError error={error} />
      {first && series.every((s) => s.missing) && (
        <p className="empty" data-testid="school-stats-empty">
          {t('analysis.noPlans')}
        </p>
      )}
      {first && !series.every((s) => s.missing) && (
        <section className="card" aria-labelledby="school-stats-heading">
          <h2 id="school-stats-heading">{title}</h2>
          <p className="muted small" data-testid="school-stats-plans">
            {series
              .map(
                (s) =>
                  `${s.label}: ${s.missing ? t('charts.plansShort', { n: 0 }) : s.plans === null ? t('analysis.suppressedShort') : t('charts.plansShort', { n: num(s.plans) })}`,
              )
              .join(' · ')}
          </p>
          <GroupedBars
            title={title}
            categories={options.map((o) => ({ key: o.code, label: labels.optionText(dimension, o.code) }))}
            series={series}
            testId="school-stats-chart"
          />
          <SuppressedLegend k={first.k} />
          <ChartTable testId="school-stats-table">
            <table className="data" data-testid="school-stats-rows">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{label('Dimension', dimension)}</th>
                  {series.map((s) => (
                    <th scope="col" className="num" key={s.key}>
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {options.map((o, i) => (
                  <tr key={o.code} data-option={o.code}>
                    <th scope="row">{labels.optionText(dimension, o.code)}</th>
                    {series.map((s) => (
                      <td className="num" key={s.key} data-col={s.key}>
                        {s.values[i] === null ? t('common.none') : `${shareText(s.values[i])} (${num(s.counts[i] ?? 0)})`}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ChartTable>
        </section>
      )}
    </>
  );
}
