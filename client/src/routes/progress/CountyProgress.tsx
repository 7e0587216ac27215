import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { hasErrorAt } from '../../apollo/errors';
import { useAuth } from '../../auth/AuthProvider';
import { groupLabel, YearSelect } from '../../components/PlanWindow';
import { LoadError, Loading, NoAccess } from '../../components/Status';
import { percent } from '../../domain/planning';
import type { PlanKind } from '../../gql/graphql';
import { useSchoolYear, type SchoolYearInfo } from '../../hooks/useSchoolYear';
import { useI18n } from '../../i18n';
import { COUNTIES_QUERY } from '../Schools';
import { PendingAndReminders } from './PendingAndReminders';
import { PLANNING_PROGRESS_QUERY } from './queries';

function Share({ part, whole, testId }: { part: number; whole: number; testId?: string }) {
  const { t, num } = useI18n();
  const p = percent(part, whole);
  return (
    <span className="share" data-testid={testId}>
      <span>{t('progress.ofTotal', { part: num(part), whole: num(whole) })}</span>
      <span className="share-bar" aria-hidden="true">
        <span style={{ width: `${p ?? 0}%` }} />
      </span>
      <span className="muted small">{p === null ? t('common.none') : t('progress.percent', { p: num(p) })}</span>
    </span>
  );
}

function windowDates(
  info: SchoolYearInfo | null,
  planKind: PlanKind,
  key: string | number | null | undefined,
  date: (iso: string) => string,
): string {
  const w = info?.windows.find((x) => x.planKind === planKind && x.groupKey === String(key));
  return w ? `${date(w.opensAt)}–${date(w.closesAt)}` : '';
}

/** 填報進度與催覆: per county (platform, analyst, district), pending schools, reminders and reopening (district, platform). */
export function CountyProgressPage() {
  const { t, pick, num, date } = useI18n();
  const { me } = useAuth();
  const access = { allCounties: me!.can.followEveryCounty, reminds: me!.can.remindAndReopen };
  const years = useSchoolYear();
  const year = years.year;
  const [params, setParams] = useSearchParams();
  const countyId = access.allCounties ? params.get('county') || null : null;
  const counties = useQuery(COUNTIES_QUERY, { skip: !access.allCounties });
  const progress = useQuery(PLANNING_PROGRESS_QUERY, {
    variables: { year: year ?? 0, countyId },
    skip: year === null,
    fetchPolicy: 'network-only',
  });
  const rows = progress.data?.planningProgress ?? [];

  function setCounty(id: string | null) {
    const next = new URLSearchParams(params);
    if (id) next.set('county', id);
    else next.delete('county');
    setParams(next, { replace: true });
  }

  const total = rows.reduce(
    (s, r) => ({
      schools: s.schools + r.schools,
      schoolsSubmitted: s.schoolsSubmitted + r.schoolsSubmitted,
      teachers: s.teachers + r.teachers,
      teachersSubmitted: s.teachersSubmitted + r.teachersSubmitted,
    }),
    { schools: 0, schoolsSubmitted: 0, teachers: 0, teachersSubmitted: 0 },
  );

  return (
    <>
      <h1>{t(access.reminds ? 'progress.title' : 'progress.titleRead')}</h1>
      <div className="filters">
        <YearSelect years={years.years} value={year} onChange={years.setYear} />
        {access.allCounties ? (
          <div className="field">
            <label htmlFor="f-county">{t('schools.county')}</label>
            <select id="f-county" value={countyId ?? ''} onChange={(e) => setCounty(e.target.value || null)} data-testid="county-select">
              <option value="">{t('progress.allCounties')}</option>
              {counties.data?.counties.map((c) => (
                <option key={c.id} value={c.id}>
                  {pick(c.name, c.nameEn)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          me?.county && (
            <p className="filters-note">
              {t('progress.countyIs')} <strong>{pick(me.county.name, me.county.nameEn)}</strong>
            </p>
          )
        )}
      </div>

      {(years.loading || (progress.loading && !progress.data)) && <Loading />}
      {hasErrorAt(progress.error, 'FORBIDDEN') ? <NoAccess /> : <LoadError error={progress.error} />}
      {progress.data && (
        <section aria-labelledby="progress-heading" className="section">
          <h2 id="progress-heading">{t('progress.byCounty', { year: year ?? '' })}</h2>
          {rows.length === 0 ? (
            <p className="empty">{t('common.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data" data-testid="progress-table">
                <caption className="sr-only">{t('progress.byCounty', { year: year ?? '' })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('schools.county')}</th>
                    <th scope="col">{t('progress.group')}</th>
                    <th scope="col">{t('progress.wave')}</th>
                    <th scope="col">{t('progress.schools')}</th>
                    <th scope="col">{t('progress.teachers')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.county.id} data-county={r.county.name}>
                      <th scope="row">{pick(r.county.name, r.county.nameEn)}</th>
                      <td data-col="group">
                        {r.planGroup ? groupLabel(t, 'SCHOOL_PLAN', r.planGroup) : t('common.none')}
                        <span className="muted small block">{windowDates(years.info, 'SCHOOL_PLAN', r.planGroup, date)}</span>
                      </td>
                      <td data-col="wave">
                        {r.teacherWave ? groupLabel(t, 'TEACHER_PLAN', String(r.teacherWave)) : t('common.none')}
                        <span className="muted small block">{windowDates(years.info, 'TEACHER_PLAN', r.teacherWave, date)}</span>
                      </td>
                      <td data-col="schools">
                        <Share part={r.schoolsSubmitted} whole={r.schools} />
                      </td>
                      <td data-col="teachers">
                        <Share part={r.teachersSubmitted} whole={r.teachers} />
                      </td>
                    </tr>
                  ))}
                  {rows.length > 1 && (
                    <tr className="total-row">
                      <th scope="row">{t('progress.total')}</th>
                      <td />
                      <td />
                      <td data-col="schools">
                        <Share part={total.schoolsSubmitted} whole={total.schools} />
                      </td>
                      <td data-col="teachers">
                        <Share part={total.teachersSubmitted} whole={total.teachers} />
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          )}
          <p className="muted small">{t('progress.note', { num: num(rows.length) })}</p>
        </section>
      )}

      {access.reminds && year !== null && (
        <PendingAndReminders
          year={year}
          countyId={countyId}
          info={years.info}
          allCounties={access.allCounties}
          onChanged={() => void progress.refetch()}
        />
      )}
    </>
  );
}
