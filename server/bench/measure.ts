/** Load and latency helpers of the bench (npm run bench). */

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  n: number;
}

export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** Runs `fn` `total` times with `concurrency` workers; latencies in ms. */
export async function load(total: number, concurrency: number, fn: () => Promise<unknown>): Promise<Latency> {
  const ms: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const t = performance.now();
        await fn();
        ms.push(performance.now() - t);
      }
    }),
  );
  const secs = (performance.now() - started) / 1000;
  return { p50: pct(ms, 50), p95: pct(ms, 95), p99: pct(ms, 99), rps: ms.length / secs, n: ms.length };
}

export const fmt = (l: Latency) =>
  `p50 ${l.p50.toFixed(1)} / p95 ${l.p95.toFixed(1)} / p99 ${l.p99.toFixed(1)} ms, ${l.rps.toFixed(0)} req/s`;
