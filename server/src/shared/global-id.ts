import { badInput } from './errors';

/**
 * The node types that have global IDs. Each module adds its own names (module augmentation in its
 * index.ts: `declare module '../../shared/global-id' { interface NodeTypes { School: true } }`) and
 * declares them in its descriptor's `nodes`, which the registry passes to registerNodeTypes.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NodeTypes {}

export type NodeType = keyof NodeTypes & string;

const TYPES = new Set<string>();

/** Called by the module registry (modules/index.ts) with every module's node types. */
export function registerNodeTypes(names: Iterable<string>): void {
  for (const n of names) {
    if (!/^[A-Z][A-Za-z]*$/.test(n)) throw new Error(`Not a node type name: ${n}`);
    TYPES.add(n);
  }
}

export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string, field = 'id'): { type: NodeType; id: number } {
  const raw = Buffer.from(globalId, 'base64url').toString('utf8');
  const m = /^([A-Za-z]+):(\d{1,12})$/.exec(raw);
  if (!m || !TYPES.has(m[1])) throw badInput(field, 'ID_INVALID', 'Not a valid ID');
  return { type: m[1] as NodeType, id: Number(m[2]) };
}

/** A global ID of the given type, or BAD_USER_INPUT naming the field. */
export function idOfType(globalId: string, type: NodeType, field: string): number {
  const g = fromGlobalId(globalId, field);
  if (g.type !== type) throw badInput(field, 'WRONG_ID_TYPE', `Expected an ID of a ${type}`, { expected: [type] });
  return g.id;
}
