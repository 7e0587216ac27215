import { createHmac, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { Clock } from '../../shared/clock';
import { badInput, forbidden, notFound } from '../../shared/errors';
import type { ApiScope, WebhookEvent } from '../../shared/enums';
import { toGlobalId, type NodeType } from '../../shared/global-id';
import { LABELS } from '../../shared/labels';
import type { Page, PageArgs } from '../../shared/pagination';
import { pageOf } from '../../shared/scoped-query';
import { inTransaction } from '../../shared/tx';
import type { AuditService } from '../audit';
import { ApiKeyEntity } from '../partners';
import type { OutboxEventEntity } from './messaging.entity';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entity';
import { managesWebhooks } from './messaging.policy';

/**
 * Partner webhooks (issue 14, docs/API.md "Webhooks"). Which events a key may receive follows its
 * scopes, as the API would let it read the same facts: the planning cycle's events with a scope that
 * reads schools, transfers with TEACHER_SYNC (and only of the key's county). An event leaves as IDs,
 * a type and a time, never names or personal data: the receiver reads what it needs through the API
 * with its key, so the key's scopes decide that too.
 */
export const WEBHOOK_EVENT_SCOPES: Record<WebhookEvent, readonly ApiScope[]> = {
  PLAN_SUBMITTED: ['DIRECTORY_READ', 'STATISTICS_READ'],
  PLAN_REOPENED: ['DIRECTORY_READ', 'STATISTICS_READ'],
  REMINDER: ['DIRECTORY_READ', 'STATISTICS_READ'],
  TRANSFER_ASKED: ['TEACHER_SYNC'],
  TRANSFER_ACCEPTED: ['TEACHER_SYNC'],
  // a key's own export (modules/exports): only to the endpoints of the key that started it
  EXPORT_COMPLETED: ['TEACHER_SYNC'],
};

/** Events that belong to one key (the payload's `apiKeyId`): never sent to another key's endpoints. */
const KEY_ADDRESSED = new Set<WebhookEvent>(['EXPORT_COMPLETED']);

const isWebhookEvent = (t: string): t is WebhookEvent => t in WEBHOOK_EVENT_SCOPES;
const scopesOf = (k: ApiKeyEntity) => k.scopes.split(',').filter(Boolean) as ApiScope[];
const allows = (k: ApiKeyEntity, e: WebhookEvent) => WEBHOOK_EVENT_SCOPES[e].some((s) => scopesOf(k).includes(s));

/** The event ID receivers use to ignore repeats: the same for every retry and redelivery of an event. */
export const webhookEventId = (eventId: number) => `evt_${eventId}`;

/** The JSON body of an event as it leaves. */
export function webhookBody(
  ev: Pick<OutboxEventEntity, 'id' | 'type' | 'subjectType' | 'subjectId' | 'unitId' | 'countyId' | 'createdAt'>,
): string {
  return JSON.stringify({
    id: webhookEventId(ev.id),
    type: ev.type,
    occurredAt: ev.createdAt.toISOString(),
    subject: { type: ev.subjectType, id: toGlobalId(ev.subjectType as NodeType, ev.subjectId) },
    school: ev.unitId ? toGlobalId('School', ev.unitId) : null,
    county: ev.countyId ? toGlobalId('County', ev.countyId) : null,
  });
}

/**
 * The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the endpoint's
 * secret>`. A receiver recomputes it and refuses a timestamp older than a few minutes (replay).
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Is this a URL a webhook may be sent to: https, or http to this machine only; no credentials. */
export function checkWebhookUrl(raw: string): string {
  const url = raw.trim();
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw badInput('url', 'WEBHOOK_URL', 'Not a URL (網址格式不正確)');
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  if (url.length > 500 || u.username || u.password || !(u.protocol === 'https:' || (u.protocol === 'http:' && loopback))) {
    throw badInput('url', 'WEBHOOK_URL', 'An https URL (http only to this machine), without user or password, at most 500 characters');
  }
  return u.toString();
}

export interface NewWebhook {
  apiKeyId: number;
  url: string;
  events: WebhookEvent[];
  countyId: number | null;
}

/** The platform registers, lists and disables endpoints, reads their deliveries and redelivers. */
export class WebhookService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(v: Viewer, input: NewWebhook): Promise<{ webhook: WebhookEndpointEntity; secret: string }> {
    if (!managesWebhooks(v)) throw forbidden();
    const url = checkWebhookUrl(input.url);
    const events = [...new Set(input.events)];
    if (!events.length || events.some((e) => !(e in LABELS.WebhookEvent)))
      throw badInput('events', 'INVALID_VALUE', 'At least one event (至少一個事件)');
    return inTransaction(this.ds, async (em) => {
      const key = await em.getRepository(ApiKeyEntity).findOneBy({ id: input.apiKeyId });
      if (!key || key.revokedAt) throw notFound('NO_SUCH_API_KEY', 'No such live key');
      const outside = events.filter((e) => !allows(key, e));
      if (outside.length) {
        throw badInput(
          'events',
          'EVENT_OUTSIDE_SCOPE',
          `The key's scopes do not allow ${outside.join(', ')} (此金鑰的權限範圍不含這些事件)`,
          { events: outside },
        );
      }
      if (key.countyId != null && input.countyId != null && input.countyId !== key.countyId) {
        throw badInput('countyId', 'COUNTY_OUTSIDE_KEY', 'The key acts on its own county only (此金鑰只能用於它自己的縣市)');
      }
      if (input.countyId != null && !(await em.query('SELECT id FROM county WHERE id = ?', [input.countyId])).length) {
        throw badInput('countyId', 'INVALID_VALUE', 'No such county');
      }
      const secret = `whsec_${randomBytes(32).toString('base64url')}`;
      const webhook = em.getRepository(WebhookEndpointEntity).create({
        apiKeyId: key.id,
        url,
        events: events.join(','),
        countyId: key.countyId ?? input.countyId,
        secret,
        createdBy: v.kind === 'ANONYMOUS' ? '' : v.username,
        createdAt: this.clock.now(),
        disabledAt: null,
      });
      await em.save(webhook);
      await this.audit.record(em, v, {
        operation: 'createWebhook',
        targetType: 'Webhook',
        targetId: webhook.id,
        targetUnitId: null,
        countyId: webhook.countyId,
        after: { apiKey: key.name, url: new URL(url).origin, events: webhook.events },
      });
      return { webhook, secret };
    });
  }

  async list(v: Viewer, apiKeyId: number | null): Promise<WebhookEndpointEntity[]> {
    if (!managesWebhooks(v)) throw forbidden();
    return this.ds.getRepository(WebhookEndpointEntity).find({ where: apiKeyId ? { apiKeyId } : {}, order: { id: 'ASC' } });
  }

  async disable(v: Viewer, id: number): Promise<WebhookEndpointEntity> {
    if (!managesWebhooks(v)) throw forbidden();
    return inTransaction(this.ds, async (em) => {
      const w = await em.getRepository(WebhookEndpointEntity).findOneBy({ id });
      if (!w) throw notFound('NO_SUCH_WEBHOOK', 'No such webhook');
      if (!w.disabledAt) {
        w.disabledAt = this.clock.now();
        await em.save(w);
        await this.audit.record(em, v, {
          operation: 'disableWebhook',
          targetType: 'Webhook',
          targetId: id,
          targetUnitId: null,
          countyId: w.countyId,
          after: { disabled: 'yes' },
        });
      }
      return w;
    });
  }

  /** webhookDeliveries: newest first. */
  async deliveries(v: Viewer, endpointId: number, args: PageArgs): Promise<Page<WebhookDeliveryEntity> & { totalCount: number }> {
    if (!managesWebhooks(v)) throw forbidden();
    return pageOf(
      this.ds,
      { target: WebhookDeliveryEntity, from: 'webhook_delivery d', alias: 'd' },
      { sql: 'd.endpoint_id = ?', params: [endpointId] },
      args,
      { newestFirst: true },
    );
  }

  /** A new delivery of the same event (same event ID, so a receiver that has it ignores it), due at once. */
  async redeliver(v: Viewer, deliveryId: number): Promise<WebhookDeliveryEntity> {
    if (!managesWebhooks(v)) throw forbidden();
    return inTransaction(this.ds, async (em) => {
      const d = await em.getRepository(WebhookDeliveryEntity).findOneBy({ id: deliveryId });
      if (!d) throw notFound('NO_SUCH_WEBHOOK', 'No such delivery');
      const w = await em.getRepository(WebhookEndpointEntity).findOneBy({ id: d.endpointId });
      if (!w || w.disabledAt) throw notFound('NO_SUCH_WEBHOOK', 'The webhook is disabled');
      const now = this.clock.now();
      const again = em.getRepository(WebhookDeliveryEntity).create({
        endpointId: d.endpointId,
        eventId: d.eventId,
        eventType: d.eventType,
        status: 'PENDING',
        attempts: 0,
        nextAttemptAt: now,
        claimedBy: null,
        claimedUntil: null,
        responseStatus: null,
        reason: null,
        redeliveryOf: d.redeliveryOf ?? d.id,
        createdAt: now,
        deliveredAt: null,
      });
      await em.save(again);
      await this.audit.record(em, v, {
        operation: 'redeliverWebhook',
        targetType: 'Webhook',
        targetId: w.id,
        targetUnitId: null,
        countyId: w.countyId,
        after: { event: webhookEventId(d.eventId) },
      });
      return again;
    });
  }
}

/**
 * In the dispatcher's expansion of an event (same transaction): a delivery for each live endpoint of a
 * live key that asked for the event's type, whose scopes allow it, and whose county (if any) is the
 * event's. Events of other types never leave.
 */
export async function webhookDeliveriesFor(em: EntityManager, ev: OutboxEventEntity, now: Date): Promise<number> {
  if (!isWebhookEvent(ev.type)) return 0;
  const type = ev.type;
  const endpoints = await em
    .getRepository(WebhookEndpointEntity)
    .createQueryBuilder('w')
    .where('w.disabled_at IS NULL')
    .andWhere('w.events LIKE :t', { t: `%${type}%` })
    .getMany();
  if (!endpoints.length) return 0;
  // an event addressed to one key (its own export) reaches that key's endpoints only
  const onlyKey = (JSON.parse(ev.payload || '{}') as { apiKeyId?: number | null }).apiKeyId ?? null;
  if (KEY_ADDRESSED.has(type) && onlyKey == null) return 0; // a person's export: its inbox, no webhook
  const keys = new Map((await em.getRepository(ApiKeyEntity).findBy(endpoints.map((w) => ({ id: w.apiKeyId })))).map((k) => [k.id, k]));
  const rows = endpoints
    .filter((w) => {
      const k = keys.get(w.apiKeyId);
      return (
        k &&
        !k.revokedAt &&
        w.events.split(',').includes(type) &&
        allows(k, type) &&
        (w.countyId == null || w.countyId === ev.countyId) &&
        (onlyKey == null || onlyKey === k.id)
      );
    })
    .map((w) => ({
      endpointId: w.id,
      eventId: ev.id,
      eventType: type,
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: now,
      claimedBy: null,
      claimedUntil: null,
      responseStatus: null,
      reason: null,
      redeliveryOf: null,
      createdAt: now,
      deliveredAt: null,
    }));
  if (rows.length) await em.getRepository(WebhookDeliveryEntity).insert(rows);
  return rows.length;
}

/** One POST of a delivery; the answer's status, or a thrown error (refused, timed out). */
export async function postWebhook(
  endpoint: Pick<WebhookEndpointEntity, 'url' | 'secret'>,
  delivery: Pick<WebhookDeliveryEntity, 'id' | 'eventType'>,
  body: string,
  now: Date,
  timeoutMs: number,
): Promise<number> {
  const timestamp = Math.floor(now.getTime() / 1000);
  const res = await fetch(endpoint.url, {
    method: 'POST',
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
    headers: {
      'content-type': 'application/json',
      'user-agent': 'inservice-webhooks/1',
      'x-inservice-event': delivery.eventType,
      'x-inservice-delivery': String(delivery.id),
      'x-inservice-timestamp': String(timestamp),
      'x-inservice-signature': signWebhook(endpoint.secret, timestamp, body),
    },
    body,
  });
  await res.arrayBuffer().catch(() => undefined);
  return res.status;
}
