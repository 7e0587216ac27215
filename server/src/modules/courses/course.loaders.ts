import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { RegistrationStatus, SchoolApproval, TeacherTitle } from '../../shared/enums';
import { countsUnder, groupUnder, hydrate, LoaderFamily, oneUnder, PageKey, pagesUnder, placeholders } from '../../shared/loaders';
import type { Page } from '../../shared/pagination';
import { CourseAudienceEntity, CourseChoiceEntity, CourseEntity, CourseRegistrationEntity, CourseSessionEntity } from './course.entity';
import { courseScope, registrationScope } from './course.policy';
import { teacherFacts, TeacherFacts } from './course.service';

export function courseLoaders(ds: DataSource, viewer: Viewer) {
  const scope = courseScope(viewer, 'x');
  const regScope = registrationScope(viewer, 'x');
  let myFacts: Promise<TeacherFacts | null> | null = null;
  /** A course by ID if the viewer sees it (courseScope), else null. */
  const courseById = new DataLoader<number, CourseEntity | null>(async (ids) => {
    const raw = await ds.query(`SELECT x.* FROM course x WHERE x.id IN (${placeholders(ids.length)}) AND (${scope.sql})`, [
      ...ids,
      ...scope.params,
    ]);
    return oneUnder(ids, hydrate(ds, CourseEntity, raw), (c) => c.id);
  });
  return {
    courseById,
    courseChoices: new DataLoader<number, CourseChoiceEntity[]>(async (ids) => {
      const raw: { course_id: number; dimension: string; option: string }[] = await ds.query(
        `SELECT c.course_id, c.dimension, c.\`option\` FROM course_choice c WHERE c.course_id IN (${placeholders(ids.length)}) ORDER BY c.course_id, c.dimension, c.\`option\``,
        [...ids],
      );
      return groupUnder(
        ids,
        raw.map((r) => ({ courseId: Number(r.course_id), dimension: r.dimension, option: r.option }) as CourseChoiceEntity),
        (r) => r.courseId,
      );
    }),
    courseAudience: new DataLoader<number, CourseAudienceEntity[]>(async (ids) => {
      const raw: { course_id: number; kind: string; value: string }[] = await ds.query(
        `SELECT a.course_id, a.kind, a.value FROM course_audience a WHERE a.course_id IN (${placeholders(ids.length)}) ORDER BY a.course_id, a.kind, a.value`,
        [...ids],
      );
      return groupUnder(
        ids,
        raw.map((r) => ({ courseId: Number(r.course_id), kind: r.kind, value: r.value }) as CourseAudienceEntity),
        (r) => r.courseId,
      );
    }),
    courseSessions: new DataLoader<number, CourseSessionEntity[]>(async (ids) => {
      const raw = await ds.query(
        `SELECT s.* FROM course_session s WHERE s.course_id IN (${placeholders(ids.length)}) ORDER BY s.course_id, s.starts_at, s.id`,
        [...ids],
      );
      return groupUnder(ids, hydrate(ds, CourseSessionEntity, raw), (s) => s.courseId);
    }),
    /** A registration by ID if the viewer reads it (registrationScope), else null. */
    registrationById: new DataLoader<number, CourseRegistrationEntity | null>(async (ids) => {
      const raw = await ds.query(
        `SELECT x.* FROM course_registration x WHERE x.id IN (${placeholders(ids.length)}) AND (${regScope.sql})`,
        [...ids, ...regScope.params],
      );
      return oneUnder(ids, hydrate(ds, CourseRegistrationEntity, raw), (r) => r.id);
    }),
    /** The viewer's (a teacher's) registration of each course, or null. */
    myRegistration: new DataLoader<number, CourseRegistrationEntity | null>(async (courseIds) => {
      if (viewer.kind !== 'TEACHER') return courseIds.map(() => null);
      const raw = await ds.query(
        `SELECT r.* FROM course_registration r WHERE r.teacher_id = ? AND r.course_id IN (${placeholders(courseIds.length)})`,
        [viewer.teacherId, ...courseIds],
      );
      return oneUnder(courseIds, hydrate(ds, CourseRegistrationEntity, raw), (r) => r.courseId);
    }),
    /** Each waitlisted registration's place on its course's waitlist (1 = next to be admitted). */
    waitlistPosition: new DataLoader<number, number | null>(async (ids) => {
      const raw: { id: number; n: number }[] = await ds.query(
        `SELECT r.id, COUNT(o.id) + 1 AS n FROM course_registration r
         LEFT JOIN course_registration o ON o.course_id = r.course_id AND o.status = 'WAITLISTED' AND o.queue_no < r.queue_no
         WHERE r.id IN (${placeholders(ids.length)}) AND r.status = 'WAITLISTED' GROUP BY r.id`,
        [...ids],
      );
      const m = new Map(raw.map((r) => [Number(r.id), Number(r.n)]));
      return ids.map((id) => m.get(id) ?? null);
    }),
    /** The roster of each course (ordered by arrival; the cursor is the arrival number), optionally of one status. */
    roster: new LoaderFamily<PageKey & { status?: RegistrationStatus | null }, number, Page<CourseRegistrationEntity>>(
      (args) =>
        new DataLoader((courseIds) =>
          pagesUnder(
            ds,
            CourseRegistrationEntity,
            {
              from: 'course_registration',
              parent: 'course_id',
              order: 'queue_no',
              where: args.status ? 'x.status = ?' : '1 = 1',
              params: args.status ? [args.status] : [],
            },
            courseIds,
            args,
            (r) => r.courseId,
          ),
        ),
    ),
    rosterCount: new LoaderFamily<RegistrationStatus | null, number, number>(
      (status) =>
        new DataLoader((courseIds) =>
          countsUnder(
            ds,
            'course_registration',
            'course_id',
            status ? { sql: 'x.status = ?', params: [status] } : { sql: '1 = 1', params: [] },
            courseIds,
          ),
        ),
    ),
    /** Each teacher's registrations the viewer reads, by ID. */
    registrationsByTeacher: new LoaderFamily<PageKey, number, Page<CourseRegistrationEntity>>(
      (args) =>
        new DataLoader((teacherIds) =>
          pagesUnder(
            ds,
            CourseRegistrationEntity,
            {
              from: 'course_registration',
              parent: 'teacher_id',
              order: 'id',
              where: regScope.sql,
              params: regScope.params,
              newestFirst: true,
            },
            teacherIds,
            args,
            (r) => r.teacherId,
            // each registration's course in the same statement (我的研習 shows them): courseById needs none of its own
            {
              table: 'course',
              key: 'course_id',
              target: CourseEntity,
              scope: courseScope(viewer, 'w'),
              prime: (id, c) => courseById.prime(id, c),
            },
          ),
        ),
    ),
    registrationCountByTeacher: new DataLoader<number, number>((teacherIds) =>
      countsUnder(ds, 'course_registration', 'teacher_id', regScope, teacherIds),
    ),
    /** Each school's teachers' registrations the viewer reads, optionally of one approval state, by ID. */
    registrationsBySchool: new LoaderFamily<PageKey & { approval?: SchoolApproval | null }, number, Page<CourseRegistrationEntity>>(
      (args) =>
        new DataLoader((schoolIds) =>
          pagesUnder(
            ds,
            CourseRegistrationEntity,
            {
              from: 'course_registration',
              parent: 'school_id',
              order: 'id',
              newestFirst: true,
              where: `(${regScope.sql})${args.approval ? ' AND x.approval = ?' : ''}`,
              params: [...regScope.params, ...(args.approval ? [args.approval] : [])],
            },
            schoolIds,
            args,
            (r) => r.schoolId,
          ),
        ),
    ),
    registrationCountBySchool: new LoaderFamily<SchoolApproval | null, number, number>(
      (approval) =>
        new DataLoader((schoolIds) =>
          countsUnder(
            ds,
            'course_registration',
            'school_id',
            {
              sql: `(${regScope.sql})${approval ? ' AND x.approval = ?' : ''}`,
              params: [...regScope.params, ...(approval ? [approval] : [])],
            },
            schoolIds,
          ),
        ),
    ),
    /** Each unit's courses the viewer sees, by ID. */
    coursesByUnit: new LoaderFamily<PageKey, number, Page<CourseEntity>>(
      (args) =>
        new DataLoader((unitIds) =>
          pagesUnder(
            ds,
            CourseEntity,
            {
              from: 'course',
              parent: 'organiser_unit_id',
              order: 'id',
              where: scope.sql,
              params: scope.params,
            },
            unitIds,
            args,
            (c) => c.organiserUnitId,
          ),
        ),
    ),
    courseCountByUnit: new DataLoader<number, number>((unitIds) => countsUnder(ds, 'course', 'organiser_unit_id', scope, unitIds)),
    /**
     * The teacher of a registration (name, title, national ID for masking), unscoped: reached only
     * through a registration the viewer reads (registrationScope), which is the authorization.
     */
    registrant: new DataLoader<number, { id: number; name: string; title: TeacherTitle; nationalId: string } | null>(async (ids) => {
      const raw: { id: number; name: string; title: TeacherTitle; national_id: string }[] = await ds.query(
        `SELECT t.id, t.name, t.title, t.national_id FROM teacher t WHERE t.id IN (${placeholders(ids.length)})`,
        [...ids],
      );
      return oneUnder(
        ids,
        raw.map((r) => ({ id: Number(r.id), name: r.name, title: r.title, nationalId: r.national_id })),
        (r) => r.id,
      );
    }),
    /** The viewer's (a teacher's) audience facts, read once per request. */
    myFacts: (): Promise<TeacherFacts | null> => {
      if (viewer.kind !== 'TEACHER') return Promise.resolve(null);
      myFacts ??= teacherFacts(ds, [viewer.teacherId]).then((m) => m.get(viewer.teacherId) ?? null);
      return myFacts;
    },
  };
}
