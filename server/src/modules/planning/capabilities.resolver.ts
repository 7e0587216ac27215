import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ViewerCapabilities } from '../accounts';
import { readsTeachersOf, SchoolViewerCan, TeacherViewerCan, type TeacherEntity, type UnitEntity } from '../directory';
import {
  fillsOwnTeacherPlan,
  fillsSchoolPlanOf,
  fillsSchoolPlans,
  readsSchoolPlansOf,
  remindsAndReopens,
  reopensPlansOf,
} from './plan.policy';
import { answersSurvey, configuresSchoolYears, followsEveryCounty, followsProgress } from './planning-cycle.policy';

/** The planning flags of `me.can`, `School.viewerCan` and `Teacher.viewerCan`, from this module's policies. */
@Resolver(() => ViewerCapabilities)
export class PlanningCapabilities {
  @FieldResolver(() => Boolean, { description: "Fills its school's plan (the school's CHIEF/CONTACT)" })
  fillSchoolPlan(@Root() c: ViewerCapabilities) {
    return fillsSchoolPlans(c.viewer);
  }

  @FieldResolver(() => Boolean, { description: 'Fills its own teacher plan (a teacher)' })
  fillTeacherPlan(@Root() c: ViewerCapabilities) {
    return fillsOwnTeacherPlan(c.viewer);
  }

  @FieldResolver(() => Boolean, { description: 'Answers the satisfaction survey after a submitted plan' })
  answerSurvey(@Root() c: ViewerCapabilities) {
    return answersSurvey(c.viewer);
  }

  @FieldResolver(() => Boolean, { description: 'Follows the filling progress per county (platform, analyst, district)' })
  followProgress(@Root() c: ViewerCapabilities) {
    return followsProgress(c.viewer);
  }

  @FieldResolver(() => Boolean, { description: 'Follows every county and may choose one (platform, analyst); a district follows its own' })
  followEveryCounty(@Root() c: ViewerCapabilities) {
    return followsEveryCounty(c.viewer);
  }

  @FieldResolver(() => Boolean, {
    description: "Follows its own school's teachers' progress (School.teacherProgress: the school's CHIEF/CONTACT)",
  })
  followSchoolProgress(@Root() c: ViewerCapabilities) {
    const v = c.viewer;
    return v.kind === 'BUSINESS' && v.unitKind === 'SCHOOL' && readsTeachersOf(v, { id: v.unitId, countyId: v.countyId });
  }

  @FieldResolver(() => Boolean, { description: 'Reads the reward list (rewardList)' })
  readRewards(@Root() c: ViewerCapabilities) {
    return followsProgress(c.viewer);
  }

  @FieldResolver(() => Boolean, { description: 'Reads the satisfaction survey results (surveyResults)' })
  readSurveyResults(@Root() c: ViewerCapabilities) {
    return followsProgress(c.viewer);
  }

  @FieldResolver(() => Boolean, { description: 'Reminds schools and reopens plans (platform, district)' })
  remindAndReopen(@Root() c: ViewerCapabilities) {
    return remindsAndReopens(c.viewer);
  }

  @FieldResolver(() => Boolean, { description: 'Sets up school years and windows (platform)' })
  configureSchoolYears(@Root() c: ViewerCapabilities) {
    return configuresSchoolYears(c.viewer);
  }
}

@Resolver(() => SchoolViewerCan)
export class SchoolPlanningCan {
  @FieldResolver(() => Boolean, { description: "May read this school's plans" })
  readPlans(@Root() s: UnitEntity, @Ctx() ctx: Context) {
    return readsSchoolPlansOf(ctx.viewer, s);
  }

  @FieldResolver(() => Boolean, { description: "Fills this school's plan (saveSchoolPlan, submitSchoolPlan)" })
  fillPlan(@Root() s: UnitEntity, @Ctx() ctx: Context) {
    return fillsSchoolPlanOf(ctx.viewer, s);
  }

  @FieldResolver(() => Boolean, {
    description: "Reopens this school's plans after their window closed (reopenSchoolPlan, reopenTeacherPlan)",
  })
  reopenPlans(@Root() s: UnitEntity, @Ctx() ctx: Context) {
    return reopensPlansOf(ctx.viewer, s);
  }
}

@Resolver(() => TeacherViewerCan)
export class TeacherPlanningCan {
  @FieldResolver(() => Boolean, { description: "Reopens this teacher's plan after its window closed (reopenTeacherPlan)" })
  async reopenPlan(@Root() t: TeacherEntity, @Ctx() ctx: Context) {
    const school = await ctx.loaders.unit.load(t.schoolId);
    return !!school && reopensPlansOf(ctx.viewer, school);
  }
}

export const PLANNING_CAPABILITY_RESOLVERS = [PlanningCapabilities, SchoolPlanningCan, TeacherPlanningCan] as const;
