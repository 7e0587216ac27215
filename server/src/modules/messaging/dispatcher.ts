import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock';
import { log } from '../../shared/log';
import { scrubPersonalData } from '../../shared/personal-data';
import { dateParam, isMysql } from '../../shared/sql';
import { inTransaction, isLockConflict, retryOnLockConflict } from '../../shared/tx';
import { Mailer, mailerFromEnv } from './mailer';
import { MailDeliveryEntity, NotificationEntity, OutboxEventEntity } from './messaging.entity';
import { parseRecipients, peopleOf } from './recipients';
import { DIGEST_TYPE, isEssential, render, renderDigest, TEMPLATES, type DigestItem } from './templates';
import { ensurePreference, nextDigestAt, unsubscribeUrl } from './preferences';
import { placeholders } from '../../shared/loaders';
import { taipeiDate } from '../../shared/taiwan-time';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entity';
import { postWebhook, webhookBody, webhookDeliveriesFor } from './webhooks';
import type { OutboxEventType } from '../../shared/outbox';
import { raiseWindowNotices } from '../planning';

export interface DispatcherOptions {
  /** This dispatcher's name in `claimed_by` (default: a new UUID per process). */
  id?: string;
  /** Rows claimed at a time. */
  batchSize?: number;
  /** How long a claim holds: a dispatcher that dies leaves its rows to others after this. */
  claimSeconds?: number;
  /** The first retry waits this long, each next one twice as long (up to retryMaxSeconds). */
  retryBaseSeconds?: number;
  retryMaxSeconds?: number;
  /** After this many failed attempts a delivery is FAILED for good. */
  maxAttempts?: number;
  /** Idle wait between rounds of the loop (real time). */
  pollMs?: number;
  /** Mails (and webhook posts) sent at once. */
  concurrency?: number;
  /** How long a webhook receiver has to answer. */
  webhookTimeoutMs?: number;
  mailer?: Mailer;
  /** Raise the planning windows' notices (opening, closing soon) when due, at most once a minute (the process's dispatcher does). */
  windowNotices?: boolean;
}

export interface RoundResult {
  expanded: number;
  /** Mails and webhook posts that went, will be retried, or were given up. */
  sent: number;
  retried: number;
  failed: number;
}

type Table = 'outbox_event' | 'mail_delivery' | 'webhook_delivery';

/** The wait before attempt `attempts + 1`: base, 2 base, 4 base ... up to max. */
export function backoffSeconds(attempts: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, attempts - 1));
}

/**
 * The outbox dispatcher. Each round it claims due rows in the database (an UPDATE that sets
 * `claimed_by`/`claimed_until` on rows nobody holds), so several processes never work on the same
 * row; a claim that runs out (its process died) frees the rows for others. First it expands claimed
 * events into inbox notifications and mail deliveries (one transaction per event), then it sends
 * the claimed mail deliveries, recording each (SENT, or a retry at exponential backoff, FAILED
 * after maxAttempts, with the reason). At least once: a process killed after the SMTP server took a
 * mail but before recording it sends it again after the claim runs out (same Message-ID).
 * Logs carry IDs, types and statuses, never an address.
 */
export class Dispatcher {
  readonly id: string;
  readonly mailer: Mailer;
  private readonly o: Required<Omit<DispatcherOptions, 'id' | 'mailer'>>;
  private noticesCheckedAt = 0;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;

  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    opts: DispatcherOptions = {},
  ) {
    this.id = (opts.id ?? randomUUID()).slice(0, 24);
    this.mailer = opts.mailer ?? mailerFromEnv();
    this.o = {
      batchSize: opts.batchSize ?? 50,
      claimSeconds: opts.claimSeconds ?? 120,
      retryBaseSeconds: opts.retryBaseSeconds ?? 30,
      retryMaxSeconds: opts.retryMaxSeconds ?? 3600,
      maxAttempts: opts.maxAttempts ?? 8,
      pollMs: opts.pollMs ?? 2000,
      concurrency: opts.concurrency ?? 4,
      webhookTimeoutMs: opts.webhookTimeoutMs ?? 10_000,
      windowNotices: opts.windowNotices ?? false,
    };
  }

  /** Runs rounds until stop(): at once again after a full batch, else after pollMs. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    log.info({ dispatcher: this.id, mail: this.mailer.describe }, `Outbox dispatcher started; mail goes to ${this.mailer.describe}`);
    const loop = async () => {
      this.timer = null;
      if (this.stopped) return;
      let busy = false;
      try {
        const p = this.runOnce();
        this.running = p;
        const r = await p;
        busy = r.expanded + r.sent + r.retried + r.failed >= this.o.batchSize;
      } catch (e) {
        log.error({ err: e, dispatcher: this.id }, 'Outbox dispatcher round failed');
      } finally {
        this.running = null;
      }
      if (!this.stopped) this.timer = setTimeout(loop, busy ? 0 : this.o.pollMs);
    };
    this.timer = setTimeout(loop, 0);
  }

  /** Stops the loop and waits for the round in progress (its claims are recorded or run out). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    this.mailer.close();
  }

  /** One round: expand due events, gather the digests that are due, then send due mails and post due webhooks. */
  async runOnce(): Promise<RoundResult> {
    await this.checkWindowNotices();
    const expanded = await this.expandEvents();
    await this.gatherDigests();
    const mail = await this.sendMails();
    const hooks = await this.postWebhooks();
    return { expanded, sent: mail.sent + hooks.sent, retried: mail.retried + hooks.retried, failed: mail.failed + hooks.failed };
  }

  /** The planning windows' notices that are due (idempotent across processes: planning's notice table), once a minute. */
  private async checkWindowNotices(): Promise<void> {
    const now = this.clock.now().getTime();
    if (!this.o.windowNotices || (this.noticesCheckedAt && now - this.noticesCheckedAt < 60_000 && now >= this.noticesCheckedAt)) return;
    this.noticesCheckedAt = now;
    try {
      await raiseWindowNotices(this.ds, this.clock.now());
    } catch (e) {
      log.warn({ dispatcher: this.id, err: e }, 'Planning window notices not raised; next minute');
    }
  }

  /** Claims up to batchSize due, unclaimed rows of a table; returns the claim token (null: none). */
  async claim(table: Table): Promise<{ token: string; ids: number[] }> {
    const token = `${this.id}:${randomUUID().slice(0, 8)}`;
    const now = this.clock.now();
    const until = new Date(now.getTime() + this.o.claimSeconds * 1000);
    const p = (d: Date) => dateParam(this.ds, d);
    const due = `status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)`;
    if (isMysql(this.ds)) {
      // SKIP LOCKED: rows another dispatcher is claiming, or an expansion is inserting, are passed
      // over instead of waited for; READ COMMITTED takes no gap locks. A deadlock that still
      // happens costs one round: nothing is claimed, the next round tries again.
      try {
        await inTransaction(this.ds, async (em) => {
          const due2: { id: number }[] = await em.query(
            `SELECT id FROM ${table} WHERE ${due} ORDER BY id LIMIT ${this.o.batchSize} FOR UPDATE SKIP LOCKED`,
            [p(now), p(now)],
          );
          if (!due2.length) return;
          const ids = due2.map((r) => Number(r.id));
          await em.query(`UPDATE ${table} SET claimed_by = ?, claimed_until = ? WHERE id IN (${ids.map(() => '?').join(',')})`, [
            token,
            p(until),
            ...ids,
          ]);
        });
      } catch (e) {
        if (!isLockConflict(e)) throw e;
        log.warn({ dispatcher: this.id, table }, 'Outbox claim met a lock conflict; next round');
        return { token, ids: [] };
      }
    } else {
      await this.ds.query(
        `UPDATE ${table} SET claimed_by = ?, claimed_until = ? WHERE id IN (SELECT id FROM ${table} WHERE ${due} ORDER BY id LIMIT ${this.o.batchSize})`,
        [token, p(until), p(now), p(now)],
      );
    }
    const rows: { id: number }[] = await this.ds.query(`SELECT id FROM ${table} WHERE claimed_by = ? ORDER BY id`, [token]);
    return { token, ids: rows.map((r) => Number(r.id)) };
  }

  private async expandEvents(): Promise<number> {
    const { token, ids } = await this.claim('outbox_event');
    let done = 0;
    for (const id of ids) {
      try {
        if (await this.expand(id, token)) done++;
      } catch (e) {
        const ev = await this.ds.getRepository(OutboxEventEntity).findOneBy({ id });
        if (!ev) continue;
        const attempts = ev.attempts + 1;
        const failed = attempts >= this.o.maxAttempts;
        await this.ds
          .createQueryBuilder()
          .update(OutboxEventEntity)
          .set({
            attempts,
            status: failed ? 'FAILED' : 'PENDING',
            claimedBy: null,
            claimedUntil: null,
            lastError: reasonOf(e),
            nextAttemptAt: new Date(
              this.clock.now().getTime() + backoffSeconds(attempts, this.o.retryBaseSeconds, this.o.retryMaxSeconds) * 1000,
            ),
          })
          .where('id = :id AND claimed_by = :token', { id, token })
          .execute();
        log.warn({ dispatcher: this.id, eventId: id, type: ev.type, attempts, failed, reason: reasonOf(e) }, 'Outbox event not expanded');
      }
    }
    return done;
  }

  /** One event into notifications and mail deliveries, in one transaction; false if the claim was lost. */
  private async expand(id: number, token: string): Promise<boolean> {
    return inTransaction(this.ds, async (em) => {
      const now = this.clock.now();
      // first the conditional update: it locks the row, and a lost claim changes nothing
      const r = await em
        .createQueryBuilder()
        .update(OutboxEventEntity)
        .set({ status: 'DONE', doneAt: now, claimedBy: null, claimedUntil: null, attempts: () => 'attempts + 1' })
        .where("id = :id AND claimed_by = :token AND status = 'PENDING'", { id, token })
        .execute();
      if (!r.affected) return false;
      const ev = (await em.getRepository(OutboxEventEntity).findOneBy({ id }))!;
      const t = TEMPLATES[ev.type as OutboxEventType];
      if (!t) throw new Error(`Unknown event type ${ev.type}`);
      const data = JSON.parse(ev.payload) as Record<string, string | number | null>;
      const people = await peopleOf(em, parseRecipients(ev.recipients) as never);
      const notifications: Partial<NotificationEntity>[] = [];
      const deliveries: Partial<MailDeliveryEntity>[] = [];
      for (const p of people) {
        if (t.inbox) {
          const x = render(ev.type, p.language, data, null);
          notifications.push({
            recipientKind: p.kind,
            recipientId: p.id,
            eventId: ev.id,
            type: ev.type,
            title: x.subject.slice(0, 200),
            body: x.text.slice(0, 2000),
            link: x.link,
            createdAt: ev.createdAt,
            readAt: null,
          });
        }
        const muted = !t.essential && p.muted.has(ev.type);
        // a digest reader's mails that are not essential wait (HELD) for the next digest time
        const held = !t.essential && p.mode === 'DAILY_DIGEST';
        deliveries.push({
          eventId: ev.id,
          eventType: ev.type,
          subjectType: ev.subjectType,
          subjectId: ev.subjectId,
          recipientKind: p.kind,
          recipientId: p.id,
          address: p.address,
          language: p.language,
          status: !p.address || muted ? 'SKIPPED' : held ? 'HELD' : 'PENDING',
          reason: !p.address ? 'NO_ADDRESS' : muted ? 'MUTED' : null,
          attempts: 0,
          nextAttemptAt: held ? nextDigestAt(now) : now,
          claimedBy: null,
          claimedUntil: null,
          createdAt: now,
          sentAt: null,
          messageId: null,
        });
      }
      if (notifications.length) await em.getRepository(NotificationEntity).insert(notifications);
      if (deliveries.length) await em.getRepository(MailDeliveryEntity).insert(deliveries);
      await webhookDeliveriesFor(em, ev, now);
      return true;
    });
  }

  private async sendMails(): Promise<Omit<RoundResult, 'expanded'>> {
    const out = { sent: 0, retried: 0, failed: 0 };
    const { token, ids } = await this.claim('mail_delivery');
    if (!ids.length) return out;
    const rows = await this.ds
      .getRepository(MailDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.claimed_by = :token', { token })
      .orderBy('d.id')
      .getMany();
    const eventIds = [...new Set(rows.map((d) => d.eventId))];
    const events = new Map(
      (await this.ds.getRepository(OutboxEventEntity).createQueryBuilder('e').whereInIds(eventIds).getMany()).map((e) => [e.id, e]),
    );
    const keys = await this.unsubscribeKeys(rows.filter((d) => d.eventType === DIGEST_TYPE || !isEssential(d.eventType)));
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const d = rows[next++];
        const result = await this.sendOne(d, events.get(d.eventId), token, keys.get(`${d.recipientKind}:${d.recipientId}`) ?? null);
        out[result]++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.o.concurrency, rows.length) }, worker));
    return out;
  }

  private async sendOne(
    d: MailDeliveryEntity,
    ev: OutboxEventEntity | undefined,
    token: string,
    key: string | null,
  ): Promise<'sent' | 'retried' | 'failed'> {
    const attempts = d.attempts + 1;
    const messageId = `<delivery-${d.id}.event-${d.eventId}@inservice.local>`;
    try {
      if (!ev || !d.address) throw new Error('No event or no address');
      const lang = d.language === 'en' ? 'en' : 'zh';
      const headers: Record<string, string> = { 'X-Inservice-Event': `${d.eventType}:${d.eventId}` };
      let x;
      if (d.eventType === DIGEST_TYPE) {
        const p = JSON.parse(ev.payload) as { date: string; items: DigestItem[] };
        x = renderDigest(lang, p.items, p.date, (t) => (key && !isEssential(t) ? unsubscribeUrl(key, t) : null));
      } else {
        const data = JSON.parse(ev.payload) as Record<string, string | number | null>;
        const link = key && !isEssential(d.eventType) ? unsubscribeUrl(key, d.eventType) : null;
        x = render(d.eventType, lang, data, link);
        if (link) headers['List-Unsubscribe'] = `<${link}>`;
      }
      await this.mailer.send({ to: d.address, subject: x.subject, text: x.text, messageId, headers });
    } catch (e) {
      return this.recordFailure(d, attempts, e, token);
    }
    // sent: recording it is retried on a lock conflict; should it still fail, the claim runs out and
    // the mail goes again with the same Message-ID (at least once), never recorded as a failure
    await retryOnLockConflict(() =>
      this.ds
        .createQueryBuilder()
        .update(MailDeliveryEntity)
        .set({ status: 'SENT', attempts, sentAt: this.clock.now(), messageId, reason: null, claimedBy: null, claimedUntil: null })
        .where('id = :id AND claimed_by = :token', { id: d.id, token })
        .execute(),
    );
    if (d.eventType === 'PASSWORD_RESET_ASKED') await this.forgetSecret(d.eventId);
    log.info({ dispatcher: this.id, deliveryId: d.id, eventId: d.eventId, type: d.eventType, attempts }, 'Mail sent');
    return 'sent';
  }

  private async recordFailure(d: MailDeliveryEntity, attempts: number, e: unknown, token: string): Promise<'retried' | 'failed'> {
    const failed = attempts >= this.o.maxAttempts;
    const wait = backoffSeconds(attempts, this.o.retryBaseSeconds, this.o.retryMaxSeconds);
    const reason = reasonOf(e);
    await retryOnLockConflict(() =>
      this.ds
        .createQueryBuilder()
        .update(MailDeliveryEntity)
        .set({
          status: failed ? 'FAILED' : 'PENDING',
          attempts,
          reason,
          claimedBy: null,
          claimedUntil: null,
          nextAttemptAt: new Date(this.clock.now().getTime() + wait * 1000),
        })
        .where('id = :id AND claimed_by = :token', { id: d.id, token })
        .execute(),
    );
    if (failed && d.eventType === 'PASSWORD_RESET_ASKED') await this.forgetSecret(d.eventId);
    log.warn(
      {
        dispatcher: this.id,
        deliveryId: d.id,
        eventId: d.eventId,
        type: d.eventType,
        attempts,
        failed,
        retryInSeconds: failed ? null : wait,
        reason,
      },
      'Mail not sent',
    );
    return failed ? 'failed' : 'retried';
  }

  private async postWebhooks(): Promise<Omit<RoundResult, 'expanded'>> {
    const out = { sent: 0, retried: 0, failed: 0 };
    const { token, ids } = await this.claim('webhook_delivery');
    if (!ids.length) return out;
    const rows = await this.ds
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.claimed_by = :token', { token })
      .orderBy('d.id')
      .getMany();
    const endpoints = new Map(
      (
        await this.ds
          .getRepository(WebhookEndpointEntity)
          .createQueryBuilder('w')
          .whereInIds([...new Set(rows.map((d) => d.endpointId))])
          .getMany()
      ).map((w) => [w.id, w]),
    );
    const events = new Map(
      (
        await this.ds
          .getRepository(OutboxEventEntity)
          .createQueryBuilder('e')
          .whereInIds([...new Set(rows.map((d) => d.eventId))])
          .getMany()
      ).map((e) => [e.id, e]),
    );
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const d = rows[next++];
        out[await this.postOne(d, endpoints.get(d.endpointId), events.get(d.eventId), token)]++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.o.concurrency, rows.length) }, worker));
    return out;
  }

  private async postOne(
    d: WebhookDeliveryEntity,
    w: WebhookEndpointEntity | undefined,
    ev: OutboxEventEntity | undefined,
    token: string,
  ): Promise<'sent' | 'retried' | 'failed'> {
    const attempts = d.attempts + 1;
    const record = (set: Partial<WebhookDeliveryEntity>) =>
      retryOnLockConflict(() =>
        this.ds
          .createQueryBuilder()
          .update(WebhookDeliveryEntity)
          .set({ attempts, claimedBy: null, claimedUntil: null, ...set } as never)
          .where('id = :id AND claimed_by = :token', { id: d.id, token })
          .execute(),
      );
    if (!w || w.disabledAt || !ev) {
      await record({ status: 'FAILED', reason: !ev ? 'NO_EVENT' : 'WEBHOOK_DISABLED' });
      return 'failed';
    }
    let status: number | null = null;
    let reason: string | null = null;
    try {
      status = await postWebhook(w, d, webhookBody(ev), this.clock.now(), this.o.webhookTimeoutMs);
      if (status >= 200 && status < 300) {
        await record({ status: 'SENT', responseStatus: status, reason: null, deliveredAt: this.clock.now() });
        log.info(
          { dispatcher: this.id, webhookDeliveryId: d.id, endpointId: w.id, eventId: d.eventId, type: d.eventType, attempts, status },
          'Webhook delivered',
        );
        return 'sent';
      }
      reason = `HTTP ${status}`;
    } catch (e) {
      // fetch says "fetch failed" and keeps the reason (ECONNREFUSED, a timeout) in its cause
      const cause = (e as { cause?: unknown }).cause;
      reason = reasonOf(cause ?? e);
    }
    const failed = attempts >= this.o.maxAttempts;
    const wait = backoffSeconds(attempts, this.o.retryBaseSeconds, this.o.retryMaxSeconds);
    await record({
      status: failed ? 'FAILED' : 'PENDING',
      responseStatus: status,
      reason,
      nextAttemptAt: new Date(this.clock.now().getTime() + wait * 1000),
    });
    log.warn(
      {
        dispatcher: this.id,
        webhookDeliveryId: d.id,
        endpointId: w.id,
        eventId: d.eventId,
        attempts,
        failed,
        retryInSeconds: failed ? null : wait,
        reason,
      },
      'Webhook not delivered',
    );
    return failed ? 'failed' : 'retried';
  }

  /** The unsubscribe keys of these deliveries' recipients (made where missing). */
  private async unsubscribeKeys(rows: MailDeliveryEntity[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const who = [
      ...new Map(rows.map((d) => [`${d.recipientKind}:${d.recipientId}`, { kind: d.recipientKind, id: d.recipientId }])).values(),
    ];
    if (!who.length) return out;
    const cond = who.map(() => '(recipient_kind = ? AND recipient_id = ?)').join(' OR ');
    for (const r of await this.ds.query(
      `SELECT recipient_kind, recipient_id, unsubscribe_key FROM messaging_preference WHERE ${cond}`,
      who.flatMap((p) => [p.kind, p.id]),
    )) {
      out.set(`${r.recipient_kind}:${r.recipient_id}`, r.unsubscribe_key);
    }
    for (const p of who)
      if (!out.has(`${p.kind}:${p.id}`)) out.set(`${p.kind}:${p.id}`, (await ensurePreference(this.ds, p.kind, p.id)).unsubscribeKey);
    return out;
  }

  /**
   * The daily digest: the HELD mails that are due (07:00 Taiwan time) become one mail per person,
   * a delivery of a DAILY_DIGEST event (sent, retried and recorded like any other); the held ones
   * become DIGESTED (or SKIPPED, if muted since or the address is gone). Claimed like the rest:
   * MariaDB skips rows another dispatcher has locked; SQLite has one writer.
   */
  private async gatherDigests(): Promise<number> {
    const now = this.clock.now();
    const p = (d: Date) => dateParam(this.ds, d);
    let made = 0;
    try {
      await inTransaction(this.ds, async (em) => {
        const held: {
          id: number;
          recipient_kind: string;
          recipient_id: number;
          event_id: number;
          event_type: string;
          created_at: Date | string;
        }[] = await em.query(
          `SELECT id, recipient_kind, recipient_id, event_id, event_type, created_at FROM mail_delivery WHERE status = 'HELD' AND next_attempt_at <= ?
            ORDER BY recipient_kind, recipient_id, id LIMIT ${this.o.batchSize * 10}${isMysql(this.ds) ? ' FOR UPDATE SKIP LOCKED' : ''}`,
          [p(now)],
        );
        if (!held.length) return;
        const groups = new Map<string, typeof held>();
        for (const h of held)
          groups.set(`${h.recipient_kind}:${h.recipient_id}`, [...(groups.get(`${h.recipient_kind}:${h.recipient_id}`) ?? []), h]);
        const people = new Map(
          (
            await peopleOf(
              em,
              [...groups.values()].map((g) => ({ kind: g[0].recipient_kind as 'TEACHER', id: Number(g[0].recipient_id) })),
            )
          ).map((x) => [`${x.kind}:${x.id}`, x]),
        );
        const eventIds = [...new Set(held.map((h) => Number(h.event_id)))];
        const payloads = new Map<number, string>();
        for (const r of await em.query(`SELECT id, payload FROM outbox_event WHERE id IN (${placeholders(eventIds.length)})`, eventIds))
          payloads.set(Number(r.id), r.payload);
        for (const [k, rows] of groups) {
          const person = people.get(k);
          const ids = (xs: typeof held) => xs.map((h) => Number(h.id));
          const skip = async (xs: typeof held, reason: string) => {
            if (xs.length)
              await em.query(`UPDATE mail_delivery SET status = 'SKIPPED', reason = ? WHERE id IN (${placeholders(xs.length)})`, [
                reason,
                ...ids(xs),
              ]);
          };
          if (!person?.address) {
            await skip(rows, 'NO_ADDRESS');
            continue;
          }
          const muted = rows.filter((h) => person.muted.has(h.event_type));
          await skip(muted, 'MUTED');
          const items = rows.filter((h) => !person.muted.has(h.event_type));
          if (!items.length) continue;
          const list: DigestItem[] = items.map((h) => ({
            type: h.event_type,
            at: new Date(h.created_at).toISOString(),
            subject: render(h.event_type, person.language, JSON.parse(payloads.get(Number(h.event_id)) ?? '{}'), null).subject,
          }));
          const inserted = await em.getRepository(OutboxEventEntity).insert({
            type: DIGEST_TYPE,
            subjectType: 'Digest',
            subjectId: Number(items[0].id),
            unitId: null,
            countyId: null,
            recipients: k,
            payload: JSON.stringify({ date: taipeiDate(now), items: list }),
            createdAt: now,
            status: 'DONE',
            attempts: 0,
            nextAttemptAt: now,
            claimedBy: null,
            claimedUntil: null,
            lastError: null,
            doneAt: now,
          });
          const digestId = Number(inserted.identifiers[0].id);
          await em.getRepository(MailDeliveryEntity).insert({
            eventId: digestId,
            eventType: DIGEST_TYPE,
            subjectType: 'Digest',
            subjectId: digestId,
            recipientKind: person.kind,
            recipientId: person.id,
            address: person.address,
            language: person.language,
            status: 'PENDING',
            reason: null,
            attempts: 0,
            nextAttemptAt: now,
            claimedBy: null,
            claimedUntil: null,
            createdAt: now,
            sentAt: null,
            messageId: null,
          });
          await em.query(`UPDATE mail_delivery SET status = 'DIGESTED', reason = ? WHERE id IN (${placeholders(items.length)})`, [
            `DIGEST:${digestId}`,
            ...ids(items),
          ]);
          made++;
        }
      });
    } catch (e) {
      if (!isLockConflict(e)) throw e;
      log.warn({ dispatcher: this.id }, 'Digest gathering met a lock conflict; next round');
      return 0;
    }
    if (made) log.info({ dispatcher: this.id, digests: made }, 'Daily digests gathered');
    return made;
  }

  /** A password-reset link leaves the database once its mail is final. */
  private async forgetSecret(eventId: number) {
    await this.ds.getRepository(OutboxEventEntity).update(eventId, { payload: '{"erased":true}' });
  }
}

/** An error as a recorded reason: the SMTP response code and message, scrubbed of addresses, short. */
function reasonOf(e: unknown): string {
  const err = e as { responseCode?: number; code?: string; message?: string };
  const text = `${err.responseCode ? `${err.responseCode} ` : ''}${err.code ? `${err.code}: ` : ''}${err.message ?? String(e)}`;
  return scrubPersonalData(text).slice(0, 500);
}
