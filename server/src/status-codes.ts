import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from './context';
import { mayIntrospect } from './limits';
import { RETRY_AFTER_SECONDS } from './availability';

/**
 * HTTP status codes as the GraphQL-over-HTTP specification asks for them (docs/API.md, Status codes).
 * Errors raised before execution carry their status themselves (`extensions.http`: QUERY_TOO_COMPLEX
 * 400, a key's RATE_LIMITED 429 with Retry-After, INVALID_API_KEY 401, DATABASE_UNAVAILABLE 503).
 * A field error leaves the status at 200 while any data arrives (a partial answer); when the answer
 * has no data at all (`data` null or absent), the first of these codes decides the status. An answer
 * that met a database that is away is 503 with Retry-After, data or not.
 */
const STATUS_BY_CODE: Record<string, number> = {
  RATE_LIMITED: 429,
  INVALID_API_KEY: 401,
  QUERY_TOO_COMPLEX: 400,
};

export function statusOf(errors: readonly GraphQLFormattedError[]): { status?: number; retryAfter?: number } {
  for (const e of errors) {
    const ext = (e.extensions ?? {}) as Record<string, unknown>;
    const status = STATUS_BY_CODE[String(ext.code)];
    if (status) return { status, retryAfter: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined };
  }
  return {};
}

export function statusCodesPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const errors = result.errors ?? [];
          // no "Did you mean ...?" hints about the schema for those who may not introspect it
          if (errors.length && contextValue?.viewer && !mayIntrospect(contextValue.viewer)) {
            result.errors = errors.map((e) =>
              / Did you mean /.test(e.message) ? { ...e, message: e.message.replace(/ ?Did you mean .*\?$/s, '').trim() } : e,
            );
          }
          if (errors.some((e) => e.extensions?.reason === 'DATABASE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
            return;
          }
          if (!errors.length || result.data != null) return;
          const { status, retryAfter } = statusOf(errors);
          if (!status) return;
          response.http.status = status;
          if (retryAfter !== undefined) response.http.headers.set('retry-after', String(Math.max(1, Math.ceil(retryAfter))));
        },
      };
    },
  };
}
