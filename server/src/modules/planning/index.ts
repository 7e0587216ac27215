import { PlanWindowNoticeEntity } from './window-notices';
import type { ModuleDescriptor } from '../../shared/module';
import { CalendarService } from './calendar.service';
import { reminderSheet, rewardSheet } from './cycle-export';
import {
  SchoolPlanChoiceEntity,
  SchoolPlanDomainEntity,
  SchoolPlanEntity,
  SchoolPlanTeacherEntity,
  TeacherPlanChoiceEntity,
  TeacherPlanDomainEntity,
  TeacherPlanEntity,
} from './plan.entity';
import { PlanService } from './plan.service';
import {
  DemandSummaryEntity,
  ParticipationSummaryEntity,
  PlanReopeningEntity,
  ReminderEntity,
  SurveyResponseEntity,
} from './planning-cycle.entity';
import { PLANNING_CYCLE_RESOLVERS } from './planning-cycle.resolver';
import { planningLoaders } from './planning.loaders';
import { PLANNING_RESOLVERS } from './planning.resolver';
import { ProgressService } from './progress.service';
import { RewardService } from './reward.service';
import { SurveyService } from './survey.service';
import { planRules, readsSchoolPlansOf } from './plan.policy';
import { planningCycleRules } from './planning-cycle.policy';
import { PLANNING_CAPABILITY_RESOLVERS } from './capabilities.resolver';
import { recognisesTeacher } from '../directory';

const planningRules = { ...planRules, ...planningCycleRules };

/** 年度進修規劃: school and teacher plans, the yearly calendar and windows, the survey, progress and reminders, rewards. */
export {
  SchoolPlanChoiceEntity,
  SchoolPlanDomainEntity,
  SchoolPlanEntity,
  SchoolPlanTeacherEntity,
  TeacherPlanChoiceEntity,
  TeacherPlanDomainEntity,
  TeacherPlanEntity,
} from './plan.entity';
export {
  DemandSummaryEntity,
  ParticipationSummaryEntity,
  PlanReopeningEntity,
  ReminderEntity,
  SurveyResponseEntity,
} from './planning-cycle.entity';
export { rebuildSummaries, refillSummaries, summaryDifferences } from './stats';
export { teacherPlanScope } from './plan.policy';
export { CLOSING_NOTICE_DAYS, PlanWindowNoticeEntity, raiseWindowNotices } from './window-notices';
export { reminderSheet, rewardSheet } from './cycle-export';
export { Reminder } from './progress.resolver';

type PlanningLoaders = ReturnType<typeof planningLoaders>;
declare module '../../shared/module' {
  interface Services {
    plans: PlanService;
    calendar: CalendarService;
    surveys: SurveyService;
    progress: ProgressService;
    rewards: RewardService;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends PlanningLoaders {}
}
declare module '../../auth/rules' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleNames extends Record<keyof typeof planningRules, true> {}
}
declare module '../../shared/global-id' {
  interface NodeTypes {
    SchoolPlan: true;
    TeacherPlan: true;
  }
}

export const planningModule: ModuleDescriptor = {
  name: 'planning',
  entities: [
    SchoolPlanEntity,
    SchoolPlanTeacherEntity,
    SchoolPlanChoiceEntity,
    SchoolPlanDomainEntity,
    TeacherPlanEntity,
    TeacherPlanChoiceEntity,
    TeacherPlanDomainEntity,
    PlanReopeningEntity,
    DemandSummaryEntity,
    ParticipationSummaryEntity,
    SurveyResponseEntity,
    ReminderEntity,
    PlanWindowNoticeEntity,
  ],
  resolvers: [...PLANNING_RESOLVERS, ...PLANNING_CYCLE_RESOLVERS, ...PLANNING_CAPABILITY_RESOLVERS],
  rules: planningRules,
  services: ({ ds, clock }, { audit, analytics }) => ({
    // every plan write drops the statistics this process keeps
    plans: new PlanService(ds, audit, clock, () => analytics.cache.invalidate()),
    calendar: new CalendarService(ds, audit),
    surveys: new SurveyService(ds, clock),
    progress: new ProgressService(ds, audit, clock),
    rewards: new RewardService(ds),
  }),
  loaders: planningLoaders,
  nodes: {
    SchoolPlan: async (ctx, id) => {
      const plan = await ctx.loaders.schoolPlanById.load(id);
      const school = plan ? await ctx.loaders.unit.load(plan.schoolId) : null;
      return plan && school && readsSchoolPlansOf(ctx.viewer, school) ? plan : null;
    },
    TeacherPlan: async (ctx, id) => {
      const plan = await ctx.loaders.teacherPlanById.load(id);
      const teacher = plan ? await ctx.loaders.teacher.load(plan.teacherId) : null;
      return plan && teacher && (await recognisesTeacher(ctx, teacher)) ? plan : null;
    },
  },
  downloads: { reminders: reminderSheet, rewards: rewardSheet },
};
