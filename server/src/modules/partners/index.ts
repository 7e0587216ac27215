import type { ModuleDescriptor } from '../../shared/module';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyResolver } from './api-key.resolver';
import { ApiKeyService } from './api-key.service';
import { apiKeyRules } from './api-key.policy';
import { ApiKeyCapabilities } from './capabilities.resolver';

/** Partner systems: API keys with scopes and query budgets. */
export { ApiKeyEntity } from './api-key.entity';

declare module '../../auth/rules' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleNames extends Record<keyof typeof apiKeyRules, true> {}
}
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
  resolvers: [ApiKeyResolver, ApiKeyCapabilities],
  rules: apiKeyRules,
  services: ({ ds, clock }, { audit }) => ({ apiKeys: new ApiKeyService(ds, audit, clock) }),
  nodes: { ApiKey: null },
};
