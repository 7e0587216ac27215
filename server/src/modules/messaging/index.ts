import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ModuleDescriptor } from '../../shared/module';
import { Dispatcher } from './dispatcher';
import { mailerFromEnv } from './mailer';
import {
  MailDeliveryEntity,
  MessagingPreferenceEntity,
  NotificationEntity,
  OutboxEventEntity,
  PasswordResetEntity,
} from './messaging.entity';
import { MESSAGING_RULES } from './messaging.policy';
import { MESSAGING_RESOLVERS } from './messaging.resolver';
import { deliveriesOf, DeliveryRow, NotificationService, PasswordResetService } from './messaging.service';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entity';
import { WebhookDeliveryResolver, WebhookResolver } from './webhook.resolver';
import { WebhookService } from './webhooks';
import { PreferenceService } from './preferences';
import { PreferencesResolver } from './preferences.resolver';

/**
 * Messaging (issue 14): the outbox dispatcher (events written by other modules with
 * shared/outbox.ts's `enqueue`, in their transactions), mail through SMTP_URL or .eml files, the
 * inbox (通知), the forgotten-password link and partner webhooks.
 */
export { Dispatcher, backoffSeconds } from './dispatcher';
export type { DispatcherOptions, RoundResult } from './dispatcher';
export { FileMailer, SmtpMailer, mailerFromEnv } from './mailer';
export type { Mailer, OutgoingMail } from './mailer';
export {
  MailDeliveryEntity,
  MessagingPreferenceEntity,
  NotificationEntity,
  OutboxEventEntity,
  PasswordResetEntity,
} from './messaging.entity';
export { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhook.entity';
export { ensurePreference, ESSENTIAL_TYPES, MUTABLE_TYPES, nextDigestAt } from './preferences';
export { signWebhook, webhookBody, webhookEventId, WEBHOOK_EVENT_SCOPES } from './webhooks';

const messagingLoaders = (ds: DataSource) => ({
  /** A reminder's mail deliveries, by reminder ID. */
  reminderDeliveries: new DataLoader<number, DeliveryRow[]>((ids) => deliveriesOf(ds, 'Reminder', ids)),
});

type MessagingLoaders = ReturnType<typeof messagingLoaders>;
declare module '../../auth/rules' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleNames extends Record<keyof typeof MESSAGING_RULES, true> {}
}
declare module '../../shared/module' {
  interface Services {
    notifications: NotificationService;
    passwordResets: PasswordResetService;
    webhooks: WebhookService;
    messagingPreferences: PreferenceService;
    /** The outbox dispatcher of this process: main.ts starts and stops it; tests run their own. */
    dispatcher: Dispatcher;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends MessagingLoaders {}
}
declare module '../../shared/global-id' {
  interface NodeTypes {
    Notification: true;
    Webhook: true;
    WebhookDelivery: true;
  }
}

export const messagingModule: ModuleDescriptor = {
  name: 'messaging',
  entities: [
    OutboxEventEntity,
    MailDeliveryEntity,
    NotificationEntity,
    PasswordResetEntity,
    MessagingPreferenceEntity,
    WebhookEndpointEntity,
    WebhookDeliveryEntity,
  ],
  resolvers: [...MESSAGING_RESOLVERS, PreferencesResolver, WebhookResolver, WebhookDeliveryResolver],
  services: ({ ds, clock }, { audit }) => ({
    notifications: new NotificationService(ds, clock),
    passwordResets: new PasswordResetService(ds, audit, clock),
    webhooks: new WebhookService(ds, audit, clock),
    messagingPreferences: new PreferenceService(ds, audit, clock),
    dispatcher: new Dispatcher(ds, clock, { mailer: mailerFromEnv(), windowNotices: true }),
  }),
  loaders: messagingLoaders,
  nodes: { Notification: null, Webhook: null, WebhookDelivery: null },
  rules: MESSAGING_RULES,
};
