import { Arg, Ctx, Field, Float, ID, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { idOfType, toGlobalId } from '../../shared/global-id';
import { badInput } from '../../shared/errors';
import { DIMENSION_ENUM, LABELS } from '../../shared/labels';
import { Dimension, Remoteness, Stage, Subject, TeacherTitle } from '../../shared/enums';
import { County, School } from '../directory/directory.types';
import type { DemandResult as DemandShape, GroupBy as GroupByName, Source } from './analytics.service';
import { Cost, ListSize, SIZES } from '../../shared/cost-directives';

export const DemandSource = { TEACHER_PLANS: 'TEACHER_PLANS', SCHOOL_PLANS: 'SCHOOL_PLANS' } as const;
registerEnumType(DemandSource, { name: 'DemandSource', description: 'Count teacher plans or school plans' });
export const DemandGroupBy = { COUNTY: 'COUNTY', STAGE: 'STAGE', REMOTENESS: 'REMOTENESS', TITLE: 'TITLE', SUBJECT: 'SUBJECT', SCHOOL_YEAR: 'SCHOOL_YEAR' } as const;
registerEnumType(DemandGroupBy, { name: 'DemandGroupBy', description: 'A grouping of the demand analysis (TITLE and SUBJECT: teacher plans only)' });
export const AlignmentBy = { COUNTY: 'COUNTY', SCHOOL: 'SCHOOL' } as const;
registerEnumType(AlignmentBy, { name: 'AlignmentBy' });

@InputType({ description: 'Plans that chose any of these options in this dimension' })
class ChoiceFilterInput {
  @Field(() => Dimension)
  dimension: Dimension;

  @Field(() => [String], { description: 'Option codes of the dimension, e.g. WORKSHOP' })
  options: string[];
}

@InputType({ description: 'Which plans to count (all conditions hold together)' })
class DemandFilterInput {
  @Field(() => [Int], { nullable: true })
  schoolYears?: number[] | null;

  @Field(() => [ID], { nullable: true })
  countyIds?: string[] | null;

  @Field(() => [Stage], { nullable: true })
  stages?: string[] | null;

  @Field(() => [Remoteness], { nullable: true })
  remoteness?: string[] | null;

  @Field(() => [TeacherTitle], { nullable: true })
  titles?: string[] | null;

  @Field(() => [Subject], { nullable: true })
  subjects?: string[] | null;

  @Field(() => [ChoiceFilterInput], { nullable: true })
  choices?: ChoiceFilterInput[] | null;
}

@ObjectType()
class GroupKey {
  @Field(() => DemandGroupBy)
  by: GroupByName;

  @Field({ description: 'The value: a county ID, a stage code, a school year ...' })
  value: string;

  @Field({ description: 'The value in Chinese' })
  label: string;

  @Field({ description: 'The value in English' })
  labelEn: string;
}

@ObjectType({ description: 'One option in one group' })
class DemandCell {
  @Field()
  option: string;

  @Field()
  label: string;

  @Field(() => Int, { nullable: true, description: 'Plans that chose it (null when suppressed); perturbed unless the result is exact (see Disclosure control)' })
  count: number | null;

  @Field(() => Float, { nullable: true, description: 'count / the plans the group rests on' })
  share: number | null;

  @Field(() => Int, { nullable: true, description: 'Domains: planned hours, summed' })
  hoursSum: number | null;

  @Field(() => Float, { nullable: true, description: 'Domains: planned hours per plan that chose it' })
  hoursMean: number | null;

  @Field({ description: 'The perturbed count is from 1 to k - 1: not shown' })
  suppressed: boolean;
}

@ObjectType({ description: 'An option of the dimension (the columns of a report)' })
class DemandOption {
  @Field()
  code: string;

  @Field()
  label: string;

  @Field()
  labelEn: string;
}

@ObjectType()
class DemandGroup {
  @ListSize(3)
  @Field(() => [GroupKey])
  key: GroupKey[];

  @Field(() => [Int], { nullable: 'items', description: "Counts in the order of the result's `options` (null: suppressed); compact for reports" })
  counts: (number | null)[];

  @Field(() => [Float], { nullable: 'items', description: "Shares in the order of the result's `options`" })
  shares: (number | null)[];

  @Field(() => [Int], { nullable: 'items', description: "Domains: planned hours in the order of the result's `options`" })
  hoursSums: (number | null)[];

  @Field(() => Int, { nullable: true, description: 'How many submitted plans the group rests on (null when suppressed)' })
  plans: number | null;

  @Field()
  suppressed: boolean;

  @ListSize(SIZES.options)
  @Field(() => [DemandCell])
  cells: DemandCell[];
}

@ObjectType({ description: 'Demand counts and shares of every option of a dimension, per group' })
class DemandResult {
  @Field(() => DemandSource)
  source: Source;

  @Field(() => Dimension)
  dimension: string;

  @Field(() => [DemandGroupBy])
  groupBy: GroupByName[];

  @Field(() => Int, { description: 'The threshold: groups resting on fewer than k plans are left out, perturbed counts from 1 to k - 1 are suppressed (not for exact results)' })
  k: number;

  @Field({ description: 'Answered from the summary tables (else counted from the per-choice rows)' })
  fromSummary: boolean;

  @Field({ description: 'true: exact counts (you may read every plan counted); false: counts perturbed by the cell key method, each within 2 of the exact count (docs/API.md, Disclosure control)' })
  exact: boolean;

  @Field(() => ID, { nullable: true, description: 'A district asking for detail sees its own county only' })
  restrictedToCounty: string | null;

  @ListSize(SIZES.options)
  @Field(() => [DemandOption], { description: 'Every option of the dimension, in order' })
  options: DemandOption[];

  @ListSize(10000)
  @Field(() => [DemandGroup])
  groups: DemandGroup[];
}

@ObjectType({ description: '伍: participation of a county in a school year' })
class ParticipationRowType {
  @Field(() => Int)
  schoolYear: number;

  @Field(() => County)
  county: unknown;

  @Field(() => Int)
  schoolsInvited: number;

  @Field(() => Int)
  schoolsSubmitted: number;

  @Field(() => Int)
  teachersInvited: number;

  @Field(() => Int)
  teachersSubmitted: number;
}

@ObjectType({ description: "How far teachers' plans match their school's plan" })
class AlignmentRowType {
  @Field(() => County, { nullable: true })
  county: unknown;

  @Field(() => School, { nullable: true })
  school: unknown;

  @Field(() => Int, { nullable: true, description: 'Teacher plans compared (null when suppressed)' })
  teacherPlans: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => Float, { nullable: true, description: "Share of teachers' chosen domains that the school plan also has" })
  domainMatch: number | null;

  @Field(() => Float, { nullable: true, description: "Share of teachers' chosen need options that the school plan also has" })
  needsMatch: number | null;
}

@ObjectType()
class ScopedDemand {
  @Field({ description: 'SCHOOL, COUNTY or NATION' })
  scope: string;

  @Field(() => DemandResult)
  result: unknown;
}

const LABEL_ENUM: Partial<Record<GroupByName, keyof typeof LABELS>> = { STAGE: 'Stage', REMOTENESS: 'Remoteness', TITLE: 'TeacherTitle', SUBJECT: 'Subject' };

async function present(r: DemandShape, ctx: Context) {
  const optionLabels = LABELS[DIMENSION_ENUM[r.dimension as keyof typeof DIMENSION_ENUM]] as Record<string, { zh: string; en: string }>;
  const groups = await Promise.all(
    r.groups.map(async (g) => ({
      ...g,
      key: await Promise.all(
        g.key.map(async ({ by, value }) => {
          if (by === 'COUNTY') {
            const c = await ctx.loaders.county.load(Number(value));
            return { by, value: toGlobalId('County', Number(value)), label: c?.name ?? value, labelEn: c?.nameEn ?? value };
          }
          if (by === 'SCHOOL_YEAR') return { by, value, label: `${value} 學年度`, labelEn: `School year ${value}` };
          const l = (LABELS[LABEL_ENUM[by]!] as Record<string, { zh: string; en: string }>)[value];
          return { by, value, label: l?.zh ?? value, labelEn: l?.en ?? value };
        }),
      ),
      cells: g.cells.map((c) => ({ ...c, label: optionLabels[c.option]?.zh ?? c.option })),
      counts: g.cells.map((c) => c.count),
      shares: g.cells.map((c) => c.share),
      hoursSums: g.cells.map((c) => c.hoursSum),
    })),
  );
  const options = Object.entries(optionLabels as Record<string, { zh: string; en: string }>).map(([code, l]) => ({ code, label: l.zh, labelEn: l.en }));
  return { ...r, restrictedToCounty: r.restrictedToCounty ? toGlobalId('County', r.restrictedToCounty) : null, options, groups };
}

const counties = (ids: string[] | null | undefined, field: string) => ids?.map((id, i) => idOfType(id, 'County', `${field}.${i}`)) ?? null;

@Resolver()
export class AnalyticsResolver {
  @Allow('Query.demand')
  @Cost(10)
  @Query(() => DemandResult, { description: 'Demand counts and shares for the options of a dimension, grouped by up to three, filtered (platform, analyst; a district in detail for its county, other counties as totals)' })
  async demand(
    @Arg('source', () => DemandSource) source: Source,
    @Arg('dimension', () => Dimension) dimension: Dimension,
    @Arg('groupBy', () => [DemandGroupBy], { defaultValue: [] }) groupBy: GroupByName[],
    @Arg('filter', () => DemandFilterInput, { nullable: true }) filter: DemandFilterInput | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    const r = await ctx.services.analytics.demand(ctx.viewer, {
      source, dimension, groupBy,
      filter: { ...f, countyIds: counties(f.countyIds, 'filter.countyIds'), choices: f.choices?.map((c) => ({ dimension: c.dimension, options: c.options })) },
    });
    return present(r, ctx);
  }

  @Allow('Query.participation')
  @ListSize(700)
  @Query(() => [ParticipationRowType], { description: '伍: schools and teachers that submitted, by school year and county, with the number invited' })
  async participation(
    @Arg('schoolYears', () => [Int], { defaultValue: [] }) schoolYears: number[],
    @Arg('countyIds', () => [ID], { nullable: true }) countyIds: string[] | null,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.services.analytics.participation(ctx.viewer, schoolYears, counties(countyIds, 'countyIds'));
    return rows.map((r) => ({ ...r, county: ctx.loaders.county.load(r.countyId) }));
  }

  @Allow('Query.alignment')
  @ListSize(SIZES.schools)
  @Query(() => [AlignmentRowType], { description: "School-teacher alignment: how far teachers' plans match their school's, by county or school" })
  async alignment(
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('by', () => AlignmentBy, { defaultValue: 'COUNTY' }) by: 'COUNTY' | 'SCHOOL',
    @Arg('countyIds', () => [ID], { nullable: true }) countyIds: string[] | null,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.services.analytics.alignment(ctx.viewer, schoolYear, by, counties(countyIds, 'countyIds'));
    return rows.map((r) => ({
      ...r,
      county: r.by === 'COUNTY' ? ctx.loaders.county.load(r.id) : null,
      school: r.by === 'SCHOOL' ? ctx.loaders.unit.load(r.id) : null,
    }));
  }

  @Allow('Query.schoolDemandComparison')
  @ListSize(3)
  @Query(() => [ScopedDemand], { description: "A school's own teachers' (or its own plan's) demand against its county and the nation (the school, with the statistics permission)" })
  async schoolDemandComparison(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('dimension', () => Dimension) dimension: Dimension,
    @Arg('source', () => DemandSource, { defaultValue: 'TEACHER_PLANS' }) source: Source,
    @Ctx() ctx: Context,
  ) {
    if (!Number.isInteger(schoolYear)) throw badInput('schoolYear', 'A school year');
    const rows = await ctx.services.analytics.schoolComparison(ctx.viewer, idOfType(schoolId, 'School', 'schoolId'), dimension, schoolYear, source);
    return Promise.all(rows.map(async (r) => ({ scope: r.scope, result: await present(r.result, ctx) })));
  }
}
