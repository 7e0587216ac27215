import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { forbiddenFields, hasErrorAt } from '../apollo/errors';
import { useAuth } from '../auth/AuthProvider';
import { TeacherDownloads } from '../components/Downloads';
import { DataList } from '../components/DataList';
import { Dialog } from '../components/Dialog';
import { useCursorPager } from '../components/Pager';
import { LoadError, Loading, NoAccess } from '../components/Status';
import { AddTeacherForm, TeacherTransferList, TransferTeacherForm } from '../components/TeacherIntake';
import { TeacherFilters, useTeacherFilters } from '../components/TeacherFilters';
import { TeacherReviewTable } from '../components/TeacherReview';
import { graphql } from '../gql';
import { useI18n } from '../i18n';

const PAGE_SIZE = 20;

/**
 * One school, this semester's review of its teachers and a page of them (searched and filtered by
 * the server); the school's `teachers` and `teacherReview` are null (FORBIDDEN) for viewers who
 * may not list them, and then the list is not shown.
 */
const SCHOOL_TEACHERS_QUERY = graphql(`
  query SchoolTeachers(
    $id: ID!
    $first: Int!
    $after: String
    $search: String
    $title: TeacherTitle
    $subject: Subject
    $confirmed: Boolean
    $contacts: Boolean!
  ) {
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
        viewerCan {
          readTeachers
          manageTeachers
          addTeachers
        }
        teacherReview {
          ...TeacherReviewStatus
        }
        teachers(first: 1) {
          totalCount
        }
      }
    }
    list: teachers(schoolId: $id, first: $first, after: $after, search: $search, title: $title, subject: $subject, confirmed: $confirmed) {
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
  const filters = useTeacherFilters();
  const pager = useCursorPager(`${id}:${filters.key}`);
  // e-mail and phone only where the viewer reads them for every listed teacher (a district does not)
  const contacts = Boolean(me?.can.readTeacherContacts);
  const { data, previousData, loading, error, refetch } = useQuery(SCHOOL_TEACHERS_QUERY, {
    variables: { id, first: PAGE_SIZE, after: pager.after, contacts, ...filters.variables },
    // Always ask the server: which fields are withheld comes with its answer, not from the cache.
    fetchPolicy: 'network-only',
  });
  const [markDone, marking] = useMutation(MARK_REVIEW_DONE);
  const [reviewError, setReviewError] = useState<string | null>(null);
  const [askingDone, setAskingDone] = useState(false);
  const shown = data ?? previousData;
  const school = shown?.node?.__typename === 'School' ? shown.node : null;
  // back to the school list for those who browse it (a CHIEF/CONTACT or teacher has no such list)
  const back = me?.can.browseSchools ? (
    <p>
      <Link to="/schools">{t('teachers.back')}</Link>
    </p>
  ) : null;

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

  // What to offer, from the school's viewerCan (the server's policy). Keepers: the school's CHIEF/CONTACT, the platform.
  const keeps = school.viewerCan.manageTeachers;
  const receives = school.viewerCan.addTeachers;
  // The review and the downloads are the keepers' and the followers' (district, platform): a teacher has its profile.
  const follows = keeps || Boolean(me?.can.browseTeachers);
  // The list only where the school's own list may be read (the search answers in the viewer's scope).
  const conn = school.teachers ? shown?.list : null;
  const review = school.teacherReview;
  const withheld = forbiddenFields(error, ['list', 'edges']);
  const refresh = () => void refetch();

  /** 標記審核完成: asked first while teachers have not confirmed (0 of 39 is rarely meant). */
  function askReviewDone() {
    if (review && review.confirmedTeachers < review.teachers) setAskingDone(true);
    else void markReviewDone();
  }

  async function markReviewDone() {
    setAskingDone(false);
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

      {review && follows && (
        <section className="card review-card" aria-labelledby="review-heading" data-testid="teacher-review">
          <h2 id="review-heading">{t('review.title', { semester: review.semester })}</h2>
          <p>
            <span data-testid="review-counts">
              {t('review.counts', { confirmed: num(review.confirmedTeachers), total: num(review.teachers) })}
            </span>
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
              <button type="button" className="primary" onClick={askReviewDone} disabled={marking.loading} data-testid="mark-review-done">
                {review.done ? t('review.markAgain') : t('review.mark')}
              </button>
            </>
          )}
          <Dialog
            open={askingDone}
            title={t('review.ask.title')}
            onClose={() => setAskingDone(false)}
            testId="review-done-dialog"
            closeText={t('common.cancel')}
            actions={
              <button
                type="button"
                className="primary"
                onClick={() => void markReviewDone()}
                disabled={marking.loading}
                data-testid="review-done-confirm"
              >
                {t('review.mark')}
              </button>
            }
          >
            <p data-testid="review-done-ask">
              {t('review.ask.text', { confirmed: num(review.confirmedTeachers), total: num(review.teachers) })}
            </p>
          </Dialog>
          {reviewError && (
            <p className="notice notice-error" role="alert">
              {reviewError}
            </p>
          )}
        </section>
      )}

      {school.teachers && follows && <TeacherFilters state={filters} />}
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
        emptyText={filters.any ? t('teachers.noMatch') : undefined}
        headExtra={follows && <TeacherDownloads schoolId={school.id} />}
      >
        {(teachers) => (
          <TeacherReviewTable
            teachers={teachers}
            forbidden={withheld}
            caption={t('teachers.schoolTitle', { school: school.name })}
            editable={keeps}
            contacts={contacts}
            onChanged={refresh}
          />
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
