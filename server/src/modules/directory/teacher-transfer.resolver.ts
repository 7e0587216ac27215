import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { receivesTeachersAt } from './teacher.policy';
import { idOfType, toGlobalId } from '../../shared/global-id';
import { Connection, toConnection } from '../../shared/pagination';
import { PagedList } from '../../shared/cost-directives';
import { PageArgsInput } from '../../shared/pagination';
import { School, Teacher } from './directory.types';
import type { TransferView } from './teacher-transfer.service';
import type { TransferStatus } from './teacher-transfer.entity';

export const TeacherTransferStatus = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
  WITHDRAWN: 'WITHDRAWN',
  SUPERSEDED: 'SUPERSEDED',
} as const;
registerEnumType(TeacherTransferStatus, {
  name: 'TeacherTransferStatus',
  description: 'Where a transfer request (調校申請) stands',
  valuesConfig: {
    PENDING: { description: 'Asked; the sending side has not decided' },
    ACCEPTED: { description: 'Accepted: the teacher moved to the receiving school' },
    DECLINED: { description: 'Declined by the teacher or the sending side' },
    WITHDRAWN: { description: 'Withdrawn by the receiving side' },
    SUPERSEDED: { description: 'Lapsed: the teacher moved elsewhere first' },
  },
});

@ObjectType({
  description:
    "調校申請: a receiving school's request for a teacher of another school. Until accepted the receiving side sees the teacher's name and masked national ID only.",
})
export class TeacherTransfer {
  @Field(() => TeacherTransferStatus)
  status: TransferStatus;

  @Field({ description: "The teacher's name" })
  teacherName: string;

  @Field({ description: "The teacher's masked national ID, e.g. A12****789" })
  teacherNationalIdMasked: string;

  @Field(() => DateTimeISOResolver)
  requestedAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  decidedAt: Date | null;
}

const TeacherTransferConnection = Connection(TeacherTransfer, 'TeacherTransfer');

@ArgsType()
class TeacherTransfersArgs extends PageArgsInput {
  @Field(() => TeacherTransferStatus, { nullable: true, description: 'Only requests in this state' })
  status?: TransferStatus | null;
}

@Resolver(() => TeacherTransfer)
export class TeacherTransferResolver {
  @Allow('Mutation.transferTeacher')
  @Mutation(() => TeacherTransfer, {
    description:
      '調校: ask for a teacher, found by national ID, to move to a school (the receiving school, its district, the platform). ' +
      "Nothing moves until the teacher or its current school (or that school's district, or the platform) accepts.",
  })
  transferTeacher(@Arg('nationalId') nationalId: string, @Arg('toSchoolId', () => ID) toSchoolId: string, @Ctx() ctx: Context) {
    return ctx.services.teacherTransfers.request(ctx.viewer, nationalId, idOfType(toSchoolId, 'School', 'toSchoolId'));
  }

  @Allow('Mutation.acceptTeacherTransfer')
  @Mutation(() => TeacherTransfer, {
    description:
      "Accept a transfer request: the teacher moves (the teacher, its current school's CHIEF/CONTACT, that county's district, the platform)",
  })
  acceptTeacherTransfer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.teacherTransfers.decide(ctx.viewer, idOfType(id, 'TeacherTransfer', 'id'), true);
  }

  @Allow('Mutation.declineTeacherTransfer')
  @Mutation(() => TeacherTransfer, { description: 'Decline a transfer request (the sending side), or withdraw it (the receiving side)' })
  declineTeacherTransfer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.teacherTransfers.decide(ctx.viewer, idOfType(id, 'TeacherTransfer', 'id'), false);
  }

  @Allow('Query.teacherTransfers')
  @PagedList()
  @Query(() => TeacherTransferConnection, {
    description:
      "Transfer requests you take part in, newest first: your school's or county's (asked or asked of), your own (a teacher), all (platform)",
  })
  async teacherTransfers(@Args() args: TeacherTransfersArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.teacherTransfers.list(ctx.viewer, args.status ?? null, args);
    return toConnection(page, page.totalCount);
  }

  @FieldResolver(() => ID)
  id(@Root() x: TransferView) {
    return toGlobalId('TeacherTransfer', x.id);
  }

  @FieldResolver(() => Teacher, {
    nullable: true,
    description: 'The teacher, if you may read it (the person scope): not the receiving side before acceptance',
  })
  teacher(@Root() x: TransferView, @Ctx() ctx: Context) {
    return ctx.loaders.teacher.load(x.teacherId);
  }

  @FieldResolver(() => School, { nullable: true, description: 'The sending school: to the sending side, the teacher and the platform' })
  async fromSchool(@Root() x: TransferView, @Ctx() ctx: Context) {
    const from = await ctx.loaders.unit.load(x.fromSchoolId);
    return from && ctx.services.teacherTransfers.isSender(ctx.viewer, x, from) ? from : null;
  }

  @FieldResolver(() => School, { description: 'The receiving school' })
  toSchool(@Root() x: TransferView, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(x.toSchoolId);
  }

  @FieldResolver(() => Boolean, { description: 'You may accept or decline it (the sending side), while it is pending' })
  async canAccept(@Root() x: TransferView, @Ctx() ctx: Context): Promise<boolean> {
    if (x.status !== 'PENDING') return false;
    return ctx.services.teacherTransfers.isSender(ctx.viewer, x, await ctx.loaders.unit.load(x.fromSchoolId));
  }

  @FieldResolver(() => Boolean, { description: 'You may withdraw it (the receiving side), while it is pending' })
  async canWithdraw(@Root() x: TransferView, @Ctx() ctx: Context): Promise<boolean> {
    if (x.status !== 'PENDING') return false;
    const to = await ctx.loaders.unit.load(x.toSchoolId);
    return !!to && receivesTeachersAt(ctx.viewer, to);
  }
}

export const TEACHER_TRANSFER_RESOLVERS = [TeacherTransferResolver] as const;
