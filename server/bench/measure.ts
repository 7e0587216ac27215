/** Load and latency helpers of the bench (npm run bench). */
import { fork } from 'node:child_process';
import path from 'node:path';
import type { LoadJob, LoadResult } from './load-client';

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

/**
 * Sends GraphQL requests over HTTP from a process of its own (load-client.ts) with `concurrency`
 * connections, `total` in all: the server's latency as separate callers see it, after `warmup`
 * requests of the same kind that are not measured. Any answer with errors fails the run.
 */
export async function httpLoad(job: LoadJob & { warmup?: number }): Promise<Latency & { sum: number }> {
  // a running server has compiled its hot paths: `warmup` requests of the same kind first, not measured
  if (job.warmup) await httpLoad({ ...job, total: job.warmup, warmup: 0, sum: undefined });
  const child = fork(path.join(__dirname, 'load-client.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const r = await new Promise<LoadResult>((resolve, reject) => {
    child.once('message', (m) => resolve(m as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`load client exited with ${code}`)));
    child.send(job);
  });
  if (r.errors.length) throw new Error(`${r.errors.length} of ${job.total} requests failed: ${r.errors[0]}`);
  return { p50: pct(r.ms, 50), p95: pct(r.ms, 95), p99: pct(r.ms, 99), rps: r.ms.length / r.seconds, n: r.ms.length, sum: r.sum };
}

export const fmt = (l: Latency) =>
  `p50 ${l.p50.toFixed(1)} / p95 ${l.p95.toFixed(1)} / p99 ${l.p99.toFixed(1)} ms, ${l.rps.toFixed(0)} req/s`;
