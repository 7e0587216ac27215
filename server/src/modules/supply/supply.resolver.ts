import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/module';
import { Allow } from '../../auth/rules';
import { Cost } from '../../shared/cost-directives';
import { Dimension, SupplyGroupBy } from '../../shared/enums';
import type { OrganiserKind, SupplyGroupBy as SupplyGroupByName } from '../../shared/enums';
import { idOfType, toGlobalId } from '../../shared/global-id';
import { DIMENSION_ENUM, LABELS } from '../../shared/labels';
import { ViewerCapabilities } from '../accounts';
import { readsDemandAsOrganiser, readsSupplyDemand } from './supply.policy';
import type { SupplyDemandResult as SupplyDemandResultData } from './supply.service';
import { SupplyDemandFilterInput, SupplyDemandResult } from './supply.types';

type Labels = Record<string, { zh: string; en: string }>;
const LABEL_OF: Record<Exclude<SupplyGroupByName, 'COUNTY'>, Labels> = {
  STAGE: { ...LABELS.Stage, UNKNOWN: { zh: '未分階段', en: 'Unknown' } },
  REMOTENESS: LABELS.Remoteness,
  ORGANISER_KIND: LABELS.OrganiserKind,
};

const LISTS = [
  'demandPlans',
  'plannedHours',
  'courses',
  'seats',
  'hoursOffered',
  'registrations',
  'hoursIssued',
  'seatsPer100',
  'fillRate',
  'issuedShare',
] as const;

@Resolver()
export class SupplyResolver {
  @Allow('Query.supplyDemand')
  @Cost(10)
  @Query(() => SupplyDemandResult, {
    description:
      "供需: for each group and option of a dimension, demand (teacher plans, planned hours), supply (courses, seats, hours offered), uptake (registrations, hours issued) and the gap (platform, analysts, districts: their county in detail, STATISTICS_READ keys, organisers' accounts with the statistics permission: 研習辦理單位參考)",
  })
  async supplyDemand(
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('dimension', () => Dimension) dimension: Dimension,
    @Arg('groupBy', () => [SupplyGroupBy], { defaultValue: ['COUNTY'] }) groupBy: SupplyGroupByName[],
    @Arg('filter', () => SupplyDemandFilterInput, { nullable: true }) filter: SupplyDemandFilterInput | null,
    @Ctx() ctx: Context,
  ) {
    const f = filter ?? {};
    const r = await ctx.services.supply.supplyDemand(ctx.viewer, {
      schoolYear,
      dimension,
      groupBy,
      filter: {
        countyIds: f.countyIds?.map((id, i) => idOfType(id, 'County', `filter.countyIds.${i}`)) ?? null,
        stages: f.stages,
        remoteness: f.remoteness,
        organiserKinds: f.organiserKinds as OrganiserKind[] | null | undefined,
      },
    });
    // an answer the service kept (the same object for the same question) is presented once
    let presented = PRESENTED.get(r);
    if (!presented) {
      presented = present(r, ctx);
      PRESENTED.set(r, presented);
      presented.catch(() => PRESENTED.delete(r));
    }
    return presented;
  }
}

const PRESENTED = new WeakMap<SupplyDemandResultData, Promise<unknown>>();

/** The service's answer as the API gives it: global IDs, labels, the cells' figures as lists. */
async function present(r: SupplyDemandResultData, ctx: Context) {
  const optionLabels = LABELS[DIMENSION_ENUM[r.dimension]] as Labels;
  const countyIds = [...new Set(r.groups.flatMap((g) => g.key.filter((k) => k.by === 'COUNTY').map((k) => Number(k.value))))];
  const counties = await ctx.loaders.county.loadMany(countyIds.filter((id) => id > 0));
  const countyById = new Map<number, { name: string; nameEn: string }>();
  for (const c of counties) if (c && !(c instanceof Error)) countyById.set((c as { id: number }).id, c as { name: string; nameEn: string });
  return {
    ...r,
    restrictedToCounty: r.restrictedToCounty ? toGlobalId('County', r.restrictedToCounty) : null,
    options: Object.entries(optionLabels).map(([code, l]) => ({ code, label: l.zh, labelEn: l.en })),
    groups: r.groups.map((g) => ({
      ...g,
      key: g.key.map(({ by, value }) => {
        if (by === 'COUNTY') {
          const id = Number(value);
          const c = countyById.get(id);
          if (!id) return { by, value: 'NONE', label: '全國（不分縣市）', labelEn: 'National (no county)' };
          return { by, value: toGlobalId('County', id), label: c?.name ?? value, labelEn: c?.nameEn ?? value };
        }
        const l = LABEL_OF[by][value];
        return { by, value, label: l?.zh ?? value, labelEn: l?.en ?? value };
      }),
      cells: g.cells.map((c) => ({ ...c, label: optionLabels[c.option]?.zh ?? c.option })),
      ...Object.fromEntries(LISTS.map((f) => [f, g.cells.map((c) => c[f])])),
    })),
  };
}

/** The supply flags of `me.can`, from this module's policy. */
@Resolver(() => ViewerCapabilities)
export class SupplyCapabilities {
  @FieldResolver(() => Boolean, {
    description: "Reads supply against demand (供需: platform, analyst, district, STATISTICS_READ key, organisers' statistics permission)",
  })
  readSupplyDemand(@Root() c: ViewerCapabilities) {
    return readsSupplyDemand(c.viewer);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Reads the aggregated demand as a course organiser (研習辦理單位參考: an organiser's account with the statistics permission)",
  })
  readDemandReference(@Root() c: ViewerCapabilities) {
    return readsDemandAsOrganiser(c.viewer);
  }
}
