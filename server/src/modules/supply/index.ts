import type { ModuleDescriptor } from '../../shared/module';
import { SupplyCountySummaryEntity, SupplySummaryEntity, UptakeSummaryEntity } from './supply.entity';
import { supplyRules } from './supply.policy';
import { SupplyCapabilities, SupplyResolver } from './supply.resolver';
import { SupplyService } from './supply.service';

/**
 * 供需: supply against demand (issue 12 item 6). Reads the summary tables that shared/supply-summary.ts
 * keeps in the transactions of the course, registration and study-record writes, and the demand
 * through the analytics service; every figure but the public supply leaves through the disclosure control.
 */
export { SupplyCountySummaryEntity, SupplySummaryEntity, UptakeSummaryEntity } from './supply.entity';
export { SupplyService } from './supply.service';
export { readsSupplyDemand, readsDemandAsOrganiser } from './supply.policy';

declare module '../../auth/rules' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleNames extends Record<keyof typeof supplyRules, true> {}
}
declare module '../../shared/module' {
  interface Services {
    supply: SupplyService;
  }
}

export const supplyModule: ModuleDescriptor = {
  name: 'supply',
  entities: [SupplySummaryEntity, UptakeSummaryEntity, SupplyCountySummaryEntity],
  resolvers: [SupplyResolver, SupplyCapabilities],
  rules: supplyRules,
  services: ({ ds, clock }, { analytics }) => ({ supply: new SupplyService(ds, analytics, clock) }),
};
