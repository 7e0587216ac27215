import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { TeacherEntity } from '../directory/teacher.entity';
import type { Context } from '../../context';
import { Allow, fillsSchoolPlanOf, reopensPlansOf } from '../../auth/rules';
import { idOfType } from '../../shared/global-id';
import { badInput } from '../../shared/errors';
import { PlanKind, StudyDomain, StudyLevel, StudyMethod, StudyMode, StudyPlace, StudyTime } from '../../shared/enums';
import { County, PlanWindow, School, SchoolYear, Teacher } from '../directory/directory.types';
import type { CountyEntity } from '../directory/county.entity';
import type { SchoolYearEntity } from '../directory/school-year.entity';
import type { UnitEntity } from '../directory/unit.entity';
import { SchoolPlan, TeacherPlan } from './planning.types';
import type { PlanContent } from './plan.service';
import type { ReminderEntity } from './planning-cycle.entity';
import { groupKeyOf, stateOfWindow, taipeiDate, WindowState } from './windows';
import { ListSize, SIZES } from '../../shared/cost-directives';

@InputType()
class PlannedDomainInput {
  @Field(() => StudyDomain)
  domain: StudyDomain;

  @Field({ description: 'Planned themes (at most 500 characters)' })
  themes: string;

  @Field(() => Int, { description: 'Planned hours, 0-360' })
  hours: number;
}

@InputType({ description: 'A plan\'s needs: the five dimensions and the domains (a draft may leave some empty)' })
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

@InputType()
class WindowInput {
  @Field(() => PlanKind)
  planKind: PlanKind;

  @Field({ description: "County group ('A', 'B') for school plans, wave ('1'..'5') for teacher plans" })
  groupKey: string;

  @Field({ description: 'First day, YYYY-MM-DD in Taiwan time (from 00:00)' })
  opensOn: string;

  @Field({ description: 'Last day, YYYY-MM-DD in Taiwan time (until 23:59:59)' })
  closesOn: string;
}

@InputType()
class CountyScheduleInput {
  @Field(() => ID)
  countyId: string;

  @Field()
  planGroup: string;

  @Field(() => Int)
  teacherWave: number;
}

@InputType({ description: "A school year's calendar: service period, windows, every county's group and wave" })
class SchoolYearInput {
  @Field(() => Int)
  year: number;

  @Field({ description: 'YYYY-MM-DD, Taiwan time' })
  serviceOpensOn: string;

  @Field({ description: 'YYYY-MM-DD, Taiwan time' })
  serviceClosesOn: string;

  @Field(() => Int, { nullable: true, description: '獎勵名單: teachers who must submit, percent (default 60)' })
  rewardThresholdPercent?: number | null;

  @Field(() => [WindowInput])
  windows: WindowInput[];

  @Field(() => [CountyScheduleInput])
  counties: CountyScheduleInput[];
}

@ObjectType({ description: 'Where a plan stands against its window (times in UTC; dates in Taiwan time)' })
class PlanningWindow {
  @Field(() => Int)
  schoolYear: number;

  @Field(() => PlanKind)
  planKind: PlanKind;

  @Field(() => String, { nullable: true })
  groupKey: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  opensAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  closesAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  serviceOpensAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  serviceClosesAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Reopened by the district or the platform until' })
  reopenedUntil: Date | null;

  @Field({ description: 'Submitting and amending are possible now' })
  open: boolean;

  @Field({ description: 'Drafts may be saved now' })
  inService: boolean;

  @Field(() => Int, { nullable: true, description: 'Seconds until it closes (while open)' })
  secondsLeft: number | null;
}

@ObjectType({ description: "A school's plan of a school year, with its window" })
class SchoolPlanning {
  @Field(() => PlanningWindow)
  window: WindowState;

  @Field(() => SchoolPlan, { nullable: true })
  plan: unknown;

  @Field({ description: 'The viewer fills this plan (the school\'s CHIEF or CONTACT)' })
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
class CountyProgress {
  @Field(() => County)
  county: unknown;

  @Field(() => String, { nullable: true })
  planGroup: string | null;

  @Field(() => Int, { nullable: true })
  teacherWave: number | null;

  @Field(() => Int, { description: 'Schools invited' })
  schools: number;

  @Field(() => Int)
  schoolsSubmitted: number;

  @Field(() => Int, { description: 'Teachers invited' })
  teachers: number;

  @Field(() => Int)
  teachersSubmitted: number;
}

@ObjectType()
class PendingSchool {
  @Field(() => School)
  school: unknown;

  @Field()
  schoolPlanSubmitted: boolean;

  @Field(() => Int)
  pendingTeachers: number;
}

@ObjectType({ description: '催覆: a reminder sent, when and to whom' })
class Reminder {
  @Field(() => School)
  school: unknown;

  @Field(() => PlanKind, { description: 'Which plans were missing: the school plan, or teachers\' plans' })
  planKind: PlanKind;

  @Field(() => DateTimeISOResolver)
  sentAt: Date;

  @Field()
  sentBy: string;

  @Field(() => Int, { description: "How many of the school's CHIEFs and CONTACTs were reminded" })
  recipients: number;

  @Field(() => Int)
  pendingTeachers: number;
}

@ObjectType({ description: '獎勵名單: a school on the reward list' })
class RewardEntry {
  @Field(() => School)
  school: unknown;

  @Field(() => DateTimeISOResolver)
  submittedAt: Date;

  @Field(() => Int)
  teachers: number;

  @Field(() => Int)
  teachersSubmitted: number;

  @Field(() => Float)
  participationPercent: number;
}

@ObjectType({ description: 'Survey results of a county: responses and the mean of each of the five questions' })
class CountySurvey {
  @Field(() => County)
  county: unknown;

  @Field(() => PlanKind)
  planKind: PlanKind;

  @Field(() => Int)
  responses: number;

  @Field(() => [Float])
  means: number[];
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
  modes: i.modes, times: i.times, places: i.places, levels: i.levels, methods: i.methods, domains: i.domains,
});
const countyArg = (id: string | null | undefined) => (id ? idOfType(id, 'County', 'countyId') : null);

@Resolver(() => PlanningWindow)
export class PlanningWindowResolver {
  @FieldResolver(() => Int, { nullable: true })
  secondsLeft(@Root() w: WindowState, @Ctx() ctx: Context) {
    if (!w.open) return null;
    const end = w.reopenedUntil && (!w.closesAt || w.reopenedUntil > w.closesAt) ? w.reopenedUntil : w.closesAt;
    return end ? Math.max(0, Math.floor((end.getTime() - ctx.services.clock.now().getTime()) / 1000)) : null;
  }
}

@Resolver()
export class PlanningCycleResolver {
  @Allow('Mutation.configureSchoolYear')
  @Mutation(() => SchoolYear, { description: "Set a school year's service period, windows, groups and waves (platform)" })
  configureSchoolYear(@Arg('input') input: SchoolYearInput, @Ctx() ctx: Context) {
    return ctx.services.cycle.configureSchoolYear(ctx.viewer, {
      ...input,
      counties: input.counties.map((c, i) => ({ ...c, countyId: idOfType(c.countyId, 'County', `counties.${i}.countyId`) })),
    });
  }

  @Allow('Mutation.saveSchoolPlan')
  @Mutation(() => SchoolPlan, { description: 'Save the school plan (a draft any time in the service period; a submitted plan while the window is open)' })
  saveSchoolPlan(@Arg('input') input: SchoolPlanInput, @Ctx() ctx: Context) {
    return ctx.services.plans.saveSchoolPlan(
      ctx.viewer, idOfType(input.schoolId, 'School', 'schoolId'), input.schoolYear, { ...content(input), totalStudents: input.totalStudents }, input.version,
    );
  }

  @Allow('Mutation.submitSchoolPlan')
  @Mutation(() => SchoolPlan, { description: 'Submit the school plan inside its window; submitting twice changes nothing' })
  submitSchoolPlan(
    @Arg('schoolId', () => ID) schoolId: string, @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('version', () => Int, { nullable: true }) version: number | null, @Ctx() ctx: Context,
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
  submitMyTeacherPlan(@Arg('schoolYear', () => Int) schoolYear: number, @Arg('version', () => Int, { nullable: true }) version: number | null, @Ctx() ctx: Context) {
    return ctx.services.plans.submitTeacherPlan(ctx.viewer, schoolYear, version);
  }

  @Allow('Mutation.reopenSchoolPlan')
  @Mutation(() => DateTimeISOResolver, { description: "Reopen a school's plan after its window closed, until a time (district, platform)" })
  reopenSchoolPlan(
    @Arg('schoolId', () => ID) schoolId: string, @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('until', () => DateTimeISOResolver) until: Date, @Ctx() ctx: Context,
  ) {
    return ctx.services.plans.reopen(ctx.viewer, 'SCHOOL_PLAN', schoolYear, idOfType(schoolId, 'School', 'schoolId'), until);
  }

  @Allow('Mutation.reopenTeacherPlan')
  @Mutation(() => DateTimeISOResolver, { description: "Reopen a teacher's plan after its wave closed, until a time (district, platform)" })
  reopenTeacherPlan(
    @Arg('teacherId', () => ID) teacherId: string, @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('until', () => DateTimeISOResolver) until: Date, @Ctx() ctx: Context,
  ) {
    return ctx.services.plans.reopen(ctx.viewer, 'TEACHER_PLAN', schoolYear, idOfType(teacherId, 'Teacher', 'teacherId'), until);
  }

  @Allow('Mutation.submitSatisfactionSurvey')
  @Mutation(() => Boolean, { description: '滿意度調查 after a submitted plan: five ratings 1-5 and a comment; once per account per year' })
  async submitSatisfactionSurvey(
    @Arg('schoolYear', () => Int) schoolYear: number, @Arg('ratings', () => [Int]) ratings: number[],
    @Arg('comment', () => String, { nullable: true }) comment: string | null, @Ctx() ctx: Context,
  ) {
    await ctx.services.cycle.submitSurvey(ctx.viewer, schoolYear, ratings, comment);
    return true;
  }

  @Allow('Mutation.remindPendingSchools')
  @ListSize(SIZES.schools)
  @Mutation(() => [Reminder], { description: '催覆: remind the schools of your county (district) or of one county / all (platform) that have not submitted' })
  remindPendingSchools(
    @Arg('schoolYear', () => Int) schoolYear: number, @Arg('countyId', () => ID, { nullable: true }) countyId: string | null, @Ctx() ctx: Context,
  ) {
    return ctx.services.cycle.remind(ctx.viewer, schoolYear, countyArg(countyId));
  }

  @Allow('Query.myTeacherPlanning')
  @Query(() => TeacherPlanning, { description: "Your teacher plan of a school year, its window and your school's submitted plan" })
  async myTeacherPlanning(@Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    const v = ctx.viewer;
    if (v.kind !== 'TEACHER') throw badInput('schoolYear', 'Teachers only');
    const [window, plans, schoolPlans, surveyAnswered] = await Promise.all([
      ctx.services.plans.teacherWindow(v.teacherId, schoolYear),
      ctx.loaders.teacherPlansByTeacher.load(v.teacherId),
      ctx.loaders.schoolPlansBySchool.load(v.schoolId),
      ctx.services.cycle.surveyAnswered(v, schoolYear),
    ]);
    return {
      window,
      plan: plans.find((p) => p.schoolYear === schoolYear) ?? null,
      schoolPlan: schoolPlans.find((p) => p.schoolYear === schoolYear && p.status === 'SUBMITTED') ?? null,
      surveyAnswered,
    };
  }

  @Allow('Query.planningProgress')
  @ListSize(SIZES.counties)
  @Query(() => [CountyProgress], { description: 'Filling progress per county: schools and teachers invited and submitted (platform, analyst, district)' })
  async planningProgress(@Arg('schoolYear', () => Int) schoolYear: number, @Arg('countyId', () => ID, { nullable: true }) countyId: string | null, @Ctx() ctx: Context) {
    const rows = await ctx.services.cycle.progress(ctx.viewer, schoolYear, countyArg(countyId));
    return rows.map((r) => ({ ...r, county: ctx.loaders.county.load(r.countyId) }));
  }

  @Allow('Query.pendingSchools')
  @ListSize(SIZES.schools)
  @Query(() => [PendingSchool], { description: 'Schools whose plan, or some teachers\' plans, are not submitted (district, platform)' })
  async pendingSchools(@Arg('schoolYear', () => Int) schoolYear: number, @Arg('countyId', () => ID, { nullable: true }) countyId: string | null, @Ctx() ctx: Context) {
    return ctx.services.cycle.pendingSchools(ctx.viewer, schoolYear, countyArg(countyId));
  }

  @Allow('Query.reminders')
  @ListSize(SIZES.reminders)
  @Query(() => [Reminder], { description: 'Reminders sent in a school year (district: its county)' })
  reminders(@Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    return ctx.services.cycle.reminders(ctx.viewer, schoolYear);
  }

  @Allow('Query.rewardList')
  @ListSize(SIZES.schools)
  @Query(() => [RewardEntry], { description: '獎勵名單: schools that submitted in their window with enough of their teachers' })
  async rewardList(@Arg('schoolYear', () => Int) schoolYear: number, @Arg('countyId', () => ID, { nullable: true }) countyId: string | null, @Ctx() ctx: Context) {
    const rows = await ctx.services.cycle.rewardList(ctx.viewer, schoolYear, countyArg(countyId));
    return rows.map((r) => ({ ...r, school: ctx.loaders.unit.load(r.schoolId) }));
  }

  @Allow('Query.surveyResults')
  @ListSize(SIZES.counties)
  @Query(() => [CountySurvey], { description: 'Satisfaction survey results per county (platform, analyst, district: its county)' })
  async surveyResults(@Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    const rows = await ctx.services.cycle.surveyResults(ctx.viewer, schoolYear);
    return rows.map((r) => ({ ...r, county: ctx.loaders.county.load(r.countyId) }));
  }
}

@Resolver(() => Reminder)
export class ReminderResolver {
  @FieldResolver(() => School)
  school(@Root() r: ReminderEntity, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(r.schoolId);
  }

  @FieldResolver(() => Int)
  recipients(@Root() r: ReminderEntity) {
    return r.recipientIds ? r.recipientIds.split(',').length : 0;
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
    const window = groupKey ? windows.find((w) => w.planKind === 'SCHOOL_PLAN' && w.groupKey === groupKey) ?? null : null;
    return {
      window: stateOfWindow(ctx.services.clock.now(), schoolYear, 'SCHOOL_PLAN', { year, groupKey, window, reopening }),
      plan: plans.find((p) => p.schoolYear === schoolYear) ?? null,
      canFill: fillsSchoolPlanOf(ctx.viewer, s), canReopen: reopensPlansOf(ctx.viewer, s), surveyAnswered,
    };
  }

  @Allow('School.teacherProgress')
  @FieldResolver(() => TeacherProgress, { nullable: true, description: "The school's teachers who have (not) submitted their plan" })
  async teacherProgress(@Root() s: UnitEntity, @Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    const { teachers, submitted, pendingIds } = await ctx.loaders.teacherProgressBySchool.get(schoolYear).load(s.id);
    return {
      teachers, submitted,
      // the names go through the person scope: a teacher sees itself, never its colleagues
      pending: (await ctx.loaders.teacher.loadMany(pendingIds)).filter((t): t is TeacherEntity => !!t && !(t instanceof Error)),
    };
  }
}

@Resolver(() => County)
export class CountyWindowFields {
  @ListSize(2)
  @FieldResolver(() => [PlanWindow], { description: "The county's school-plan window (its group) and teacher-plan window (its wave) in a school year" })
  async windows(@Root() c: CountyEntity, @Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    const schedule = (await ctx.loaders.schedulesByCounty.load(c.id)).find((s) => s.schoolYear === schoolYear);
    if (!schedule) return [];
    const windows = await ctx.loaders.windowsByYear.load(schoolYear);
    return windows.filter((w) => (w.planKind === 'SCHOOL_PLAN' ? w.groupKey === schedule.planGroup : w.groupKey === String(schedule.teacherWave)));
  }
}

@Resolver(() => PlanWindow)
export class PlanWindowDates {
  @FieldResolver(() => String, { description: 'First day in Taiwan time (YYYY-MM-DD)' })
  opensOn(@Root() w: { opensAt: Date }) {
    return taipeiDate(w.opensAt);
  }

  @FieldResolver(() => String, { description: 'Last day in Taiwan time (YYYY-MM-DD)' })
  closesOn(@Root() w: { closesAt: Date }) {
    return taipeiDate(w.closesAt);
  }
}

@Resolver(() => SchoolYear)
export class SchoolYearRewardField {
  @FieldResolver(() => Int, { description: '獎勵名單 threshold: percent of teachers who must submit' })
  rewardThresholdPercent(@Root() y: SchoolYearEntity) {
    return y.rewardThresholdPercent;
  }
}

export const PLANNING_CYCLE_RESOLVERS = [
  PlanningWindowResolver, PlanningCycleResolver, ReminderResolver, SchoolPlanningFields, CountyWindowFields, PlanWindowDates, SchoolYearRewardField,
] as const;
