import type { ModuleDescriptor } from '../../shared/module';
import { demandExport, demandReportExport, participationExport } from './analytics-export';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';

/** 需求分析: the demand analysis over the plans, with the disclosure control of shared/disclosure.ts. */
export { AnalyticsService } from './analytics.service';

declare module '../../shared/module' {
  interface Services {
    analytics: AnalyticsService;
  }
}

export const analyticsModule: ModuleDescriptor = {
  name: 'analytics',
  entities: [],
  resolvers: [AnalyticsResolver],
  services: ({ ds, clock }) => ({ analytics: new AnalyticsService(ds, clock) }),
  downloads: { demand: demandExport, participation: participationExport, 'demand-report': demandReportExport },
};
