import { AppError } from './errors';

/**
 * A fixed-window limit per key (client address) in this process. Behind a load balancer each copy
 * counts its own clients; put a shared limit in front (or Redis) when that matters.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  hit(key: string, now = Date.now()): void {
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 10000) this.sweep(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    if (w.count > this.limit) {
      const retryAfterSeconds = Math.ceil((w.start + this.windowMs - now) / 1000);
      throw new AppError(
        'RATE_LIMITED',
        'TOO_MANY_REQUESTS',
        `Too many requests: try again in ${retryAfterSeconds} s (查詢過於頻繁，請稍後再試)`,
        { retryAfterSeconds },
      );
    }
  }

  private sweep(now: number) {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}
