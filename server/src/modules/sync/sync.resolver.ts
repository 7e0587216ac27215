import { Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { AuditOperation, ChangeType, ChangeTombstone } from '../../shared/enums';
import { toGlobalId, type NodeType } from '../../shared/global-id';
import { Node } from '../../shared/node';
import { CHANGES_DEFAULT, CHANGES_MAX, type ChangeEntry } from './sync.service';
import { ListSize } from '../../shared/cost-directives';

@ObjectType({ description: 'One change of a record: what happened, when, and the record as you may read it now (or a tombstone)' })
export class Change {
  @Field({ description: 'Resume after this entry with changes(after:)' })
  cursor: string;

  @Field(() => DateTimeISOResolver)
  changedAt: Date;

  @Field(() => ChangeType)
  type: ChangeType;

  @Field(() => AuditOperation, { description: 'The operation that made the change (as in the audit trail)' })
  operation: AuditOperation;

  @Field(() => ChangeTombstone, {
    nullable: true,
    description:
      'Set when the record is gone for you: DELETED, or OUT_OF_SCOPE (e.g. a teacher transferred to another county): delete your copy',
  })
  tombstone: 'DELETED' | 'OUT_OF_SCOPE' | null;
}

@ObjectType({ description: 'A page of changes in the order they happened' })
class ChangeFeed {
  @ListSize(CHANGES_MAX)
  @Field(() => [Change])
  changes: ChangeEntry[];

  @Field(() => String, { nullable: true, description: 'Pass as after: in the next call (also when this page was empty)' })
  endCursor: string | null;

  @Field({ description: 'More changes follow now: call again at once' })
  hasMore: boolean;
}

@ArgsType()
class ChangesArgs {
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'The first call: changes from this instant on' })
  since?: Date | null;

  @Field(() => String, { nullable: true, description: 'Every next call: the endCursor of the last one' })
  after?: string | null;

  @Field(() => [ChangeType], { nullable: true, description: 'Only these kinds (default: every kind you may follow)' })
  types?: ChangeType[] | null;

  @Field(() => Int, { nullable: true, description: `At most this many (default ${CHANGES_DEFAULT}, at most ${CHANGES_MAX})` })
  first?: number | null;
}

@Resolver(() => Change)
export class ChangeResolver {
  @Allow('Query.changes')
  @Directive(
    `@listSize(assumedSize: ${CHANGES_DEFAULT}, slicingArguments: ["first"], sizedFields: ["changes"], requireOneSlicingArgument: false)`,
  )
  @Query(() => ChangeFeed, {
    description:
      '增量同步: what changed after since/after, in order (docs/API.md "Incremental sync"): the platform everything, a district its county, ' +
      "a TEACHER_SYNC key its county's schools, teachers and teacher plans, a DIRECTORY_READ key schools",
  })
  changes(@Args() args: ChangesArgs, @Ctx() ctx: Context) {
    return ctx.services.sync.changes(ctx, args);
  }

  @FieldResolver(() => ID, { description: 'The global ID of the record' })
  id(@Root() c: ChangeEntry) {
    return toGlobalId(c.nodeType as NodeType, c.targetId);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The record now, as you may read it; null for a tombstone' })
  node(@Root() c: ChangeEntry) {
    return c.record;
  }
}
