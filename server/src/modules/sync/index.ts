import type { ModuleDescriptor } from '../../shared/module';
import { ChangeResolver } from './sync.resolver';
import { SyncService } from './sync.service';
import { syncRules } from './sync.policy';

/** 增量同步: the change feed partners keep in step with (`changes`), read from the audit trail. */
export { changeFeedOf } from './sync.policy';

declare module '../../auth/rules' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleNames extends Record<keyof typeof syncRules, true> {}
}
declare module '../../shared/module' {
  interface Services {
    sync: SyncService;
  }
}

export const syncModule: ModuleDescriptor = {
  name: 'sync',
  entities: [],
  resolvers: [ChangeResolver],
  rules: syncRules,
  services: ({ ds }) => ({ sync: new SyncService(ds) }),
};
