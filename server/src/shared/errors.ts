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
