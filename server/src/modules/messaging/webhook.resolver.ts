import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { WebhookEvent } from '../../shared/enums';
import { idOfType, toGlobalId } from '../../shared/global-id';
import { Connection, PageArgsInput, toConnection } from '../../shared/pagination';
import { ListSize, PagedList, SIZES } from '../../shared/cost-directives';
import { County } from '../directory';
import type { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entity';
import { webhookEventId } from './webhooks';

@ObjectType({
  description: 'A partner key\'s webhook endpoint: the outbox\'s events of its choice are POSTed to it, signed (docs/API.md "Webhooks")',
})
export class Webhook {
  @Field()
  url: string;

  @Field(() => [WebhookEvent])
  events: WebhookEvent[];

  @Field()
  createdBy: string;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Set once the endpoint is disabled: nothing more is sent' })
  disabledAt: Date | null;
}

@ObjectType({ description: 'A new webhook with its signing secret (shown once)' })
class WebhookCreated {
  @Field(() => Webhook)
  webhook: unknown;

  @Field({ description: 'The HMAC-SHA256 key of X-Inservice-Signature. Shown once.' })
  secret: string;
}

@ObjectType({ description: 'One delivery of an event to a webhook' })
class WebhookDelivery {
  @Field(() => WebhookEvent)
  eventType: WebhookEvent;

  @Field({ description: 'PENDING (queued or waiting for a retry), SENT (answered 2xx), FAILED (gave up)' })
  status: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true, description: "The receiver's last HTTP status, if it answered" })
  responseStatus: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed' })
  reason: string | null;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the next try is due (PENDING only)' })
  nextAttemptAt: Date | null;
}

const WebhookDeliveryConnection = Connection(WebhookDelivery, 'WebhookDelivery');

@InputType()
class NewWebhookInput {
  @Field(() => ID, { description: 'The partner key the endpoint belongs to' })
  apiKeyId: string;

  @Field({ description: 'https (http only to this machine)' })
  url: string;

  @Field(() => [WebhookEvent], { description: "Events to send; each must be allowed by the key's scopes" })
  events: WebhookEvent[];

  @Field(() => ID, { nullable: true, description: "Only this county's events (a county-bound key's endpoints always carry its county)" })
  countyId?: string | null;
}

@ArgsType()
class WebhookDeliveriesArgs extends PageArgsInput {
  @Field(() => ID)
  webhookId: string;
}

@Resolver(() => Webhook)
export class WebhookResolver {
  @Allow('Query.webhooks')
  @ListSize(SIZES.apiKeys)
  @Query(() => [Webhook], { description: "Partner keys' webhook endpoints (platform)" })
  webhooks(@Arg('apiKeyId', () => ID, { nullable: true }) apiKeyId: string | null, @Ctx() ctx: Context) {
    return ctx.services.webhooks.list(ctx.viewer, apiKeyId ? idOfType(apiKeyId, 'ApiKey', 'apiKeyId') : null);
  }

  @Allow('Query.webhookDeliveries')
  @PagedList()
  @Query(() => WebhookDeliveryConnection, { description: "A webhook's deliveries, newest first (platform)" })
  async webhookDeliveries(@Args() args: WebhookDeliveriesArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.webhooks.deliveries(ctx.viewer, idOfType(args.webhookId, 'Webhook', 'webhookId'), args);
    return toConnection(page, page.totalCount);
  }

  @Allow('Mutation.createWebhook')
  @Mutation(() => WebhookCreated, { description: 'Registers a webhook for a partner key; its signing secret is returned once (platform)' })
  createWebhook(@Arg('input') input: NewWebhookInput, @Ctx() ctx: Context) {
    return ctx.services.webhooks.create(ctx.viewer, {
      apiKeyId: idOfType(input.apiKeyId, 'ApiKey', 'apiKeyId'),
      url: input.url,
      events: input.events,
      countyId: input.countyId ? idOfType(input.countyId, 'County', 'countyId') : null,
    });
  }

  @Allow('Mutation.disableWebhook')
  @Mutation(() => Webhook, { description: 'Stops a webhook for good: nothing more is sent to it (platform)' })
  disableWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.webhooks.disable(ctx.viewer, idOfType(id, 'Webhook', 'id'));
  }

  @Allow('Mutation.redeliverWebhook')
  @Mutation(() => WebhookDelivery, { description: 'Sends an event to its webhook again, with the same event ID (platform)' })
  redeliverWebhook(@Arg('deliveryId', () => ID) deliveryId: string, @Ctx() ctx: Context) {
    return ctx.services.webhooks.redeliver(ctx.viewer, idOfType(deliveryId, 'WebhookDelivery', 'deliveryId'));
  }

  @FieldResolver(() => ID)
  id(@Root() w: WebhookEndpointEntity) {
    return toGlobalId('Webhook', w.id);
  }

  @FieldResolver(() => ID)
  apiKeyId(@Root() w: WebhookEndpointEntity) {
    return toGlobalId('ApiKey', w.apiKeyId);
  }

  @FieldResolver(() => [WebhookEvent])
  events(@Root() w: WebhookEndpointEntity) {
    return w.events.split(',').filter(Boolean);
  }

  @FieldResolver(() => County, { nullable: true })
  county(@Root() w: WebhookEndpointEntity, @Ctx() ctx: Context) {
    return w.countyId ? ctx.loaders.county.load(w.countyId) : null;
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => ID)
  id(@Root() d: WebhookDeliveryEntity) {
    return toGlobalId('WebhookDelivery', d.id);
  }

  @FieldResolver(() => String, {
    description: 'The event ID the receiver sees (the same in every retry and redelivery): ignore repeats by it',
  })
  eventId(@Root() d: WebhookDeliveryEntity) {
    return webhookEventId(d.eventId);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The first delivery this one repeats, for a redelivery' })
  redeliveryOf(@Root() d: WebhookDeliveryEntity) {
    return d.redeliveryOf ? toGlobalId('WebhookDelivery', d.redeliveryOf) : null;
  }

  @FieldResolver(() => DateTimeISOResolver, { nullable: true })
  nextAttemptAt(@Root() d: WebhookDeliveryEntity) {
    return d.status === 'PENDING' ? d.nextAttemptAt : null;
  }
}
