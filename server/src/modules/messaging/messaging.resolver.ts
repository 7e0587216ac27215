import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { badInput } from '../../shared/errors';
import { fromGlobalId, toGlobalId } from '../../shared/global-id';
import { Connection, PageArgsInput, toConnection } from '../../shared/pagination';
import { ListSize, PagedList, SIZES } from '../../shared/cost-directives';
import { Viewer } from '../accounts';
import { Reminder } from '../planning';
import type { NotificationEntity } from './messaging.entity';
import type { DeliveryRow } from './messaging.service';

@ObjectType({ description: '通知: one entry of the inbox' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What happened: a MessageType (REMINDER, PLAN_SUBMITTED, REGISTRATION_ADMITTED, ...)' })
  type: string;

  @Field({ description: 'In the language the person chose (zh-TW by default)' })
  title: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'Where in the UI it leads (a path), if anywhere' })
  link: string | null;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  readAt: Date | null;

  @Field()
  read: boolean;
}

const NotificationConnection = Connection(Notification, 'Notification');

@ArgsType()
class NotificationsArgs extends PageArgsInput {
  @Field(() => Boolean, { nullable: true, description: 'Only the unread ones' })
  unreadOnly?: boolean | null;
}

@ObjectType({ description: "One mail of a reminder (催覆) to one of the school's CHIEFs and CONTACTs" })
class ReminderDelivery {
  @Field(() => String, { nullable: true, description: "The recipient's name" })
  recipientName: string | null;

  @Field(() => String, { nullable: true, description: 'CHIEF or CONTACT' })
  recipientRole: string | null;

  @Field({ description: 'PENDING (queued or waiting for a retry), SENT, FAILED (gave up), SKIPPED (no e-mail address on file, or muted)' })
  status: string;

  @Field(() => String, { nullable: true, description: 'Why it failed or was skipped (e.g. the SMTP answer, NO_ADDRESS)' })
  reason: string | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => DateTimeISOResolver, { nullable: true })
  sentAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the next try is due (PENDING only)' })
  nextAttemptAt: Date | null;
}

@ObjectType({ description: "How a reminder's mails went" })
class DeliveryCounts {
  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  failed: number;

  @Field(() => Int)
  skipped: number;
}

const asNotification = (n: NotificationEntity) => ({ ...n, read: n.readAt != null });

@Resolver(() => Notification)
export class NotificationResolver {
  @FieldResolver(() => ID)
  id(@Root() n: NotificationEntity) {
    return toGlobalId('Notification', n.id);
  }
}

@Resolver()
export class InboxResolver {
  @Allow('Query.notifications')
  @PagedList()
  @Query(() => NotificationConnection, { description: '通知: your inbox, newest first (every person and account has one)' })
  async notifications(@Args() args: NotificationsArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.notifications.list(ctx.viewer, !!args.unreadOnly, args);
    return toConnection({ ...page, nodes: page.nodes.map(asNotification) } as never, page.totalCount);
  }

  @Allow('Mutation.markNotificationsRead')
  @Mutation(() => Int, { description: 'Marks these of your notifications read (or all, with all: true); returns how many changed' })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null,
    @Arg('all', () => Boolean, { nullable: true }) all: boolean | null,
    @Ctx() ctx: Context,
  ) {
    if (all && ids?.length) throw badInput('ids', 'INVALID_VALUE', 'Give either ids or all: true, not both');
    if (!all && !ids?.length) throw badInput('ids', 'INVALID_VALUE', 'Give the IDs of the notifications, or all: true');
    if (ids && ids.length > 100) throw badInput('ids', 'INVALID_VALUE', 'At most 100 at a time (or all: true)');
    const numeric = all
      ? null
      : ids!.map((id) => {
          const g = fromGlobalId(id, 'ids');
          if (g.type !== 'Notification') throw badInput('ids', 'INVALID_VALUE', 'Expected IDs of notifications');
          return g.id;
        });
    return ctx.services.notifications.markRead(ctx.viewer, numeric);
  }

  @Mutation(() => Boolean, {
    description:
      '忘記密碼: mails a one-time link (valid 30 minutes) to the address on file of this username or e-mail address. ' +
      'Always true, whether or not it is known; rate-limited (RATE_LIMITED)',
  })
  async requestPasswordReset(@Arg('login') login: string, @Ctx() ctx: Context) {
    await ctx.services.passwordResets.request(login, ctx.clientAddress);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with the token of a reset link (once, within 30 minutes) and ends every session of the login',
  })
  async resetPasswordWithToken(@Arg('token') token: string, @Arg('newPassword') newPassword: string, @Ctx() ctx: Context) {
    await ctx.services.passwordResets.reset(token, newPassword);
    return true;
  }
}

@Resolver(() => Viewer)
export class ViewerInboxResolver {
  @Allow('Viewer.unreadNotifications')
  @FieldResolver(() => Int, { nullable: true, description: 'How many notifications are unread (the header badge)' })
  unreadNotifications(@Ctx() ctx: Context) {
    return ctx.services.notifications.unreadCount(ctx.viewer);
  }
}

@Resolver(() => Reminder)
export class ReminderDeliveryResolver {
  @Allow('Reminder.deliveries')
  @ListSize(SIZES.accountsPerUnit)
  @FieldResolver(() => [ReminderDelivery], { nullable: true, description: 'Each mail of this reminder and how it went' })
  deliveries(@Root() r: { id: number }, @Ctx() ctx: Context) {
    return ctx.loaders.reminderDeliveries.load(r.id);
  }

  @Allow('Reminder.deliveryCounts')
  @FieldResolver(() => DeliveryCounts, { nullable: true, description: 'The mails of this reminder by status' })
  async deliveryCounts(@Root() r: { id: number }, @Ctx() ctx: Context) {
    const rows: DeliveryRow[] = await ctx.loaders.reminderDeliveries.load(r.id);
    const n = (s: string) => rows.filter((d) => d.status === s).length;
    return { sent: n('SENT'), pending: n('PENDING'), failed: n('FAILED'), skipped: n('SKIPPED') };
  }
}

export const MESSAGING_RESOLVERS = [NotificationResolver, InboxResolver, ViewerInboxResolver, ReminderDeliveryResolver] as const;
