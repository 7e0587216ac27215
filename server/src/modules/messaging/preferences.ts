import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { ANONYMOUS } from '../../auth/viewer';
import type { Clock } from '../../shared/clock';
import type { MessageLanguage, MessageType, MessagingMode } from '../../shared/enums';
import { badInput } from '../../shared/errors';
import { OUTBOX_EVENT_TYPES, type OutboxEventType } from '../../shared/outbox';
import { RateLimiter } from '../../shared/rate-limit';
import { inTransaction, lockForUpdate, uniqueViolation } from '../../shared/tx';
import type { AuditService } from '../audit';
import { MessagingPreferenceEntity } from './messaging.entity';
import { inboxOf } from './messaging.service';
import { newUnsubscribeKey } from './recipients';
import { TEMPLATES } from './templates';

/** The kinds that cannot be muted (password reset, account activated/suspended, a course cancelled by its organiser, 催覆). */
export const ESSENTIAL_TYPES: readonly OutboxEventType[] = OUTBOX_EVENT_TYPES.filter((t) => TEMPLATES[t].essential);
export const MUTABLE_TYPES: readonly OutboxEventType[] = OUTBOX_EVENT_TYPES.filter((t) => !TEMPLATES[t].essential);

export interface Preferences {
  language: MessageLanguage;
  mode: MessagingMode;
  mutedTypes: MessageType[];
}

export interface PreferencesInput {
  language: MessageLanguage;
  mode: MessagingMode;
  mutedTypes: MessageType[];
}

const KEY_RE = /^[A-Za-z0-9_-]{32}$/;
const toLanguage = (l: string): MessageLanguage => (l === 'en' ? 'EN' : 'ZH_TW');
const mutedOf = (s: string) => s.split(',').filter(Boolean) as MessageType[];
const asPreferences = (row: MessagingPreferenceEntity | null): Preferences => ({
  language: toLanguage(row?.language ?? 'zh'),
  mode: row?.mode === 'DAILY_DIGEST' ? 'DAILY_DIGEST' : 'IMMEDIATE',
  mutedTypes: mutedOf(row?.mutedTypes ?? ''),
});

/**
 * Messaging preferences (issue 14 item 2): each person's or account's language, at once or a daily
 * digest, and the kinds not to mail; the unsubscribe link of a mail mutes one kind without a login.
 * Essential kinds cannot be muted. The preference row (with its unsubscribe key) is made on the
 * first write or the first mail that needs a link.
 */
export class PreferenceService {
  /** Unsubscribe attempts per client address per hour (RATE_LIMITED beyond). */
  readonly perClient = new RateLimiter(Number(process.env.UNSUBSCRIBE_RATE_LIMIT) || 20, 3600_000);

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async mine(v: Viewer): Promise<Preferences> {
    const me = inboxOf(v);
    if (!me) return asPreferences(null);
    return asPreferences(await this.ds.getRepository(MessagingPreferenceEntity).findOneBy({ recipientKind: me.kind, recipientId: me.id }));
  }

  async set(v: Viewer, input: PreferencesInput): Promise<Preferences> {
    const me = inboxOf(v);
    if (!me) throw badInput('input', 'INVALID_VALUE', 'Only a person or an account has messaging preferences');
    const muted = [...new Set(input.mutedTypes)];
    const essential = muted.filter((t) => (ESSENTIAL_TYPES as readonly string[]).includes(t));
    if (essential.length) {
      throw badInput(
        'mutedTypes',
        'ESSENTIAL_MESSAGE',
        `These kinds are essential and cannot be muted: ${essential.join(', ')} (必要通知不可關閉)`,
        { types: essential },
      );
    }
    if (muted.some((t) => !(OUTBOX_EVENT_TYPES as readonly string[]).includes(t)))
      throw badInput('mutedTypes', 'INVALID_VALUE', 'Unknown message type');
    const next = {
      language: input.language === 'EN' ? 'en' : 'zh',
      mode: input.mode,
      mutedTypes: [...MUTABLE_TYPES].filter((t) => muted.includes(t)).join(','),
    };
    const row = await this.write(me, (em, row) => this.audited(em, v, row, next));
    return asPreferences(row);
  }

  /**
   * Mutes one kind for the holder of this key (the link of a mail). An unknown key gets the same
   * answer and changes nothing; an essential kind is BAD_USER_INPUT (the link is never in such mails).
   */
  async unsubscribe(key: string, type: MessageType, clientAddress: string): Promise<void> {
    this.perClient.hit(clientAddress, this.clock.now().getTime());
    if ((ESSENTIAL_TYPES as readonly string[]).includes(type))
      throw badInput('type', 'ESSENTIAL_MESSAGE', 'This kind is essential and cannot be muted (必要通知不可關閉)');
    if (!KEY_RE.test(key)) return;
    await inTransaction(this.ds, async (em) => {
      const repo = em.getRepository(MessagingPreferenceEntity);
      const found = await repo.findOneBy({ unsubscribeKey: key });
      if (!found) return;
      await lockForUpdate(em, 'messaging_preference', [found.id]);
      const row = (await repo.findOneBy({ id: found.id }))!;
      const muted = mutedOf(row.mutedTypes);
      if (muted.includes(type)) return;
      await this.audited(em, ANONYMOUS, row, {
        mutedTypes: [...MUTABLE_TYPES].filter((t) => t === type || muted.includes(t)).join(','),
        via: 'unsubscribe',
      });
    });
  }

  private async audited(
    em: EntityManager,
    v: Viewer,
    row: MessagingPreferenceEntity,
    next: { language?: string; mode?: string; mutedTypes: string; via?: string },
  ): Promise<MessagingPreferenceEntity> {
    const before = { language: row.language, mode: row.mode, mutedTypes: row.mutedTypes };
    const { via, ...set } = next;
    Object.assign(row, set);
    await em.getRepository(MessagingPreferenceEntity).update(row.id, set);
    const unit = await this.unitOf(em, row);
    await this.audit.record(em, v, {
      operation: via === 'unsubscribe' ? 'unsubscribe' : 'setMessagingPreferences',
      targetType: 'MessagingPreference',
      targetId: row.id,
      targetUnitId: unit.unitId,
      countyId: unit.countyId,
      before,
      after: { language: row.language, mode: row.mode, mutedTypes: row.mutedTypes },
    });
    return row;
  }

  /** The unit of the person or account (for the audit trail's scope). */
  private async unitOf(em: EntityManager, row: MessagingPreferenceEntity): Promise<{ unitId: number | null; countyId: number | null }> {
    const table = row.recipientKind === 'TEACHER' ? 'teacher' : row.recipientKind === 'BUSINESS' ? 'business_account' : 'staff_account';
    const col = row.recipientKind === 'TEACHER' ? 'school_id' : 'unit_id';
    const rows: { unit_id: number | null; county_id: number | null }[] = await em.query(
      `SELECT u.id AS unit_id, u.county_id FROM ${table} x JOIN unit u ON u.id = x.${col} WHERE x.id = ?`,
      [row.recipientId],
    );
    return { unitId: rows[0] ? Number(rows[0].unit_id) : null, countyId: rows[0]?.county_id != null ? Number(rows[0].county_id) : null };
  }

  /** Runs `change` on the recipient's row, locked, making it (with a new unsubscribe key) when missing. */
  private async write(
    me: { kind: string; id: number },
    change: (em: EntityManager, row: MessagingPreferenceEntity) => Promise<MessagingPreferenceEntity>,
  ): Promise<MessagingPreferenceEntity> {
    const { id } = await ensurePreference(this.ds, me.kind, me.id);
    return inTransaction(this.ds, async (em) => {
      await lockForUpdate(em, 'messaging_preference', [id]);
      const row = (await em.getRepository(MessagingPreferenceEntity).findOneBy({ id }))!;
      return change(em, row);
    });
  }
}

/**
 * The recipient's preference row, made with defaults and a new unsubscribe key if missing (two at
 * once: the unique index keeps one, the other reads it). Outside any transaction of the caller.
 */
export async function ensurePreference(ds: DataSource, kind: string, id: number): Promise<MessagingPreferenceEntity> {
  const repo = ds.getRepository(MessagingPreferenceEntity);
  const found = await repo.findOneBy({ recipientKind: kind, recipientId: id });
  if (found) return found;
  try {
    await repo.insert({
      recipientKind: kind,
      recipientId: id,
      language: 'zh',
      mode: 'IMMEDIATE',
      mutedTypes: '',
      unsubscribeKey: newUnsubscribeKey(),
    });
  } catch (e) {
    if (!uniqueViolation(e)) throw e;
  }
  return (await repo.findOneBy({ recipientKind: kind, recipientId: id }))!;
}

/** The digest goes at this hour, Taiwan time (UTC+8, no daylight saving). */
export const DIGEST_HOUR_TAIPEI = 7;
const TAIPEI_OFFSET_MS = 8 * 3600_000;

/** The first digest time (07:00 Taiwan time) after `t`: a mail held at 06:59 goes at 07:00 that day, one held at 07:00 the next day. */
export function nextDigestAt(t: Date): Date {
  const local = new Date(t.getTime() + TAIPEI_OFFSET_MS);
  const slot = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), DIGEST_HOUR_TAIPEI) - TAIPEI_OFFSET_MS;
  return new Date(slot > t.getTime() ? slot : slot + 86_400_000);
}

/** The unsubscribe link of a kind for the holder of a key (the client's /unsubscribe page). */
export function unsubscribeUrl(key: string, type: string): string {
  const base = (process.env.PUBLIC_URL || 'http://localhost:4000').replace(/\/$/, '');
  return `${base}/unsubscribe#key=${encodeURIComponent(key)}&type=${encodeURIComponent(type)}`;
}
