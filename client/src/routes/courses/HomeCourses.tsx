import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { codesOf } from '../../../../server/src/shared/labels';
import { useAuth } from '../../auth/AuthProvider';
import type { CourseStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { UNIT_COURSES_QUERY } from './CourseAdmin';

const ALL_STATUSES = codesOf('CourseStatus') as CourseStatus[];

/** The home page's course card: an organiser's latest courses and the way to 課程管理; a teacher's way to the catalog. */
export function HomeCourses() {
  const { t, label, date, num } = useI18n();
  const { me } = useAuth();
  const organises = Boolean(me && (me.can.registerCourses || me.can.manageCourses) && me.unit);
  const { data } = useQuery(UNIT_COURSES_QUERY, {
    variables: { first: 5, organiserId: me?.unit?.id ?? null, status: ALL_STATUSES },
    skip: !organises,
    fetchPolicy: 'cache-and-network',
  });
  if (!me) return null;
  if (organises) {
    const conn = data?.courses;
    return (
      <section className="card" aria-labelledby="home-courses-h" data-testid="home-courses">
        <h2 id="home-courses-h">{t('courses.homeTitle', { unit: me.unit!.name })}</h2>
        {conn && conn.totalCount === 0 && <p className="muted">{t('courses.homeNone')}</p>}
        {conn && conn.totalCount > 0 && (
          <>
            <p className="muted">{t('courses.adminCount', { total: num(conn.totalCount) })}</p>
            <ul className="plain home-course-list">
              {conn.edges.map(({ node: c }) => (
                <li key={c.id}>
                  <Link to={`/course-admin/${encodeURIComponent(c.id)}`}>{c.title}</Link>{' '}
                  <span className="muted small">{`${label('CourseStatus', c.status)} · ${date(c.startsAt)} · ${num(c.admittedCount)}/${num(c.capacity)}`}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="form-actions">
          <Link to="/course-admin" className="button-link primary" data-testid="home-course-admin">
            {t('nav.courseAdmin')}
          </Link>
          {me.can.registerCourses && (
            <Link to="/course-admin/new" className="button-link">
              {t('courses.new')}
            </Link>
          )}
          {me.can.approveCourses && (
            <Link to="/course-review" className="button-link">
              {t('nav.courseReview')}
            </Link>
          )}
        </p>
      </section>
    );
  }
  if (me.can.enrolInCourses) {
    return (
      <section className="card" aria-labelledby="home-courses-h" data-testid="home-courses">
        <h2 id="home-courses-h">{t('nav.courses')}</h2>
        <p className="form-actions">
          <Link to="/courses?fits=1&open=1" className="button-link primary">
            {t('courses.findFitting')}
          </Link>
          <Link to="/my-courses" className="button-link">
            {t('nav.myCourses')}
          </Link>
        </p>
      </section>
    );
  }
  return null;
}
