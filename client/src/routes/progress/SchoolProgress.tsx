import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { hasErrorAt } from '../../apollo/errors';
import { YearSelect } from '../../components/PlanWindow';
import { LoadError, Loading, NoAccess } from '../../components/Status';
import { useSchoolYear } from '../../hooks/useSchoolYear';
import { useI18n } from '../../i18n';
import { SCHOOL_TEACHER_PROGRESS_QUERY } from './queries';

/** 本校填報進度: the school's teachers who have (not) submitted, by name (its CHIEF/CONTACT). */
export function SchoolProgressPage({ schoolId }: { schoolId: string }) {
  const { t, label, num, dateTime } = useI18n();
  const years = useSchoolYear();
  const year = years.year;
  const { data, loading, error } = useQuery(SCHOOL_TEACHER_PROGRESS_QUERY, {
    variables: { id: schoolId, year: year ?? 0 },
    skip: year === null,
    fetchPolicy: 'network-only',
  });
  const school = data?.node?.__typename === 'School' ? data.node : null;
  const progress = school?.teacherProgress ?? null;
  const plan = school?.planning?.plan ?? null;

  return (
    <>
      <h1>{t('progress.schoolTitle')}</h1>
      <div className="filters">
        <YearSelect years={years.years} value={year} onChange={years.setYear} />
      </div>
      {(years.loading || (loading && !data)) && <Loading />}
      <LoadError error={error} />
      {school && (
        <>
          <section className="card" aria-labelledby="school-plan-heading">
            <h2 id="school-plan-heading">{t('progress.schoolPlan')}</h2>
            <p data-testid="school-plan-status">
              {plan ? (
                <>
                  <span className={plan.status === 'SUBMITTED' ? 'badge badge-ok' : 'badge badge-warn'}>
                    {label('PlanStatus', plan.status)}
                  </span>{' '}
                  {plan.submittedAt && <span className="muted small">{t('plan.submittedAt', { at: dateTime(plan.submittedAt) })}</span>}
                </>
              ) : (
                <span className="badge badge-suspended">{t('plan.none')}</span>
              )}{' '}
              <Link to={`/planning/school?year=${year}`}>{t('progress.toSchoolPlan')}</Link>
            </p>
          </section>
          {progress ? (
            <section className="card review-card" aria-labelledby="teachers-heading" data-testid="teacher-progress">
              <h2 id="teachers-heading">{t('progress.teachersTitle', { year: year ?? '' })}</h2>
              <p data-testid="teacher-progress-counts">
                {t('progress.teacherCounts', { submitted: num(progress.submitted), teachers: num(progress.teachers) })}
              </p>
              <progress
                max={Math.max(1, progress.teachers)}
                value={progress.submitted}
                aria-label={t('progress.teachersTitle', { year: year ?? '' })}
              />
              <h3 className="plan-view-sub">{t('progress.pendingTeachers', { n: num(progress.pending.length) })}</h3>
              {progress.pending.length === 0 ? (
                <p className="empty">{t('progress.allSubmitted')}</p>
              ) : (
                <div className="table-wrap">
                  <table className="data" data-testid="pending-teachers">
                    <caption className="sr-only">{t('progress.pendingTeachers', { n: progress.pending.length })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('field.name')}</th>
                        <th scope="col">{t('field.title')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {progress.pending.map((p) => (
                        <tr key={p.id}>
                          <th scope="row" data-col="name">
                            {p.name}
                          </th>
                          <td>{label('TeacherTitle', p.title)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          ) : (
            hasErrorAt(error, 'FORBIDDEN') && <NoAccess />
          )}
        </>
      )}
    </>
  );
}
