import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { ErrorLike } from '@apollo/client';
import { ErrorReasonValues, type ErrorCode, type ErrorReason } from '../gql/schema-enums';

/** `extensions.code` and `extensions.reason`: the ErrorCode and ErrorReason enums of the contract (docs/API.md, Errors). */
export type { ErrorCode, ErrorReason };

/**
 * One error of the API as the UI needs it: `reason` says what to show (i18n `explain`), the
 * message is the server's words for when there is no reason, `extensions` the values the text needs.
 */
export interface ApiError {
  message: string;
  code?: ErrorCode;
  reason?: ErrorReason;
  extensions: Readonly<Record<string, unknown>>;
}

const REASONS: ReadonlySet<string> = new Set(ErrorReasonValues);

/** An error of an answer (GraphQL or a download's JSON) as the UI needs it. */
export function toApiError(e: { message: string; extensions?: Readonly<Record<string, unknown>> }): ApiError {
  const extensions = e.extensions ?? {};
  const reason = typeof extensions.reason === 'string' && REASONS.has(extensions.reason) ? (extensions.reason as ErrorReason) : undefined;
  return { message: e.message, code: extensions.code as ErrorCode | undefined, reason, extensions };
}

type Path = ReadonlyArray<string | number>;

function graphQLErrors(error: ErrorLike | undefined | null) {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  // A non-200 answer (e.g. 429) may still carry GraphQL errors in its body.
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: CombinedGraphQLErrors['errors'] };
      return body.errors ?? [];
    } catch {
      return [];
    }
  }
  return [];
}

/** The code of the first GraphQL error, or 'NETWORK' when the server could not be reached. */
export function errorCode(error: ErrorLike | undefined | null): ErrorCode | 'NETWORK' | undefined {
  if (!error) return undefined;
  const errs = graphQLErrors(error);
  if (errs.length > 0) return (errs[0].extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
  return 'NETWORK';
}

/** Whether some error has this code and a path starting with `prefix` (any path when omitted). */
export function hasErrorAt(error: ErrorLike | undefined | null, code: ErrorCode, prefix?: Path): boolean {
  return graphQLErrors(error).some(
    (e) => e.extensions?.code === code && (!prefix || (e.path !== undefined && prefix.every((p, i) => e.path![i] === p))),
  );
}

/**
 * Names of the fields the API withheld (FORBIDDEN) below `prefix`, e.g. `email`, `phone`: the UI
 * shows "—" for them and says which fields the viewer may not see.
 */
export function forbiddenFields(error: ErrorLike | undefined | null, prefix: Path = []): Set<string> {
  const names = new Set<string>();
  for (const e of graphQLErrors(error)) {
    if (e.extensions?.code !== 'FORBIDDEN' || !e.path) continue;
    if (!prefix.every((p, i) => e.path![i] === p)) continue;
    const last = e.path[e.path.length - 1];
    if (typeof last === 'string') names.add(last);
  }
  return names;
}

/** Errors other than FORBIDDEN on personal fields: worth showing as a failure. */
export function unexpectedErrors(error: ErrorLike | undefined | null): ApiError[] {
  if (!error) return [];
  const errs = graphQLErrors(error);
  if (errs.length === 0) return [{ message: error.message, extensions: {} }];
  return errs.filter((e) => e.extensions?.code !== 'FORBIDDEN').map(toApiError);
}

/** `extensions.reason` of the first error that has one (INACTIVE, LAST_CHIEF, PASSWORD_CHANGE_REQUIRED ...). */
export function errorReason(error: ErrorLike | undefined | null): ErrorReason | undefined {
  for (const e of graphQLErrors(error)) {
    const reason = toApiError(e).reason;
    if (reason) return reason;
  }
  return undefined;
}

/** `extensions.retryAfterSeconds` of the first error that has one (RATE_LIMITED). */
export function retryAfterSeconds(error: ErrorLike | undefined | null): number | undefined {
  for (const e of graphQLErrors(error)) {
    const s = e.extensions?.retryAfterSeconds;
    if (typeof s === 'number' && s > 0) return s;
  }
  return undefined;
}

/**
 * The first GraphQL error; undefined when there is none (no error, or the server could not be
 * reached: `errorCode` says 'NETWORK').
 */
export function firstError(error: ErrorLike | undefined | null): ApiError | undefined {
  const errs = graphQLErrors(error);
  return errs.length > 0 ? toApiError(errs[0]) : undefined;
}

/**
 * BAD_USER_INPUT errors by the input field they name (`extensions.fields`), e.g.
 * { nationalId: { reason: 'NATIONAL_ID_INVALID', ... } }; the last segment of a path such as
 * `items.0.subjects` names the field.
 */
export function fieldErrors(error: ErrorLike | undefined | null): Record<string, ApiError> {
  const out: Record<string, ApiError> = {};
  for (const e of graphQLErrors(error)) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const fields = e.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const f of fields) {
      if (typeof f !== 'string') continue;
      const name = f.split('.').pop()!;
      out[name] ??= toApiError(e);
    }
  }
  return out;
}

/**
 * BAD_USER_INPUT errors by the full path of the input field they name, e.g.
 * { 'domains.0.hours': ..., 'windows.2.closesOn': ... }: for forms with rows, where the index
 * says which row.
 */
export function fieldErrorsByPath(error: ErrorLike | undefined | null): Record<string, ApiError> {
  const out: Record<string, ApiError> = {};
  for (const e of graphQLErrors(error)) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const fields = e.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const f of fields) if (typeof f === 'string') out[f] ??= toApiError(e);
  }
  return out;
}

/** A value of `extensions` of the first error that has it (e.g. WINDOW_CLOSED's `opensAt`, `closesAt`). */
export function errorExtension(error: ErrorLike | undefined | null, key: string): unknown {
  for (const e of graphQLErrors(error)) if (e.extensions && key in e.extensions) return e.extensions[key];
  return undefined;
}
