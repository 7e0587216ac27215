import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { idOfType } from '../../shared/global-id';
import { PlanKind } from '../../shared/enums';
import { County, PlanWindow, SchoolYear } from '../directory';
import type { CountyEntity } from '../directory';
import type { WindowState } from './windows';
import { taipeiDate } from '../../shared/taiwan-time';
import { ListSize } from '../../shared/cost-directives';

// The calendar: a school year's service period, windows, groups and waves, and where a plan stands against its window.

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
export class PlanningWindow {
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
export class CalendarResolver {
  @Allow('Mutation.configureSchoolYear')
  @Mutation(() => SchoolYear, { description: "Set a school year's service period, windows, groups and waves (platform)" })
  configureSchoolYear(@Arg('input') input: SchoolYearInput, @Ctx() ctx: Context) {
    return ctx.services.calendar.configureSchoolYear(ctx.viewer, {
      ...input,
      counties: input.counties.map((c, i) => ({ ...c, countyId: idOfType(c.countyId, 'County', `counties.${i}.countyId`) })),
    });
  }
}

@Resolver(() => County)
export class CountyWindowFields {
  @ListSize(2)
  @FieldResolver(() => [PlanWindow], {
    description: "The county's school-plan window (its group) and teacher-plan window (its wave) in a school year",
  })
  async windows(@Root() c: CountyEntity, @Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    const schedule = (await ctx.loaders.schedulesByCounty.load(c.id)).find((s) => s.schoolYear === schoolYear);
    if (!schedule) return [];
    const windows = await ctx.loaders.windowsByYear.load(schoolYear);
    return windows.filter((w) =>
      w.planKind === 'SCHOOL_PLAN' ? w.groupKey === schedule.planGroup : w.groupKey === String(schedule.teacherWave),
    );
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

export const CALENDAR_RESOLVERS = [PlanningWindowResolver, CalendarResolver, CountyWindowFields, PlanWindowDates] as const;
