import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';
import {
  FieldNode, FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode, ValueNode,
} from 'graphql';

/** Limits checked before anything runs (ARCHITECTURE.md, request flow). */
export interface QueryLimits {
  /** Lexical tokens of the document (graphql-js stops parsing past it). */
  maxTokens: number;
  /** Nesting of fields. */
  maxDepth: number;
  /** Aliased fields in the operation. */
  maxAliases: number;
  /** Calculated cost: each field 1, plus its children times `first` on a connection. */
  maxCost: number;
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
    maxCost: envInt('GRAPHQL_MAX_COST', 250000),
  };
}

export interface QueryMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

function argValue(v: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!v) return undefined;
  if (v.kind === Kind.VARIABLE) return variables[v.name.value];
  if (v.kind === Kind.INT) return Number(v.value);
  return undefined;
}

/** Depth, aliases and cost of an operation, with fragments expanded (cycles are refused by validation). */
export function measure(op: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>): QueryMeasure {
  let aliases = 0;
  const walk = (set: SelectionSetNode | undefined, depth: number): { cost: number; depth: number } => {
    if (!set) return { cost: 0, depth };
    let cost = 0;
    let max = depth;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const f = sel as FieldNode;
        if (f.alias) aliases++;
        const first = argValue(f.arguments?.find((a) => a.name.value === 'first')?.value, variables);
        const multiplier = typeof first === 'number' && first > 0 ? first : f.arguments?.some((a) => a.name.value === 'first') ? 20 : 1;
        const child = walk(f.selectionSet, depth + 1);
        cost += 1 + multiplier * child.cost;
        max = Math.max(max, f.selectionSet ? child.depth : depth + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const child = walk(sel.selectionSet, depth);
        cost += child.cost;
        max = Math.max(max, child.depth);
      } else {
        const frag = fragments[sel.name.value];
        const child = walk(frag?.selectionSet, depth);
        cost += child.cost;
        max = Math.max(max, child.depth);
      }
    }
    return { cost, depth: max };
  };
  const r = walk(op.selectionSet, 0);
  return { depth: r.depth, aliases, cost: r.cost };
}

function tooComplex(limit: string, value: number, max: number): GraphQLError {
  return new GraphQLError(`Query too complex: ${limit} ${value} is over the limit ${max} (查詢過於複雜)`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, value, max },
  });
}

/**
 * Refuses an operation over a limit before it runs (nothing executes) and reports every answer's
 * cost in `extensions.cost`, like the public APIs partners know (GitHub's node limits, Shopify's cost).
 */
export function limitsPlugin(limits: QueryLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let measured: QueryMeasure | null = null;
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          if (!operation) return;
          measured = measure(operation, fragments, request.variables ?? {});
          if (measured.depth > limits.maxDepth) throw tooComplex('depth', measured.depth, limits.maxDepth);
          if (measured.aliases > limits.maxAliases) throw tooComplex('aliases', measured.aliases, limits.maxAliases);
          if (measured.cost > limits.maxCost) throw tooComplex('cost', measured.cost, limits.maxCost);
          // a partner key pays its cost from its leaky bucket, before anything runs
          if (contextValue.viewer.kind === 'PARTNER') contextValue.services.apiKeys.charge(contextValue.viewer, measured.cost);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: { requested: measured?.cost ?? 0, depth: measured?.depth ?? 0, aliases: measured?.aliases ?? 0, limit: limits.maxCost },
          };
        },
      };
    },
  };
}
