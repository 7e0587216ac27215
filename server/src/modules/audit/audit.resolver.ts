import { Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { isDistrict } from '../../auth/viewer';
import { withoutContactDetails } from '../../shared/personal-data';
import { fromGlobalId, NodeType, toGlobalId } from '../../shared/global-id';
import { badInput } from '../../shared/errors';
import { Connection, toConnection } from '../../shared/pagination';
import { PageArgsInput } from '../../shared/pagination';
import type { AuditEventEntity } from './audit-event.entity';
import type { FieldChange as FieldChangeShape } from './audit.service';
import { ListSize, PagedList, SIZES } from '../../shared/cost-directives';
import { ActorKind, AuditOperation, AuditTargetType } from '../../shared/enums';

@ObjectType({ description: 'One changed field, before -> after (personal data masked)' })
class FieldChange {
  @Field()
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType({ description: 'An entry of the audit trail: who, what, when, before -> after. Never editable.' })
export class AuditEvent {
  @Field(() => DateTimeISOResolver)
  occurredAt: Date;

  @Field(() => ActorKind, { description: 'Who acted: TEACHER, BUSINESS, STAFF, PARTNER (an API key) or ANONYMOUS (an application)' })
  actorKind: ActorKind;

  @Field(() => String, { nullable: true })
  actorUsername: string | null;

  @Field(() => AuditOperation, { description: 'The operation (named after the mutation that made the change)' })
  operation: AuditOperation;

  @Field(() => AuditTargetType, { description: 'What the change acted on' })
  targetType: AuditTargetType;
}

const AuditEventConnection = Connection(AuditEvent, 'AuditEvent');

@ArgsType()
class AuditArgs extends PageArgsInput {
  @Field(() => String, { nullable: true, description: "The actor's username" })
  actor?: string | null;

  @Field(() => ID, { nullable: true, description: 'The target (e.g. a BusinessAccount or Teacher ID)' })
  targetId?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'From this time (inclusive)' })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Until this time (exclusive)' })
  to?: Date | null;

  @Field(() => AuditOperation, { nullable: true, description: 'Only this operation, e.g. deleteBusinessAccount' })
  operation?: AuditOperation | null;

  @Field(() => Boolean, { nullable: true, description: 'Newest first (default: oldest first)' })
  newestFirst?: boolean | null;
}

/** The target types that have a global ID (the `targetId` filter takes one of these). */
const NODE_TARGETS = ['BusinessAccount', 'Teacher', 'School'] as const satisfies readonly (AuditTargetType & NodeType)[];
type NodeTarget = (typeof NODE_TARGETS)[number];
const isNodeTarget = (t: string): t is NodeTarget => (NODE_TARGETS as readonly string[]).includes(t);

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Allow('Query.auditEvents')
  @PagedList()
  @Query(() => AuditEventConnection, {
    description: 'The audit trail: all (platform), your county (district), your unit (CHIEF); oldest first',
  })
  async auditEvents(@Args() args: AuditArgs, @Ctx() ctx: Context) {
    let target: { type: NodeTarget; id: number } | null = null;
    if (args.targetId) {
      const g = fromGlobalId(args.targetId, 'targetId');
      if (isNodeTarget(g.type)) target = { type: g.type, id: g.id };
      else throw badInput('targetId', 'WRONG_ID_TYPE', 'Expected a BusinessAccount, Teacher or School ID', { expected: NODE_TARGETS });
    }
    if (args.from && args.to && args.from >= args.to) throw badInput('to', 'END_BEFORE_START', '`to` must be after `from`');
    const page = await ctx.services.audit.list(
      ctx.viewer,
      {
        actor: args.actor,
        operation: args.operation,
        newestFirst: args.newestFirst,
        targetType: target?.type,
        targetId: target?.id,
        from: args.from,
        to: args.to,
      },
      args,
    );
    return toConnection(page, page.totalCount);
  }

  @FieldResolver(() => ID)
  id(@Root() e: AuditEventEntity) {
    return Buffer.from(`AuditEvent:${e.id}`).toString('base64url');
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The global ID of the target, where it has one' })
  targetId(@Root() e: AuditEventEntity) {
    return e.targetId != null && isNodeTarget(e.targetType) ? toGlobalId(e.targetType, e.targetId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "A readable name of the target: the account holder's or teacher's name with role or title, the school's name",
  })
  async targetLabel(@Root() e: AuditEventEntity, @Ctx() ctx: Context) {
    if (e.targetId == null) return null;
    const { LABELS } = await import('../../shared/labels');
    if (e.targetType === 'BusinessAccount') {
      const a = await ctx.loaders.businessAccount.load(e.targetId);
      return a ? `${a.name}（${LABELS.BusinessRole[a.role].zh}）` : null;
    }
    if (e.targetType === 'Teacher') {
      const t = await ctx.loaders.teacher.load(e.targetId);
      return t ? `${t.name}（${LABELS.TeacherTitle[t.title].zh}）` : null;
    }
    if (e.targetType === 'School') return (await ctx.loaders.unit.load(e.targetId))?.name ?? null;
    if (e.targetType === 'SchoolYear') return `${e.targetId} 學年度`;
    return null;
  }

  @ListSize(SIZES.fieldsPerRecord)
  @FieldResolver(() => [FieldChange])
  changes(@Root() e: AuditEventEntity, @Ctx() ctx: Context): FieldChangeShape[] {
    const changes = JSON.parse(e.changes) as FieldChangeShape[];
    // districts keep accounts and records of their county but never read contact details (e-mail, phone)
    return isDistrict(ctx.viewer) ? withoutContactDetails(changes) : changes;
  }
}
