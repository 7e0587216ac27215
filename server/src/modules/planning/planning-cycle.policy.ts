import { isAnalyst, isDistrict, isPlatform, rowRule, viewerRule, type Rule } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import { readsTeachersOf } from '../directory';
import { fillsOwnTeacherPlan, fillsSchoolPlans, remindsAndReopens } from './plan.policy';

/**
 * The policy of the planning cycle around the plans: the yearly calendar and windows, the filling
 * progress, reminders (催覆), the reward list and the satisfaction survey.
 */

/** Who follows the progress of every county (and chooses one): the platform and the analyst. */
export const followsEveryCounty = (v: Viewer): boolean => isPlatform(v) || isAnalyst(v);

/** Who follows the filling progress (and reads the reward list and survey results): the platform and the analyst (all), a district (its county). */
export function followsProgressOf(v: Viewer, countyId: number | null): boolean {
  return followsEveryCounty(v) || (isDistrict(v) && v.countyId !== null && (countyId === null || v.countyId === countyId));
}

/** Who follows the progress at all (of some county). */
export const followsProgress = (v: Viewer): boolean => isPlatform(v) || isAnalyst(v) || isDistrict(v);

/** Who answers the satisfaction survey (after its plan is submitted): teachers and the schools' plan fillers. */
export const answersSurvey = (v: Viewer): boolean => fillsOwnTeacherPlan(v) || fillsSchoolPlans(v);

/** Who sets up school years and their windows: the platform. */
export const configuresSchoolYears = (v: Viewer): boolean => isPlatform(v);

export const planningCycleRules = {
  'Query.planningProgress': viewerRule(followsProgress),
  'Query.rewardList': viewerRule(followsProgress),
  'Query.surveyResults': viewerRule(followsProgress),
  'Query.pendingSchools': viewerRule(remindsAndReopens),
  'Query.reminders': viewerRule(remindsAndReopens),
  'Mutation.remindPendingSchools': viewerRule(remindsAndReopens),
  'Mutation.submitSatisfactionSurvey': viewerRule(answersSurvey),
  'Mutation.configureSchoolYear': viewerRule(configuresSchoolYears),
  'School.teacherProgress': rowRule<{ id: number; countyId: number | null }>((ctx, s) => readsTeachersOf(ctx.viewer, s)),
} satisfies Record<string, Rule>;
