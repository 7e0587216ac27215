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
  /** Sends one request; resolves with its latency: from sending to the answer's last byte (as wrk or k6 count it). */
  const send = (r: LoadJob['requests'][number]) =>
    new Promise<number>((resolve, reject) => {
      const t = performance.now();
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
            const ms = performance.now() - t;
            try {
              const raw = Buffer.concat(chunks);
              const text = (res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8');
              // every answer is checked: Apollo writes `errors` before `data`, so an answer without errors
              // starts with {"data": (parsed in full only when a figure is summed from it)
              if (res.statusCode !== 200 || !text.startsWith('{"data":')) errors.push(`${res.statusCode} ${text.slice(0, 300)}`);
              else if (job.sum) {
                let x: unknown = JSON.parse(text);
                for (const k of job.sum) x = (x as Record<string, unknown> | null)?.[k];
                sum += Number(x ?? 0);
              }
              resolve(ms);
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
        ms.push(await send(job.requests[k % job.requests.length]));
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
