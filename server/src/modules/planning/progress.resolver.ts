import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { PlanKind } from '../../shared/enums';
import { County, School } from '../directory';
import type { ReminderEntity } from './planning-cycle.entity';
import { countyArg } from './planning.types';
import { ListSize, SIZES } from '../../shared/cost-directives';
import { loadAll } from '../../shared/loaders';

// The filling progress per county, the schools still pending, and the reminders (催覆).

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
export class Reminder {
  @Field(() => School)
  school: unknown;

  @Field(() => PlanKind, { description: "Which plans were missing: the school plan, or teachers' plans" })
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

@Resolver()
export class ProgressResolver {
  @Allow('Mutation.remindPendingSchools')
  @ListSize(SIZES.schools)
  @Mutation(() => [Reminder], {
    description:
      '催覆: remind the schools of your county (district) or of one county / all (platform) that have not submitted; their CHIEFs and ' +
      'CONTACTs get a mail and a notification. A school reminded earlier the same day: CONFLICT (ALREADY_REMINDED_TODAY) unless confirm is true',
  })
  remindPendingSchools(
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('countyId', () => ID, { nullable: true }) countyId: string | null,
    @Ctx() ctx: Context,
    @Arg('confirm', () => Boolean, { nullable: true, description: 'Remind again schools already reminded today' }) confirm?: boolean | null,
  ) {
    return ctx.services.progress.remind(ctx.viewer, schoolYear, countyArg(countyId), !!confirm);
  }

  @Allow('Query.planningProgress')
  @ListSize(SIZES.counties)
  @Query(() => [CountyProgress], {
    description: 'Filling progress per county: schools and teachers invited and submitted (platform, analyst, district)',
  })
  async planningProgress(
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('countyId', () => ID, { nullable: true }) countyId: string | null,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.services.progress.progress(ctx.viewer, schoolYear, countyArg(countyId));
    const counties = await loadAll(
      ctx.loaders.county,
      rows.map((r) => r.countyId),
    );
    return rows.map((r, i) => ({ ...r, county: counties[i] }));
  }

  @Allow('Query.pendingSchools')
  @ListSize(SIZES.schools)
  @Query(() => [PendingSchool], { description: "Schools whose plan, or some teachers' plans, are not submitted (district, platform)" })
  async pendingSchools(
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('countyId', () => ID, { nullable: true }) countyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.progress.pendingSchools(ctx.viewer, schoolYear, countyArg(countyId));
  }

  @Allow('Query.reminders')
  @ListSize(SIZES.reminders)
  @Query(() => [Reminder], { description: 'Reminders sent in a school year (district: its county)' })
  reminders(@Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    return ctx.services.progress.reminders(ctx.viewer, schoolYear);
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

export const PROGRESS_RESOLVERS = [ProgressResolver, ReminderResolver] as const;
