import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ViewerCapabilities } from '../accounts';
import { managesApiKeys } from './api-key.policy';

/** The partner-key flag of `me.can`, from this module's policy. */
@Resolver(() => ViewerCapabilities)
export class ApiKeyCapabilities {
  @FieldResolver(() => Boolean, { description: 'Issues, rotates and revokes partner API keys (the platform)' })
  manageApiKeys(@Root() c: ViewerCapabilities) {
    return managesApiKeys(c.viewer);
  }
}
