import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { placeholders } from '../../shared/loaders';
import type { OutboxRecipient } from '../../shared/outbox';
import type { Language } from './templates';

/** A person or account who receives: where to mail (if anywhere), in which language, what it muted. */
export interface Person {
  kind: 'TEACHER' | 'BUSINESS' | 'STAFF';
  id: number;
  address: string | null;
  language: Language;
  muted: Set<string>;
  /** IMMEDIATE, or DAILY_DIGEST: mails that are not essential wait for the day's digest. */
  mode: 'IMMEDIATE' | 'DAILY_DIGEST';
  unsubscribeKey: string | null;
}

/** `KIND:id,...` as stored on an outbox event. */
export function parseRecipients(s: string | null): OutboxRecipient[] {
  if (!s) return [];
  return s
    .split(',')
    .filter(Boolean)
    .map((x) => {
      const [kind, id] = x.split(':');
      return { kind: kind as OutboxRecipient['kind'], id: Number(id) };
    });
}

/**
 * The people behind the recipients: a UNIT stands for its active CHIEFs and CONTACTs; teachers and
 * business accounts have an e-mail address on file or not; staff accounts have none (inbox only).
 */
export async function peopleOf(em: EntityManager, recipients: OutboxRecipient[]): Promise<Person[]> {
  const units = recipients.filter((r) => r.kind === 'UNIT').map((r) => r.id);
  const keys = new Map<string, { kind: Person['kind']; id: number }>();
  const add = (kind: Person['kind'], id: number) => keys.set(`${kind}:${id}`, { kind, id });
  for (const r of recipients) if (r.kind !== 'UNIT') add(r.kind, r.id);
  if (units.length) {
    const rows: { id: number }[] = await em.query(
      `SELECT id FROM business_account WHERE status = 'ACTIVE' AND role IN ('CHIEF', 'CONTACT') AND unit_id IN (${placeholders(units.length)}) ORDER BY id`,
      units,
    );
    for (const r of rows) add('BUSINESS', Number(r.id));
  }
  const list = [...keys.values()];
  const ids = (kind: string) => list.filter((p) => p.kind === kind).map((p) => p.id);
  const emails = new Map<string, string | null>();
  const t = ids('TEACHER');
  if (t.length)
    for (const r of await em.query(`SELECT id, email FROM teacher WHERE id IN (${placeholders(t.length)})`, t))
      emails.set(`TEACHER:${r.id}`, r.email);
  const b = ids('BUSINESS');
  if (b.length)
    for (const r of await em.query(`SELECT id, email FROM business_account WHERE id IN (${placeholders(b.length)})`, b))
      emails.set(`BUSINESS:${r.id}`, r.email);
  const prefs = new Map<string, { language: string; mode: string; muted_types: string; unsubscribe_key: string }>();
  if (list.length) {
    const cond = list.map(() => '(recipient_kind = ? AND recipient_id = ?)').join(' OR ');
    for (const r of await em.query(
      `SELECT recipient_kind, recipient_id, language, mode, muted_types, unsubscribe_key FROM messaging_preference WHERE ${cond}`,
      list.flatMap((p) => [p.kind, p.id]),
    )) {
      prefs.set(`${r.recipient_kind}:${r.recipient_id}`, r);
    }
  }
  return list.map((p) => {
    const key = `${p.kind}:${p.id}`;
    const pref = prefs.get(key);
    const address = emails.get(key)?.trim() || null;
    return {
      ...p,
      address,
      language: pref?.language === 'en' ? 'en' : 'zh',
      mode: pref?.mode === 'DAILY_DIGEST' ? 'DAILY_DIGEST' : 'IMMEDIATE',
      muted: new Set((pref?.muted_types ?? '').split(',').filter(Boolean)),
      unsubscribeKey: pref?.unsubscribe_key ?? null,
    };
  });
}

/** A new unsubscribe key (the secret in the link). */
export const newUnsubscribeKey = () => randomBytes(24).toString('base64url');
