import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Dimension, OrganiserKind, Remoteness, Stage, SupplyGroupBy } from '../../shared/enums';
import { ListSize, SIZES } from '../../shared/cost-directives';

// The GraphQL types of supply against demand (供需; the resolver is supply.resolver.ts).

@InputType({ description: 'Which groups to count (all conditions hold together)' })
export class SupplyDemandFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Counties (of the teachers asking and registering; of the courses offered)' })
  countyIds?: string[] | null;

  @Field(() => [Stage], { nullable: true, description: 'Stages; more than one only when grouped by STAGE' })
  stages?: string[] | null;

  @Field(() => [Remoteness], { nullable: true })
  remoteness?: string[] | null;

  @Field(() => [OrganiserKind], { nullable: true, description: 'Who offered (supply and uptake; demand is not split by who offers)' })
  organiserKinds?: string[] | null;
}

@ObjectType()
export class SupplyGroupKey {
  @Field(() => SupplyGroupBy)
  by: string;

  @Field({
    description: "The value: a county's ID (NONE: courses of organisers with no county), a stage, remoteness or organiser kind code",
  })
  value: string;

  @Field({ description: 'The value in Chinese' })
  label: string;

  @Field({ description: 'The value in English' })
  labelEn: string;
}

@ObjectType({ description: 'One option in one group: demand, supply, uptake and the gap' })
export class SupplyDemandCell {
  @Field()
  option: string;

  @Field()
  label: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Demand: submitted teacher plans that chose the option (null when suppressed); perturbed unless the result is exact',
  })
  demandPlans: number | null;

  @Field(() => Int, { nullable: true, description: 'Demand, domains: their planned hours, summed' })
  plannedHours: number | null;

  @Field()
  demandSuppressed: boolean;

  @Field(() => Int, { description: 'Supply: offered courses (PUBLISHED or CLOSED); public, exact' })
  courses: number;

  @Field(() => Int, { description: "Supply: the offered courses' seats (capacity)" })
  seats: number;

  @Field(() => Int, { description: 'Supply: hours offered, as seat-hours (capacity x course hours)' })
  hoursOffered: number;

  @Field(() => Int, { nullable: true, description: 'Uptake: admitted registrations (null when suppressed); perturbed unless exact' })
  registrations: number | null;

  @Field()
  registrationsSuppressed: boolean;

  @Field(() => Float, { nullable: true, description: 'Uptake: study hours issued (核發研習時數; null when suppressed)' })
  hoursIssued: number | null;

  @Field()
  hoursIssuedSuppressed: boolean;

  @Field(() => Float, { nullable: true, description: 'Gap: seats per 100 teachers asking (seats / demandPlans x 100)' })
  seatsPer100: number | null;

  @Field(() => Float, { nullable: true, description: 'Gap: registrations per seat' })
  fillRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Gap, domains: hours issued against planned hours' })
  issuedShare: number | null;
}

@ObjectType()
export class SupplyDemandGroup {
  @ListSize(2)
  @Field(() => [SupplyGroupKey])
  key: SupplyGroupKey[];

  @Field(() => Int, {
    nullable: true,
    description: "Submitted teacher plans the group's demand rests on (null: fewer than k, demand not shown)",
  })
  plans: number | null;

  @ListSize(SIZES.options)
  @Field(() => [SupplyDemandCell])
  cells: SupplyDemandCell[];

  // the cells' figures as lists in the order of the result's `options` (compact for reports and maps)

  @ListSize(SIZES.options)
  @Field(() => [Int], { nullable: 'items', description: "cells' demandPlans in the order of the result's `options`" })
  demandPlans: (number | null)[];

  @ListSize(SIZES.options)
  @Field(() => [Int], { nullable: 'items', description: "cells' plannedHours in the order of the result's `options`" })
  plannedHours: (number | null)[];

  @ListSize(SIZES.options)
  @Field(() => [Int], { description: "cells' courses in the order of the result's `options`" })
  courses: number[];

  @ListSize(SIZES.options)
  @Field(() => [Int], { description: "cells' seats in the order of the result's `options`" })
  seats: number[];

  @ListSize(SIZES.options)
  @Field(() => [Int], { description: "cells' hoursOffered in the order of the result's `options`" })
  hoursOffered: number[];

  @ListSize(SIZES.options)
  @Field(() => [Int], { nullable: 'items', description: "cells' registrations in the order of the result's `options`" })
  registrations: (number | null)[];

  @ListSize(SIZES.options)
  @Field(() => [Float], { nullable: 'items', description: "cells' hoursIssued in the order of the result's `options`" })
  hoursIssued: (number | null)[];

  @ListSize(SIZES.options)
  @Field(() => [Float], { nullable: 'items', description: "cells' seatsPer100 in the order of the result's `options`" })
  seatsPer100: (number | null)[];

  @ListSize(SIZES.options)
  @Field(() => [Float], { nullable: 'items', description: "cells' fillRate in the order of the result's `options`" })
  fillRate: (number | null)[];

  @ListSize(SIZES.options)
  @Field(() => [Float], { nullable: 'items', description: "cells' issuedShare in the order of the result's `options`" })
  issuedShare: (number | null)[];
}

@ObjectType({ description: 'An option of the dimension (the columns of the report)' })
export class SupplyDemandOption {
  @Field()
  code: string;

  @Field()
  label: string;

  @Field()
  labelEn: string;
}

@ObjectType({ description: '供需: demand, supply, uptake and the gap for every option of a dimension, per group' })
export class SupplyDemandResult {
  @Field(() => Int)
  schoolYear: number;

  @Field(() => Dimension)
  dimension: string;

  @ListSize(2)
  @Field(() => [SupplyGroupBy])
  groupBy: string[];

  @Field(() => Int, {
    description: 'The threshold: perturbed demand and uptake counts from 1 to k - 1 are suppressed (not for exact results)',
  })
  k: number;

  @Field({
    description:
      'true (the platform): exact figures; false: demand and uptake perturbed by the cell key method, each count within 2 of the exact one (docs/API.md, Disclosure control)',
  })
  exact: boolean;

  @Field(() => ID, { nullable: true, description: 'A district asking for detail sees its own county only' })
  restrictedToCounty: string | null;

  @ListSize(SIZES.options)
  @Field(() => [SupplyDemandOption], { description: 'Every option of the dimension, in order' })
  options: SupplyDemandOption[];

  @ListSize(200)
  @Field(() => [SupplyDemandGroup], { description: 'At most 24 counties x 7 organiser kinds or stages' })
  groups: SupplyDemandGroup[];
}
