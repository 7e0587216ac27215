/**
 * Structured logs (pino, JSON lines on stdout). Every line is scrubbed of personal data: fields that
 * hold it are redacted by name (REDACTED_KEYS, at the top level and one level down, and the request
 * headers that carry credentials), and every string (message, error, field) is scrubbed of what looks
 * like a national ID, an e-mail address, a phone number or a credential (shared/personal-data.ts).
 *
 * A request gets a request ID (its own `x-request-id` if sane, else a new one; answered in the
 * `x-request-id` response header) and a child logger that carries it: `currentLog()` anywhere below
 * the request (resolvers, formatError, the database logger) logs with it.
 *
 * LOG_LEVEL: fatal, error, warn, info (default), debug, trace or silent; silent by default under tests.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import { scrubPersonalData } from './personal-data';

export type { Logger } from 'pino';

/** Keys whose values never reach a log, wherever they appear (top level or one level down). */
export const REDACTED_KEYS = [
  'nationalId',
  'national_id',
  'email',
  'phone',
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'accessToken',
  'secret',
  'apiKey',
  'key',
  'authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'variables',
];
const REDACT_PATHS = [
  ...REDACTED_KEYS.flatMap((k) => [`["${k}"]`, `*["${k}"]`]),
  ...['authorization', 'cookie', 'x-api-key'].map((h) => `req.headers["${h}"]`),
];

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** LOG_LEVEL if it names a level; else silent under tests (NODE_ENV=test), info otherwise. */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const wanted = (env.LOG_LEVEL ?? '').trim().toLowerCase();
  if (LEVELS.has(wanted)) return wanted;
  return env.NODE_ENV === 'test' ? 'silent' : 'info';
}

/** Strings scrubbed, plain objects and arrays walked (a few levels); anything else as it is. */
function scrubValue(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return scrubPersonalData(v);
  if (depth > 4 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => scrubValue(x, depth + 1));
  if (Object.getPrototypeOf(v) !== Object.prototype) return v; // errors go through the err serializer
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrubValue(x, depth + 1)]));
}

/** An error as logged: its type, scrubbed message and stack, and its code (never its other properties). */
function serializeError(e: unknown): unknown {
  if (!(e instanceof Error)) return scrubValue(e);
  const code = (e as { code?: unknown }).code;
  return {
    type: e.name,
    message: scrubPersonalData(e.message),
    stack: e.stack ? scrubPersonalData(e.stack) : undefined,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
  };
}

export function createLogger(opts: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: opts.level ?? logLevelFromEnv(),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
      formatters: { log: (obj) => scrubValue(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          return method.apply(this, args.map((a) => (typeof a === 'string' ? scrubPersonalData(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    opts.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** The process's logger. */
export const log: Logger = createLogger();

const scope = new AsyncLocalStorage<Logger>();

/** The logger of the request being served (it carries the request ID), or the process's. */
export function currentLog(): Logger {
  return scope.getStore() ?? log;
}

/** Runs `fn` with `logger` as currentLog() (for a request: its child logger with the request ID). */
export function withLog<T>(logger: Logger, fn: () => T): T {
  return scope.run(logger, fn);
}

/** A client's `x-request-id` if it is a plain token that carries no personal data; else a new ID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  if (given && /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/.test(given) && scrubPersonalData(given) === given) return given;
  return randomUUID();
}
