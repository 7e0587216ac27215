import { GraphQLError } from 'graphql';

/** The error codes of the API (docs/API.md, Errors). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'WINDOW_CLOSED'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'INVALID_API_KEY'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'Login required (請先登入)') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Not allowed for this account (權限不足)') => new AppError('FORBIDDEN', message);
export const notFound = (message = 'Not found (查無資料)') => new AppError('NOT_FOUND', message);
/** Bad input, naming the offending input field(s); never echoes the value (it may be personal data). */
export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', message, { fields: [field] });
export const conflict = (message: string) => new AppError('CONFLICT', message);

const DB_DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'PROTOCOL_CONNECTION_LOST', 'ER_SERVER_SHUTDOWN', 'ER_CON_COUNT_ERROR', 'ENOTFOUND']);

/** A database that went away (refused, lost, shutting down), wherever the driver error sits. */
export function isDatabaseUnavailable(e: unknown): boolean {
  type Link = { code?: string; driverError?: unknown; originalError?: unknown; cause?: unknown; thrownValue?: unknown; message?: string };
  for (let cur = e as Link | undefined, i = 0; cur && typeof cur === 'object' && i < 6; i++) {
    if (cur.code && DB_DOWN_CODES.has(cur.code)) return true;
    if (typeof cur.message === 'string' && /Connection lost|ECONNREFUSED|Pool is closed|The database connection is not open|Connection is not established with|Can't add new command when connection is in closed state/.test(cur.message)) return true;
    // graphql-js wraps a thrown non-Error (mysql2 throws plain objects when it cannot connect)
    cur = (cur.driverError ?? cur.originalError ?? cur.cause ?? cur.thrownValue) as Link | undefined;
  }
  return false;
}

export const DATABASE_UNAVAILABLE = 'The database is unavailable; try again shortly (資料庫暫時無法使用，請稍後再試)';
/** The database is away: HTTP 503 with Retry-After (Apollo reads `extensions.http`; it never reaches the client). */
export const databaseUnavailable = () =>
  new AppError('INTERNAL_SERVER_ERROR', DATABASE_UNAVAILABLE, {
    reason: 'DATABASE_UNAVAILABLE',
    http: { status: 503, headers: new Map([['retry-after', '5']]) },
  });
/** An `ApiKey` / `X-Api-Key` that is malformed, unknown, rotated away or revoked: 401, not "please log in". */
export const invalidApiKey = () =>
  new AppError('INVALID_API_KEY', 'This API key is not valid: unknown, replaced or revoked (API 金鑰無效)', { http: { status: 401, headers: new Map([['www-authenticate', 'ApiKey']]) } });
