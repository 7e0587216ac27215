import type { ModuleDescriptor } from '../../shared/module';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyResolver } from './api-key.resolver';
import { ApiKeyService } from './api-key.service';

/** Partner systems: API keys with scopes and query budgets. */
export { ApiKeyEntity } from './api-key.entity';

declare module '../../shared/module' {
  interface Services {
    apiKeys: ApiKeyService;
  }
}
declare module '../../shared/global-id' {
  interface NodeTypes {
    ApiKey: true;
  }
}

export const partnersModule: ModuleDescriptor = {
  name: 'partners',
  entities: [ApiKeyEntity],
  resolvers: [ApiKeyResolver],
  services: ({ ds, clock }, { audit }) => ({ apiKeys: new ApiKeyService(ds, audit, clock) }),
  nodes: { ApiKey: null },
};
