import { Fragment } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { PARTICIPATION_QUERY } from '../../components/analysis/queries';
import { FileDownloads } from '../../components/Downloads';
import { Loading } from '../../components/Status';
import { participationExportPath, yearRange } from '../../domain/demand';
import { percent } from '../../domain/planning';
import type { ParticipationQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { useAnalysis } from '../Analysis';
import { AnalysisError } from './common';

type Row = ParticipationQuery['participation'][number];

function Ratio({ part, whole }: { part: number; whole: number }) {
  const { t, num } = useI18n();
  const p = percent(part, whole);
  return (
    <>
      <td className="num">{t('progress.ofTotal', { part: num(part), whole: num(whole) })}</td>
      <td className="num">{p === null ? t('common.none') : t('progress.percent', { p: num(p) })}</td>
    </>
  );
}

/** 各學年度參與縣市資料 (the seed's part 伍): schools and teachers that submitted, per school year and county, for a range of years. */
export function ParticipationView() {
  const { t, num, pick } = useI18n();
  const { years } = useAnalysis();
  const [params, setParams] = useSearchParams();
  const known = years.map((y) => y.year).sort((a, b) => a - b);
  const first = known[0] ?? null;
  const last = known[known.length - 1] ?? null;
  const from = Number(params.get('from')) || first;
  const to = Number(params.get('to')) || last;
  const range = from !== null && to !== null ? yearRange(from, to) : [];
  const { data, loading, error } = useQuery(PARTICIPATION_QUERY, {
    variables: { years: range },
    skip: range.length === 0,
    fetchPolicy: 'network-only',
  });
  const rows = [...(data?.participation ?? [])].sort((a, b) => a.schoolYear - b.schoolYear || a.county.order - b.county.order);
  const byYear = new Map<number, Row[]>();
  for (const r of rows) byYear.set(r.schoolYear, [...(byYear.get(r.schoolYear) ?? []), r]);

  function setRange(key: 'from' | 'to', value: number) {
    const next = new URLSearchParams(params);
    next.set(key, String(value));
    setParams(next, { replace: true });
  }
  // Every year from the first to the last known, so a range may reach back before the configured years.
  const choices = first !== null && last !== null ? yearRange(Math.min(first, 98), last) : [];
  const sum = (rs: Row[], f: (r: Row) => number) => rs.reduce((a, r) => a + f(r), 0);

  return (
    <section className="card" aria-labelledby="participation-heading">
      <div className="list-head">
        <h2 id="participation-heading">{t('participation.title')}</h2>
        {range.length > 0 && (
          <FileDownloads
            path={(f) => participationExportPath(f, range)}
            fallbackName="participation"
            label={t('participation.download')}
            testIdPrefix="participation"
          />
        )}
      </div>
      <div className="filters-inline">
        <div className="field">
          <label htmlFor="p-from">{t('participation.from')}</label>
          <select
            id="p-from"
            value={from ?? ''}
            onChange={(e) => setRange('from', Number(e.target.value))}
            data-testid="participation-from"
          >
            {choices.map((y) => (
              <option key={y} value={y}>
                {t('planning.yearOption', { year: y })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="p-to">{t('participation.to')}</label>
          <select id="p-to" value={to ?? ''} onChange={(e) => setRange('to', Number(e.target.value))} data-testid="participation-to">
            {choices.map((y) => (
              <option key={y} value={y}>
                {t('planning.yearOption', { year: y })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted small">{t('participation.help')}</p>
      {loading && !data && <Loading />}
      <AnalysisError error={error} />
      {data &&
        (rows.length === 0 ? (
          <p className="empty" data-testid="no-participation">
            {t('participation.empty')}
          </p>
        ) : (
          <div className="table-wrap">
            <table className="data" data-testid="participation-table">
              <caption className="sr-only">{t('participation.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('grouping.SCHOOL_YEAR')}</th>
                  <th scope="col">{t('grouping.COUNTY')}</th>
                  <th scope="col" className="num">
                    {t('participation.schools')}
                  </th>
                  <th scope="col" className="num">
                    {t('participation.schoolRate')}
                  </th>
                  <th scope="col" className="num">
                    {t('participation.teachers')}
                  </th>
                  <th scope="col" className="num">
                    {t('participation.teacherRate')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...byYear.entries()].map(([year, rs]) => (
                  <Fragment key={year}>
                    {rs.map((r) => (
                      <tr key={`${year}-${r.county.id}`} data-year={year} data-county={r.county.name}>
                        <td>{num(year)}</td>
                        <th scope="row">{pick(r.county.name, r.county.nameEn)}</th>
                        <Ratio part={r.schoolsSubmitted} whole={r.schoolsInvited} />
                        <Ratio part={r.teachersSubmitted} whole={r.teachersInvited} />
                      </tr>
                    ))}
                    <tr className="total-row" data-year={year} data-county="total">
                      <td>{num(year)}</td>
                      <th scope="row">{t('progress.total')}</th>
                      <Ratio part={sum(rs, (r) => r.schoolsSubmitted)} whole={sum(rs, (r) => r.schoolsInvited)} />
                      <Ratio part={sum(rs, (r) => r.teachersSubmitted)} whole={sum(rs, (r) => r.teachersInvited)} />
                    </tr>
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
