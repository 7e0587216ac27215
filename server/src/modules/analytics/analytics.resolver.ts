import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { idOfType, toGlobalId } from '../../shared/global-id';
import { badInput } from '../../shared/errors';
import { DIMENSION_ENUM, LABELS } from '../../shared/labels';
import { Dimension } from '../../shared/enums';
import type { DemandResult as DemandShape, GroupBy as GroupByName, Source } from './analytics.service';
import { Cost, ListSize, SIZES } from '../../shared/cost-directives';
import {
  AlignmentBy,
  AlignmentRowType,
  DemandFilterInput,
  DemandGroupBy,
  DemandResult,
  DemandSource,
  ParticipationRowType,
  ScopedDemand,
} from './analytics.types';
import { loadAll } from '../../shared/loaders';

const LABEL_ENUM: Partial<Record<GroupByName, keyof typeof LABELS>> = {
  STAGE: 'Stage',
  REMOTENESS: 'Remoteness',
  TITLE: 'TeacherTitle',
  SUBJECT: 'Subject',
};

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
  const options = Object.entries(optionLabels as Record<string, { zh: string; en: string }>).map(([code, l]) => ({
    code,
    label: l.zh,
    labelEn: l.en,
  }));
  return { ...r, restrictedToCounty: r.restrictedToCounty ? toGlobalId('County', r.restrictedToCounty) : null, options, groups };
}

const counties = (ids: string[] | null | undefined, field: string) => ids?.map((id, i) => idOfType(id, 'County', `${field}.${i}`)) ?? null;

@Resolver()
export class AnalyticsResolver {
  @Allow('Query.demand')
  @Cost(10)
  @Query(() => DemandResult, {
    description:
      'Demand counts and shares for the options of a dimension, grouped by up to three, filtered (platform, analyst; a district in detail for its county, other counties as totals)',
  })
  async demand(
    @Arg('source', () => DemandSource) source: Source,
    @Arg('dimension', () => Dimension) dimension: Dimension,
    @Arg('groupBy', () => [DemandGroupBy], { defaultValue: [] }) groupBy: GroupByName[],
    @Arg('filter', () => DemandFilterInput, { nullable: true }) filter: DemandFilterInput | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    const r = await ctx.services.analytics.demand(ctx.viewer, {
      source,
      dimension,
      groupBy,
      filter: {
        ...f,
        countyIds: counties(f.countyIds, 'filter.countyIds'),
        choices: f.choices?.map((c) => ({ dimension: c.dimension, options: c.options })),
      },
    });
    return present(r, ctx);
  }

  @Allow('Query.participation')
  @ListSize(700)
  @Query(() => [ParticipationRowType], {
    description: '伍: schools and teachers that submitted, by school year and county, with the number invited',
  })
  async participation(
    @Arg('schoolYears', () => [Int], { defaultValue: [] }) schoolYears: number[],
    @Arg('countyIds', () => [ID], { nullable: true }) countyIds: string[] | null,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.services.analytics.participation(ctx.viewer, schoolYears, counties(countyIds, 'countyIds'));
    const countyOfRow = await loadAll(
      ctx.loaders.county,
      rows.map((r) => r.countyId),
    );
    return rows.map((r, i) => ({ ...r, county: countyOfRow[i] }));
  }

  @Allow('Query.alignment')
  @ListSize(SIZES.schools)
  @Query(() => [AlignmentRowType], {
    description: "School-teacher alignment: how far teachers' plans match their school's, by county or school",
  })
  async alignment(
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('by', () => AlignmentBy, { defaultValue: 'COUNTY' }) by: 'COUNTY' | 'SCHOOL',
    @Arg('countyIds', () => [ID], { nullable: true }) countyIds: string[] | null,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.services.analytics.alignment(ctx.viewer, schoolYear, by, counties(countyIds, 'countyIds'));
    const countyRows = await loadAll(
      ctx.loaders.county,
      rows.map((r) => (r.by === 'COUNTY' ? r.id : null)).filter((id): id is number => id !== null),
    );
    const schoolRows = await loadAll(
      ctx.loaders.unit,
      rows.map((r) => (r.by === 'SCHOOL' ? r.id : null)).filter((id): id is number => id !== null),
    );
    let c = 0;
    let s = 0;
    return rows.map((r) => ({
      ...r,
      county: r.by === 'COUNTY' ? countyRows[c++] : null,
      school: r.by === 'SCHOOL' ? schoolRows[s++] : null,
    }));
  }

  @Allow('Query.schoolDemandComparison')
  @ListSize(3)
  @Query(() => [ScopedDemand], {
    description:
      "A school's own teachers' (or its own plan's) demand against its county and the nation (the school, with the statistics permission)",
  })
  async schoolDemandComparison(
    @Arg('schoolId', () => ID) schoolId: string,
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('dimension', () => Dimension) dimension: Dimension,
    @Arg('source', () => DemandSource, { defaultValue: 'TEACHER_PLANS' }) source: Source,
    @Ctx() ctx: Context,
  ) {
    if (!Number.isInteger(schoolYear)) throw badInput('schoolYear', 'SCHOOL_YEAR_INVALID', 'A school year');
    const rows = await ctx.services.analytics.schoolComparison(
      ctx.viewer,
      idOfType(schoolId, 'School', 'schoolId'),
      dimension,
      schoolYear,
      source,
    );
    return Promise.all(rows.map(async (r) => ({ scope: r.scope, result: await present(r.result, ctx) })));
  }
}
