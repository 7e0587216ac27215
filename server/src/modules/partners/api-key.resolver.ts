import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { idOfType, toGlobalId } from '../../shared/global-id';
import { ApiScope } from '../../shared/enums';
import { County } from '../directory';
import type { ApiKeyEntity } from './api-key.entity';
import { ListSize, SIZES } from '../../shared/cost-directives';

@ObjectType({ description: "A partner system's API key (the secret is never shown again after creation or rotation)" })
class ApiKey {
  @Field()
  name: string;

  @Field({ description: 'The public part of the key: ik_<prefix>_...' })
  prefix: string;

  @Field(() => Int, { description: 'Leaky bucket: points a second (a request costs its calculated cost, at least 1)' })
  pointsPerSecond: number;

  @Field()
  createdBy: string;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  rotatedAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  revokedAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Int, { description: 'Requests answered' })
  requests: number;

  @Field(() => Int, { description: 'Points spent' })
  pointsUsed: number;

  @Field(() => Int, { description: 'Requests refused by the rate limit' })
  refused: number;
}

@ObjectType()
class ApiKeySecret {
  @Field(() => ApiKey)
  key: unknown;

  @Field({ description: 'Send as `Authorization: ApiKey <secret>` or `X-Api-Key: <secret>`. Shown once.' })
  secret: string;
}

@InputType()
class NewApiKeyInput {
  @Field()
  name: string;

  @Field(() => [ApiScope])
  scopes: ApiScope[];

  @Field(() => ID, { nullable: true, description: 'The county a TEACHER_SYNC key acts on' })
  countyId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Points a second (default 100)' })
  pointsPerSecond?: number | null;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Allow('Query.apiKeys')
  @ListSize(SIZES.apiKeys)
  @Query(() => [ApiKey], { description: 'Partner keys with their usage (platform)' })
  apiKeys(@Ctx() ctx: Context) {
    return ctx.services.apiKeys.list(ctx.viewer);
  }

  @Allow('Mutation.createApiKey')
  @Mutation(() => ApiKeySecret, { description: 'Create a partner key; its secret is returned once (platform)' })
  createApiKey(@Arg('input') input: NewApiKeyInput, @Ctx() ctx: Context) {
    return ctx.services.apiKeys.create(ctx.viewer, {
      name: input.name,
      scopes: input.scopes,
      countyId: input.countyId ? idOfType(input.countyId, 'County', 'countyId') : null,
      pointsPerSecond: input.pointsPerSecond ?? null,
    });
  }

  @Allow('Mutation.rotateApiKey')
  @Mutation(() => ApiKeySecret, { description: 'A new secret for a key; the old one stops at once (platform)' })
  rotateApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.apiKeys.rotate(ctx.viewer, idOfType(id, 'ApiKey', 'id'));
  }

  @Allow('Mutation.revokeApiKey')
  @Mutation(() => ApiKey, { description: 'Revoke a key for good (platform)' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.apiKeys.revoke(ctx.viewer, idOfType(id, 'ApiKey', 'id'));
  }

  @FieldResolver(() => ID)
  id(@Root() k: ApiKeyEntity) {
    return toGlobalId('ApiKey', k.id);
  }

  @FieldResolver(() => [ApiScope])
  scopes(@Root() k: ApiKeyEntity) {
    return k.scopes.split(',').filter(Boolean);
  }

  @FieldResolver(() => County, { nullable: true })
  county(@Root() k: ApiKeyEntity, @Ctx() ctx: Context) {
    return k.countyId ? ctx.loaders.county.load(k.countyId) : null;
  }
}
