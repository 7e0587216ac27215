import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { forbiddenFields, hasErrorAt } from '../apollo/errors';
import { useAuth } from '../auth/AuthProvider';
import { TeacherDownloads } from '../components/Downloads';
import { DataList } from '../components/DataList';
import { useCursorPager } from '../components/Pager';
import { LoadError, Loading, NoAccess } from '../components/Status';
import { AddTeacherForm, TeacherTransferList, TransferTeacherForm } from '../components/TeacherIntake';
import { TeacherReviewTable } from '../components/TeacherReview';
import { graphql } from '../gql';
import { useI18n } from '../i18n';

const PAGE_SIZE = 20;

/**
 * One school, this semester's review of its teachers and a page of them; `teachers` and
 * `teacherReview` are null (FORBIDDEN) for viewers who may not list them.
 */
const SCHOOL_TEACHERS_QUERY = graphql(`
  query SchoolTeachers($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      id
      ... on School {
        code
        name
        county {
          id
          name
          nameEn
        }
        teacherReview {
          ...TeacherReviewStatus
        }
        teachers(first: $first, after: $after) {
          totalCount
          pageInfo {
            endCursor
            hasNextPage
          }
          edges {
            cursor
            node {
              ...ReviewTeacher
            }
          }
        }
      }
    }
  }
`);

graphql(`
  fragment TeacherReviewStatus on TeacherReview {
    semester
    reviewedAt
    done
    confirmedTeachers
    teachers
  }
`);

const MARK_REVIEW_DONE = graphql(`
  mutation MarkTeacherReviewDone($schoolId: ID!) {
    markTeacherReviewDone(schoolId: $schoolId) {
      id
      teacherReview {
        ...TeacherReviewStatus
      }
    }
  }
`);

export function SchoolTeachersPage() {
  const { t, pick, num, dateTime, errorText } = useI18n();
  const { me } = useAuth();
  const { id = '' } = useParams();
  const pager = useCursorPager(id);
  const { data, previousData, loading, error, refetch } = useQuery(SCHOOL_TEACHERS_QUERY, {
    variables: { id, first: PAGE_SIZE, after: pager.after },
    // Always ask the server: which fields are withheld comes with its answer, not from the cache.
    fetchPolicy: 'network-only',
  });
  const [markDone, marking] = useMutation(MARK_REVIEW_DONE);
  const [reviewError, setReviewError] = useState<string | null>(null);
  const shown = data ?? previousData;
  const school = shown?.node?.__typename === 'School' ? shown.node : null;
  const back = (
    <p>
      <Link to="/schools">{t('teachers.back')}</Link>
    </p>
  );

  if (!shown && loading) return <Loading />;
  if (!school) {
    return (
      <>
        {back}
        <h1>{t('teachers.title')}</h1>
        {hasErrorAt(error, 'FORBIDDEN') ? <NoAccess message={t('teachers.noAccess')} /> : <LoadError error={error} />}
        {!error && <p className="empty">{t('teachers.notFound')}</p>}
      </>
    );
  }

  // What to offer; the server decides each change. Keepers: the school's CHIEF/CONTACT, the platform.
  const keeps = Boolean(me?.can.manageTeachers && (me.role === 'PLATFORM_ADMIN' || me.school?.id === school.id));
  const receives = keeps || (me?.role === 'DISTRICT_ADMIN' && me.county?.id === school.county.id);
  const conn = school.teachers;
  const review = school.teacherReview;
  const withheld = forbiddenFields(error, ['node', 'teachers', 'edges']);
  const refresh = () => void refetch();

  async function markReviewDone() {
    setReviewError(null);
    try {
      await markDone({ variables: { schoolId: school!.id } });
    } catch (err) {
      setReviewError(errorText(err as Error));
    }
  }

  return (
    <>
      {back}
      <h1>{t('teachers.schoolTitle', { school: school.name })}</h1>
      <p className="muted">
        <span className="mono">{school.code}</span> · {pick(school.county.name, school.county.nameEn)}
      </p>

      {review && (
        <section className="card review-card" aria-labelledby="review-heading" data-testid="teacher-review">
          <h2 id="review-heading">{t('review.title', { semester: review.semester })}</h2>
          <p>
            <span data-testid="review-counts">{t('review.counts', { confirmed: num(review.confirmedTeachers), total: num(review.teachers) })}</span>
          </p>
          <progress max={Math.max(1, review.teachers)} value={review.confirmedTeachers} aria-label={t('review.progress')} />
          <p className="badge-line">
            {review.done ? (
              <span className="badge badge-ok" data-testid="review-status">
                {t('review.done', { at: review.reviewedAt ? dateTime(review.reviewedAt) : '' })}
              </span>
            ) : (
              <span className="badge badge-warn" data-testid="review-status">
                {t('review.notDone')}
              </span>
            )}
          </p>
          {keeps && (
            <>
              <p className="muted small">{t('review.markHelp')}</p>
              <button type="button" className="primary" onClick={markReviewDone} disabled={marking.loading} data-testid="mark-review-done">
                {review.done ? t('review.markAgain') : t('review.mark')}
              </button>
            </>
          )}
          {reviewError && (
            <p className="notice notice-error" role="alert">
              {reviewError}
            </p>
          )}
        </section>
      )}

      <DataList
        conn={conn}
        loading={loading}
        error={error}
        noAccess={hasErrorAt(error, 'FORBIDDEN', ['node', 'teachers']) && t('teachers.noAccess')}
        withheld={withheld}
        pager={pager}
        pageSize={PAGE_SIZE}
        countText={(total) => t('teachers.count', { total })}
        countTestId="teachers-count"
        headExtra={<TeacherDownloads schoolId={school.id} />}
      >
        {(teachers) => (
          <TeacherReviewTable teachers={teachers} forbidden={withheld} caption={t('teachers.schoolTitle', { school: school.name })} editable={keeps} onChanged={refresh} />
        )}
      </DataList>

      {receives && (
        <div className="intake">
          <details className="card" data-testid="add-teacher">
            <summary>
              <h2>{t('intake.addTitle')}</h2>
            </summary>
            <p className="muted small">{t('intake.addHelp')}</p>
            <AddTeacherForm schoolId={school.id} onDone={refresh} />
          </details>
          <details className="card" data-testid="transfer-teacher">
            <summary>
              <h2>{t('intake.transferTitle')}</h2>
            </summary>
            <p className="muted small">{t('intake.transferHelp')}</p>
            <TransferTeacherForm schoolId={school.id} schoolName={school.name} onDone={refresh} />
          </details>
          <TeacherTransferList onDone={refresh} />
        </div>
      )}
    </>
  );
}
