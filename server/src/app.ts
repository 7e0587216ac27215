import 'reflect-metadata';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  GraphQLError,
  GraphQLFormattedError,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  lexicographicSortSchema,
  parse,
  print,
  printSchema,
  specifiedDirectives,
} from 'graphql';
import { buildSchemaSync, type ClassType, type NonEmptyArray } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { authChecker } from './auth/auth-checker';
import { TokenService } from './auth/token';
import { Context, contextFor, createLoaders, createServices, Services } from './context';
import { NodeResolver } from './shared/node.resolver';
import { MODULES } from './modules';
import type { Clock } from './shared/clock';
import { Node } from './shared/node';
import { DATABASE_UNAVAILABLE, ERROR_CODES, ErrorCode, ErrorReason, isDatabaseUnavailable } from './shared/errors';
import { ErrorCodeType, ErrorReasonType } from './shared/enums';
import { countResolvedObjects, limitsFromEnv, limitsPlugin, QueryLimits } from './limits';
import { availabilityPlugin, rememberDatabaseFile, SetupState } from './availability';
import type { LoginLimits } from './auth/login-guard';
import { passwordChangeGate } from './auth/password-change-gate';
import { COST_DIRECTIVES } from './shared/cost-directives';
import { statusCodesPlugin } from './status-codes';
import { currentLog } from './shared/log';
import { PersistedMode, persistedModeFromEnv, TrustedDocuments, trustedDocumentsPlugin } from './trusted-documents';

let schemaCache: GraphQLSchema | undefined;

/**
 * The executable schema (built once per process; type-graphql metadata is global). The error
 * vocabulary (ErrorCode, ErrorReason: `extensions.code` and `.reason`) is in it as orphaned types,
 * no field returns them, so that clients generate them from the contract.
 */
export function buildAppSchema(): GraphQLSchema {
  schemaCache ??= countResolvedObjects(
    withTypes(
      buildSchemaSync({
        resolvers: [...MODULES.flatMap((m) => m.resolvers), NodeResolver] as unknown as NonEmptyArray<ClassType>,
        orphanedTypes: [Node],
        directives: [...specifiedDirectives, ...COST_DIRECTIVES],
        authChecker,
        authMode: 'error',
        validate: false,
      }),
      [ErrorCodeType, ErrorReasonType],
    ),
  );
  return schemaCache;
}

function withTypes(schema: GraphQLSchema, types: GraphQLNamedType[]): GraphQLSchema {
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, ...types] });
}

/**
 * The contract: the schema printed sorted, as committed in schema.graphql, with the cost directives
 * applied to fields (`@listSize`, `@cost`: graphql-js prints their definitions but not where they are
 * applied, so they are written in after each field's type).
 */
export function printAppSchema(): string {
  const sorted = lexicographicSortSchema(buildAppSchema());
  const sdl = printSchema(sorted);
  const inserts: { at: number; text: string }[] = [];
  for (const def of parse(sdl).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const type = sorted.getType(def.name.value);
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const fd of def.fields ?? []) {
      const applied = (type.getFields()[fd.name.value]?.astNode?.directives ?? []).filter((d) =>
        COST_DIRECTIVES.some((c) => c.name === d.name.value),
      );
      if (applied.length) inserts.push({ at: fd.type.loc!.end, text: applied.map((d) => ` ${print(d)}`).join('') });
    }
  }
  let out = sdl;
  for (const i of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, i.at) + i.text + out.slice(i.at);
  return out + '\n';
}

const KNOWN_CODES = new Set<string>((Object.keys(ERROR_CODES) as ErrorCode[]).filter((c) => c !== 'INTERNAL_SERVER_ERROR'));
const INVALID_REQUEST: ErrorReason = 'INVALID_REQUEST';

/**
 * Every error leaves with one of the documented codes and a reason (ErrorCode, ErrorReason in the
 * schema). Our own errors keep their message and extensions; GraphQL validation and parse errors and
 * variables that do not fit become BAD_USER_INPUT (reason INVALID_REQUEST); anything else is an
 * INTERNAL_SERVER_ERROR with a plain message (the original is logged, without variables).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const { stacktrace: _stack, ...ext } = (formatted.extensions ?? {}) as Record<string, unknown>;
  // ours carry their reason; Apollo's own BAD_USER_INPUT (a variable that does not fit its type) gets one
  if (code && KNOWN_CODES.has(code)) return { ...formatted, extensions: ext.reason ? ext : { ...ext, reason: INVALID_REQUEST } };
  // the database went away (also when it happened while reading a logged-in caller's token)
  if (ext.reason === 'DATABASE_UNAVAILABLE') return { ...formatted, extensions: ext };
  // a trusted document's hash sent with some other text (Apollo's APQ check, answered 400)
  if (formatted.message === 'Unsupported persisted query version')
    return { ...formatted, extensions: { ...ext, code: 'BAD_USER_INPUT', reason: INVALID_REQUEST } };
  if (formatted.message === 'provided sha does not match query') {
    return {
      ...formatted,
      message: `The document does not match its hash (查詢內容與雜湊值不符)`,
      extensions: {
        ...ext,
        code: 'BAD_USER_INPUT',
        reason: 'PERSISTED_QUERY_HASH_MISMATCH' satisfies ErrorReason,
        fields: ['extensions.persistedQuery.sha256Hash'],
      },
    };
  }
  // the Automatic Persisted Queries protocol: clients retry with the text on this code
  if (code === 'PERSISTED_QUERY_NOT_FOUND') return { ...formatted, extensions: ext };
  if (/Document contains more tha[nt] \d+ tokens/.test(formatted.message)) {
    return {
      ...formatted,
      message: `Query too complex: ${formatted.message}`,
      extensions: { ...ext, code: 'QUERY_TOO_COMPLEX', reason: 'OVER_QUERY_LIMIT' satisfies ErrorReason, limit: 'tokens' },
    };
  }
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'GRAPHQL_PARSE_FAILED' ||
    code === 'BAD_REQUEST' ||
    code === 'OPERATION_RESOLUTION_FAILURE'
  ) {
    return { ...formatted, extensions: { ...ext, code: 'BAD_USER_INPUT', reason: INVALID_REQUEST } };
  }
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (ext.reason === 'DATABASE_UNAVAILABLE' || isDatabaseUnavailable(original)) {
    return {
      message: DATABASE_UNAVAILABLE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'DATABASE_UNAVAILABLE' satisfies ErrorReason },
    };
  }
  currentLog().error({ err: original, path: formatted.path?.join('.') ?? '(root)' }, 'internal error');
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'UNEXPECTED_ERROR' satisfies ErrorReason },
  };
}

export interface App {
  apollo: ApolloServer<Context>;
  /** The executable schema (downloads coerce their filters with it). */
  schema: GraphQLSchema;
  services: Services;
  tokens: TokenService;
  ds: DataSource;
  /** Whether a platform administrator exists yet (production starts without one). */
  setup: SetupState;
  /** The per-request context from an Authorization header (what the HTTP layer calls). */
  context(authorization: string | undefined, clientAddress?: string): Promise<Context>;
}

/** Builds the Apollo server on an open DataSource (tests call this, not main.ts). */
export async function createApp(
  ds: DataSource,
  opts: {
    tokenSecret: string;
    plugins?: ApolloServerPlugin<Context>[];
    clock?: Clock;
    limits?: Partial<QueryLimits>;
    login?: Partial<LoginLimits>;
    persisted?: { mode?: PersistedMode; documents?: TrustedDocuments };
  },
): Promise<App> {
  const limits = { ...limitsFromEnv(), ...opts.limits };
  const trusted = opts.persisted?.documents ?? new TrustedDocuments();
  const persistedMode = opts.persisted?.mode ?? persistedModeFromEnv();
  const tokens = new TokenService(opts.tokenSecret, Number(process.env.TOKEN_TTL_SECONDS) || undefined);
  const services = createServices(ds, tokens, opts.clock, opts.login);
  rememberDatabaseFile(ds);
  const setup = new SetupState(ds);
  const schema = buildAppSchema();
  // the export runner reads values through the schema as the job's owner, with fresh loaders per page
  services.exports.attach(
    schema,
    (viewer) => ({ viewer, loaders: createLoaders(ds, viewer, services.clock), services, clientAddress: 'export-job' }),
    services,
  );
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    // Apollo's own messages go to the log of the request (or the process)
    logger: {
      debug: (m) => currentLog().debug(String(m)),
      info: (m) => currentLog().info(String(m)),
      warn: (m) => currentLog().warn(String(m)),
      error: (m) => currentLog().error(String(m)),
    },
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: limits.maxTokens },
    csrfPrevention: true,
    persistedQueries: { cache: trusted.cache() },
    introspection: true,
    // main.ts owns shutdown (SIGTERM/SIGINT): it stops taking connections, finishes requests in flight, then stops Apollo once
    stopOnTerminationSignals: false,
    // no HTTP cache hints: their per-field instrumentation costs more than it gives (answers are per viewer)
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin(limits) as ApolloServerPlugin<Context>,
      statusCodesPlugin(),
      trustedDocumentsPlugin(trusted, persistedMode),
      availabilityPlugin(ds, setup),
      passwordChangeGate as ApolloServerPlugin<Context>,
      ...(opts.plugins ?? []),
    ],
  });
  await apollo.start();
  return {
    apollo,
    schema,
    services,
    tokens,
    ds,
    setup,
    context: (authorization, clientAddress) => contextFor(ds, services, authorization, clientAddress),
  };
}
