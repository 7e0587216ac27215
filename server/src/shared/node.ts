import { Field, ID, InterfaceType } from 'type-graphql';
import type { NodeType } from './global-id';
import type { NodeFinder } from './module';

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

const FINDERS = new Map<string, NodeFinder>();

/** Registered by the module registry (modules/index.ts) from the modules' descriptors. */
export function registerNodeFinder(type: string, finder: NodeFinder): void {
  FINDERS.set(type, finder);
}

export function nodeFinder(type: string): NodeFinder | undefined {
  return FINDERS.get(type);
}
