import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { toGlobalId } from '../../shared/global-id';
import { Dimension, Stage, StudyLevel, StudyMethod, StudyMode, StudyPlace, StudyTime } from '../../shared/enums';
import { School, SchoolYear, Teacher } from '../directory';
import type { UnitEntity } from '../directory';
import type { TeacherEntity } from '../directory';
import { PlannedDomain, SchoolPlan, TeacherPlan } from './planning.types';
import type { SchoolPlanEntity, TeacherPlanEntity } from './plan.entity';
import { ListSize, SIZES } from '../../shared/cost-directives';

type ChoiceRow = { dimension: Dimension; option: string };
const pick = (rows: ChoiceRow[], d: Dimension) => rows.filter((r) => r.dimension === d).map((r) => r.option);

@Resolver(() => SchoolPlan)
export class SchoolPlanResolver {
  @FieldResolver(() => ID)
  id(@Root() p: SchoolPlanEntity) {
    return toGlobalId('SchoolPlan', p.id);
  }

  @FieldResolver(() => SchoolYear, { description: 'The school year with its service period and windows' })
  year(@Root() p: SchoolPlanEntity, @Ctx() ctx: Context) {
    return ctx.loaders.schoolYear.load(p.schoolYear);
  }

  @FieldResolver(() => School)
  school(@Root() p: SchoolPlanEntity, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(p.schoolId);
  }

  @FieldResolver(() => [Stage], { description: '(一) stages as filed' })
  stages(@Root() p: SchoolPlanEntity) {
    return p.stages ? p.stages.split(',') : [];
  }

  @FieldResolver(() => Int, { description: '(二) how many teachers the plan listed when filed' })
  teacherCount(@Root() p: SchoolPlanEntity, @Ctx() ctx: Context) {
    return ctx.loaders.schoolPlanTeacherCount.load(p.id);
  }

  @FieldResolver(() => [StudyMode], { description: '在職進修方式' })
  async modes(@Root() p: SchoolPlanEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.schoolPlanChoices.load(p.id), 'MODE');
  }

  @FieldResolver(() => [StudyTime], { description: '在職進修時間' })
  async times(@Root() p: SchoolPlanEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.schoolPlanChoices.load(p.id), 'TIME');
  }

  @FieldResolver(() => [StudyPlace], { description: '在職進修地點' })
  async places(@Root() p: SchoolPlanEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.schoolPlanChoices.load(p.id), 'PLACE');
  }

  @FieldResolver(() => [StudyLevel], { description: '主要進修階層' })
  async levels(@Root() p: SchoolPlanEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.schoolPlanChoices.load(p.id), 'LEVEL');
  }

  @FieldResolver(() => [StudyMethod], { description: '主要實施方式' })
  async methods(@Root() p: SchoolPlanEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.schoolPlanChoices.load(p.id), 'METHOD');
  }

  @ListSize(SIZES.options)
  @FieldResolver(() => [PlannedDomain], { description: '主要研習範疇 with planned themes and hours' })
  domains(@Root() p: SchoolPlanEntity, @Ctx() ctx: Context) {
    return ctx.loaders.schoolPlanDomains.load(p.id);
  }
}

@Resolver(() => TeacherPlan)
export class TeacherPlanResolver {
  @FieldResolver(() => ID)
  id(@Root() p: TeacherPlanEntity) {
    return toGlobalId('TeacherPlan', p.id);
  }

  @FieldResolver(() => SchoolYear, { description: 'The school year with its service period and windows' })
  year(@Root() p: TeacherPlanEntity, @Ctx() ctx: Context) {
    return ctx.loaders.schoolYear.load(p.schoolYear);
  }

  @FieldResolver(() => Teacher)
  teacher(@Root() p: TeacherPlanEntity, @Ctx() ctx: Context) {
    return ctx.loaders.teacher.load(p.teacherId);
  }

  @FieldResolver(() => School, { description: "The teacher's school when the plan was filed" })
  school(@Root() p: TeacherPlanEntity, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(p.schoolId);
  }

  @FieldResolver(() => [StudyMode])
  async modes(@Root() p: TeacherPlanEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.teacherPlanChoices.load(p.id), 'MODE');
  }

  @FieldResolver(() => [StudyTime])
  async times(@Root() p: TeacherPlanEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.teacherPlanChoices.load(p.id), 'TIME');
  }

  @FieldResolver(() => [StudyPlace])
  async places(@Root() p: TeacherPlanEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.teacherPlanChoices.load(p.id), 'PLACE');
  }

  @FieldResolver(() => [StudyLevel])
  async levels(@Root() p: TeacherPlanEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.teacherPlanChoices.load(p.id), 'LEVEL');
  }

  @FieldResolver(() => [StudyMethod])
  async methods(@Root() p: TeacherPlanEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.teacherPlanChoices.load(p.id), 'METHOD');
  }

  @ListSize(SIZES.options)
  @FieldResolver(() => [PlannedDomain])
  domains(@Root() p: TeacherPlanEntity, @Ctx() ctx: Context) {
    return ctx.loaders.teacherPlanDomains.load(p.id);
  }
}

@Resolver(() => School)
export class SchoolPlansResolver {
  @Allow('School.schoolPlans')
  @ListSize(SIZES.schoolYears)
  @FieldResolver(() => [SchoolPlan], { nullable: true, description: "The school's plans, by school year" })
  schoolPlans(@Root() s: UnitEntity, @Ctx() ctx: Context) {
    return ctx.loaders.schoolPlansBySchool.load(s.id);
  }

  @Allow('School.schoolPlan')
  @FieldResolver(() => SchoolPlan, { nullable: true, description: "The school's plan of one school year" })
  async schoolPlan(@Root() s: UnitEntity, @Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    return (await ctx.loaders.schoolPlansBySchool.load(s.id)).find((p) => p.schoolYear === schoolYear) ?? null;
  }
}

@Resolver(() => Teacher)
export class TeacherPlansResolver {
  @Allow('Teacher.plans')
  @ListSize(SIZES.schoolYears)
  @FieldResolver(() => [TeacherPlan], { nullable: true, description: "The teacher's plans, by school year" })
  plans(@Root() t: TeacherEntity, @Ctx() ctx: Context) {
    return ctx.loaders.teacherPlansByTeacher.load(t.id);
  }

  @Allow('Teacher.plan')
  @FieldResolver(() => TeacherPlan, { nullable: true, description: "The teacher's plan of one school year" })
  async plan(@Root() t: TeacherEntity, @Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    return (await ctx.loaders.teacherPlansByTeacher.load(t.id)).find((p) => p.schoolYear === schoolYear) ?? null;
  }
}

export const PLANNING_RESOLVERS = [SchoolPlanResolver, TeacherPlanResolver, SchoolPlansResolver, TeacherPlansResolver] as const;
