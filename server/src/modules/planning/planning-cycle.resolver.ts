import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { TeacherEntity } from '../directory';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { fillsSchoolPlanOf, reopensPlansOf } from './plan.policy';
import { idOfType } from '../../shared/global-id';
import { badInput } from '../../shared/errors';
import { StudyDomain, StudyLevel, StudyMethod, StudyMode, StudyPlace, StudyTime } from '../../shared/enums';
import { School, Teacher } from '../directory';
import type { UnitEntity } from '../directory';
import { SchoolPlan, TeacherPlan } from './planning.types';
import type { PlanContent } from './plan.service';
import { groupKeyOf, stateOfWindow, type WindowState } from './windows';
import { ListSize, SIZES } from '../../shared/cost-directives';
import { CALENDAR_RESOLVERS, PlanningWindow } from './calendar.resolver';
import { SURVEY_RESOLVERS } from './survey.resolver';
import { PROGRESS_RESOLVERS } from './progress.resolver';
import { REWARD_RESOLVERS } from './reward.resolver';

// Filling plans in their windows: saving, submitting and reopening, a school's and a teacher's planning.
// The other concerns of the cycle have their own files: calendar, survey, progress (and reminders), reward.

@InputType()
class PlannedDomainInput {
  @Field(() => StudyDomain)
  domain: StudyDomain;

  @Field({ description: 'Planned themes (at most 500 characters)' })
  themes: string;

  @Field(() => Int, { description: 'Planned hours, 0-360' })
  hours: number;
}

@InputType({ description: "A plan's needs: the five dimensions and the domains (a draft may leave some empty)" })
class PlanContentInput {
  @Field(() => [StudyMode])
  modes: StudyMode[];

  @Field(() => [StudyTime])
  times: StudyTime[];

  @Field(() => [StudyPlace])
  places: StudyPlace[];

  @Field(() => [StudyLevel])
  levels: StudyLevel[];

  @Field(() => [StudyMethod])
  methods: StudyMethod[];

  @Field(() => [PlannedDomainInput])
  domains: PlannedDomainInput[];
}

@InputType()
class SchoolPlanInput extends PlanContentInput {
  @Field(() => ID)
  schoolId: string;

  @Field(() => Int)
  schoolYear: number;

  @Field(() => Int, { nullable: true, description: 'The version you read (null or 0 for a new plan)' })
  version?: number | null;

  @Field(() => Int, { nullable: true, description: '(一) 學生總數' })
  totalStudents?: number | null;
}

@InputType()
class TeacherPlanInput extends PlanContentInput {
  @Field(() => Int)
  schoolYear: number;

  @Field(() => Int, { nullable: true, description: 'The version you read (null or 0 for a new plan)' })
  version?: number | null;
}

@ObjectType({ description: "A school's plan of a school year, with its window" })
class SchoolPlanning {
  @Field(() => PlanningWindow)
  window: WindowState;

  @Field(() => SchoolPlan, { nullable: true })
  plan: unknown;

  @Field({ description: "The viewer fills this plan (the school's CHIEF or CONTACT)" })
  canFill: boolean;

  @Field({ description: 'The viewer may reopen it (the district of its county, the platform)' })
  canReopen: boolean;

  @Field({ description: "The viewer answered this year's survey" })
  surveyAnswered: boolean;
}

@ObjectType({ description: "A teacher's plan of a school year, with the school's submitted plan beside it" })
class TeacherPlanning {
  @Field(() => PlanningWindow)
  window: WindowState;

  @Field(() => TeacherPlan, { nullable: true })
  plan: unknown;

  @Field(() => SchoolPlan, { nullable: true, description: "The school's submitted plan, as reference" })
  schoolPlan: unknown;

  @Field()
  surveyAnswered: boolean;
}

@ObjectType()
class TeacherProgress {
  @Field(() => Int)
  teachers: number;

  @Field(() => Int)
  submitted: number;

  @ListSize(SIZES.teachersPerSchool)
  @Field(() => [Teacher], { description: 'Teachers who have not submitted' })
  pending: unknown[];
}

const content = (i: PlanContentInput): PlanContent => ({
  modes: i.modes,
  times: i.times,
  places: i.places,
  levels: i.levels,
  methods: i.methods,
  domains: i.domains,
});

@Resolver()
export class PlanningCycleResolver {
  @Allow('Mutation.saveSchoolPlan')
  @Mutation(() => SchoolPlan, {
    description: 'Save the school plan (a draft any time in the service period; a submitted plan while the window is open)',
  })
  saveSchoolPlan(@Arg('input') input: SchoolPlanInput, @Ctx() ctx: Context) {
    return ctx.services.plans.saveSchoolPlan(
      ctx.viewer,
      idOfType(input.schoolId, 'School', 'schoolId'),
      input.schoolYear,
      { ...content(input), totalStudents: input.totalStudents },
      input.version,
    );
  }

  @Allow('Mutation.submitSchoolPlan')
  @Mutation(() => SchoolPlan, { description: 'Submit the school plan inside its window; submitting twice changes nothing' })
  submitSchoolPlan(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.plans.submitSchoolPlan(ctx.viewer, idOfType(schoolId, 'School', 'schoolId'), schoolYear, version);
  }

  @Allow('Mutation.saveMyTeacherPlan')
  @Mutation(() => TeacherPlan, { description: 'Save your own teacher plan (a draft, or amend a submitted one while the window is open)' })
  saveMyTeacherPlan(@Arg('input') input: TeacherPlanInput, @Ctx() ctx: Context) {
    return ctx.services.plans.saveTeacherPlan(ctx.viewer, input.schoolYear, content(input), input.version);
  }

  @Allow('Mutation.submitMyTeacherPlan')
  @Mutation(() => TeacherPlan, { description: "Submit your own plan inside your county's wave; submitting twice changes nothing" })
  submitMyTeacherPlan(
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.plans.submitTeacherPlan(ctx.viewer, schoolYear, version);
  }

  @Allow('Mutation.reopenSchoolPlan')
  @Mutation(() => DateTimeISOResolver, { description: "Reopen a school's plan after its window closed, until a time (district, platform)" })
  reopenSchoolPlan(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('until', () => DateTimeISOResolver) until: Date,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.plans.reopen(ctx.viewer, 'SCHOOL_PLAN', schoolYear, idOfType(schoolId, 'School', 'schoolId'), until);
  }

  @Allow('Mutation.reopenTeacherPlan')
  @Mutation(() => DateTimeISOResolver, { description: "Reopen a teacher's plan after its wave closed, until a time (district, platform)" })
  reopenTeacherPlan(
    @Arg('teacherId', () => ID) teacherId: string,
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('until', () => DateTimeISOResolver) until: Date,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.plans.reopen(ctx.viewer, 'TEACHER_PLAN', schoolYear, idOfType(teacherId, 'Teacher', 'teacherId'), until);
  }

  @Allow('Query.myTeacherPlanning')
  @Query(() => TeacherPlanning, { description: "Your teacher plan of a school year, its window and your school's submitted plan" })
  async myTeacherPlanning(@Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    const v = ctx.viewer;
    if (v.kind !== 'TEACHER') throw badInput('schoolYear', 'TEACHERS_ONLY', 'Teachers only');
    const [window, plans, schoolPlans, surveyAnswered] = await Promise.all([
      ctx.services.plans.teacherWindow(v.teacherId, schoolYear),
      ctx.loaders.teacherPlansByTeacher.load(v.teacherId),
      ctx.loaders.schoolPlansBySchool.load(v.schoolId),
      ctx.services.surveys.surveyAnswered(v, schoolYear),
    ]);
    return {
      window,
      plan: plans.find((p) => p.schoolYear === schoolYear) ?? null,
      schoolPlan: schoolPlans.find((p) => p.schoolYear === schoolYear && p.status === 'SUBMITTED') ?? null,
      surveyAnswered,
    };
  }
}

@Resolver(() => School)
export class SchoolPlanningFields {
  @Allow('School.planning')
  @FieldResolver(() => SchoolPlanning, { nullable: true, description: "The school's plan of a school year with its window" })
  async planning(@Root() s: UnitEntity, @Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    // loaders only: a page of schools costs what one school costs
    const [year, schedules, windows, reopening, plans, surveyAnswered] = await Promise.all([
      ctx.loaders.schoolYear.load(schoolYear),
      s.countyId != null ? ctx.loaders.schedulesByCounty.load(s.countyId) : [],
      ctx.loaders.windowsByYear.load(schoolYear),
      ctx.loaders.reopening.get({ planKind: 'SCHOOL_PLAN', schoolYear }).load(s.id),
      ctx.loaders.schoolPlansBySchool.load(s.id),
      ctx.loaders.surveyAnswered.load(schoolYear),
    ]);
    const schedule = schedules.find((x) => x.schoolYear === schoolYear);
    const groupKey = schedule ? groupKeyOf(schedule, 'SCHOOL_PLAN') : null;
    const window = groupKey ? (windows.find((w) => w.planKind === 'SCHOOL_PLAN' && w.groupKey === groupKey) ?? null) : null;
    return {
      window: stateOfWindow(ctx.services.clock.now(), schoolYear, 'SCHOOL_PLAN', { year, groupKey, window, reopening }),
      plan: plans.find((p) => p.schoolYear === schoolYear) ?? null,
      canFill: fillsSchoolPlanOf(ctx.viewer, s),
      canReopen: reopensPlansOf(ctx.viewer, s),
      surveyAnswered,
    };
  }

  @Allow('School.teacherProgress')
  @FieldResolver(() => TeacherProgress, { nullable: true, description: "The school's teachers who have (not) submitted their plan" })
  async teacherProgress(@Root() s: UnitEntity, @Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    const { teachers, submitted, pendingIds } = await ctx.loaders.teacherProgressBySchool.get(schoolYear).load(s.id);
    return {
      teachers,
      submitted,
      // the names go through the person scope: a teacher sees itself, never its colleagues
      pending: (await ctx.loaders.teacher.loadMany(pendingIds)).filter((t): t is TeacherEntity => !!t && !(t instanceof Error)),
    };
  }
}

export const PLANNING_CYCLE_RESOLVERS = [
  ...CALENDAR_RESOLVERS,
  PlanningCycleResolver,
  ...SURVEY_RESOLVERS,
  ...PROGRESS_RESOLVERS,
  SchoolPlanningFields,
  ...REWARD_RESOLVERS,
] as const;
