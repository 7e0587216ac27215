import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { CredentialEntity } from '../accounts';

/** One event of the transactional outbox (shared/outbox.ts writes it; the dispatcher expands it). */
@Entity('outbox_event')
@Index('IDX_outbox_event_due', ['status', 'nextAttemptAt'])
@Index('IDX_outbox_event_subject', ['subjectType', 'subjectId'])
export class OutboxEventEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 32 })
  type: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 32 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'int' })
  subjectId: number;

  @Column({ name: 'unit_id', type: 'int', nullable: true })
  unitId: number | null;

  @Column({ name: 'county_id', type: 'int', nullable: true })
  countyId: number | null;

  /** `KIND:id,KIND:id` named by the producer, or null: found from the type and subject. */
  @Column({ type: 'text', nullable: true })
  recipients: string | null;

  /** Template data as JSON (a password-reset link is erased once its mail is final). */
  @Column({ type: 'text' })
  payload: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  /** PENDING, DONE (expanded into notifications and mail deliveries) or FAILED. */
  @Column({ type: 'varchar', length: 12 })
  status: string;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'datetime' })
  nextAttemptAt: Date;

  @Column({ name: 'claimed_by', type: 'varchar', length: 64, nullable: true })
  claimedBy: string | null;

  @Column({ name: 'claimed_until', type: 'datetime', nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ name: 'done_at', type: 'datetime', nullable: true })
  doneAt: Date | null;
}

/** One mail to one recipient for one event: its status (PENDING, SENT, FAILED, SKIPPED), attempts and reason. */
@Entity('mail_delivery')
@Index('IDX_mail_delivery_due', ['status', 'nextAttemptAt'])
@Index('IDX_mail_delivery_subject', ['subjectType', 'subjectId'])
@Index('UQ_mail_delivery_event_recipient', ['eventId', 'recipientKind', 'recipientId'], { unique: true })
export class MailDeliveryEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'event_id', type: 'int' })
  eventId: number;

  @Column({ name: 'event_type', type: 'varchar', length: 32 })
  eventType: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 32 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'int' })
  subjectId: number;

  @Column({ name: 'recipient_kind', type: 'varchar', length: 10 })
  recipientKind: string;

  @Column({ name: 'recipient_id', type: 'int' })
  recipientId: number;

  /** The recipient's e-mail address when the delivery was made (null: none on file, SKIPPED). */
  @Column({ type: 'varchar', length: 120, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 5 })
  language: string;

  @Column({ type: 'varchar', length: 12 })
  status: string;

  /** Why it failed or was skipped (scrubbed of personal data). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'datetime' })
  nextAttemptAt: Date;

  @Column({ name: 'claimed_by', type: 'varchar', length: 64, nullable: true })
  claimedBy: string | null;

  @Column({ name: 'claimed_until', type: 'datetime', nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'datetime', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'message_id', type: 'varchar', length: 200, nullable: true })
  messageId: string | null;
}

/** 通知: one inbox entry of a person or account. */
@Entity('notification')
@Index('IDX_notification_recipient', ['recipientKind', 'recipientId', 'id'])
@Index('UQ_notification_event_recipient', ['eventId', 'recipientKind', 'recipientId'], { unique: true })
export class NotificationEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'recipient_kind', type: 'varchar', length: 10 })
  recipientKind: string;

  @Column({ name: 'recipient_id', type: 'int' })
  recipientId: number;

  @Column({ name: 'event_id', type: 'int' })
  eventId: number;

  @Column({ type: 'varchar', length: 32 })
  type: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 2000 })
  body: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  link: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'datetime', nullable: true })
  readAt: Date | null;
}

/** A one-time password-reset link: only the SHA-256 of its token is kept. */
@Entity('password_reset')
@Index('UQ_password_reset_token', ['tokenHash'], { unique: true })
@Index('IDX_password_reset_credential', ['credentialId', 'createdAt'])
export class PasswordResetEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'credential_id', type: 'int' })
  credentialId: number;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'datetime', nullable: true })
  usedAt: Date | null;

  @ManyToOne(() => CredentialEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'credential_id', foreignKeyConstraintName: 'FK_password_reset_credential' })
  credential?: Relation<CredentialEntity>;
}

/** A person's or account's messaging preferences: language, at once or a daily digest, muted kinds. */
@Entity('messaging_preference')
@Index('UQ_messaging_preference_recipient', ['recipientKind', 'recipientId'], { unique: true })
@Index('UQ_messaging_preference_unsubscribe', ['unsubscribeKey'], { unique: true })
export class MessagingPreferenceEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'recipient_kind', type: 'varchar', length: 10 })
  recipientKind: string;

  @Column({ name: 'recipient_id', type: 'int' })
  recipientId: number;

  @Column({ type: 'varchar', length: 5, default: 'zh' })
  language: string;

  /** IMMEDIATE or DAILY_DIGEST. */
  @Column({ type: 'varchar', length: 12, default: 'IMMEDIATE' })
  mode: string;

  /** Comma-separated event types not to mail (non-essential kinds only). */
  @Column({ name: 'muted_types', type: 'varchar', length: 500, default: '' })
  mutedTypes: string;

  /** The secret of the unsubscribe link in mails of non-essential kinds. */
  @Column({ name: 'unsubscribe_key', type: 'varchar', length: 64 })
  unsubscribeKey: string;
}
