import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';
import type { Context } from './context';
import { isAnalyst, isPlatform } from './auth/viewer';
import { projectRoot } from './db/data-source';
import type { ErrorReason } from './shared/errors';

/**
 * Trusted documents: the client's operations, published by codegen as
 * client/src/gql/persisted-documents.json (sha256 hash -> document). The UI sends hashes only (the
 * Automatic Persisted Queries protocol, answered from this list, never from what callers register).
 * With PERSISTED_DOCUMENTS=required, anonymous callers and the UI may send only these documents;
 * analysts, the platform and partner keys may send any document within their limits.
 */
export class TrustedDocuments {
  readonly byHash: Map<string, string>;

  constructor(file = path.join(projectRoot(), 'client', 'src', 'gql', 'persisted-documents.json')) {
    let entries: Record<string, string> = {};
    try {
      entries = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      entries = {};
    }
    this.byHash = new Map(Object.entries(entries));
  }

  isTrusted(source: string | undefined): boolean {
    return !!source && this.byHash.has(createHash('sha256').update(source).digest('hex'));
  }

  /** The APQ cache Apollo reads (`apq:<hash>`): the published documents, read-only. */
  cache(): KeyValueCache<string> {
    return {
      get: async (key: string) => this.byHash.get(key.replace(/^apq:/, '')),
      set: async () => undefined,
      delete: async () => undefined,
    };
  }
}

export type PersistedMode = 'optional' | 'required';

export function persistedModeFromEnv(): PersistedMode {
  return process.env.PERSISTED_DOCUMENTS === 'required' ? 'required' : 'optional';
}

/** In `required` mode, refuses untrusted documents from anyone but analysts, the platform and partner keys. */
export function trustedDocumentsPlugin(docs: TrustedDocuments, mode: PersistedMode): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source, contextValue }) {
          if (mode !== 'required') return;
          const v = contextValue.viewer;
          if (isAnalyst(v) || isPlatform(v) || v.kind === 'PARTNER') return;
          if (docs.isTrusted(source)) return;
          throw new GraphQLError('Only the published documents may be sent here (僅接受已發布的查詢)', {
            extensions: { code: 'FORBIDDEN', reason: 'PERSISTED_DOCUMENT_REQUIRED' satisfies ErrorReason, http: { status: 403 } },
          });
        },
      };
    },
  };
}
