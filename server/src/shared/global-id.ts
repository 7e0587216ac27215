import { badInput } from './errors';

export type NodeType = 'County' | 'School' | 'Unit' | 'Teacher' | 'BusinessAccount' | 'SchoolPlan' | 'TeacherPlan' | 'SchoolYear' | 'ApiKey' | 'TeacherTransfer';

const TYPES: ReadonlySet<string> = new Set<NodeType>([
  'County', 'School', 'Unit', 'Teacher', 'BusinessAccount', 'SchoolPlan', 'TeacherPlan', 'SchoolYear', 'ApiKey', 'TeacherTransfer',
]);

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
