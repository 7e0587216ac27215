import { AppError, type ErrorReason } from '../shared/errors';

/**
 * The in-process half of login throttling (OWASP Authentication Cheat Sheet: growing delays per
 * account and per address, no hard lock anyone can trigger). The account half lives in the
 * database (credential.failed_logins, counted atomically; credential.locked_until); this class keeps
 * what is per source address, the delays of usernames that do not exist (so a delay does not tell
 * which usernames exist) and the bound on the password-hashing queue.
 */
export interface LoginLimits {
  /** Login attempts per address per minute. */
  attemptsPerMinute: number;
  /** Logins of one address hashing at the same time. */
  inFlightPerAddress: number;
  /** Failures (account or address) before the delays start. */
  freeFailures: number;
  /** Failures of one address (within `forgetAfterMs`) before its delays start. */
  freeAddressFailures: number;
  /** The longest delay, in seconds. */
  maxDelaySeconds: number;
  /** Password hashes running at once for logins (scrypt runs on libuv's thread pool of 4). */
  hashConcurrency: number;
  /** Logins waiting for a hash slot; beyond this a login is refused with RATE_LIMITED at once. */
  hashQueue: number;
  /** Hash slots one address may hold at once (the others stay free for other addresses). */
  hashesPerAddress: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  attemptsPerMinute: 30,
  inFlightPerAddress: 8,
  freeFailures: 5,
  freeAddressFailures: 20,
  maxDelaySeconds: 15 * 60,
  hashConcurrency: 4,
  hashQueue: 32,
  hashesPerAddress: 2,
};

export function loginLimitsFromEnv(): Partial<LoginLimits> {
  const n = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
  const out: Partial<LoginLimits> = {};
  const set = <K extends keyof LoginLimits>(k: K, v: number | undefined) => {
    if (v !== undefined && Number.isFinite(v) && v >= 0) out[k] = v;
  };
  set('attemptsPerMinute', n('LOGIN_ATTEMPTS_PER_MINUTE'));
  set('hashQueue', n('LOGIN_HASH_QUEUE'));
  set('hashConcurrency', n('LOGIN_HASH_CONCURRENCY'));
  return out;
}

/** The delay after `failures` failures with `free` free ones: 1 s, 2 s, 4 s ... up to `max` seconds. */
export function delaySeconds(failures: number, free: number, max: number): number {
  if (failures < free) return 0;
  return Math.min(max, 2 ** Math.min(30, failures - free));
}

export const rateLimited = (
  retryAfterSeconds: number,
  why: ErrorReason & ('ACCOUNT_DELAY' | 'ADDRESS_DELAY' | 'ADDRESS_LIMIT' | 'ADDRESS_CONCURRENCY' | 'BUSY'),
) =>
  new AppError(
    'RATE_LIMITED',
    why,
    `Too many login attempts: try again in ${retryAfterSeconds} s (登入嘗試過於頻繁，請 ${retryAfterSeconds} 秒後再試)`,
    {
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
    },
  );

interface Failures {
  count: number;
  last: number;
  until: number;
}

const FORGET_AFTER_MS = 15 * 60_000;
const MAX_KEYS = 20_000;

export class LoginGuard {
  readonly limits: LoginLimits;
  private attempts = new Map<string, { start: number; count: number }>();
  private inFlight = new Map<string, number>();
  private addressFailures = new Map<string, Failures>();
  private unknownFailures = new Map<string, Failures>();
  private hashing = 0;
  private running = new Map<string, number>();
  private waiting = new Map<string, (() => void)[]>();
  private waitingCount = 0;

  constructor(limits: Partial<LoginLimits> = {}) {
    this.limits = { ...DEFAULT_LOGIN_LIMITS, ...limits };
  }

  /**
   * Admits one login attempt of an address (before any database read or hash), or refuses it with
   * RATE_LIMITED: too many attempts this minute, too many at once, or the address's delay runs.
   * Returns the release to call when the attempt ends; a successful login gives its attempt back
   * (the allowance is for guesses, not for people logging in).
   */
  admit(address: string, now = Date.now()): (succeeded: boolean) => void {
    const f = this.addressFailures.get(address);
    if (f && f.until > now) throw rateLimited((f.until - now) / 1000, 'ADDRESS_DELAY');
    let w = this.attempts.get(address);
    if (!w || now - w.start >= 60_000) {
      if (this.attempts.size > MAX_KEYS) this.sweep(now);
      w = { start: now, count: 0 };
      this.attempts.set(address, w);
    }
    if (w.count >= this.limits.attemptsPerMinute) throw rateLimited((w.start + 60_000 - now) / 1000, 'ADDRESS_LIMIT');
    const running = this.inFlight.get(address) ?? 0;
    if (running >= this.limits.inFlightPerAddress) throw rateLimited(1, 'ADDRESS_CONCURRENCY');
    w.count++;
    this.inFlight.set(address, running + 1);
    let released = false;
    const window = w;
    return (succeeded) => {
      if (released) return;
      released = true;
      if (succeeded && window.count > 0) window.count--;
      const left = (this.inFlight.get(address) ?? 1) - 1;
      if (left > 0) this.inFlight.set(address, left);
      else this.inFlight.delete(address);
    };
  }

  /** A failed login from this address: after its free failures, a growing delay. */
  addressFailed(address: string, now = Date.now()): void {
    this.failed(this.addressFailures, address, this.limits.freeAddressFailures, now);
  }

  /** An unknown username gets the same delays an existing one would (no enumeration through delays). */
  unknownDelay(username: string, now = Date.now()): number {
    const f = this.unknownFailures.get(username);
    return f && f.until > now ? (f.until - now) / 1000 : 0;
  }

  unknownFailed(username: string, now = Date.now()): void {
    this.failed(this.unknownFailures, username, this.limits.freeFailures, now);
  }

  /**
   * Runs a password hash in a bounded, fair pool: at most `hashConcurrency` at once, at most
   * `hashesPerAddress` of them for one address, and `hashQueue` waiting in all; beyond that
   * RATE_LIMITED at once instead of an endless queue. A freed slot goes to the waiting address with
   * the fewest hashes running, so a flood from one address does not queue the others behind it.
   */
  async hash<T>(address: string, work: () => Promise<T>): Promise<T> {
    if (this.hashing >= this.limits.hashConcurrency || (this.running.get(address) ?? 0) >= this.limits.hashesPerAddress) {
      if (this.waitingCount >= this.limits.hashQueue) throw rateLimited(1, 'BUSY');
      await new Promise<void>((resolve) => {
        const q = this.waiting.get(address) ?? [];
        q.push(resolve);
        this.waiting.set(address, q);
        this.waitingCount++;
      });
    } else {
      this.start(address);
    }
    try {
      return await work();
    } finally {
      this.finish(address);
    }
  }

  private start(address: string) {
    this.hashing++;
    this.running.set(address, (this.running.get(address) ?? 0) + 1);
  }

  private finish(address: string) {
    this.hashing--;
    const left = (this.running.get(address) ?? 1) - 1;
    if (left > 0) this.running.set(address, left);
    else this.running.delete(address);
    // the next: among addresses below their share, the one with the fewest running (the first such)
    let best: string | null = null;
    let bestRunning = Infinity;
    for (const a of this.waiting.keys()) {
      const r = this.running.get(a) ?? 0;
      if (r < this.limits.hashesPerAddress && r < bestRunning) {
        best = a;
        bestRunning = r;
      }
    }
    if (best === null || this.hashing >= this.limits.hashConcurrency) return;
    const q = this.waiting.get(best)!;
    const next = q.shift()!;
    if (!q.length) this.waiting.delete(best);
    this.waitingCount--;
    this.start(best);
    next();
  }

  /** What the hashing pool holds now (for tests and the bench). */
  get pool() {
    return { hashing: this.hashing, waiting: this.waitingCount };
  }

  private failed(map: Map<string, Failures>, key: string, free: number, now: number) {
    let f = map.get(key);
    if (!f || now - f.last > FORGET_AFTER_MS) {
      if (map.size > MAX_KEYS) this.sweep(now);
      f = { count: 0, last: now, until: 0 };
      map.set(key, f);
    }
    f.count++;
    f.last = now;
    const d = delaySeconds(f.count, free, this.limits.maxDelaySeconds);
    if (d) f.until = Math.max(f.until, now + d * 1000);
  }

  private sweep(now: number) {
    for (const [k, w] of this.attempts) if (now - w.start >= 60_000) this.attempts.delete(k);
    for (const m of [this.addressFailures, this.unknownFailures]) {
      for (const [k, f] of m) if (now - f.last > FORGET_AFTER_MS && f.until <= now) m.delete(k);
    }
  }
}
