import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { HeaderMap } from '@apollo/server';
import type { App } from './app';
import { AppError } from './shared/errors';
import { ExportFormat, sendSheet, Sheet, teacherExport } from './modules/directory/teacher-export';
import { reminderSheet, rewardSheet } from './modules/planning/cycle-export';
import { demandExport, demandReportExport, participationExport } from './modules/analytics/analytics-export';
import type { Context } from './context';

/** The downloads: /exports/<name>.csv|xlsx, each authorized like the API. */
const EXPORTS: Record<string, (ctx: Context, url: URL) => Promise<{ sheets: Sheet[]; filename: string }>> = {
  teachers: teacherExport,
  reminders: reminderSheet,
  rewards: rewardSheet,
  demand: demandExport,
  participation: participationExport,
  'demand-report': demandReportExport,
};

const MAX_BODY = 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => Object.assign(new Error('Request body too large'), { status: 413 });
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) {
      req.resume(); // drain, then answer
      req.on('end', () => reject(tooLarge()));
      return;
    }
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => (size > MAX_BODY ? reject(tooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/** `Authorization: Bearer <token>` or `ApiKey <key>`; a key may also come as `X-Api-Key`. */
function authorizationOf(req: http.IncomingMessage): string | undefined {
  const key = req.headers['x-api-key'];
  return req.headers.authorization ?? (typeof key === 'string' && key ? `ApiKey ${key}` : undefined);
}

/** The client's address; X-Forwarded-For only when TRUST_PROXY=1 (behind our own load balancer). */
export function clientAddress(req: http.IncomingMessage): string {
  const forwarded = process.env.TRUST_PROXY === '1' ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}

function sendJsonError(res: http.ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

async function handleGraphQL(app: App, req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  let body: unknown;
  if (req.method === 'POST') {
    const text = await readBody(req);
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      sendJsonError(res, 400, 'BAD_USER_INPUT', 'The request body is not valid JSON');
      return;
    }
  }
  const response = await app.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search: url.search, body },
    context: () => app.context(authorizationOf(req), clientAddress(req)),
  });
  for (const [k, v] of response.headers) res.setHeader(k, v);
  res.setHeader('cache-control', 'no-store');
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Downloads, authorized like the API (the same bearer token); errors as JSON with their code. */
async function handleExport(app: App, req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
  const ctx = await app.context(authorizationOf(req), clientAddress(req));
  try {
    const [name, format] = url.pathname.slice(9).split('.') as [string, ExportFormat];
    const { sheets, filename } = await EXPORTS[name](ctx, url);
    await sendSheet(res, format, sheets, filename);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const code = String(e.extensions.code);
    const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 }[code] ?? 400;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ errors: [{ message: e.message, extensions: e.extensions }] }));
  }
}

/** Serves the built UI (client/dist): files as they are, every other path the SPA's index.html. */
function serveStatic(root: string, req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
  const rel = decodeURIComponent(url.pathname);
  let file = path.normalize(path.join(root, rel));
  if (!file.startsWith(root)) file = path.join(root, 'index.html');
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The UI is not built: run `npm run build` (npm start does it).');
    return;
  }
  const isAsset = rel.startsWith('/assets/');
  res.writeHead(200, {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
}

/** The UI's content security policy: everything from this origin, nothing from any other. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self'",
  "connect-src 'self'", "worker-src 'self' blob:", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** CORS for the origins in CORS_ORIGINS (comma-separated); none by default (same origin only). */
function cors(req: http.IncomingMessage, res: http.ServerResponse, origins: Set<string>): boolean {
  const origin = req.headers.origin;
  if (!origin || !origins.has(origin)) return false;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'Origin');
  res.setHeader('access-control-allow-headers', 'content-type, authorization, x-api-key, apollo-require-preflight, x-apollo-operation-name');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-max-age', '600');
  return true;
}

/** One port: the API at /graphql, the UI at /. */
export function createHttpServer(app: App, opts: { staticDir?: string; corsOrigins?: string[] } = {}): http.Server {
  const staticDir = opts.staticDir ? path.resolve(opts.staticDir) : undefined;
  const origins = new Set((opts.corsOrigins ?? (process.env.CORS_ORIGINS ?? '').split(',')).map((o) => o.trim()).filter(Boolean));
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    const allowed = cors(req, res, origins);
    if (req.method === 'OPTIONS') {
      res.writeHead(allowed ? 204 : 403);
      res.end();
      return;
    }
    const done = (err: unknown) => {
      const status = (err as { status?: number })?.status;
      if (status === 413) return sendJsonError(res, 413, 'BAD_USER_INPUT', 'Request body too large');
      console.error('[http] request failed:', (err as Error)?.message);
      if (!res.headersSent) sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    };
    if (url.pathname === '/graphql') {
      handleGraphQL(app, req, res, url).catch(done);
    } else if (/^\/exports\/[a-z-]+\.(csv|xlsx)$/.test(url.pathname) && EXPORTS[url.pathname.slice(9).split('.')[0]] && req.method === 'GET') {
      handleExport(app, req, res, url).catch(done);
    } else if (url.pathname === '/healthz') {
      // the process is up (the database may not be: see /readyz)
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    } else if (url.pathname === '/readyz') {
      app.ds.query('SELECT 1').then(
        () => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('ready'); },
        () => { res.writeHead(503, { 'content-type': 'text/plain' }); res.end('database unavailable'); },
      );
    } else if (staticDir && (req.method === 'GET' || req.method === 'HEAD')) {
      serveStatic(staticDir, req, res, url);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
}
