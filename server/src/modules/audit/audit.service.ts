import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { auditScope, readsAudit } from './audit.policy';
import { forbidden } from '../../shared/errors';
import { maskValue } from '../../shared/personal-data';
import type { Page, PageArgs } from '../../shared/pagination';
import { allOf, dateParam, pageOf } from '../../shared/scoped-query';
import { AuditEventEntity } from './audit-event.entity';
import { Clock, systemClock } from '../../shared/clock';
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
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Records an event in the caller's transaction, so the change and its record stand or fall together. */
  async record(em: EntityManager, actor: Viewer, input: AuditInput): Promise<void> {
    const e = new AuditEventEntity();
    e.occurredAt = this.clock.now();
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
    return pageOf(
      this.ds,
      EVENTS,
      allOf(
        auditScope(v),
        !!f.actor && { sql: 'e.actor_username = ?', params: [f.actor] },
        !!f.operation && { sql: 'e.operation = ?', params: [f.operation] },
        !!f.targetType && { sql: 'e.target_type = ?', params: [f.targetType] },
        f.targetId != null && { sql: 'e.target_id = ?', params: [f.targetId] },
        !!f.from && { sql: 'e.occurred_at >= ?', params: [dateParam(this.ds, f.from)] },
        !!f.to && { sql: 'e.occurred_at < ?', params: [dateParam(this.ds, f.to)] },
      ),
      args,
      { newestFirst: !!f.newestFirst },
    );
  }
}
