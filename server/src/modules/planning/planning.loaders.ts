import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { groupUnder, hydrate, oneUnder, placeholders } from '../../shared/loaders';
import { teacherPlanScope } from './plan-scope';
import {
  SchoolPlanChoiceEntity, SchoolPlanDomainEntity, SchoolPlanEntity, TeacherPlanChoiceEntity, TeacherPlanDomainEntity, TeacherPlanEntity,
} from './plan.entity';

export function planningLoaders(ds: DataSource, viewer: Viewer) {
  const planScope = teacherPlanScope(viewer);
  return {
    schoolPlanById: new DataLoader<number, SchoolPlanEntity | null>(async (ids) =>
      oneUnder(ids, await ds.getRepository(SchoolPlanEntity).findBy({ id: In([...ids]) }), (p) => p.id),
    ),
    /** A teacher plan by ID if it lies in the viewer's plan scope (plan-scope.ts), else null. */
    teacherPlanById: new DataLoader<number, TeacherPlanEntity | null>(async (ids) => {
      const raw = await ds.query(
        `SELECT p.* FROM teacher_plan p WHERE p.id IN (${placeholders(ids.length)}) AND (${planScope.sql})`,
        [...ids, ...planScope.params],
      );
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
    schoolPlanChoices: new DataLoader<number, SchoolPlanChoiceEntity[]>(async (ids) => {
      const rows = await ds.getRepository(SchoolPlanChoiceEntity).findBy({ planId: In([...ids]) });
      return groupUnder(ids, rows, (c) => c.planId);
    }),
    teacherPlanChoices: new DataLoader<number, TeacherPlanChoiceEntity[]>(async (ids) => {
      const rows = await ds.getRepository(TeacherPlanChoiceEntity).findBy({ planId: In([...ids]) });
      return groupUnder(ids, rows, (c) => c.planId);
    }),
    schoolPlanDomains: new DataLoader<number, SchoolPlanDomainEntity[]>(async (ids) => {
      const rows = await ds.getRepository(SchoolPlanDomainEntity).find({ where: { planId: In([...ids]) }, order: { domain: 'ASC' } });
      return groupUnder(ids, rows, (d) => d.planId);
    }),
    teacherPlanDomains: new DataLoader<number, TeacherPlanDomainEntity[]>(async (ids) => {
      const rows = await ds.getRepository(TeacherPlanDomainEntity).find({ where: { planId: In([...ids]) }, order: { domain: 'ASC' } });
      return groupUnder(ids, rows, (d) => d.planId);
    }),
    schoolPlanTeacherCount: new DataLoader<number, number>(async (ids) => {
      const raw: { plan_id: number; n: number }[] = await ds.query(
        `SELECT plan_id, COUNT(*) AS n FROM school_plan_teacher WHERE plan_id IN (${placeholders(ids.length)}) GROUP BY plan_id`,
        [...ids],
      );
      const m = new Map(raw.map((r) => [Number(r.plan_id), Number(r.n)]));
      return ids.map((id) => m.get(id) ?? 0);
    }),
  };
}
