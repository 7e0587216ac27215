/**
 * The bench's HTTP load generator, run as a process of its own (httpLoad in measure.ts forks it):
 * `concurrency` keep-alive connections send the given GraphQL requests in turn, `total` in all, and
 * the latencies go back to the parent. Real callers are other machines; in the server's own process
 * the client's work (HTTP parsing, JSON.parse and gunzip of every answer) was added to each
 * request's latency and took CPU from the server it measures.
 */
import http from 'node:http';
import zlib from 'node:zlib';

export interface LoadJob {
  url: string;
  total: number;
  concurrency: number;
  /** Sent in turn (request k is requests[k % length]). */
  requests: { body: string; authorization?: string }[];
  /** A path into each answer's JSON (e.g. ['data', 'courses', 'totalCount']) whose numbers are summed. */
  sum?: string[];
}

export interface LoadResult {
  ms: number[];
  seconds: number;
  sum: number;
  errors: string[];
}

function run(job: LoadJob): Promise<LoadResult> {
  const u = new URL(job.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const ms: number[] = [];
  const errors: string[] = [];
  let sum = 0;
  let next = 0;
  const send = (r: LoadJob['requests'][number]) =>
    new Promise<void>((resolve, reject) => {
      const req = http.request(
        {
          host: u.hostname,
          port: u.port,
          path: u.pathname,
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'accept-encoding': 'gzip',
            ...(r.authorization ? { authorization: r.authorization } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              const raw = Buffer.concat(chunks);
              const text = (res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8');
              const body = JSON.parse(text) as { errors?: unknown[] };
              if (res.statusCode !== 200 || body.errors)
                errors.push(`${res.statusCode} ${JSON.stringify(body.errors ?? '').slice(0, 300)}`);
              if (job.sum) {
                let x: unknown = body;
                for (const k of job.sum) x = (x as Record<string, unknown> | null)?.[k];
                sum += Number(x ?? 0);
              }
              resolve();
            } catch (e) {
              reject(e);
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(r.body);
    });
  const started = performance.now();
  return Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (next < job.total) {
        const k = next++;
        const t = performance.now();
        await send(job.requests[k % job.requests.length]);
        ms.push(performance.now() - t);
      }
    }),
  ).then(() => {
    agent.destroy();
    return { ms, seconds: (performance.now() - started) / 1000, sum, errors };
  });
}

process.once('message', (job: LoadJob) => {
  run(job).then(
    (r) => process.send!(r, () => process.exit(0)),
    (e: unknown) => process.send!({ ms: [], seconds: 0, sum: 0, errors: [String(e)] }, () => process.exit(0)),
  );
});
