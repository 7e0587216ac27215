import { isPlatform, isDistrict, type Viewer } from '../../auth/viewer';
import type { Rule } from '../../shared/module';

/** Who reads and marks an inbox and sets messaging preferences: every person and account logged in (partners have none). */
const inboxHolder: Rule = (ctx) => ctx.viewer.kind === 'TEACHER' || ctx.viewer.kind === 'BUSINESS' || ctx.viewer.kind === 'STAFF';

/** The mail deliveries of a reminder: whoever reads the reminders (the platform, the districts). */
const reminderReaders: Rule = (ctx) => isPlatform(ctx.viewer) || isDistrict(ctx.viewer);

/** Partner webhooks: the platform registers them, reads their deliveries, redelivers. */
export const managesWebhooks = (v: Viewer): boolean => isPlatform(v);
const webhookManagers: Rule = (ctx) => managesWebhooks(ctx.viewer);

/** The messaging module's rules (docs/ARCHITECTURE.md "Authorization"). */
export const MESSAGING_RULES: Record<string, Rule> = {
  'Query.notifications': inboxHolder,
  'Mutation.markNotificationsRead': inboxHolder,
  'Viewer.unreadNotifications': inboxHolder,
  'Query.myMessagingPreferences': inboxHolder,
  'Mutation.setMessagingPreferences': inboxHolder,
  'Reminder.deliveries': reminderReaders,
  'Reminder.deliveryCounts': reminderReaders,
  'Query.webhooks': webhookManagers,
  'Query.webhookDeliveries': webhookManagers,
  'Mutation.createWebhook': webhookManagers,
  'Mutation.disableWebhook': webhookManagers,
  'Mutation.redeliverWebhook': webhookManagers,
};
