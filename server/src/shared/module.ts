import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { TokenService } from '../auth/token';
import type { LoginLimits } from '../auth/login-guard';
import type { Clock } from './clock';
import type { Sheet } from './sheet';

/**
 * The module seam (docs/ARCHITECTURE.md "Modules"). A domain module is a folder under
 * server/src/modules/ whose index.ts exports one ModuleDescriptor; modules/index.ts lists them in
 * MODULES, and the composition (schema, services, loaders, entities, `node(id:)`, downloads) loops
 * over that list. Adding a module is a folder and one line there.
 *
 * `Services` and `Loaders` are filled in by the modules themselves: each module's index augments
 * these interfaces (`declare module '../../shared/module' { interface Services { ... } }`), so
 * `ctx.services.plans` is typed without a central list to edit.
 */

/** Services hold no per-request state: one set for the process. Augmented by each module. */
export interface Services {
  /** The one clock (shared/clock.ts). */
  clock: Clock;
}

/** The per-request DataLoaders (batching and caching for one request only). Augmented by each module. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** What every resolver gets: who is asking, fresh loaders for this request, the services. */
export interface Context {
  viewer: Viewer;
  loaders: Loaders;
  services: Services;
  /** The client's address (for rate limits); never logged with personal data. */
  clientAddress: string;
  /**
   * A teacher caller's own row, read with its session when the request began: `me { teacher }` of a
   * query answers with it instead of a statement of its own (a mutation's fields read afresh).
   */
  ownTeacher?: NonNullable<Awaited<ReturnType<Services['accounts']['sessionFromToken']>>>['ownTeacher'];
}

/** What a module's services are built from (besides the services of the modules listed before it). */
export interface ServiceDeps {
  ds: DataSource;
  tokens: TokenService;
  clock: Clock;
  login: Partial<LoginLimits>;
}

/**
 * An authorization rule: may the viewer of this request read this field of this object (its root),
 * or call this root field? Named `Type.field` and put on a field with `@Allow('Type.field')`.
 */
export type Rule = (ctx: Context, root: Record<string, unknown>) => boolean | Promise<boolean>;

/** A download (GET /exports/<name>.csv|xlsx?...): the sheets as the viewer may read them. */
export type Download = (ctx: Context, url: URL, schema: GraphQLSchema) => Promise<{ sheets: Sheet[]; filename: string }>;

/**
 * A file served at GET /<prefix>/<name> (e.g. /certificates/<number>.pdf), authorized like the
 * API: the handler reads through the viewer's row scope and answers null for anything the viewer
 * may not read (a 404, the same as for a file that does not exist).
 */
export type FileRoute = (ctx: Context, name: string) => Promise<{ body: Buffer; contentType: string; filename: string } | null>;

/** Finds an object of one node type by its numeric key, as the viewer may see it (null when not). */
export type NodeFinder = (ctx: Context, id: number) => Promise<object | null>;

export interface ModuleDescriptor {
  /** The folder's name. */
  name: string;
  /** TypeORM entities (their tables come from the one migration history in db/migrations). */
  entities: readonly (new (...args: never[]) => object)[];
  /** type-graphql resolver classes (queries, mutations, field resolvers, also on other modules' types). */
  resolvers: readonly (new (...args: never[]) => object)[];
  /** Builds this module's services; `built` holds those of the modules listed before it in MODULES. */
  services?(deps: ServiceDeps, built: Services): Partial<Services>;
  /** This module's loaders for one request. */
  loaders?(ds: DataSource, viewer: Viewer, clock: Clock): Partial<Loaders>;
  /**
   * The node types whose global IDs this module issues (`toGlobalId('School', 1)`), each with the
   * finder `node(id:)` uses, or null when the type has an ID but is not fetchable by `node`.
   */
  nodes?: Readonly<Record<string, NodeFinder | null>>;
  /**
   * The rules of this module's resources by name (`Type.field`), from its policies
   * (`<resource>.policy.ts`); registered into the one table the authChecker reads.
   */
  rules?: Readonly<Record<string, Rule>>;
  /** Downloads by name: GET /exports/<name>.csv|xlsx. */
  downloads?: Readonly<Record<string, Download>>;
  /** Files by path prefix: GET /<prefix>/<name> (e.g. `certificates`). */
  files?: Readonly<Record<string, FileRoute>>;
}
