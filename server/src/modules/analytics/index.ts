import type { ModuleDescriptor } from '../../shared/module';
import { demandExport, demandReportExport, participationExport } from './analytics-export';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';
import { StatisticsCapabilities } from './capabilities.resolver';
import { statisticsRules } from './statistics.policy';

/** 需求分析: the demand analysis over the plans, with the disclosure control of shared/disclosure.ts. */
export { AnalyticsService, SummaryCache } from './analytics.service';
export type { Counted, DemandQuery } from './analytics.service';
export { readsStatistics, seesExactStatistics } from './statistics.policy';

declare module '../../auth/rules' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleNames extends Record<keyof typeof statisticsRules, true> {}
}
declare module '../../shared/module' {
  interface Services {
    analytics: AnalyticsService;
  }
}

export const analyticsModule: ModuleDescriptor = {
  name: 'analytics',
  entities: [],
  resolvers: [AnalyticsResolver, StatisticsCapabilities],
  rules: statisticsRules,
  services: ({ ds, clock }) => ({ analytics: new AnalyticsService(ds, clock) }),
  downloads: { demand: demandExport, participation: participationExport, 'demand-report': demandReportExport },
};
