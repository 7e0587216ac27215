import { isPlatform, viewerRule, type Rule } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';

/** The policy of partner API keys: the platform issues, lists, rotates and revokes them. */
export const managesApiKeys = (v: Viewer): boolean => isPlatform(v);

export const apiKeyRules = {
  'Query.apiKeys': viewerRule(managesApiKeys),
  'Mutation.createApiKey': viewerRule(managesApiKeys),
  'Mutation.rotateApiKey': viewerRule(managesApiKeys),
  'Mutation.revokeApiKey': viewerRule(managesApiKeys),
} satisfies Record<string, Rule>;
