import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Relay-style page information' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** `first` and `after` of every paged list. */
@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { nullable: true, description: 'Page size, 1..100 (default 20)' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor: the endCursor of the previous page' })
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  totalCount?: number;
}

/** Cursors are opaque: base64url of the row's numeric key. */
export function encodeCursor(id: number): string {
  return Buffer.from(`c:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): number {
  if (cursor == null) return 0;
  const m = /^c:(\d{1,12})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput(field, 'CURSOR_INVALID', 'Not a valid cursor');
  return Number(m[1]);
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** `first` between 1 and 100 (default 20) and the key after which the page starts. */
export function pageWindow(args: PageArgs): { first: number; afterId: number } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', 'NUMBER_OUT_OF_RANGE', `first must be between 1 and ${MAX_PAGE_SIZE}`, { min: 1, max: MAX_PAGE_SIZE });
  }
  return { first, afterId: decodeCursor(args.after) };
}

/** Trims the one extra row fetched to learn whether a next page exists. */
export function toPage<T extends { id: number }>(rows: T[], first: number): Page<T> {
  return { nodes: rows.slice(0, first), hasNextPage: rows.length > first };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `XConnection` and `XEdge` object types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class Conn {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many rows match in all, across pages' })
    totalCount: number;
  }
  return Conn;
}

export function toConnection<T extends { id: number }>(page: Page<T>, totalCount: number): ConnectionShape<T> {
  const edges = page.nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount,
  };
}

/**
 * Does the operation select `field` on the object this resolver returns (through fragments too)?
 * E.g. a connection's `totalCount`, computed only when asked for.
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === field;
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((n) => walk(n.selectionSet));
}
