import { Field, ID, InterfaceType } from 'type-graphql';
import type { NodeType } from './global-id';

/** Set on objects returned through `node(id:)` so the interface can name their type. */
export const NODE_TYPE = Symbol('nodeType');

export function tagNode<T extends object>(obj: T, type: NodeType): T {
  (obj as Record<symbol, unknown>)[NODE_TYPE] = type;
  return obj;
}

@InterfaceType({
  description: 'An object with a global ID, fetchable with `node(id:)`',
  resolveType: (value: Record<symbol, unknown>) => value[NODE_TYPE] as string,
})
export abstract class Node {
  @Field(() => ID, { description: 'Global ID (opaque)' })
  id: string;
}
