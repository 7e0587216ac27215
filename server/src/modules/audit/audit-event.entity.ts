import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ActorKind, AuditOperation, AuditTargetType } from '../../shared/enums';

/**
 * One recorded change: who (actor and unit), what (operation and target), when, and the before ->
 * after of the changed fields with personal data masked. Rows are only ever inserted.
 */
@Entity('audit_event')
@Index('IDX_audit_event_county', ['countyId', 'id'])
@Index('IDX_audit_event_target_unit', ['targetUnitId', 'id'])
@Index('IDX_audit_event_actor_unit', ['actorUnitId', 'id'])
@Index('IDX_audit_event_target', ['targetType', 'targetId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'occurred_at', type: 'datetime' })
  occurredAt: Date;

  @Column({ name: 'actor_kind', type: 'varchar', length: 10 })
  actorKind: ActorKind;

  @Column({ name: 'actor_username', type: 'varchar', length: 64, nullable: true })
  actorUsername: string | null;

  @Column({ name: 'actor_unit_id', type: 'int', nullable: true })
  actorUnitId: number | null;

  @Column({ type: 'varchar', length: 48 })
  operation: AuditOperation;

  @Column({ name: 'target_type', type: 'varchar', length: 24 })
  targetType: AuditTargetType;

  @Column({ name: 'target_id', type: 'int', nullable: true })
  targetId: number | null;

  /** The unit the target belongs to (for a CHIEF's view of its unit). */
  @Column({ name: 'target_unit_id', type: 'int', nullable: true })
  targetUnitId: number | null;

  /** The county of the target's unit (for a district's view). */
  @Column({ name: 'county_id', type: 'int', nullable: true })
  countyId: number | null;

  /** JSON: [{ field, before, after }], personal data masked. */
  @Column({ type: 'text' })
  changes: string;
}
