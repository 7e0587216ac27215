import { useQuery } from '@apollo/client/react';
import { useFileDownload } from '../../components/Downloads';
import { LoadError, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import type { MyStudyHoursQuery } from '../../gql/graphql';
import { useSchoolYear } from '../../hooks/useSchoolYear';
import { useI18n } from '../../i18n';

const RECORDS_SHOWN = 100;

/** 研習紀錄與時數: the teacher's records, hours and 目標達成度 of one school year. */
const MY_HOURS_QUERY = graphql(`
  query MyStudyHours($schoolYear: Int!, $first: Int!) {
    me {
      username
      teacher {
        id
        hours(schoolYear: $schoolYear) {
          schoolYear
          total
          byDomain {
            domain
            hours
          }
        }
        attainment(schoolYear: $schoolYear) {
          schoolYear
          hasPlan
          plannedTotal
          earnedTotal
          rate
          domains {
            domain
            planned
            earned
            reached
          }
        }
        studyRecords(schoolYear: $schoolYear, first: $first) {
          totalCount
          pageInfo {
            endCursor
            hasNextPage
          }
          edges {
            cursor
            node {
              id
              source
              title
              issuerName
              domain
              hours
              startsOn
              endsOn
              certificateNumber
              certificateUrl
            }
          }
        }
      }
    }
  }
`);

type Attainment = NonNullable<NonNullable<NonNullable<MyStudyHoursQuery['me']>['teacher']>['attainment']>;

/** Planned against earned hours per domain, as two bars a domain (CSS), with the figures beside them. */
function AttainmentChart({ attainment }: { attainment: Attainment }) {
  const { t, label, num } = useI18n();
  const top = Math.max(1, ...attainment.domains.flatMap((d) => [d.planned, d.earned]));
  const pct = (h: number) => `${Math.round((h / top) * 1000) / 10}%`;
  return (
    <figure className="hours-chart" data-testid="attainment-chart">
      <figcaption>{t('hours.chartTitle')}</figcaption>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="swatch hours-planned" /> {t('hours.planned')}
        </li>
        <li>
          <span className="swatch hours-earned" /> {t('hours.earned')}
        </li>
      </ul>
      <dl className="hours-bars">
        {attainment.domains.map((d) => (
          <div key={d.domain} className="hours-bar-row" data-domain={d.domain}>
            <dt>
              {label('StudyDomain', d.domain)}
              <span className={d.reached ? 'hours-reached' : 'muted small'}> {d.reached ? t('hours.reached') : t('hours.notReached')}</span>
            </dt>
            <dd>
              <span className="hours-bar" title={t('hours.barOf', { what: t('hours.planned'), hours: num(d.planned) })}>
                <span className="hours-planned" style={{ width: pct(d.planned) }} />
              </span>
              <span className="hours-figure">{t('hours.barOf', { what: t('hours.planned'), hours: num(d.planned) })}</span>
              <span className="hours-bar" title={t('hours.barOf', { what: t('hours.earned'), hours: num(d.earned) })}>
                <span className="hours-earned" style={{ width: pct(d.earned) }} />
              </span>
              <span className="hours-figure" data-col="earned">
                {t('hours.barOf', { what: t('hours.earned'), hours: num(d.earned) })}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}

export function MyHours() {
  const { t, label, num } = useI18n();
  const years = useSchoolYear();
  const { download, busy, error: downloadError } = useFileDownload();
  const { data, previousData, loading, error } = useQuery(MY_HOURS_QUERY, {
    variables: { schoolYear: years.year ?? 0, first: RECORDS_SHOWN },
    skip: years.year === null,
    fetchPolicy: 'cache-and-network',
  });
  const teacher = (data ?? previousData)?.me?.teacher;
  if (years.year === null && !years.loading) return null;

  const hours = teacher?.hours;
  const attainment = teacher?.attainment;
  const records = teacher?.studyRecords;
  const rate = attainment?.rate;

  return (
    <section className="card" aria-labelledby="hours-h" data-testid="my-hours">
      <div className="list-head">
        <h2 id="hours-h">{t('hours.title')}</h2>
        <div className="field">
          <label htmlFor="hours-year">{t('hours.schoolYear')}</label>
          <select id="hours-year" value={years.year ?? ''} onChange={(e) => years.setYear(Number(e.target.value))} data-testid="hours-year">
            {years.years.map((y) => (
              <option key={y.year} value={y.year}>
                {t('hours.yearOption', { year: y.year })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">{t('hours.intro')}</p>
      <LoadError error={error} />
      {!teacher && loading && <Loading />}
      {hours && (
        <>
          <p className="hours-total" data-testid="hours-total">
            {t('hours.total', { hours: num(hours.total) })}
          </p>
          {hours.byDomain.length === 0 ? (
            <p className="muted">{t('hours.noHours')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data" data-testid="hours-by-domain">
                <caption className="sr-only">{t('hours.byDomain')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('hours.domain')}</th>
                    <th scope="col" className="num">
                      {t('hours.hours')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {hours.byDomain.map((d) => (
                    <tr key={d.domain} data-domain={d.domain}>
                      <th scope="row">{label('StudyDomain', d.domain)}</th>
                      <td className="num" data-col="hours">
                        {num(d.hours)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}

      {attainment && (
        <>
          <h3>{t('hours.attainment')}</h3>
          {!attainment.hasPlan ? (
            <p className="muted" data-testid="attainment-none">
              {t('hours.noPlan')}
            </p>
          ) : (
            <>
              <p data-testid="attainment-summary">
                {rate == null
                  ? t('hours.attainmentNoRate', { planned: num(attainment.plannedTotal), earned: num(attainment.earnedTotal) })
                  : t('hours.attainmentSummary', {
                      planned: num(attainment.plannedTotal),
                      earned: num(attainment.earnedTotal),
                      rate: `${num(Math.round(rate * 100))}%`,
                    })}
              </p>
              {attainment.domains.length > 0 && <AttainmentChart attainment={attainment} />}
            </>
          )}
        </>
      )}

      {records && (
        <>
          <h3>{t('hours.records')}</h3>
          <p className="muted small" data-testid="records-count">
            {t('hours.recordCount', { total: num(records.totalCount) })}
          </p>
          {downloadError && (
            <p className="notice notice-error" role="alert">
              {downloadError}
            </p>
          )}
          {records.edges.length === 0 ? (
            <p className="muted">{t('hours.noRecords')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data" data-testid="study-records">
                <caption className="sr-only">{t('hours.records')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('hours.recordTitle')}</th>
                    <th scope="col">{t('hours.issuer')}</th>
                    <th scope="col">{t('hours.domain')}</th>
                    <th scope="col" className="num">
                      {t('hours.hours')}
                    </th>
                    <th scope="col">{t('hours.dates')}</th>
                    <th scope="col">{t('hours.certificate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {records.edges.map(({ node: r }) => (
                    <tr key={r.id} data-certificate={r.certificateNumber}>
                      <th scope="row" data-col="title">
                        {r.title}
                        {r.source === 'EXTERNAL' && <span className="muted small">{t('common.paren', { x: t('hours.external') })}</span>}
                      </th>
                      <td>{r.issuerName}</td>
                      <td>{label('StudyDomain', r.domain)}</td>
                      <td className="num" data-col="hours">
                        {num(r.hours)}
                      </td>
                      <td className="nowrap">{r.startsOn === r.endsOn ? r.startsOn : `${r.startsOn}–${r.endsOn}`}</td>
                      <td>
                        <div className="mono small" data-col="number">
                          {r.certificateNumber}
                        </div>
                        <button
                          type="button"
                          className="small-button"
                          disabled={busy !== null}
                          onClick={() => download(r.certificateUrl, `${r.certificateNumber}.pdf`, r.id)}
                          data-testid="download-certificate"
                        >
                          {busy === r.id ? t('hours.downloading') : t('hours.download')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
