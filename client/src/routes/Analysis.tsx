import { useCallback, useMemo } from 'react';
import { NavLink, Outlet, useLocation, useOutletContext, useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useAuth } from '../auth/AuthProvider';
import type { CountyInfo } from '../components/analysis/DemandControls';
import { LoadError, Loading, NoAccess } from '../components/Status';
import { questionFromParams, questionToParams, type DemandQuestion } from '../domain/demand';
import { fillingStage, useFilledYears, type YearCoverage } from '../hooks/useFilledYears';
import { useSchoolYear, type SchoolYearInfo } from '../hooks/useSchoolYear';
import { useI18n } from '../i18n';
import { COUNTIES_QUERY } from './Schools';

/** What every view of the analysis shares: the question in the address, the years and the counties. */
export interface AnalysisContext {
  question: DemandQuestion;
  setQuestion(q: DemandQuestion): void;
  /** School years, newest first. */
  years: SchoolYearInfo[];
  defaultYear: number | null;
  counties: CountyInfo[];
  countyName(id: string | null | undefined): string | null;
  /** How far a year is filled (null: unknown). */
  coverage(year: number | null | undefined): YearCoverage | null;
}

export function useAnalysis(): AnalysisContext {
  return useOutletContext<AnalysisContext>();
}

/**
 * 需求分析 (附件三 壹/捌): the demand for every option of a dimension by county, stage, remoteness,
 * title, subject and school year, as charts, a map, a cross-tab, the trend, the participation (伍)
 * and the school-teacher alignment, each downloadable. The platform and the analyst see every
 * county; a district its own in detail (the server narrows a detailed question and says so).
 */
export function AnalysisPage() {
  const { t, pick } = useI18n();
  const { me } = useAuth();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const years = useSchoolYear();
  const counties = useQuery(COUNTIES_QUERY);
  const countyList = useMemo(() => [...(counties.data?.counties ?? [])].sort((a, b) => a.order - b.order), [counties.data]);
  // The year to start on: the newest with enough submitted plans (the current one may have few yet).
  const filled = useFilledYears(years.years, years.year, Boolean(me?.can.readStatistics));
  const startYear = filled.startYear;
  const question = useMemo(() => questionFromParams(params, startYear), [params, startYear]);
  const setQuestion = useCallback((q: DemandQuestion) => setParams(questionToParams(q, params), { replace: true }), [params, setParams]);
  const countyName = useCallback(
    (id: string | null | undefined) => {
      const c = countyList.find((x) => x.id === id);
      return c ? pick(c.name, c.nameEn) : null;
    },
    [countyList, pick],
  );

  if (me && !me.can.readStatistics) {
    return (
      <>
        <h1>{t('analysis.title')}</h1>
        <NoAccess />
      </>
    );
  }

  const tabs = [
    { to: '/analysis', text: t('analysis.tab.overview'), id: 'overview' },
    { to: '/analysis/map', text: t('analysis.tab.map'), id: 'map' },
    { to: '/analysis/trend', text: t('analysis.tab.trend'), id: 'trend' },
    { to: '/analysis/participation', text: t('analysis.tab.participation'), id: 'participation' },
    { to: '/analysis/alignment', text: t('analysis.tab.alignment'), id: 'alignment' },
    ...(me?.can.readSupplyDemand ? [{ to: '/analysis/supply', text: t('analysis.tab.supply'), id: 'supply' }] : []),
  ];
  const context: AnalysisContext = {
    question,
    setQuestion,
    years: years.years,
    defaultYear: startYear,
    counties: countyList,
    countyName,
    coverage: filled.coverage,
  };
  const ready = !years.loading && !filled.loading;

  return (
    <>
      <h1>{t('analysis.title')}</h1>
      <p className="muted">{t('analysis.intro')}</p>
      <nav className="tabs" aria-label={t('analysis.tabs')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.id}>
              {/* The question travels with the tab: the same years, source, dimension and filter. */}
              <NavLink to={{ pathname: tab.to, search: location.search }} end data-testid={`tab-${tab.id}`}>
                {tab.text}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {(!ready || (counties.loading && !counties.data)) && <Loading />}
      <LoadError error={years.error ?? counties.error} />
      {ready && (
        <YearNote
          years={years.years}
          year={question.years[question.years.length - 1] ?? null}
          coverage={filled.coverage}
          startYear={startYear}
        />
      )}
      {ready && <Outlet context={context} />}
    </>
  );
}

/**
 * Why the year asked shows little: no plan submitted yet, or only a few, with where its window
 * stands and the newest year that has enough plans.
 */
export function YearNote({
  years,
  year,
  coverage,
  startYear,
}: {
  years: readonly SchoolYearInfo[];
  year: number | null;
  coverage(year: number | null | undefined): YearCoverage | null;
  startYear: number | null;
}) {
  const { t, num, date } = useI18n();
  const c = coverage(year);
  if (year === null || !c || c.enough) return null;
  const info = years.find((y) => y.year === year);
  const stage = fillingStage(info);
  const why =
    stage?.kind === 'notOpen'
      ? t('analysis.year.notOpen', { at: date(stage.at) })
      : stage?.kind === 'filling'
        ? t('analysis.year.filling', { until: date(stage.at) })
        : '';
  const submitted = c.schoolsSubmitted + c.teachersSubmitted;
  return (
    <p className="notice notice-info" data-testid="year-note">
      {submitted === 0
        ? t('analysis.year.empty', { year })
        : t('analysis.year.few', {
            year,
            schools: num(c.schoolsSubmitted),
            schoolsInvited: num(c.schoolsInvited),
            teachers: num(c.teachersSubmitted),
            teachersInvited: num(c.teachersInvited),
          })}
      {why && <> {why}</>}
      {startYear !== null && startYear !== year && <> {t('analysis.year.latest', { year: startYear })}</>}
    </p>
  );
}
