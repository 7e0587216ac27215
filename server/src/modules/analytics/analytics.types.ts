import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Dimension, Remoteness, Stage, Subject, TeacherTitle } from '../../shared/enums';
import { County, School } from '../directory';
import type { GroupBy as GroupByName, Source } from './analytics.service';
import { ListSize, SIZES } from '../../shared/cost-directives';

// The GraphQL types of the analytics API (the resolvers are in analytics.resolver.ts).

export const DemandSource = { TEACHER_PLANS: 'TEACHER_PLANS', SCHOOL_PLANS: 'SCHOOL_PLANS' } as const;
registerEnumType(DemandSource, { name: 'DemandSource', description: 'Count teacher plans or school plans' });
export const DemandGroupBy = {
  COUNTY: 'COUNTY',
  STAGE: 'STAGE',
  REMOTENESS: 'REMOTENESS',
  TITLE: 'TITLE',
  SUBJECT: 'SUBJECT',
  SCHOOL_YEAR: 'SCHOOL_YEAR',
} as const;
registerEnumType(DemandGroupBy, {
  name: 'DemandGroupBy',
  description: 'A grouping of the demand analysis (TITLE and SUBJECT: teacher plans only)',
});
export const AlignmentBy = { COUNTY: 'COUNTY', SCHOOL: 'SCHOOL' } as const;
registerEnumType(AlignmentBy, { name: 'AlignmentBy' });

@InputType({ description: 'Plans that chose any of these options in this dimension' })
export class ChoiceFilterInput {
  @Field(() => Dimension)
  dimension: Dimension;

  @Field(() => [String], { description: 'Option codes of the dimension, e.g. WORKSHOP' })
  options: string[];
}

@InputType({ description: 'Which plans to count (all conditions hold together)' })
export class DemandFilterInput {
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
export class GroupKey {
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
export class DemandCell {
  @Field()
  option: string;

  @Field()
  label: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Plans that chose it (null when suppressed); perturbed unless the result is exact (see Disclosure control)',
  })
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
export class DemandOption {
  @Field()
  code: string;

  @Field()
  label: string;

  @Field()
  labelEn: string;
}

@ObjectType()
export class DemandGroup {
  @ListSize(3)
  @Field(() => [GroupKey])
  key: GroupKey[];

  @Field(() => [Int], {
    nullable: 'items',
    description: "Counts in the order of the result's `options` (null: suppressed); compact for reports",
  })
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
export class DemandResult {
  @Field(() => DemandSource)
  source: Source;

  @Field(() => Dimension)
  dimension: string;

  @Field(() => [DemandGroupBy])
  groupBy: GroupByName[];

  @Field(() => Int, {
    description:
      'The threshold: groups resting on fewer than k plans are left out, perturbed counts from 1 to k - 1 are suppressed (not for exact results)',
  })
  k: number;

  @Field({ description: 'Answered from the summary tables (else counted from the per-choice rows)' })
  fromSummary: boolean;

  @Field({
    description:
      'true: exact counts (you may read every plan counted); false: counts perturbed by the cell key method, each within 2 of the exact count (docs/API.md, Disclosure control)',
  })
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
export class ParticipationRowType {
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
export class AlignmentRowType {
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
export class ScopedDemand {
  @Field({ description: 'SCHOOL, COUNTY or NATION' })
  scope: string;

  @Field(() => DemandResult)
  result: unknown;
}
