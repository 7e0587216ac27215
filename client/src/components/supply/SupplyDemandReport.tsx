import { lazy, Suspense, useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { Dimension, SupplyGroupBy } from '../../gql/graphql';
import { DIMENSIONS, optionCodes } from '../../domain/demand';
import { useSchoolYear } from '../../hooks/useSchoolYear';
import { useI18n } from '../../i18n';
import { useDemandLabels } from '../analysis/labels';
import type { CountyDatum } from '../analysis/CountyMap';
import { LoadError, Loading, NoAccess } from '../Status';
import { hasErrorAt } from '../../apollo/errors';

// The map and its atlas load only when the map is shown.
const CountyMap = lazy(() => import('../analysis/CountyMap'));

/** 供需 (docs/API.md "供需"): demand, supply, uptake and the gap for one dimension, per group. */
export const SUPPLY_DEMAND_QUERY = graphql(`
  query SupplyDemand($schoolYear: Int!, $dimension: Dimension!, $groupBy: [SupplyGroupBy!]) {
    supplyDemand(schoolYear: $schoolYear, dimension: $dimension, groupBy: $groupBy) {
      schoolYear
      k
      exact
      restrictedToCounty
      options {
        code
        label
        labelEn
      }
      groups {
        key {
          by
          value
          label
          labelEn
        }
        plans
        demandPlans
        plannedHours
        courses
        seats
        hoursOffered
        registrations
        hoursIssued
        seatsPer100
        fillRate
        issuedShare
      }
    }
  }
`);

const GROUPINGS: SupplyGroupBy[] = ['COUNTY', 'STAGE', 'REMOTENESS', 'ORGANISER_KIND'];

/**
 * The supply-demand report: a school year, a dimension, an option and a grouping in the address;
 * by county a gap map (seats per 100 teachers asking, on the analysis's county map) and the table.
 * Used by the analysis's 供需 tab and by the organisers' 需求參考 (the server decides who reads what).
 */
export function SupplyDemandReport({ testId }: { testId: string }) {
  const { t, num, pick, label } = useI18n();
  const labels = useDemandLabels();
  const [params, setParams] = useSearchParams();
  const years = useSchoolYear();
  const dimension = (DIMENSIONS as readonly string[]).includes(params.get('dimension') ?? '')
    ? (params.get('dimension') as Dimension)
    : 'DOMAIN';
  const codes = optionCodes(dimension);
  const option = codes.includes(params.get('option') ?? '') ? (params.get('option') as string) : codes[0];
  const groupBy = (GROUPINGS as string[]).includes(params.get('groupBy') ?? '') ? (params.get('groupBy') as SupplyGroupBy) : 'COUNTY';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (key === 'dimension') next.delete('option');
    setParams(next, { replace: true });
  };
  const { data, previousData, loading, error } = useQuery(SUPPLY_DEMAND_QUERY, {
    variables: { schoolYear: years.year ?? 0, dimension, groupBy: [groupBy] },
    skip: years.year === null,
    fetchPolicy: 'network-only',
  });
  const result = (data ?? previousData)?.supplyDemand ?? null;
  // With no year asked for, start on the newest year that has something to show (the current one may have nothing yet).
  const empty =
    !!data &&
    data.supplyDemand.groups.every((g) => g.seats.every((x) => !x) && g.demandPlans.every((x) => !x) && g.registrations.every((x) => !x));
  const older = years.years.find((y) => years.year !== null && y.year < years.year);
  useEffect(() => {
    if (empty && older && (!params.get('year') || params.get('auto') === '1')) {
      const next = new URLSearchParams(params);
      next.set('year', String(older.year));
      next.set('auto', '1');
      setParams(next, { replace: true });
    }
  }, [empty, older, params, setParams]);
  const at = result ? result.options.findIndex((o) => o.code === option) : -1;
  const optionLabel = labels.optionText(dimension, option);
  const none = t('common.none');
  const n = (x: number | null | undefined) => (x === null || x === undefined ? none : num(x));
  const pct = (x: number | null | undefined) =>
    x === null || x === undefined ? none : t('analysis.percent', { p: num(Math.round(x * 1000) / 10) });
  const per100 = (x: number | null | undefined) => (x === null || x === undefined ? none : num(x));
  const rows = (result?.groups ?? []).map((g) => ({
    key: g.key.map((k) => k.value).join('|'),
    countyId: g.key[0]?.by === 'COUNTY' ? g.key[0].value : null,
    name: g.key.map((k) => k.label).join('／'),
    nameText: g.key.map((k) => pick(k.label, k.labelEn)).join(' / '),
    nameEn: g.key.map((k) => k.labelEn).join(' / '),
    demand: g.demandPlans[at] ?? null,
    plannedHours: g.plannedHours[at] ?? null,
    courses: g.courses[at] ?? 0,
    seats: g.seats[at] ?? 0,
    hoursOffered: g.hoursOffered[at] ?? 0,
    registrations: g.registrations[at] ?? null,
    hoursIssued: g.hoursIssued[at] ?? null,
    seatsPer100: g.seatsPer100[at] ?? null,
    fillRate: g.fillRate[at] ?? null,
    issuedShare: g.issuedShare[at] ?? null,
  }));
  const mapData: CountyDatum[] = rows
    .filter((r) => r.countyId && r.countyId !== 'NONE')
    .map((r) => ({
      id: r.countyId!,
      name: r.name,
      nameEn: r.nameEn,
      missing: r.demand === null && r.seats === 0,
      plans: r.demand,
      count: r.seats,
      share: r.seatsPer100,
      suppressed: r.demand === null,
    }));
  const domain = dimension === 'DOMAIN';
  const mapTitle = t('supply.mapTitle', { option: optionLabel, dimension: labels.dimensionText(dimension) });

  if (error && hasErrorAt(error, 'FORBIDDEN')) return <NoAccess />;
  return (
    <div data-testid={testId}>
      <section className="card" aria-labelledby={`${testId}-controls`}>
        <h2 id={`${testId}-controls`} className="sr-only">
          {t('analysis.controls')}
        </h2>
        <div className="form-row">
          <div className="field">
            <label htmlFor={`${testId}-year`}>{t('supply.year')}</label>
            <select
              id={`${testId}-year`}
              value={years.year ?? ''}
              onChange={(e) => {
                const next = new URLSearchParams(params);
                next.set('year', e.target.value);
                next.delete('auto');
                setParams(next, { replace: true });
              }}
              data-testid="supply-year"
            >
              {years.years.map((y) => (
                <option key={y.year} value={y.year}>
                  {y.year}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${testId}-dimension`}>{t('supply.dimension')}</label>
            <select
              id={`${testId}-dimension`}
              value={dimension}
              onChange={(e) => set('dimension', e.target.value)}
              data-testid="supply-dimension"
            >
              {DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {labels.dimensionText(d)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${testId}-option`}>{t('supply.option')}</label>
            <select id={`${testId}-option`} value={option} onChange={(e) => set('option', e.target.value)} data-testid="supply-option">
              {codes.map((c) => (
                <option key={c} value={c}>
                  {labels.optionText(dimension, c)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${testId}-group`}>{t('supply.groupBy')}</label>
            <select id={`${testId}-group`} value={groupBy} onChange={(e) => set('groupBy', e.target.value)} data-testid="supply-group">
              {GROUPINGS.map((g) => (
                <option key={g} value={g}>
                  {label('SupplyGroupBy', g)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>
      {(loading || years.loading) && !result && <Loading />}
      <LoadError error={years.error ?? (error && !hasErrorAt(error, 'FORBIDDEN') ? error : undefined)} />
      {result && (
        <section className="card" aria-labelledby={`${testId}-table-heading`}>
          <p className="muted small" data-testid="supply-disclosure">
            {result.exact ? t('supply.exact') : t('supply.perturbed', { k: result.k })}
          </p>
          {groupBy === 'COUNTY' && (
            <Suspense fallback={<Loading />}>
              <CountyMap
                title={mapTitle}
                optionLabel={optionLabel}
                data={mapData}
                k={result.k}
                testId="gap-map"
                format={(v) => (v === null || v === undefined ? none : t('supply.per100', { n: num(v) }))}
                legendTitle={t('supply.mapLegend')}
                valueLines={(d) => [
                  t('supply.lineDemand', { n: n(d.plans) }),
                  t('supply.lineSeats', { n: num(d.count ?? 0), courses: num(rows.find((r) => r.countyId === d.id)?.courses ?? 0) }),
                  t('supply.per100', { n: per100(d.share) }),
                ]}
              />
            </Suspense>
          )}
          <h2 id={`${testId}-table-heading`}>{t('supply.tableTitle', { option: optionLabel })}</h2>
          <div className="table-wrap">
            <table className="data" data-testid="supply-table">
              <thead>
                <tr>
                  <th scope="col">{label('SupplyGroupBy', groupBy)}</th>
                  <th scope="col" className="num">
                    {t('supply.col.demand')}
                  </th>
                  {domain && (
                    <th scope="col" className="num">
                      {t('supply.col.plannedHours')}
                    </th>
                  )}
                  <th scope="col" className="num">
                    {t('supply.col.courses')}
                  </th>
                  <th scope="col" className="num">
                    {t('supply.col.seats')}
                  </th>
                  <th scope="col" className="num">
                    {t('supply.col.hoursOffered')}
                  </th>
                  <th scope="col" className="num">
                    {t('supply.col.registrations')}
                  </th>
                  <th scope="col" className="num">
                    {t('supply.col.hoursIssued')}
                  </th>
                  <th scope="col" className="num">
                    {t('supply.col.seatsPer100')}
                  </th>
                  <th scope="col" className="num">
                    {t('supply.col.fillRate')}
                  </th>
                  {domain && (
                    <th scope="col" className="num">
                      {t('supply.col.issuedShare')}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key} data-group={r.name}>
                    <th scope="row">{r.nameText}</th>
                    <td className="num" data-col="demand">
                      {n(r.demand)}
                    </td>
                    {domain && <td className="num">{n(r.plannedHours)}</td>}
                    <td className="num" data-col="courses">
                      {num(r.courses)}
                    </td>
                    <td className="num" data-col="seats">
                      {num(r.seats)}
                    </td>
                    <td className="num">{num(r.hoursOffered)}</td>
                    <td className="num" data-col="registrations">
                      {n(r.registrations)}
                    </td>
                    <td className="num">{n(r.hoursIssued)}</td>
                    <td className="num" data-col="seatsPer100">
                      {per100(r.seatsPer100)}
                    </td>
                    <td className="num">{pct(r.fillRate)}</td>
                    {domain && <td className="num">{pct(r.issuedShare)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
