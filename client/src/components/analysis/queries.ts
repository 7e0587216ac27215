import { graphql } from '../../gql';
import type { DemandResultFieldsFragment } from '../../gql/graphql';

/** A demand result as every view of the analysis reads it (docs/API.md "The demand analysis"). */
graphql(`
  fragment DemandResultFields on DemandResult {
    k
    fromSummary
    restrictedToCounty
    dimension
    source
    groupBy
    options {
      code
      label
      labelEn
    }
    groups {
      key {
        by
        value
        label
        labelEn
      }
      plans
      suppressed
      cells {
        option
        label
        count
        share
        hoursSum
        hoursMean
        suppressed
      }
    }
  }
`);

export type DemandResultData = DemandResultFieldsFragment;
export type DemandGroupData = DemandResultData['groups'][number];
export type DemandCellData = DemandGroupData['cells'][number];
export type GroupKeyData = DemandGroupData['key'][number];

/** The question as grouped, and the same question without groups (the overall shares). */
export const ANALYSIS_DEMAND_QUERY = graphql(`
  query AnalysisDemand($source: DemandSource!, $dimension: Dimension!, $groupBy: [DemandGroupBy!]!, $filter: DemandFilterInput) {
    overall: demand(source: $source, dimension: $dimension, groupBy: [], filter: $filter) {
      ...DemandResultFields
    }
    result: demand(source: $source, dimension: $dimension, groupBy: $groupBy, filter: $filter) {
      ...DemandResultFields
    }
  }
`);

/** One grouping only: the map (COUNTY) and the trend (SCHOOL_YEAR). */
export const DEMAND_QUERY = graphql(`
  query Demand($source: DemandSource!, $dimension: Dimension!, $groupBy: [DemandGroupBy!]!, $filter: DemandFilterInput) {
    demand(source: $source, dimension: $dimension, groupBy: $groupBy, filter: $filter) {
      ...DemandResultFields
    }
  }
`);

/** 各學年度參與縣市資料 (the seed's part 伍). */
export const PARTICIPATION_QUERY = graphql(`
  query Participation($years: [Int!]!, $countyIds: [ID!]) {
    participation(schoolYears: $years, countyIds: $countyIds) {
      schoolYear
      county {
        id
        name
        nameEn
        order
      }
      schoolsInvited
      schoolsSubmitted
      teachersInvited
      teachersSubmitted
    }
  }
`);

/** How far teachers' plans match their school's plan, by county or by school. */
export const ALIGNMENT_QUERY = graphql(`
  query Alignment($year: Int!, $by: AlignmentBy!, $countyIds: [ID!]) {
    alignment(schoolYear: $year, by: $by, countyIds: $countyIds) {
      county {
        id
        name
        nameEn
        order
      }
      school {
        id
        code
        name
        county {
          id
          name
          nameEn
        }
      }
      teacherPlans
      suppressed
      domainMatch
      needsMatch
    }
  }
`);

/** A school's own demand against its county and the nation (本校統計). */
export const SCHOOL_COMPARISON_QUERY = graphql(`
  query SchoolDemandComparison($schoolId: ID!, $year: Int!, $dimension: Dimension!, $source: DemandSource!) {
    schoolDemandComparison(schoolId: $schoolId, schoolYear: $year, dimension: $dimension, source: $source) {
      scope
      result {
        ...DemandResultFields
      }
    }
  }
`);
