import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { Dimension, PlanKind, StudyDomain } from '../../shared/enums';
import { groupUnder, hydrate, LoaderFamily, oneUnder, placeholders } from '../../shared/loaders';
import { teacherPlanScope } from './plan.policy';
import {
  SchoolPlanChoiceEntity,
  SchoolPlanDomainEntity,
  SchoolPlanEntity,
  TeacherPlanChoiceEntity,
  TeacherPlanDomainEntity,
  TeacherPlanEntity,
} from './plan.entity';
import { PlanReopeningEntity, SurveyResponseEntity } from './planning-cycle.entity';

/** A school's teachers in a school year: how many, how many submitted, the IDs of those who have not. */
export interface TeacherProgressCounts {
  teachers: number;
  submitted: number;
  pendingIds: number[];
}

/** Each plan's choices (dimension, option), in one statement for any number of plans. */
async function choicesOf(ds: DataSource, table: 'school_plan_choice' | 'teacher_plan_choice', ids: readonly number[]) {
  const raw: { plan_id: number; dimension: Dimension; option: string }[] = await ds.query(
    `SELECT c.plan_id, c.dimension, c.\`option\` FROM ${table} c WHERE c.plan_id IN (${placeholders(ids.length)})`,
    [...ids],
  );
  return groupUnder(
    ids,
    raw.map((r) => ({ planId: Number(r.plan_id), dimension: r.dimension, option: r.option })),
    (c) => c.planId,
  );
}

/** Each plan's domains with themes and hours, by domain, in one statement for any number of plans. */
async function domainsOf(ds: DataSource, table: 'school_plan_domain' | 'teacher_plan_domain', ids: readonly number[]) {
  const raw: { plan_id: number; domain: StudyDomain; themes: string; hours: number }[] = await ds.query(
    `SELECT d.plan_id, d.domain, d.themes, d.hours FROM ${table} d WHERE d.plan_id IN (${placeholders(ids.length)}) ORDER BY d.plan_id, d.domain`,
    [...ids],
  );
  return groupUnder(
    ids,
    raw.map((r) => ({ planId: Number(r.plan_id), domain: r.domain, themes: r.themes, hours: Number(r.hours) })),
    (d) => d.planId,
  );
}

export function planningLoaders(ds: DataSource, viewer: Viewer) {
  const planScope = teacherPlanScope(viewer);
  return {
    schoolPlanById: new DataLoader<number, SchoolPlanEntity | null>(async (ids) =>
      oneUnder(ids, await ds.getRepository(SchoolPlanEntity).findBy({ id: In([...ids]) }), (p) => p.id),
    ),
    /** A teacher plan by ID if it lies in the viewer's plan scope (plan-scope.ts), else null. */
    teacherPlanById: new DataLoader<number, TeacherPlanEntity | null>(async (ids) => {
      const raw = await ds.query(`SELECT p.* FROM teacher_plan p WHERE p.id IN (${placeholders(ids.length)}) AND (${planScope.sql})`, [
        ...ids,
        ...planScope.params,
      ]);
      return oneUnder(ids, hydrate(ds, TeacherPlanEntity, raw), (p) => p.id);
    }),
    schoolPlansBySchool: new DataLoader<number, SchoolPlanEntity[]>(async (ids) => {
      const rows = await ds.getRepository(SchoolPlanEntity).find({ where: { schoolId: In([...ids]) }, order: { schoolYear: 'ASC' } });
      return groupUnder(ids, rows, (p) => p.schoolId);
    }),
    /** Each teacher's plans in the viewer's plan scope, by school year. */
    teacherPlansByTeacher: new DataLoader<number, TeacherPlanEntity[]>(async (ids) => {
      const raw = await ds.query(
        `SELECT p.* FROM teacher_plan p WHERE p.teacher_id IN (${placeholders(ids.length)}) AND (${planScope.sql}) ORDER BY p.school_year`,
        [...ids, ...planScope.params],
      );
      return groupUnder(ids, hydrate(ds, TeacherPlanEntity, raw), (p) => p.teacherId);
    }),
    // the hot rows of nested plan queries: plain SQL and plain objects, not the ORM's entity transformer
    schoolPlanChoices: new DataLoader<number, SchoolPlanChoiceEntity[]>((ids) => choicesOf(ds, 'school_plan_choice', ids)),
    teacherPlanChoices: new DataLoader<number, TeacherPlanChoiceEntity[]>((ids) => choicesOf(ds, 'teacher_plan_choice', ids)),
    schoolPlanDomains: new DataLoader<number, SchoolPlanDomainEntity[]>((ids) => domainsOf(ds, 'school_plan_domain', ids)),
    teacherPlanDomains: new DataLoader<number, TeacherPlanDomainEntity[]>((ids) => domainsOf(ds, 'teacher_plan_domain', ids)),
    schoolPlanTeacherCount: new DataLoader<number, number>(async (ids) => {
      const raw: { plan_id: number; n: number }[] = await ds.query(
        `SELECT plan_id, COUNT(*) AS n FROM school_plan_teacher WHERE plan_id IN (${placeholders(ids.length)}) GROUP BY plan_id`,
        [...ids],
      );
      const m = new Map(raw.map((r) => [Number(r.plan_id), Number(r.n)]));
      return ids.map((id) => m.get(id) ?? 0);
    }),
    /** The reopening of each owner's (school's or teacher's) plan of a kind and year, if any. */
    reopening: new LoaderFamily<{ planKind: PlanKind; schoolYear: number }, number, PlanReopeningEntity | null>(
      ({ planKind, schoolYear }) =>
        new DataLoader(async (ownerIds) => {
          const rows = await ds.getRepository(PlanReopeningEntity).findBy({ planKind, schoolYear, ownerId: In([...ownerIds]) });
          return oneUnder(ownerIds, rows, (r) => r.ownerId);
        }),
    ),
    /** Whether the viewer answered a school year's satisfaction survey. */
    surveyAnswered: new DataLoader<number, boolean>(async (years) => {
      if (viewer.kind === 'ANONYMOUS') return years.map(() => false);
      const rows = await ds.getRepository(SurveyResponseEntity).find({
        select: { schoolYear: true },
        where: { schoolYear: In([...years]), respondent: viewer.credentialId },
      });
      const answered = new Set(rows.map((r) => r.schoolYear));
      return years.map((y) => answered.has(y));
    }),
    /**
     * Per school of a school year: its teachers, those who submitted, and the IDs of the others (all
     * teachers are counted; whose names the viewer may read is the teacher loader's person scope).
     */
    teacherProgressBySchool: new LoaderFamily<number, number, TeacherProgressCounts>(
      (schoolYear) =>
        new DataLoader(async (schoolIds) => {
          const raw: { school_id: number; id: number; submitted: number }[] = await ds.query(
            `SELECT t.school_id, t.id, CASE WHEN tp.status = 'SUBMITTED' THEN 1 ELSE 0 END AS submitted
           FROM teacher t LEFT JOIN teacher_plan tp ON tp.teacher_id = t.id AND tp.school_year = ?
           WHERE t.school_id IN (${placeholders(schoolIds.length)}) ORDER BY t.school_id, t.id`,
            [schoolYear, ...schoolIds],
          );
          return groupUnder(schoolIds, raw, (r) => Number(r.school_id)).map((rows) => {
            const pendingIds = rows.filter((r) => !Number(r.submitted)).map((r) => Number(r.id));
            return { teachers: rows.length, submitted: rows.length - pendingIds.length, pendingIds };
          });
        }),
    ),
  };
}
