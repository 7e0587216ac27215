import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { Context } from './context';
import {
  defaultFieldResolver,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLCompositeType,
  GraphQLError,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  NoSchemaIntrospectionCustomRule,
  OperationDefinitionNode,
  SelectionSetNode,
  validate,
} from 'graphql';
import { costDirective, listSizeDirective, SIZES } from './shared/cost-directives';
import type { ErrorReason } from './shared/errors';
import { isAnalyst, isPlatform, Viewer } from './auth/viewer';

/** Limits checked before anything runs (docs/ARCHITECTURE.md, request flow; docs/API.md, Limits and cost). */
export interface QueryLimits {
  /** Lexical tokens of the document (graphql-js stops parsing past it). */
  maxTokens: number;
  /** Nesting of fields. */
  maxDepth: number;
  /** Aliased fields in the operation. */
  maxAliases: number;
  /** The cost budget of a logged-in caller (a person's token or a partner key). */
  maxCost: number;
  /** The cost budget of an anonymous caller. */
  maxCostAnonymous: number;
  /** The safety net while executing: objects resolved in one request (at most the caller's cost budget). */
  maxObjects: number;
  /** Characters of any String or ID value in the arguments, literal or variable. */
  maxStringLength: number;
}

const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

export function limitsFromEnv(): QueryLimits {
  return {
    maxTokens: envInt('GRAPHQL_MAX_TOKENS', 15000),
    maxDepth: envInt('GRAPHQL_MAX_DEPTH', 15),
    maxAliases: envInt('GRAPHQL_MAX_ALIASES', 30),
    maxCost: envInt('GRAPHQL_MAX_COST', 2000000),
    maxCostAnonymous: envInt('GRAPHQL_MAX_COST_ANONYMOUS', 5000),
    maxObjects: envInt('GRAPHQL_MAX_OBJECTS', 250000),
    maxStringLength: envInt('GRAPHQL_MAX_STRING_LENGTH', 1000),
  };
}

/** Longer (or shorter) limits for named arguments / input fields. */
export const STRING_LENGTH_EXCEPTIONS: Record<string, number> = {
  /** uploadCourseParticipants(file:): a base64 CSV/XLSX, within the 1 MB request body. */
  file: 1_000_000,
  /** A course's description (createCourse/updateCourse). */
  description: 2000,
};

/** A list field without a declared size (every list field of the schema declares one; limits.test checks). */
export const DEFAULT_ASSUMED_SIZE = 100;
/** A mutation's own weight (as Apollo's demand control counts it): it writes. */
export const MUTATION_WEIGHT = 10;
/** `__schema` / `__type`: answered from memory; a fixed weight, their objects are not counted. */
export const INTROSPECTION_WEIGHT = 100;

export interface QueryMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

interface FieldMeta {
  weight?: number;
  assumedSize?: number;
  slicingArguments?: string[];
  sizedFields?: string[];
}

const metaCache = new WeakMap<object, FieldMeta>();

/** The @cost / @listSize of a field (and the @cost of its type), read once from the schema. */
function metaOf(field: GraphQLField<unknown, unknown>): FieldMeta {
  let m = metaCache.get(field);
  if (m) return m;
  m = {};
  if (field.astNode) {
    const cost = getDirectiveValues(costDirective, field.astNode) as { weight: number } | undefined;
    const size = getDirectiveValues(listSizeDirective, field.astNode) as
      { assumedSize?: number; slicingArguments?: string[]; sizedFields?: string[] } | undefined;
    if (cost) m.weight = cost.weight;
    if (size)
      Object.assign(m, {
        assumedSize: size.assumedSize ?? undefined,
        slicingArguments: size.slicingArguments ?? undefined,
        sizedFields: size.sizedFields ?? undefined,
      });
  }
  if (m.weight === undefined) {
    const named = getNamedType(field.type);
    const typeNode = (named as GraphQLNamedType).astNode;
    const typeCost = typeNode ? (getDirectiveValues(costDirective, typeNode) as { weight: number } | undefined) : undefined;
    if (typeCost) m.weight = typeCost.weight;
  }
  metaCache.set(field, m);
  return m;
}

/** How many values an enum has (a grouping by it has at most that many groups). */
const enumSize = (schema: GraphQLSchema, name: string, fallback: number) => {
  const t = schema.getType(name);
  return isEnumType(t) ? t.getValues().length : fallback;
};

/**
 * Sizes that @listSize cannot say because they follow from arguments (lists of filter values, the
 * groupings): never more than the declared assumedSize, often far less.
 */
type Refined = { self?: number; children?: Record<string, number> };
/** The arguments of a field as the caller gave them (coerced): the lists whose lengths the refinements read. */
type Lists = { [K in 'countyIds' | 'schoolYears' | 'stages' | 'remoteness' | 'subjects' | 'titles']?: unknown[] | null };
type FieldArgs = Lists & { filter?: Lists | null; groupBy?: string[] | null; [name: string]: unknown };
const REFINED: Record<string, (args: FieldArgs, schema: GraphQLSchema) => Refined> = {
  'Query.demand': (args, schema) => {
    const f = args.filter ?? {};
    const per: Record<string, number> = {
      COUNTY: f.countyIds?.length || SIZES.counties,
      SCHOOL_YEAR: f.schoolYears?.length || SIZES.schoolYears,
      STAGE: f.stages?.length || enumSize(schema, 'Stage', 10),
      REMOTENESS: f.remoteness?.length || enumSize(schema, 'Remoteness', 10),
      SUBJECT: f.subjects?.length || enumSize(schema, 'Subject', 30),
      TITLE: f.titles?.length || enumSize(schema, 'TeacherTitle', 20),
    };
    const groupBy: string[] = args.groupBy ?? [];
    return { children: { groups: groupBy.reduce((n, g) => n * (per[g] ?? SIZES.schools), 1) } };
  },
  'Query.participation': (args) => ({ self: (args.countyIds?.length || SIZES.counties) * (args.schoolYears?.length || SIZES.schoolYears) }),
  'Mutation.correctTeachers': (args) => ({ self: Array.isArray(args.items) ? args.items.length : SIZES.correctTeachers }),
  // a school, its county and the nation, each one group of totals
  'Query.schoolDemandComparison': () => ({ children: { 'result.groups': 1 } }),
  'Query.alignment': (args) => ({ self: args.by === 'SCHOOL' ? SIZES.schools : args.countyIds?.length || SIZES.counties }),
};

function safeArgs(def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): FieldArgs {
  try {
    return getArgumentValues(def, node, variables) as FieldArgs;
  } catch {
    return {};
  }
}

/**
 * Depth, aliases and cost of an operation, with fragments expanded (cycles are refused by validation).
 * The cost follows IBM's GraphQL Cost Directives / Apollo's demand control: an object-typed field
 * costs its weight (1, or its @cost), a scalar or enum 0; a list multiplies its items' cost by its
 * size: the slicing argument (`first`) when given, else the declared assumedSize (a connection's
 * default page); `sizedFields` carry a connection's size to its `edges`. A mutation field weighs 10.
 * The result is an upper bound of the objects in the answer (limits.test checks a corpus).
 */
export function measure(
  op: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  schema?: GraphQLSchema,
): QueryMeasure {
  let aliases = 0;
  const plainDepth = (set: SelectionSetNode | undefined, depth: number): number => {
    if (!set) return depth;
    let max = depth;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) max = Math.max(max, sel.selectionSet ? plainDepth(sel.selectionSet, depth + 1) : depth + 1);
      else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, plainDepth(sel.selectionSet, depth));
      else max = Math.max(max, plainDepth(fragments[sel.name.value]?.selectionSet, depth));
    }
    return max;
  };
  const walk = (
    set: SelectionSetNode | undefined,
    parent: GraphQLCompositeType | undefined,
    depth: number,
    sized: Record<string, number> | null,
  ): { cost: number; depth: number } => {
    if (!set) return { cost: 0, depth };
    let cost = 0;
    let max = depth;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const f = sel as FieldNode;
        if (f.alias) aliases++;
        const name = f.name.value;
        if (name === '__schema' || name === '__type') {
          cost += INTROSPECTION_WEIGHT;
          max = Math.max(max, plainDepth(f.selectionSet, depth + 1));
          continue;
        }
        const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        if (!def) {
          // __typename (or a field validation refuses): nothing to count below it
          max = Math.max(max, f.selectionSet ? plainDepth(f.selectionSet, depth + 1) : depth + 1);
          continue;
        }
        const named = getNamedType(def.type);
        const meta = metaOf(def);
        const composite = isCompositeType(named);
        const weight = meta.weight ?? (composite ? 1 : 0);
        // a mutation field weighs 10 once, besides the objects it returns
        const own = schema && parent === schema.getMutationType() ? MUTATION_WEIGHT : 0;
        const key = `${parent!.name}.${name}`;
        const needsArgs = !!meta.slicingArguments?.length || key in REFINED;
        const args = needsArgs ? safeArgs(def, f, variables) : {};
        const refined = schema && REFINED[key] ? REFINED[key](args, schema) : {};
        let size = 1;
        const declared = () => {
          const sliced = (meta.slicingArguments ?? []).map((a) => args[a]).filter((v): v is number => typeof v === 'number' && v >= 0);
          if (sliced.length) return Math.max(...sliced);
          return meta.assumedSize ?? DEFAULT_ASSUMED_SIZE;
        };
        // sizes a parent set for this field's descendants ('result.groups' reaches groups below result)
        const inherited = sized
          ? Object.fromEntries(
              Object.entries(sized)
                .filter(([k]) => k.startsWith(`${name}.`))
                .map(([k, n]) => [k.slice(name.length + 1), n]),
            )
          : {};
        let childSized: Record<string, number> | null = { ...inherited, ...refined.children };
        if (meta.sizedFields?.length) {
          const n = declared();
          childSized = { ...Object.fromEntries(meta.sizedFields.map((s) => [s, n])), ...childSized };
        } else if (isListType(getNullableType(def.type))) {
          size = sized?.[name] ?? refined.self ?? declared();
        }
        const child = composite
          ? walk(f.selectionSet, named as GraphQLCompositeType, depth + 1, childSized)
          : { cost: 0, depth: depth + 1 };
        cost += own + size * (weight + child.cost);
        max = Math.max(max, f.selectionSet ? child.depth : depth + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition && schema ? (schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType) : parent;
        const child = walk(sel.selectionSet, t, depth, sized);
        cost += child.cost;
        max = Math.max(max, child.depth);
      } else {
        const frag = fragments[sel.name.value];
        const t = frag && schema ? (schema.getType(frag.typeCondition.name.value) as GraphQLCompositeType) : parent;
        const child = walk(frag?.selectionSet, t, depth, sized);
        cost += child.cost;
        max = Math.max(max, child.depth);
      }
    }
    return { cost, depth: max };
  };
  const root = schema
    ? ((op.operation === 'mutation'
        ? schema.getMutationType()
        : op.operation === 'subscription'
          ? schema.getSubscriptionType()
          : schema.getQueryType()) ?? undefined)
    : undefined;
  const r = walk(op.selectionSet, root, 0, null);
  return { depth: r.depth, aliases, cost: r.cost };
}

export function tooComplex(limit: string, value: number, max: number, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`Query too complex: ${limit} ${value} is over the limit ${max} (查詢過於複雜)`, {
    extensions: {
      code: 'QUERY_TOO_COMPLEX',
      reason: 'OVER_QUERY_LIMIT' satisfies ErrorReason,
      limit,
      value,
      max,
      ...extra,
      http: { status: 400 },
    },
  });
}

/** The cost budget of a caller: anonymous callers get the smaller one. */
export const costBudget = (limits: QueryLimits, v: Viewer) => (v.kind === 'ANONYMOUS' ? limits.maxCostAnonymous : limits.maxCost);

/** Who keeps introspection and "Did you mean" hints in production: the explorer's users. */
export const mayIntrospect = (v: Viewer) => process.env.NODE_ENV !== 'production' || isAnalyst(v) || isPlatform(v) || v.kind === 'PARTNER';

/**
 * Every String / ID value of the operation's arguments, literal or from variables, checked against
 * its limit: BAD_USER_INPUT naming the argument (and the input field) before anything runs.
 */
export function checkStringLengths(
  op: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  schema: GraphQLSchema,
  max: number,
): void {
  const checkValue = (v: unknown, type: GraphQLInputType, path: string, name: string) => {
    if (v == null) return;
    const t = isNonNullType(type) ? type.ofType : type;
    if (typeof v === 'string') {
      const limit = STRING_LENGTH_EXCEPTIONS[name] ?? max;
      if (v.length > limit) {
        throw new GraphQLError(`${path}: at most ${limit} characters (最多 ${limit} 字)`, {
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'TOO_LONG' satisfies ErrorReason,
            fields: [path],
            maxLength: limit,
            http: { status: 400 },
          },
        });
      }
    } else if (Array.isArray(v)) {
      const item = isListType(t) ? t.ofType : t;
      v.forEach((x, i) => checkValue(x, item, `${path}.${i}`, name));
    } else if (typeof v === 'object' && isInputObjectType(t)) {
      const fields = t.getFields();
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) if (fields[k]) checkValue(x, fields[k].type, `${path}.${k}`, k);
    }
  };
  const seen = new Set<FragmentDefinitionNode>();
  const walk = (set: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined | null) => {
    if (!set) return;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[sel.name.value] : undefined;
        if (!def) continue;
        if (sel.arguments?.length) {
          const args = safeArgs(def, sel, variables);
          for (const a of def.args) checkValue(args[a.name], a.type, a.name, a.name);
        }
        walk(sel.selectionSet, getNamedType(def.type));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent);
      } else {
        const frag = fragments[sel.name.value];
        if (!frag || seen.has(frag)) continue;
        seen.add(frag);
        walk(frag.selectionSet, schema.getType(frag.typeCondition.name.value));
      }
    }
  };
  const root =
    op.operation === 'mutation'
      ? schema.getMutationType()
      : op.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  walk(op.selectionSet, root);
}

const fragmentsOf = (document: DocumentNode) => {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return fragments;
};

type Rc = GraphQLRequestContext<Context>;

/**
 * Whether a document reads the schema (__schema, __type): validated once per parsed document (Apollo
 * keeps one DocumentNode per query text), not on every request (a whole pass over the document was
 * ~3% of a teacher's 我的研習 request).
 */
const schemaReads = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, boolean>>();
function asksForSchema(schema: GraphQLSchema, document: DocumentNode): boolean {
  let bySchema = schemaReads.get(schema);
  if (!bySchema) schemaReads.set(schema, (bySchema = new WeakMap()));
  let reads = bySchema.get(document);
  if (reads === undefined) bySchema.set(document, (reads = validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0));
  return reads;
}

/**
 * Refuses an operation over a limit before it runs (nothing executes), stops one that resolves more
 * objects than the caller's budget while it runs, and reports every answer's cost in
 * `extensions.cost`, like the public APIs partners know (GitHub's node limits, Shopify's cost).
 */
export function limitsPlugin(limits: QueryLimits, partnerMinimumCost = envInt('PARTNER_MINIMUM_COST', 10)): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let measured: QueryMeasure | null = null;
      let charged = false;
      let budget = limits.maxCost;
      const count: ObjectCount = { objects: 0, cap: limits.maxObjects, stopped: false };
      return {
        async didResolveOperation({ operation, document, request, contextValue, schema }) {
          if (!operation) return;
          const viewer = contextValue.viewer;
          budget = costBudget(limits, viewer);
          count.cap = Math.min(limits.maxObjects, budget);
          OBJECT_COUNTS.set(contextValue, count);
          const fragments = fragmentsOf(document);
          if (!mayIntrospect(viewer) && asksForSchema(schema, document)) {
            throw new GraphQLError('Introspection is not available to this caller (此身分不提供 schema 查詢)', {
              extensions: { code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED' satisfies ErrorReason, http: { status: 403 } },
            });
          }
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
          const variables = coerced.coerced ?? {};
          checkStringLengths(operation, fragments, variables, schema, limits.maxStringLength);
          measured = measure(operation, fragments, variables, schema);
          if (measured.depth > limits.maxDepth) throw tooComplex('depth', measured.depth, limits.maxDepth);
          if (measured.aliases > limits.maxAliases) throw tooComplex('aliases', measured.aliases, limits.maxAliases);
          if (measured.cost > budget)
            throw tooComplex('cost', measured.cost, budget, { caller: viewer.kind === 'ANONYMOUS' ? 'ANONYMOUS' : 'LOGGED_IN' });
          // a partner key pays its cost from its leaky bucket, before anything runs
          if (viewer.kind === 'PARTNER') {
            charged = true;
            contextValue.services.apiKeys.charge(viewer, measured.cost);
          }
        },
        async willSendResponse(rc) {
          const { response, contextValue } = rc;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (contextValue?.viewer) budget = costBudget(limits, contextValue.viewer);
          if (count.stopped) {
            // the safety net: no partial answer, one error
            response.body.singleResult = { data: null, errors: [formatted(objectsExceeded(count.objects, count.cap))] };
            response.http.status = 400;
          }
          // a partner's request that failed before its cost was known (parse, validation) still pays
          if (!charged && contextValue?.viewer?.kind === 'PARTNER' && !hasCode(rc, 'RATE_LIMITED')) {
            try {
              contextValue.services.apiKeys.charge(contextValue.viewer, partnerMinimumCost);
            } catch (e) {
              if (e instanceof GraphQLError) {
                response.body.singleResult = { errors: [formatted(e)] };
                const http = e.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
                if (http?.status) response.http.status = http.status;
                for (const [k, v] of http?.headers ?? []) response.http.headers.set(k, v);
              }
            }
          }
          const final = response.body.singleResult;
          final.extensions = {
            ...(final === result ? result.extensions : undefined),
            cost: { requested: measured?.cost ?? 0, depth: measured?.depth ?? 0, aliases: measured?.aliases ?? 0, limit: budget },
          };
        },
      };
    },
  };
}

/** Objects resolved so far in a request, against its cap. */
interface ObjectCount {
  objects: number;
  cap: number;
  stopped: boolean;
}

/** Each request's count, by its context (set when the operation is resolved, before it runs). */
const OBJECT_COUNTS = new WeakMap<object, ObjectCount>();
const COUNTING = Symbol('countsResolvedObjects');

const isPromiseLike = (x: unknown): x is PromiseLike<unknown> => !!x && typeof (x as { then?: unknown }).then === 'function';

/**
 * The safety net's counter, built into the schema once: only the fields that return objects (or
 * lists of them) are wrapped to count what they resolve; leaf fields keep graphql-js's default
 * resolver. (A plugin's `willResolveField` would make Apollo wrap every field of the schema: a hook,
 * an object and a closure for each of the ~40,000 scalar fields of a page of 50 schools with their
 * teachers and plans.)
 */
export function countResolvedObjects(schema: GraphQLSchema): GraphQLSchema {
  const marked = schema as GraphQLSchema & { [COUNTING]?: true };
  if (marked[COUNTING]) return schema;
  marked[COUNTING] = true;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('__') || !isCompositeType(getNamedType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        const count = OBJECT_COUNTS.get(ctx as object);
        if (!count) return resolve(source, args, ctx, info);
        if (count.stopped) throw objectsExceeded(count.objects, count.cap);
        const add = (result: unknown) => {
          count.objects += Array.isArray(result) ? result.length : result == null ? 0 : 1;
          if (count.objects > count.cap) count.stopped = true;
          return result;
        };
        const result = resolve(source, args, ctx, info);
        return isPromiseLike(result) ? Promise.resolve(result).then(add) : add(result);
      };
    }
  }
  return schema;
}

function objectsExceeded(objects: number, cap: number): GraphQLError {
  return tooComplex('objects', objects, cap);
}

const hasCode = (rc: Rc, code: string) => {
  const body = rc.response.body;
  return body?.kind === 'single' && (body.singleResult.errors ?? []).some((e) => e.extensions?.code === code);
};

/** An error as it leaves (the plugin writes it after formatError ran). */
function formatted(e: GraphQLError) {
  const { http: _http, ...extensions } = e.extensions as Record<string, unknown>;
  return { message: e.message, extensions };
}
