import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AuditEvent, type AuditEventEntity } from '../audit';
import { Unit } from './directory.types';

/**
 * The units of an audit event. They live here, not in the audit module, because the audit module
 * knows no other module: directory depends on audit, never the reverse (no module cycle).
 */
@Resolver(() => AuditEvent)
export class AuditUnitsResolver {
  @FieldResolver(() => Unit, { nullable: true, description: "The actor's unit" })
  actorUnit(@Root() e: AuditEventEntity, @Ctx() ctx: Context) {
    return e.actorUnitId ? ctx.loaders.unit.load(e.actorUnitId) : null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: "The target's unit" })
  targetUnit(@Root() e: AuditEventEntity, @Ctx() ctx: Context) {
    return e.targetUnitId ? ctx.loaders.unit.load(e.targetUnitId) : null;
  }
}
