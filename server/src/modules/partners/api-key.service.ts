import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { managesApiKeys } from './api-key.policy';
import { AppError, badInput, forbidden, notFound } from '../../shared/errors';
import type { ApiScope } from '../../shared/enums';
import { LABELS } from '../../shared/labels';
import { inTransaction } from '../../shared/tx';
import type { AuditService } from '../audit';
import { ApiKeyEntity } from './api-key.entity';
import { dateParam } from '../../shared/sql';
import { Clock, systemClock } from '../../shared/clock';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const KEY_PATTERN = /^ik_([a-z0-9]{8})_([A-Za-z0-9_-]{32,64})$/;

/**
 * A leaky bucket per key: it holds up to 10 seconds of points and drains at the key's rate; a
 * request takes its cost in points (at least 1) or is refused with the seconds to wait.
 */
export class LeakyBuckets {
  private buckets = new Map<number, { level: number; at: number }>();

  static capacity(pointsPerSecond: number): number {
    return pointsPerSecond * 10;
  }

  take(keyId: number, pointsPerSecond: number, points: number, now: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const capacity = LeakyBuckets.capacity(pointsPerSecond);
    const b = this.buckets.get(keyId) ?? { level: 0, at: now };
    b.level = Math.max(0, b.level - ((now - b.at) / 1000) * pointsPerSecond);
    b.at = now;
    const cost = Math.max(1, points);
    if (b.level + cost > capacity) {
      this.buckets.set(keyId, b);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((b.level + cost - capacity) / pointsPerSecond)) };
    }
    b.level += cost;
    this.buckets.set(keyId, b);
    return { ok: true };
  }
}

export interface NewKey {
  name: string;
  scopes: ApiScope[];
  countyId: number | null;
  pointsPerSecond: number | null;
}

/** Partner keys: created, scoped, rotated and revoked by the platform; usage counted per key. */
export class ApiKeyService {
  readonly buckets = new LeakyBuckets();
  private usage = new Map<number, { requests: number; points: number; refused: number; at: Date }>();
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock = systemClock,
  ) {
    const timer = setInterval(() => void this.flush().catch(() => undefined), 5000);
    timer.unref();
  }

  /** The partner viewer of an `ApiKey <key>` / `X-Api-Key` secret, or null (unknown, wrong or revoked). */
  async viewerFor(key: string): Promise<Viewer | null> {
    const m = KEY_PATTERN.exec(key.trim());
    if (!m) return null;
    const k = await this.ds.getRepository(ApiKeyEntity).findOneBy({ prefix: m[1] });
    if (!k || k.revokedAt) return null;
    const given = Buffer.from(sha256(m[2]));
    if (!timingSafeEqual(given, Buffer.from(k.secretHash))) return null;
    return partnerViewer(k);
  }

  /** The partner viewer of a live key by its ID (work done for the key later, e.g. a bulk export); null once revoked. */
  async viewerOfKey(id: number): Promise<Viewer | null> {
    const k = await this.ds.getRepository(ApiKeyEntity).findOneBy({ id });
    return k && !k.revokedAt ? partnerViewer(k) : null;
  }

  /**
   * Charges a request's cost to the key's bucket; RATE_LIMITED (429, Retry-After) when it is full, and
   * QUERY_TOO_COMPLEX naming the bucket when the request costs more than the whole bucket holds
   * (no wait would ever let it through).
   */
  charge(v: Extract<Viewer, { kind: 'PARTNER' }>, points: number): void {
    const u = this.usage.get(v.keyId) ?? { requests: 0, points: 0, refused: 0, at: this.clock.now() };
    u.at = this.clock.now();
    const capacity = LeakyBuckets.capacity(v.pointsPerSecond);
    if (points > capacity) {
      u.refused++;
      this.usage.set(v.keyId, u);
      throw new AppError(
        'QUERY_TOO_COMPLEX',
        'KEY_COST_OVER_BUCKET',
        `Query too complex: cost ${points} is over this key's bucket of ${capacity} points (${v.pointsPerSecond} a second x 10 s); ask for less (查詢成本超過此金鑰的額度)`,
        {
          limit: 'bucket',
          value: points,
          max: capacity,
          pointsPerSecond: v.pointsPerSecond,
          http: { status: 400 },
        },
      );
    }
    const r = this.buckets.take(v.keyId, v.pointsPerSecond, points, this.clock.now().getTime());
    if (!r.ok) {
      u.refused++;
      this.usage.set(v.keyId, u);
      throw new AppError(
        'RATE_LIMITED',
        'KEY_RATE_LIMITED',
        `Rate limit of this key: retry in ${r.retryAfterSeconds} s (超過此金鑰的用量上限)`,
        {
          retryAfterSeconds: r.retryAfterSeconds,
          pointsPerSecond: v.pointsPerSecond,
          http: { status: 429, headers: new Map([['retry-after', String(r.retryAfterSeconds)]]) },
        },
      );
    }
    u.requests++;
    u.points += Math.max(1, points);
    this.usage.set(v.keyId, u);
  }

  /** Writes the counted usage to the keys (every 5 s, and before usage is read). */
  async flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    const pending = this.usage;
    this.usage = new Map();
    if (!pending.size || !this.ds.isInitialized) return;
    this.flushing = (async () => {
      for (const [id, u] of pending) {
        await this.ds.query(
          'UPDATE api_key SET requests = requests + ?, points_used = points_used + ?, refused = refused + ?, last_used_at = ? WHERE id = ?',
          [u.requests, u.points, u.refused, dateParam(this.ds, u.at), id],
        );
      }
    })().finally(() => (this.flushing = null));
    return this.flushing;
  }

  async list(v: Viewer): Promise<ApiKeyEntity[]> {
    if (!managesApiKeys(v)) throw forbidden();
    await this.flush();
    return this.ds.getRepository(ApiKeyEntity).find({ order: { id: 'ASC' } });
  }

  async create(v: Viewer, input: NewKey): Promise<{ key: ApiKeyEntity; secret: string }> {
    if (!managesApiKeys(v)) throw forbidden();
    const name = input.name.trim();
    if (!name || name.length > 100)
      throw badInput('name', 'NAME_LENGTH', 'A name of 1 to 100 characters (名稱 1 至 100 字)', { maxLength: 100 });
    if (!input.scopes.length || input.scopes.some((s) => !(s in LABELS.ApiScope)))
      throw badInput('scopes', 'SCOPE_REQUIRED', 'At least one scope (至少一個權限範圍)');
    if (input.scopes.includes('TEACHER_SYNC') && input.countyId == null)
      throw badInput('countyId', 'COUNTY_REQUIRED', 'A TEACHER_SYNC key acts on one county (須指定縣市)');
    const rate = input.pointsPerSecond ?? 100;
    if (!Number.isInteger(rate) || rate < 1 || rate > 100000)
      throw badInput('pointsPerSecond', 'NUMBER_OUT_OF_RANGE', 'From 1 to 100000 points a second', { min: 1, max: 100000 });
    const prefix = randomBytes(6)
      .toString('base64url')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '0')
      .slice(0, 8);
    const secretPart = randomBytes(32).toString('base64url');
    return inTransaction(this.ds, async (em) => {
      const key = em.getRepository(ApiKeyEntity).create({
        name,
        prefix,
        secretHash: sha256(secretPart),
        scopes: [...new Set(input.scopes)].join(','),
        countyId: input.countyId,
        pointsPerSecond: rate,
        createdBy: v.kind === 'ANONYMOUS' ? '' : v.username,
        createdAt: this.clock.now(),
        rotatedAt: null,
        revokedAt: null,
        lastUsedAt: null,
        requests: 0,
        pointsUsed: 0,
        refused: 0,
      });
      await em.save(key);
      await this.audit.record(em, v, {
        operation: 'createApiKey',
        targetType: 'ApiKey',
        targetId: key.id,
        targetUnitId: null,
        countyId: input.countyId,
        after: { name, scopes: key.scopes, pointsPerSecond: rate },
      });
      return { key, secret: `ik_${prefix}_${secretPart}` };
    });
  }

  /** A new secret for the same key; the old one stops working at once. */
  async rotate(v: Viewer, id: number): Promise<{ key: ApiKeyEntity; secret: string }> {
    if (!managesApiKeys(v)) throw forbidden();
    const secretPart = randomBytes(32).toString('base64url');
    return inTransaction(this.ds, async (em) => {
      const key = await em.getRepository(ApiKeyEntity).findOneBy({ id });
      if (!key || key.revokedAt) throw notFound('NO_SUCH_API_KEY', 'No such live key');
      key.secretHash = sha256(secretPart);
      key.rotatedAt = this.clock.now();
      await em.save(key);
      await this.audit.record(em, v, {
        operation: 'rotateApiKey',
        targetType: 'ApiKey',
        targetId: id,
        targetUnitId: null,
        countyId: key.countyId,
        after: { rotated: 'yes' },
      });
      return { key, secret: `ik_${key.prefix}_${secretPart}` };
    });
  }

  async revoke(v: Viewer, id: number): Promise<ApiKeyEntity> {
    if (!managesApiKeys(v)) throw forbidden();
    return inTransaction(this.ds, async (em) => {
      const key = await em.getRepository(ApiKeyEntity).findOneBy({ id });
      if (!key) throw notFound('NO_SUCH_API_KEY', 'No such key');
      if (!key.revokedAt) {
        key.revokedAt = this.clock.now();
        await em.save(key);
        await this.audit.record(em, v, {
          operation: 'revokeApiKey',
          targetType: 'ApiKey',
          targetId: id,
          targetUnitId: null,
          countyId: key.countyId,
          after: { revoked: 'yes' },
        });
      }
      return key;
    });
  }
}

/** The viewer a live key stands for. */
function partnerViewer(k: ApiKeyEntity): Viewer {
  return {
    kind: 'PARTNER',
    credentialId: 0,
    username: `apikey:${k.prefix}`,
    name: k.name,
    mustChangePassword: false,
    keyId: k.id,
    scopes: k.scopes.split(',').filter(Boolean) as ApiScope[],
    unitId: null,
    countyId: k.countyId,
    pointsPerSecond: k.pointsPerSecond,
  };
}
