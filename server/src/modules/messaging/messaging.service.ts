import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { hashPassword } from '../../auth/password';
import type { Clock } from '../../shared/clock';
import { badInput } from '../../shared/errors';
import { placeholders } from '../../shared/loaders';
import { enqueue } from '../../shared/outbox';
import type { Page, PageArgs } from '../../shared/pagination';
import { RateLimiter } from '../../shared/rate-limit';
import { allOf, dateParam, NO_ROWS, pageOf, Scope } from '../../shared/scoped-query';
import { inTransaction, lockForUpdate } from '../../shared/tx';
import { check, normalizeUsername } from '../../shared/validate';
import { ANONYMOUS } from '../../auth/viewer';
import type { AuditService } from '../audit';
import { CredentialEntity, endSessions } from '../accounts';
import { MailDeliveryEntity, NotificationEntity, PasswordResetEntity } from './messaging.entity';

/** Whose inbox: a teacher's, a business account's or a staff account's (partners have none). */
export function inboxOf(v: Viewer): { kind: 'TEACHER' | 'BUSINESS' | 'STAFF'; id: number } | null {
  if (v.kind === 'TEACHER') return { kind: 'TEACHER', id: v.teacherId };
  if (v.kind === 'BUSINESS') return { kind: 'BUSINESS', id: v.accountId };
  if (v.kind === 'STAFF') return { kind: 'STAFF', id: v.staffId };
  return null;
}

function inboxScope(v: Viewer, alias = 'n'): Scope {
  const me = inboxOf(v);
  return me ? { sql: `${alias}.recipient_kind = ? AND ${alias}.recipient_id = ?`, params: [me.kind, me.id] } : NO_ROWS;
}

const NOTIFICATIONS = { target: NotificationEntity, from: 'notification n', alias: 'n' };

/** 通知: the inbox of the viewer. */
export class NotificationService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Newest first; `unreadOnly` leaves out what was read. */
  list(v: Viewer, unreadOnly: boolean, args: PageArgs): Promise<Page<NotificationEntity> & { totalCount: number }> {
    return pageOf(this.ds, NOTIFICATIONS, allOf(inboxScope(v), unreadOnly && { sql: 'n.read_at IS NULL', params: [] }), args, {
      newestFirst: true,
    });
  }

  async unreadCount(v: Viewer): Promise<number> {
    const s = inboxScope(v);
    const rows = await this.ds.query(`SELECT COUNT(*) AS n FROM notification n WHERE ${s.sql} AND n.read_at IS NULL`, s.params);
    return Number(rows[0].n);
  }

  /** Marks these (or, with ids null, all) of the viewer's unread notifications read; returns how many changed. Others' IDs change nothing. */
  async markRead(v: Viewer, ids: number[] | null): Promise<number> {
    const s = inboxScope(v);
    if (ids && !ids.length) return 0;
    const only = ids ? ` AND n.id IN (${placeholders(ids.length)})` : '';
    const params = [...s.params, ...(ids ?? [])];
    return inTransaction(this.ds, async (em) => {
      const rows: { id: number }[] = await em.query(`SELECT n.id FROM notification n WHERE ${s.sql} AND n.read_at IS NULL${only}`, params);
      if (!rows.length) return 0;
      const found = rows.map((r) => Number(r.id));
      await em.query(`UPDATE notification SET read_at = ? WHERE read_at IS NULL AND id IN (${placeholders(found.length)})`, [
        dateParam(this.ds, this.clock.now()),
        ...found,
      ]);
      return found.length;
    });
  }
}

export interface DeliveryRow {
  id: number;
  subjectId: number;
  recipientKind: string;
  recipientId: number;
  recipientName: string | null;
  recipientRole: string | null;
  status: string;
  reason: string | null;
  attempts: number;
  sentAt: Date | null;
  nextAttemptAt: Date | null;
}

/** The mail deliveries recorded for subjects (e.g. reminders), for the loaders. */
export async function deliveriesOf(ds: DataSource, subjectType: string, subjectIds: readonly number[]): Promise<DeliveryRow[][]> {
  if (!subjectIds.length) return [];
  const rows = await ds
    .getRepository(MailDeliveryEntity)
    .createQueryBuilder('d')
    .where(`d.subject_type = :t AND d.subject_id IN (:...ids)`, { t: subjectType, ids: [...subjectIds] })
    .orderBy('d.id')
    .getMany();
  const b = rows.filter((d) => d.recipientKind === 'BUSINESS').map((d) => d.recipientId);
  const names = new Map<number, { name: string; role: string }>();
  if (b.length)
    for (const r of await ds.query(`SELECT id, name, role FROM business_account WHERE id IN (${placeholders(b.length)})`, b))
      names.set(Number(r.id), r);
  const by = new Map<number, DeliveryRow[]>();
  for (const d of rows) {
    const n = d.recipientKind === 'BUSINESS' ? names.get(d.recipientId) : undefined;
    by.set(d.subjectId, [
      ...(by.get(d.subjectId) ?? []),
      {
        id: d.id,
        subjectId: d.subjectId,
        recipientKind: d.recipientKind,
        recipientId: d.recipientId,
        recipientName: n?.name ?? null,
        recipientRole: n?.role ?? null,
        status: d.status,
        reason: d.reason,
        attempts: d.attempts,
        sentAt: d.sentAt,
        nextAttemptAt: d.status === 'PENDING' ? d.nextAttemptAt : null,
      },
    ]);
  }
  return subjectIds.map((id) => by.get(id) ?? []);
}

export const RESET_MINUTES = 30;
/** Links asked per account per hour (more are not sent; the answer stays the same). */
export const RESETS_PER_ACCOUNT_PER_HOUR = 3;
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const INVALID_LINK = 'This link is not valid, was used or has expired: ask for a new one (連結無效、已使用或已過期，請重新申請)';

/**
 * 忘記密碼: a one-time link (the token kept only as its SHA-256, valid 30 minutes, one use) mailed to
 * the address on file; the same answer whether or not the username or address is known. Limits:
 * per client address and per given name or address (RATE_LIMITED, the same for known and unknown),
 * and per account (RESETS_PER_ACCOUNT_PER_HOUR; more are silently not sent).
 */
export class PasswordResetService {
  readonly perClient = new RateLimiter(Number(process.env.PASSWORD_RESET_RATE_LIMIT) || 20, 3600_000);
  readonly perLogin = new RateLimiter(5, 3600_000);

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async request(login: string, clientAddress: string): Promise<void> {
    const given = login.normalize('NFKC').trim();
    if (!given) throw badInput('login', 'FIELD_REQUIRED', 'A username or e-mail address is required (請輸入帳號或電子郵件)');
    if (given.length > 120) throw badInput('login', 'TOO_LONG', 'At most 120 characters');
    const now = this.clock.now();
    this.perClient.hit(clientAddress, now.getTime());
    this.perLogin.hit(sha256(given.toLowerCase()), now.getTime());
    const creds = await this.credentialsFor(given);
    const since = new Date(now.getTime() - 3600_000);
    for (const c of creds) {
      await inTransaction(this.ds, async (em) => {
        await lockForUpdate(em, 'credential', [c.credentialId]);
        const recent = await em
          .getRepository(PasswordResetEntity)
          .createQueryBuilder('r')
          .where('r.credential_id = :id AND r.created_at > :since', { id: c.credentialId, since: dateParam(this.ds, since) })
          .getCount();
        if (recent >= RESETS_PER_ACCOUNT_PER_HOUR) return;
        const token = randomBytes(32).toString('base64url');
        const reset = await em.getRepository(PasswordResetEntity).save({
          credentialId: c.credentialId,
          tokenHash: sha256(token),
          createdAt: now,
          expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000),
          usedAt: null,
        });
        const base = (process.env.PUBLIC_URL || 'http://localhost:4000').replace(/\/$/, '');
        await enqueue(em, {
          type: 'PASSWORD_RESET_ASKED',
          subjectType: 'PasswordReset',
          subjectId: reset.id,
          at: now,
          unitId: c.unitId,
          recipients: [{ kind: c.kind, id: c.principalId }],
          data: { username: c.username, link: `${base}/reset-password#token=${token}` },
        });
      });
    }
  }

  /** Sets the new password from a valid link, uses the link up and ends every session of the login. */
  async reset(token: string, newPassword: string): Promise<void> {
    if (!TOKEN_RE.test(token)) throw badInput('token', 'RESET_LINK_INVALID', INVALID_LINK);
    check.password('newPassword', newPassword);
    const passwordHash = await hashPassword(newPassword);
    const now = this.clock.now();
    await inTransaction(this.ds, async (em) => {
      const repo = em.getRepository(PasswordResetEntity);
      const found = await repo.findOneBy({ tokenHash: sha256(token) });
      if (!found) throw badInput('token', 'RESET_LINK_INVALID', INVALID_LINK);
      await lockForUpdate(em, 'password_reset', [found.id]);
      const r = (await repo.findOneBy({ id: found.id }))!;
      if (r.usedAt || r.expiresAt.getTime() <= now.getTime()) throw badInput('token', 'RESET_LINK_INVALID', INVALID_LINK);
      const used = await em
        .createQueryBuilder()
        .update(PasswordResetEntity)
        .set({ usedAt: now })
        .where('id = :id AND used_at IS NULL', { id: r.id })
        .execute();
      if (!used.affected) throw badInput('token', 'RESET_LINK_INVALID', INVALID_LINK);
      // the other links of this login end too
      await em
        .createQueryBuilder()
        .update(PasswordResetEntity)
        .set({ usedAt: now })
        .where('credential_id = :c AND used_at IS NULL', { c: r.credentialId })
        .execute();
      const cred = await em.getRepository(CredentialEntity).findOneBy({ id: r.credentialId });
      if (!cred) throw badInput('token', 'RESET_LINK_INVALID', INVALID_LINK);
      await em
        .getRepository(CredentialEntity)
        .update(cred.id, { passwordHash, mustChangePassword: false, failedLogins: 0, lockedUntil: null });
      await endSessions(em, { credentialIds: [cred.id] }, now);
      const unit: { unit_id: number; county_id: number | null }[] = await em.query(
        `SELECT u.id AS unit_id, u.county_id FROM credential c
           LEFT JOIN teacher t ON t.id = c.teacher_id LEFT JOIN business_account b ON b.id = c.business_account_id LEFT JOIN staff_account s ON s.id = c.staff_account_id
           JOIN unit u ON u.id = COALESCE(t.school_id, b.unit_id, s.unit_id) WHERE c.id = ?`,
        [cred.id],
      );
      await this.audit.record(em, ANONYMOUS, {
        operation: 'resetPasswordWithToken',
        targetType: 'Credential',
        targetId: cred.id,
        targetUnitId: unit[0] ? Number(unit[0].unit_id) : null,
        countyId: unit[0]?.county_id != null ? Number(unit[0].county_id) : null,
        after: { password: 'x' },
      });
    });
  }

  /** The logins a username or an e-mail address names, with whom to mail (only those with an address on file). */
  private async credentialsFor(
    given: string,
  ): Promise<{ credentialId: number; username: string; kind: 'TEACHER' | 'BUSINESS'; principalId: number; unitId: number | null }[]> {
    const byEmail = given.includes('@');
    const where = byEmail ? 'LOWER(COALESCE(t.email, b.email)) = ?' : 'c.username = ?';
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT c.id, c.username, c.teacher_id, c.business_account_id, COALESCE(t.school_id, b.unit_id) AS unit_id
         FROM credential c LEFT JOIN teacher t ON t.id = c.teacher_id LEFT JOIN business_account b ON b.id = c.business_account_id
        WHERE ${where} AND COALESCE(t.email, b.email) IS NOT NULL AND (c.teacher_id IS NOT NULL OR b.status = 'ACTIVE')
        ORDER BY c.id LIMIT 5`,
      [byEmail ? given.toLowerCase() : normalizeUsername(given)],
    );
    return rows.map((r) => ({
      credentialId: Number(r.id),
      username: String(r.username),
      kind: r.teacher_id != null ? 'TEACHER' : 'BUSINESS',
      principalId: Number(r.teacher_id ?? r.business_account_id),
      unitId: r.unit_id != null ? Number(r.unit_id) : null,
    }));
  }
}
