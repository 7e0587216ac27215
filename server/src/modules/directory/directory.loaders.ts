import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { groupUnder, hydrate, LoaderFamily, oneUnder, placeholders } from '../../shared/loaders';
import { Page, pageWindow } from '../../shared/pagination';
import type { Subject } from '../../shared/enums';
import { CountyEntity } from './county.entity';
import { CountySchoolYearEntity, PlanWindowEntity, SchoolYearEntity } from './school-year.entity';
import { UnitEntity } from './unit.entity';
import { TeacherEntity } from './teacher.entity';
import { teacherScope } from './teacher.policy';
import { semesterOf } from '../../shared/semester';
import type { Clock } from '../../shared/clock';

export function directoryLoaders(ds: DataSource, viewer: Viewer, clock: Clock) {
  const scope = teacherScope(viewer);
  return {
    county: new DataLoader<number, CountyEntity | null>(async (ids) =>
      oneUnder(ids, await ds.getRepository(CountyEntity).findBy({ id: In([...ids]) }), (c) => c.id),
    ),
    schoolYear: new DataLoader<number, SchoolYearEntity | null>(async (years) =>
      oneUnder(years, await ds.getRepository(SchoolYearEntity).findBy({ year: In([...years]) }), (y) => y.year),
    ),
    unit: new DataLoader<number, UnitEntity | null>(async (ids) =>
      oneUnder(ids, await ds.getRepository(UnitEntity).findBy({ id: In([...ids]) }), (u) => u.id),
    ),
    /** A teacher by ID if it lies in the viewer's person scope (teacherScope), else null. */
    teacher: new DataLoader<number, TeacherEntity | null>(async (ids) => {
      const raw = await ds.query(`SELECT t.* FROM teacher t WHERE t.id IN (${placeholders(ids.length)}) AND (${scope.sql})`, [
        ...ids,
        ...scope.params,
      ]);
      return oneUnder(ids, hydrate(ds, TeacherEntity, raw), (t) => t.id);
    }),
    subjectsByTeacher: new DataLoader<number, Subject[]>(async (ids) => {
      // plain SQL: a page of teachers' subjects without the ORM's entity transformer
      const raw: { teacher_id: number; subject: Subject }[] = await ds.query(
        `SELECT s.teacher_id, s.subject FROM teacher_subject s WHERE s.teacher_id IN (${placeholders(ids.length)}) ORDER BY s.teacher_id, s.subject`,
        [...ids],
      );
      return groupUnder(ids, raw, (r) => Number(r.teacher_id)).map((list) => list.map((r) => r.subject));
    }),
    schedulesByCounty: new DataLoader<number, CountySchoolYearEntity[]>(async (ids) => {
      const rows = await ds.getRepository(CountySchoolYearEntity).find({ where: { countyId: In([...ids]) }, order: { schoolYear: 'ASC' } });
      return groupUnder(ids, rows, (r) => r.countyId);
    }),
    windowsByYear: new DataLoader<number, PlanWindowEntity[]>(async (years) => {
      const rows = await ds.getRepository(PlanWindowEntity).find({
        where: { schoolYear: In([...years]) },
        order: { planKind: 'ASC', groupKey: 'ASC' },
      });
      return groupUnder(years, rows, (r) => r.schoolYear);
    }),
    /**
     * A page of each school's teachers in the viewer's scope: one statement for any number of
     * schools (ROW_NUMBER() per school, on MySQL 8 / MariaDB 10.2+ and SQLite 3.25+).
     */
    teachersBySchool: new LoaderFamily<{ first?: number | null; after?: string | null }, number, Page<TeacherEntity>>(
      (args) =>
        new DataLoader(async (schoolIds) => {
          const { first, afterId } = pageWindow(args);
          const raw = await ds.query(
            `SELECT * FROM (
               SELECT t.*, ROW_NUMBER() OVER (PARTITION BY t.school_id ORDER BY t.id) AS rn
               FROM teacher t
               WHERE t.school_id IN (${placeholders(schoolIds.length)}) AND t.id > ? AND (${scope.sql})
             ) ranked WHERE ranked.rn <= ? ORDER BY ranked.school_id, ranked.id`,
            [...schoolIds, afterId, ...scope.params, first + 1],
          );
          const teachers = hydrate(ds, TeacherEntity, raw);
          return groupUnder(schoolIds, teachers, (t) => t.schoolId).map((rows) => ({
            nodes: rows.slice(0, first),
            hasNextPage: rows.length > first,
          }));
        }),
    ),
    /** Per school: teachers who confirmed their profile this semester, and all teachers. */
    confirmationsBySchool: new DataLoader<number, { confirmed: number; total: number }>(async (schoolIds) => {
      const raw: { school_id: number; confirmed: number; total: number }[] = await ds.query(
        `SELECT t.school_id, SUM(CASE WHEN t.profile_confirmed_semester = ? THEN 1 ELSE 0 END) AS confirmed, COUNT(*) AS total
         FROM teacher t WHERE t.school_id IN (${placeholders(schoolIds.length)}) GROUP BY t.school_id`,
        [semesterOf(clock.now()), ...schoolIds],
      );
      const m = new Map(raw.map((r) => [Number(r.school_id), { confirmed: Number(r.confirmed), total: Number(r.total) }]));
      return schoolIds.map((id) => m.get(id) ?? { confirmed: 0, total: 0 });
    }),
    teacherCountBySchool: new DataLoader<number, number>(async (schoolIds) => {
      const raw: { school_id: number; n: number }[] = await ds.query(
        `SELECT t.school_id, COUNT(*) AS n FROM teacher t
         WHERE t.school_id IN (${placeholders(schoolIds.length)}) AND (${scope.sql}) GROUP BY t.school_id`,
        [...schoolIds, ...scope.params],
      );
      const counts = oneUnder(schoolIds, raw, (r) => Number(r.school_id));
      return counts.map((r) => (r ? Number(r.n) : 0));
    }),
  };
}
