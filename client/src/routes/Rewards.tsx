import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { hasErrorAt } from '../apollo/errors';
import { useAuth } from '../auth/AuthProvider';
import { FileDownloads } from '../components/Downloads';
import { YearSelect } from '../components/PlanWindow';
import { LoadError, Loading, NoAccess } from '../components/Status';
import { graphql } from '../gql';
import { useSchoolYear } from '../hooks/useSchoolYear';
import { useI18n } from '../i18n';
import { COUNTIES_QUERY } from './Schools';

/** 獎勵名單: schools that submitted in their window with enough of their teachers. */
const REWARD_LIST_QUERY = graphql(`
  query RewardList($year: Int!, $countyId: ID) {
    rewardList(schoolYear: $year, countyId: $countyId) {
      school {
        id
        name
        code
        county {
          id
          name
          nameEn
        }
      }
      submittedAt
      teachers
      teachersSubmitted
      participationPercent
    }
  }
`);

export function RewardsPage() {
  const { t, pick, num, dateTime } = useI18n();
  const { me } = useAuth();
  const years = useSchoolYear();
  const year = years.year;
  const [params, setParams] = useSearchParams();
  const allCounties = Boolean(me?.can.followEveryCounty);
  const countyId = allCounties ? params.get('county') || null : null;
  const counties = useQuery(COUNTIES_QUERY, { skip: !allCounties });
  const { data, loading, error } = useQuery(REWARD_LIST_QUERY, {
    variables: { year: year ?? 0, countyId },
    skip: year === null,
    fetchPolicy: 'network-only',
  });
  const rows = data?.rewardList ?? [];

  function setCounty(id: string | null) {
    const next = new URLSearchParams(params);
    if (id) next.set('county', id);
    else next.delete('county');
    setParams(next, { replace: true });
  }

  const query = `schoolYear=${year}${countyId ? `&countyId=${encodeURIComponent(countyId)}` : ''}`;

  return (
    <>
      <h1>{t('rewards.title')}</h1>
      <div className="filters">
        <YearSelect years={years.years} value={year} onChange={years.setYear} />
        {allCounties && (
          <div className="field">
            <label htmlFor="f-county">{t('schools.county')}</label>
            <select id="f-county" value={countyId ?? ''} onChange={(e) => setCounty(e.target.value || null)}>
              <option value="">{t('progress.allCounties')}</option>
              {counties.data?.counties.map((c) => (
                <option key={c.id} value={c.id}>
                  {pick(c.name, c.nameEn)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {years.info && (
        <p className="notice notice-info" data-testid="reward-threshold">
          {t('rewards.rule', { year: years.info.year, p: num(years.info.rewardThresholdPercent) })}
        </p>
      )}
      {(years.loading || (loading && !data)) && <Loading />}
      {hasErrorAt(error, 'FORBIDDEN') ? <NoAccess /> : <LoadError error={error} />}
      {data && (
        <>
          <div className="list-head">
            <p className="muted" data-testid="rewards-count">
              {t('rewards.count', { n: num(rows.length) })}
            </p>
            <FileDownloads
              path={(f) => `/exports/rewards.${f}?${query}`}
              fallbackName={`rewards-${year}`}
              label={t('rewards.download')}
              testIdPrefix="rewards"
            />
          </div>
          {rows.length === 0 ? (
            <p className="empty">{t('common.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data" data-testid="rewards-table">
                <caption className="sr-only">{t('rewards.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('schools.county')}</th>
                    <th scope="col">{t('schools.code')}</th>
                    <th scope="col">{t('schools.name')}</th>
                    <th scope="col">{t('rewards.submittedAt')}</th>
                    <th scope="col" className="num">
                      {t('rewards.teachers')}
                    </th>
                    <th scope="col" className="num">
                      {t('rewards.teachersSubmitted')}
                    </th>
                    <th scope="col" className="num">
                      {t('rewards.participation')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.school.id}>
                      <td>{pick(r.school.county.name, r.school.county.nameEn)}</td>
                      <td className="mono">{r.school.code}</td>
                      <th scope="row">{r.school.name}</th>
                      <td className="nowrap">{dateTime(r.submittedAt)}</td>
                      <td className="num">{num(r.teachers)}</td>
                      <td className="num">{num(r.teachersSubmitted)}</td>
                      <td className="num" data-col="participation">
                        {t('progress.percent', { p: num(r.participationPercent) })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
