import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import compression from 'compression';
import { expressMiddleware } from '@as-integrations/express5';
import type { App } from './app';
import { AppError, isDatabaseUnavailable, DATABASE_UNAVAILABLE, type ErrorCode, type ErrorReason } from './shared/errors';
import { ExportFormat, sendSheet } from './shared/sheet';
import { MODULES } from './modules';
import type { Download, FileRoute } from './shared/module';
import { databaseFileGone, NO_ADMINISTRATOR, RETRY_AFTER_SECONDS } from './availability';
import { log as processLog, requestIdFrom, withLog, type Logger } from './shared/log';

/**
 * The HTTP layer, on express 5: the API at /graphql (Apollo's express integration), the downloads
 * at /exports, health at /healthz and /readyz, and the built UI (client/dist) at /. Express parses
 * requests and serves files; whatever a client sends, a malformed request gets a 4xx and never
 * reaches a handler that could throw it out of the process.
 */

/** The downloads: /exports/<name>.csv|xlsx, each authorized like the API. */
/** Every module's downloads (GET /exports/<name>.csv|xlsx), from the module registry. */
const EXPORTS: Record<string, Download> = Object.assign({}, ...MODULES.map((m) => m.downloads ?? {}));
/** Every module's files (GET /<prefix>/<name>, e.g. /certificates/<number>.pdf), from the module registry. */
const FILES: Record<string, FileRoute> = Object.assign({}, ...MODULES.map((m) => m.files ?? {}));

/** What a browser gets at GET /graphql: where to go instead (the explorer, the API documentation). */
const GRAPHQL_LANDING = `<!doctype html>
<html lang="zh-Hant"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphQL API｜教師在職進修規劃平台</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1a1a1a}code{background:#f2f2f2;padding:0 .25rem}</style>
</head><body>
<h1>GraphQL API</h1>
<p>這是平台的 GraphQL 端點，供程式以 <code>POST /graphql</code>（JSON）呼叫，不是瀏覽器頁面。</p>
<ul>
<li>在瀏覽器試查詢：登入後開啟 <a href="/explorer">API 查詢工具（/explorer）</a>。</li>
<li>文件：專案的 <code>docs/API.md</code>（登入、權限、分頁、成本限制、合作系統金鑰）。</li>
</ul>
<p lang="en">This is the platform's GraphQL endpoint, for programs: <code>POST /graphql</code> with a JSON body.
To try queries in a browser, log in and open <a href="/explorer">the API explorer (/explorer)</a>; the API is documented in <code>docs/API.md</code>.</p>
</body></html>
`;

const MAX_BODY = 1024 * 1024;

/** `Authorization: Bearer <token>` or `ApiKey <key>`; a key may also come as `X-Api-Key`. */
function authorizationOf(req: http.IncomingMessage): string | undefined {
  const key = req.headers['x-api-key'];
  return req.headers.authorization ?? (typeof key === 'string' && key ? `ApiKey ${key}` : undefined);
}

/** The client's address; X-Forwarded-For only when TRUST_PROXY=1 (behind our own load balancer). */
export function clientAddress(req: http.IncomingMessage): string {
  const forwarded =
    process.env.TRUST_PROXY === '1'
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')[0]
          .trim()
      : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}

function sendJsonError(
  res: Response,
  status: number,
  code: ErrorCode,
  reason: ErrorReason,
  message: string,
  extra: Record<string, unknown> = {},
) {
  res
    .status(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, reason, ...extra } }] }));
}

/** The HTTP status of an API error in a download (the same codes as the API). */
const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  QUERY_TOO_COMPLEX: 400,
  RATE_LIMITED: 429,
  CONFLICT: 409,
};

/** Downloads, authorized like the API (the same bearer token); errors as JSON with their code and status. */
async function handleExport(app: App, req: Request, res: Response, name: string, format: ExportFormat) {
  let url: URL;
  try {
    url = new URL(req.originalUrl, 'http://localhost');
  } catch {
    return sendJsonError(res, 400, 'BAD_USER_INPUT', 'MALFORMED_REQUEST', 'Malformed request target');
  }
  try {
    const ctx = await app.context(authorizationOf(req), clientAddress(req));
    const { sheets, filename } = await EXPORTS[name](ctx, url, app.schema);
    await sendSheet(res, format, sheets, filename);
  } catch (e) {
    sendFailure(res, e);
  }
}

/** A module's file (e.g. a certificate PDF): 404 when it does not exist or the viewer may not read it. */
async function handleFile(app: App, req: Request, res: Response, prefix: string, name: string) {
  try {
    const ctx = await app.context(authorizationOf(req), clientAddress(req));
    const file = await FILES[prefix](ctx, name);
    if (!file) return sendJsonError(res, 404, 'NOT_FOUND', 'NO_SUCH_OBJECT', 'No such file, or you may not read it');
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    res.status(200).send(file.body);
  } catch (e) {
    sendFailure(res, e);
  }
}

/** An error of a download or file as JSON with the status of its code (503 with Retry-After when the database is away). */
function sendFailure(res: Response, e: unknown) {
  const reason = e instanceof AppError ? e.extensions.reason : undefined;
  if (reason === 'DATABASE_UNAVAILABLE' || (!(e instanceof AppError) && isDatabaseUnavailable(e))) {
    res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    return sendJsonError(res, 503, 'INTERNAL_SERVER_ERROR', 'DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE);
  }
  if (!(e instanceof AppError)) throw e;
  const { http: head, ...extensions } = e.extensions as Record<string, unknown> & {
    http?: { status?: number; headers?: Map<string, string> };
  };
  const status = head?.status ?? STATUS_OF_CODE[String(extensions.code)] ?? 400;
  for (const [k, v] of head?.headers ?? []) res.setHeader(k, v);
  res
    .status(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ message: e.message, extensions }] }));
}

/** The UI's content security policy: everything from this origin, nothing from any other. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** Hashed build output (client/dist/assets): never changes under its name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** CORS for the origins in CORS_ORIGINS (comma-separated); none by default (same origin only). */
function cors(req: Request, res: Response, origins: Set<string>): boolean {
  const origin = req.headers.origin;
  if (!origin || !origins.has(origin)) return false;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'Origin');
  res.setHeader(
    'access-control-allow-headers',
    'content-type, authorization, x-api-key, apollo-require-preflight, x-apollo-operation-name, x-request-id',
  );
  res.setHeader('access-control-expose-headers', 'x-request-id');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-max-age', '600');
  return true;
}

/** What a browser opening /graphql sees: where the explorer and the documentation are. */
const API_LANDING_PAGE = `<!doctype html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>GraphQL API · 教師在職進修規劃</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.5">
<h1>GraphQL API</h1>
<p>This address answers GraphQL requests (POST with <code>content-type: application/json</code>, or GET for queries); it is not a page.
本網址為 GraphQL API，供程式呼叫。</p>
<ul>
<li>Try the API in the browser: <a href="/explorer">the explorer in the UI</a> (API 探索, after logging in).</li>
<li>Documentation: <code>docs/API.md</code> in the source (operations, errors, limits, status codes).</li>
</ul>
</body></html>
`;

/** Is this a browser navigating to /graphql (a GET for HTML without a query)? */
function isBrowserVisit(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const q = req.query as Record<string, unknown>;
  if (q.query !== undefined || q.extensions !== undefined) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/** A request's path for a log line, never its query string (it may carry search text). */
function pathOf(req: Request): string {
  return req.originalUrl.split('?')[0];
}

/** The logger of a request (it carries the request ID); set by the first middleware. */
const requestLog = (res: Response): Logger => (res.locals.log as Logger | undefined) ?? processLog;

/**
 * One port: the API at /graphql, the UI at /. Returns a plain node http.Server (main, tests and bench listen on it).
 * `log`: where the request logs go (the process's logger by default).
 */
export function createHttpServer(app: App, opts: { staticDir?: string; corsOrigins?: string[]; log?: Logger } = {}): http.Server {
  const staticDir = opts.staticDir ? path.resolve(opts.staticDir) : undefined;
  const origins = new Set((opts.corsOrigins ?? (process.env.CORS_ORIGINS ?? '').split(',')).map((o) => o.trim()).filter(Boolean));
  const web = express();
  web.disable('x-powered-by');
  web.set('etag', false); // API answers are per viewer and no-store; static files have their own ETag
  web.set('query parser', 'simple');

  // A request ID for every request (the client's own if sane), answered in x-request-id, on every log line of the request
  web.use((req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const reqLog = (opts.log ?? processLog).child({ requestId });
    res.locals.log = reqLog;
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      reqLog.info(
        { method: req.method, path: pathOf(req), status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
        'request',
      );
    });
    withLog(reqLog, next);
  });

  web.use((req, res, next) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    const allowed = cors(req, res, origins);
    if (req.method === 'OPTIONS') {
      res.status(allowed ? 204 : 403).end();
      return;
    }
    // A path that is not valid percent-encoding (`/%`, `/%E0%A4%A`) or not a path at all: 400, before any handler sees it
    let pathname: string;
    try {
      pathname = req.path;
      decodeURIComponent(pathname);
    } catch {
      return sendJsonError(res, 400, 'BAD_USER_INPUT', 'MALFORMED_REQUEST', 'Malformed request target');
    }
    if (!pathname?.startsWith('/')) return sendJsonError(res, 400, 'BAD_USER_INPUT', 'MALFORMED_REQUEST', 'Malformed request target');
    next();
  });
  // API answers at zlib's fastest level (about a third of the default's CPU on a 60 KB statistics
  // answer, ~3% larger); static files, built once and cached for a year, at the default level
  const apiCompression = compression({ level: 1 });
  const fileCompression = compression();
  web.use((req, res, next) => (req.path === '/graphql' ? apiCompression : fileCompression)(req, res, next));

  web.get('/healthz', (_req, res) => {
    // the process is up (the database may not be: see /readyz)
    res.type('text/plain').setHeader('cache-control', 'no-store');
    res.send('ok');
  });
  web.get('/readyz', async (_req, res) => {
    res.type('text/plain').setHeader('cache-control', 'no-store');
    if (databaseFileGone(app.ds)) {
      res
        .status(503)
        .send(
          'database unavailable: the SQLite file was removed or replaced under the running server; writes are refused. Restore it and restart.',
        );
      return;
    }
    try {
      await app.ds.query('SELECT 1');
    } catch {
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      res.status(503).send('database unavailable');
      return;
    }
    let admin = true;
    try {
      admin = await app.setup.hasAdministrator();
    } catch {
      /* the schema is there (migrations ran at start); a failure here is the database's: answered above next time */
    }
    res.send(admin ? 'ready' : `ready, but ${NO_ADMINISTRATOR}`);
  });

  web.use('/graphql', (req, res, next) => {
    if (!isBrowserVisit(req)) return next();
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('cache-control', 'no-cache');
    res.type('text/html; charset=utf-8').send(API_LANDING_PAGE);
  });
  web.use(
    '/graphql',
    (req, res, next) => {
      // a person who opens /graphql in a browser gets a short page, not Apollo's CSRF refusal in JSON
      if (req.method === 'GET' && req.query.query === undefined && req.accepts(['json', 'html']) === 'html') {
        res.setHeader('cache-control', 'no-store');
        return res.status(200).type('html').send(GRAPHQL_LANDING);
      }
      next();
    },
    (req, res, next) => {
      // announced too large: answer at once and close (a client that never sends the bytes it announced must not hold us)
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) {
        res.setHeader('connection', 'close');
        req.resume();
        return sendJsonError(res, 413, 'BAD_USER_INPUT', 'REQUEST_TOO_LARGE', 'Request body too large (1 MiB at most)');
      }
      next();
    },
    express.json({ limit: MAX_BODY }),
    (req, res, next) => {
      // Apollo reads req.body; express leaves it unset for bodies it did not parse (CSRF prevention then refuses them)
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      res.setHeader('cache-control', 'no-store');
      // the body parser's callbacks ran outside the request's scope: enter it again for Apollo
      withLog(requestLog(res), next);
    },
    expressMiddleware(app.apollo, { context: async ({ req }) => app.context(authorizationOf(req), clientAddress(req)) }),
  );

  // bulk exports (docs/API.md "Exports"): the link of a finished job, its secret in `token`
  web.get('/exports/jobs/:id', async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    try {
      const token = typeof req.query.token === 'string' ? req.query.token : null;
      const f = await app.services.exports.download(String(req.params.id), token);
      res.setHeader('content-type', f.format === 'CSV' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${f.filename}"`);
      const stream = fs.createReadStream(f.file);
      stream.on('error', () =>
        res.headersSent ? res.destroy() : sendJsonError(res, 404, 'NOT_FOUND', 'EXPORT_EXPIRED', 'The file is gone'),
      );
      stream.pipe(res);
    } catch (e) {
      if (!(e instanceof AppError)) {
        if (isDatabaseUnavailable(e)) {
          res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
          return sendJsonError(res, 503, 'INTERNAL_SERVER_ERROR', 'DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE);
        }
        throw e;
      }
      const { http: head, ...extensions } = e.extensions as Record<string, unknown> & { http?: { status?: number } };
      res
        .status(head?.status ?? STATUS_OF_CODE[String(extensions.code)] ?? 400)
        .type('application/json; charset=utf-8')
        .send(JSON.stringify({ errors: [{ message: e.message, extensions }] }));
    }
  });

  web.get('/exports/:file', (req, res, next) => {
    const m = /^([a-z-]+)\.(csv|xlsx)$/.exec(String(req.params.file));
    if (!m || !Object.hasOwn(EXPORTS, m[1])) return next();
    res.setHeader('cache-control', 'no-store');
    return handleExport(app, req, res, m[1], m[2] as ExportFormat);
  });

  for (const prefix of Object.keys(FILES)) {
    web.get(`/${prefix}/:file`, (req, res, next) => {
      const name = String(req.params.file);
      if (!/^[A-Za-z0-9._-]{1,80}$/.test(name)) return next();
      return handleFile(app, req, res, prefix, name);
    });
  }

  if (staticDir) {
    // source maps are never served (the build makes none; this holds if one is left in client/dist)
    web.use((req, res, next) => (/\.map$/i.test(req.path) ? res.status(404).type('text/plain').send('Not found') : next()));
    web.use(
      express.static(staticDir, {
        index: false,
        redirect: false,
        dotfiles: 'ignore',
        cacheControl: false,
        setHeaders: (res, file) => {
          res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
          const rel = path.relative(staticDir, file).split(path.sep).join('/');
          res.setHeader('cache-control', rel.startsWith('assets/') ? IMMUTABLE : 'no-cache');
        },
      }),
    );
    // a missing hashed file is a 404, not the SPA (a browser would run HTML as a script)
    web.use('/assets', (_req, res) => res.status(404).type('text/plain').send('Not found'));
    const index = path.join(staticDir, 'index.html');
    web.use((req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      if (!fs.existsSync(index)) {
        res.status(404).type('text/plain; charset=utf-8').send('The UI is not built: run `npm run build` (npm start does it).');
        return;
      }
      // every other path is a route of the single-page app
      res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index, { cacheControl: false, dotfiles: 'allow' }, (err) => err && next(err));
    });
  }

  web.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  // Errors of the request itself (malformed JSON, too large, bad encoding): 4xx with a code; anything else 500, logged
  web.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const e = err as { status?: number; statusCode?: number; type?: string; message?: string };
    const status = e?.status ?? e?.statusCode ?? 500;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (status === 413) return sendJsonError(res, 413, 'BAD_USER_INPUT', 'REQUEST_TOO_LARGE', 'Request body too large (1 MiB at most)');
    if (e?.type === 'entity.parse.failed')
      return sendJsonError(res, 400, 'BAD_USER_INPUT', 'MALFORMED_REQUEST', 'The request body is not valid JSON');
    if (status >= 400 && status < 500) return sendJsonError(res, status, 'BAD_USER_INPUT', 'MALFORMED_REQUEST', 'Malformed request');
    requestLog(res).error({ err, method: req.method, path: pathOf(req) }, 'request failed');
    sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'UNEXPECTED_ERROR', 'Internal server error');
  });

  const server = http.createServer(web);
  return server;
}
