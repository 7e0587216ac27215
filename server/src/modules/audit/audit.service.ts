import type { DataSource, EntityManager } from 'typeorm';
import { isDistrict, isPlatform, Viewer } from '../../auth/viewer';
import { forbidden } from '../../shared/errors';
import { maskValue } from '../../shared/personal-data';
import type { Page, PageArgs } from '../../shared/pagination';
import { ALL_ROWS, allOf, dateParam, NO_ROWS, pageOf, Scope } from '../../shared/scoped-query';
import { AuditEventEntity } from './audit-event.entity';
import type { AuditOperation, AuditTargetType } from '../../shared/enums';

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface AuditInput {
  operation: AuditOperation;
  targetType: AuditTargetType;
  targetId: number | null;
  targetUnitId: number | null;
  countyId: number | null;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The changed fields, before -> after, with personal data masked. */
export function diff(before: Record<string, unknown> = {}, after: Record<string, unknown> = {}): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((f) => !sameValue(before[f], after[f]))
    .map((f) => ({ field: f, before: maskValue(f, before[f]), after: maskValue(f, after[f]) }));
}

/** Who may read which audit events: all (platform), its county (district), its unit (CHIEF). */
export function auditScope(v: Viewer, alias = 'e'): Scope {
  if (isPlatform(v)) return ALL_ROWS;
  if (isDistrict(v) && v.countyId !== null) return { sql: `${alias}.county_id = ?`, params: [v.countyId] };
  if (v.kind === 'BUSINESS' && v.permissions.includes('UNIT_ACCOUNT_MANAGEMENT')) {
    return { sql: `(${alias}.target_unit_id = ? OR ${alias}.actor_unit_id = ?)`, params: [v.unitId, v.unitId] };
  }
  return NO_ROWS;
}

export function readsAudit(v: Viewer): boolean {
  return auditScope(v) !== NO_ROWS;
}

export interface AuditFilter {
  actor?: string | null;
  operation?: AuditOperation | null;
  newestFirst?: boolean | null;
  targetType?: AuditTargetType | null;
  targetId?: number | null;
  from?: Date | null;
  to?: Date | null;
}

const EVENTS = { target: AuditEventEntity, from: 'audit_event e', alias: 'e' };

export class AuditService {
  constructor(private readonly ds: DataSource) {}

  /** Records an event in the caller's transaction, so the change and its record stand or fall together. */
  async record(em: EntityManager, actor: Viewer, input: AuditInput): Promise<void> {
    const e = new AuditEventEntity();
    e.occurredAt = new Date();
    e.actorKind = actor.kind;
    e.actorUsername = actor.kind === 'ANONYMOUS' ? null : actor.username;
    e.actorUnitId = actor.kind === 'TEACHER' ? actor.schoolId : actor.kind === 'ANONYMOUS' ? null : actor.unitId;
    e.operation = input.operation;
    e.targetType = input.targetType;
    e.targetId = input.targetId;
    e.targetUnitId = input.targetUnitId;
    e.countyId = input.countyId;
    e.changes = JSON.stringify(diff(input.before, input.after));
    await em.getRepository(AuditEventEntity).insert(e);
  }

  /** Oldest first by default; `newestFirst` pages from the newest back. */
  list(v: Viewer, f: AuditFilter, args: PageArgs): Promise<Page<AuditEventEntity> & { totalCount: number }> {
    if (!readsAudit(v)) throw forbidden();
    return pageOf(this.ds, EVENTS, allOf(
      auditScope(v),
      !!f.actor && { sql: 'e.actor_username = ?', params: [f.actor] },
      !!f.operation && { sql: 'e.operation = ?', params: [f.operation] },
      !!f.targetType && { sql: 'e.target_type = ?', params: [f.targetType] },
      f.targetId != null && { sql: 'e.target_id = ?', params: [f.targetId] },
      !!f.from && { sql: 'e.occurred_at >= ?', params: [dateParam(this.ds, f.from)] },
      !!f.to && { sql: 'e.occurred_at < ?', params: [dateParam(this.ds, f.to)] },
    ), args, { newestFirst: !!f.newestFirst });
  }
}
