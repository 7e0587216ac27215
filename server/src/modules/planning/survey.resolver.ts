import { Arg, Ctx, Field, Float, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { PlanKind } from '../../shared/enums';
import { County } from '../directory';
import { ListSize, SIZES } from '../../shared/cost-directives';
import { loadAll } from '../../shared/loaders';

// 滿意度調查: the satisfaction survey and its results.

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

@Resolver()
export class SurveyResolver {
  @Allow('Mutation.submitSatisfactionSurvey')
  @Mutation(() => Boolean, { description: '滿意度調查 after a submitted plan: five ratings 1-5 and a comment; once per account per year' })
  async submitSatisfactionSurvey(
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('ratings', () => [Int]) ratings: number[],
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    await ctx.services.surveys.submitSurvey(ctx.viewer, schoolYear, ratings, comment);
    return true;
  }

  @Allow('Query.surveyResults')
  @ListSize(SIZES.counties)
  @Query(() => [CountySurvey], { description: 'Satisfaction survey results per county (platform, analyst, district: its county)' })
  async surveyResults(@Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    const rows = await ctx.services.surveys.surveyResults(ctx.viewer, schoolYear);
    const counties = await loadAll(
      ctx.loaders.county,
      rows.map((r) => r.countyId),
    );
    return rows.map((r, i) => ({ ...r, county: counties[i] }));
  }
}

export const SURVEY_RESOLVERS = [SurveyResolver] as const;
