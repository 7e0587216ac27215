import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useAuth } from '../../auth/AuthProvider';
import { useShareText } from '../../components/analysis/Charts';
import { SuppressedLegend } from '../../components/analysis/CrossTab';
import { ALIGNMENT_QUERY } from '../../components/analysis/queries';
import { YearSelect } from '../../components/PlanWindow';
import { Loading } from '../../components/Status';
import type { AlignmentBy } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { useAnalysis } from '../Analysis';
import { AnalysisError } from './common';

/** A share with a bar, "—" when suppressed. */
function Match({ value, col }: { value: number | null; col: string }) {
  const shareText = useShareText();
  return (
    <td className="num" data-col={col}>
      <span className="share">
        <span>{shareText(value)}</span>
        {value !== null && (
          <span className="share-bar" aria-hidden="true">
            <span style={{ width: `${Math.round(value * 100)}%` }} />
          </span>
        )}
      </span>
    </td>
  );
}

/** 校本契合度: how far teachers' plans match their school's plan, by county or by school. */
export function AlignmentView() {
  const { t, num, pick } = useI18n();
  const { me } = useAuth();
  const { question, years, defaultYear, counties } = useAnalysis();
  const [params, setParams] = useSearchParams();
  const allCounties = Boolean(me?.can.followEveryCounty);
  const asked = Number(params.get('ayear'));
  const year = years.some((y) => y.year === asked) ? asked : (question.years[question.years.length - 1] ?? defaultYear);
  const by: AlignmentBy = params.get('aby') === 'SCHOOL' ? 'SCHOOL' : 'COUNTY';
  const countyId = allCounties ? params.get('acounty') || null : null;
  const { data, loading, error } = useQuery(ALIGNMENT_QUERY, {
    variables: { year: year ?? 0, by, countyIds: countyId ? [countyId] : null },
    skip: year === null,
    fetchPolicy: 'network-only',
  });
  const rows = data?.alignment ?? [];

  function set(key: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  return (
    <section className="card" aria-labelledby="alignment-heading">
      <h2 id="alignment-heading">{t('alignment.title')}</h2>
      <p className="muted small">{t('alignment.help')}</p>
      <div className="filters-inline">
        <YearSelect years={years} value={year} onChange={(y) => set('ayear', String(y))} id="alignment-year" />
        <div className="field">
          <label htmlFor="alignment-by">{t('alignment.by')}</label>
          <select id="alignment-by" value={by} onChange={(e) => set('aby', e.target.value)} data-testid="alignment-by">
            <option value="COUNTY">{t('alignment.byCounty')}</option>
            <option value="SCHOOL">{t('alignment.bySchool')}</option>
          </select>
        </div>
        {allCounties && by === 'SCHOOL' && (
          <div className="field">
            <label htmlFor="alignment-county">{t('grouping.COUNTY')}</label>
            <select id="alignment-county" value={countyId ?? ''} onChange={(e) => set('acounty', e.target.value || null)}>
              <option value="">{t('progress.allCounties')}</option>
              {counties.map((c) => (
                <option key={c.id} value={c.id}>
                  {pick(c.name, c.nameEn)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {loading && !data && <Loading />}
      <AnalysisError error={error} />
      {data &&
        (rows.length === 0 ? (
          <p className="empty">{t('common.empty')}</p>
        ) : (
          <>
            <div className="table-wrap">
              <table className="data" data-testid="alignment-table">
                <caption className="sr-only">{t('alignment.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('grouping.COUNTY')}</th>
                    {by === 'SCHOOL' && <th scope="col">{t('alignment.school')}</th>}
                    <th scope="col" className="num">
                      {t('analysis.teacherPlans')}
                    </th>
                    <th scope="col" className="num">
                      {t('alignment.domainMatch')}
                    </th>
                    <th scope="col" className="num">
                      {t('alignment.needsMatch')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => {
                    const county = r.county ?? r.school?.county ?? null;
                    return (
                      <tr key={r.school?.id ?? r.county?.id ?? i} data-county={county?.name}>
                        {by === 'SCHOOL' ? (
                          <td>{county ? pick(county.name, county.nameEn) : t('common.none')}</td>
                        ) : (
                          <th scope="row">{county ? pick(county.name, county.nameEn) : t('common.none')}</th>
                        )}
                        {by === 'SCHOOL' && (
                          <th scope="row">
                            {r.school?.name ?? t('common.none')} {r.school && <span className="muted mono small">{r.school.code}</span>}
                          </th>
                        )}
                        <td className="num">{r.teacherPlans === null ? t('common.none') : num(r.teacherPlans)}</td>
                        <Match value={r.suppressed ? null : r.domainMatch} col="domain" />
                        <Match value={r.suppressed ? null : r.needsMatch} col="needs" />
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {data.alignment.some((r) => r.suppressed) && <SuppressedLegend />}
          </>
        ))}
    </section>
  );
}
