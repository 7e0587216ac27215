import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { School, SchoolYear } from '../directory';
import type { SchoolYearEntity } from '../directory';
import { countyArg } from './planning.types';
import { ListSize, SIZES } from '../../shared/cost-directives';

// 獎勵名單: the reward list and its threshold.

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

@Resolver()
export class RewardResolver {
  @Allow('Query.rewardList')
  @ListSize(SIZES.schools)
  @Query(() => [RewardEntry], { description: '獎勵名單: schools that submitted in their window with enough of their teachers' })
  async rewardList(
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('countyId', () => ID, { nullable: true }) countyId: string | null,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.services.rewards.rewardList(ctx.viewer, schoolYear, countyArg(countyId));
    return rows.map((r) => ({ ...r, school: ctx.loaders.unit.load(r.schoolId) }));
  }
}

@Resolver(() => SchoolYear)
export class SchoolYearRewardField {
  @FieldResolver(() => Int, { description: '獎勵名單 threshold: percent of teachers who must submit' })
  rewardThresholdPercent(@Root() y: SchoolYearEntity) {
    return y.rewardThresholdPercent;
  }
}

export const REWARD_RESOLVERS = [RewardResolver, SchoolYearRewardField] as const;
