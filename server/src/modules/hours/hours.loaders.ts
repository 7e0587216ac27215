import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { AttendanceMethod, AttendanceStatus, StudyDomain } from '../../shared/enums';
import { countsUnder, groupUnder, hydrate, loadAll, LoaderFamily, oneUnder, PageKey, pagesUnder, placeholders } from '../../shared/loaders';
import type { Page } from '../../shared/pagination';
import { attainmentFrom, teacherYearsOf, type TeacherAttainment, type TeacherYear } from './attainment';
import { AttendanceEntity, HoursCorrectionEntity, StudyRecordEntity } from './hours.entity';
import { correctionScope, studyRecordScope } from './hours.policy';

export interface AttendanceRow {
  registrationId: number;
  teacherName: string;
  status: AttendanceStatus;
  method: AttendanceMethod;
  recordedAt: Date;
}

export interface StudyHoursRow {
  schoolYear: number;
  total: number;
  byDomain: { domain: StudyDomain; hours: number }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Per-request loaders of the hours module; every row read through the viewer's row scope. */
export function hoursLoaders(ds: DataSource, viewer: Viewer) {
  const scope = studyRecordScope(viewer, 'x');
  const hcScope = correctionScope(viewer, 'x');
  /** A teacher's year (plan and records per domain): one statement for `hours` and `attainment` alike. */
  const yearOfTeacher = new LoaderFamily<number, number, TeacherYear>(
    (schoolYear) => new DataLoader((teacherIds) => teacherYearsOf(ds, schoolYear, teacherIds)),
  );
  /** A teacher's hours in a school year, total and per domain (the field rule decides who asks). */
  const hoursByTeacher = new LoaderFamily<number, number, StudyHoursRow>(
    (schoolYear) =>
      new DataLoader(async (teacherIds) =>
        (await loadAll(yearOfTeacher.get(schoolYear), teacherIds)).map((y) => ({
          schoolYear,
          total: round1(y.earned.reduce((s, d) => s + d.hours, 0)),
          byDomain: y.earned,
        })),
      ),
  );
  return {
    studyRecordById: new DataLoader<number, StudyRecordEntity | null>(async (ids) => {
      const raw = await ds.query(`SELECT x.* FROM study_record x WHERE x.id IN (${placeholders(ids.length)}) AND (${scope.sql})`, [
        ...ids,
        ...scope.params,
      ]);
      return oneUnder(ids, hydrate(ds, StudyRecordEntity, raw), (r) => r.id);
    }),
    studyRecordByNumber: new DataLoader<string, StudyRecordEntity | null>(async (numbers) => {
      const raw = await ds.query(
        `SELECT x.* FROM study_record x WHERE x.certificate_number IN (${placeholders(numbers.length)}) AND (${scope.sql})`,
        [...numbers, ...scope.params],
      );
      return oneUnder(numbers, hydrate(ds, StudyRecordEntity, raw), (r) => r.certificateNumber);
    }),
    recordsByTeacher: new LoaderFamily<PageKey & { schoolYear: number | null }, number, Page<StudyRecordEntity>>(
      (a) =>
        new DataLoader((teacherIds) =>
          pagesUnder(
            ds,
            StudyRecordEntity,
            {
              from: 'study_record',
              parent: 'teacher_id',
              order: 'id',
              newestFirst: true,
              where: `(${scope.sql}) AND (? IS NULL OR x.school_year = ?)`,
              params: [...scope.params, a.schoolYear, a.schoolYear],
            },
            teacherIds,
            a,
            (r) => r.teacherId,
          ),
        ),
    ),
    recordCountByTeacher: new LoaderFamily<number | null, number, number>(
      (schoolYear) =>
        new DataLoader((teacherIds) =>
          countsUnder(
            ds,
            'study_record',
            'teacher_id',
            { sql: `(${scope.sql}) AND (? IS NULL OR x.school_year = ?)`, params: [...scope.params, schoolYear, schoolYear] },
            teacherIds,
          ),
        ),
    ),
    recordsByCourse: new LoaderFamily<PageKey, number, Page<StudyRecordEntity>>(
      (a) =>
        new DataLoader((courseIds) =>
          pagesUnder(
            ds,
            StudyRecordEntity,
            { from: 'study_record', parent: 'course_id', order: 'id', where: scope.sql, params: scope.params },
            courseIds,
            a,
            (r) => r.courseId!,
          ),
        ),
    ),
    recordCountByCourse: new DataLoader<number, number>((courseIds) => countsUnder(ds, 'study_record', 'course_id', scope, courseIds)),
    hoursByTeacher,
    attainmentByTeacher: new LoaderFamily<number, number, TeacherAttainment>(
      // the plan and the records through yearOfTeacher: asked with `hours` (我的研習), one statement for both
      (schoolYear) =>
        new DataLoader(async (teacherIds) =>
          (await loadAll(yearOfTeacher.get(schoolYear), teacherIds)).map((y) => attainmentFrom(schoolYear, y)),
        ),
    ),
    /** A session's attendance (for the course's managers: the field rule). */
    attendanceBySession: new DataLoader<number, AttendanceRow[]>(async (sessionIds) => {
      const raw: Record<string, unknown>[] = await ds.query(
        `SELECT a.*, r.id AS registration_id, t.name AS teacher_name
         FROM course_attendance a JOIN teacher t ON t.id = a.teacher_id
         JOIN course_registration r ON r.course_id = a.course_id AND r.teacher_id = a.teacher_id
         WHERE a.session_id IN (${placeholders(sessionIds.length)}) ORDER BY a.session_id, r.queue_no`,
        [...sessionIds],
      );
      const rows = hydrate(ds, AttendanceEntity, raw).map((a, i) => ({
        sessionId: a.sessionId,
        registrationId: Number(raw[i].registration_id),
        teacherName: String(raw[i].teacher_name),
        status: a.status,
        method: a.method,
        recordedAt: a.recordedAt,
      }));
      return groupUnder(sessionIds, rows, (r) => r.sessionId);
    }),
    correctionById: new DataLoader<number, HoursCorrectionEntity | null>(async (ids) => {
      const raw = await ds.query(`SELECT x.* FROM hours_correction x WHERE x.id IN (${placeholders(ids.length)}) AND (${hcScope.sql})`, [
        ...ids,
        ...hcScope.params,
      ]);
      return oneUnder(ids, hydrate(ds, HoursCorrectionEntity, raw), (r) => r.id);
    }),
    /** The teacher's name of a record (a correction's row, read by those who see the correction). */
    teacherNameOfRecord: new DataLoader<number, string | null>(async (ids) => {
      const rows: { id: number; name: string }[] = await ds.query(
        `SELECT sr.id, t.name FROM study_record sr JOIN teacher t ON t.id = sr.teacher_id WHERE sr.id IN (${placeholders(ids.length)})`,
        [...ids],
      );
      const m = new Map(rows.map((r) => [Number(r.id), r.name]));
      return ids.map((id) => m.get(id) ?? null);
    }),
    correctionsByRecord: new DataLoader<number, HoursCorrectionEntity[]>(async (ids) => {
      const rows = await ds.query(`SELECT x.* FROM hours_correction x WHERE x.record_id IN (${placeholders(ids.length)}) ORDER BY x.id`, [
        ...ids,
      ]);
      return groupUnder(ids, hydrate(ds, HoursCorrectionEntity, rows), (r) => r.recordId);
    }),
  };
}
