import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Messaging (issue 14): the outbox, mail deliveries, the inbox, password-reset tokens, per-person preferences. */
export class Messaging1765800000000 implements MigrationInterface {
  name = 'Messaging1765800000000';

  public async up(q: QueryRunner): Promise<void> {
    const id = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };
    const int = (name: string, extra = {}) => ({ name, type: 'integer', ...extra });
    const str = (name: string, length: number, extra = {}) => ({ name, type: 'varchar', length: String(length), ...extra });
    const text = (name: string, extra = {}) => ({ name, type: 'text', ...extra });
    const dt = (name: string, extra = {}) => ({ name, type: 'datetime', ...extra });
    const claim = [
      int('attempts', { default: 0 }),
      dt('next_attempt_at'),
      str('claimed_by', 64, { isNullable: true }),
      dt('claimed_until', { isNullable: true }),
    ];
    await q.createTable(
      new Table({
        name: 'outbox_event',
        columns: [
          id,
          str('type', 32),
          str('subject_type', 32),
          int('subject_id'),
          int('unit_id', { isNullable: true }),
          int('county_id', { isNullable: true }),
          text('recipients', { isNullable: true }),
          text('payload'),
          dt('created_at'),
          str('status', 12),
          ...claim,
          str('last_error', 500, { isNullable: true }),
          dt('done_at', { isNullable: true }),
        ],
        indices: [
          { name: 'IDX_outbox_event_due', columnNames: ['status', 'next_attempt_at'] },
          { name: 'IDX_outbox_event_subject', columnNames: ['subject_type', 'subject_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'mail_delivery',
        columns: [
          id,
          int('event_id'),
          str('event_type', 32),
          str('subject_type', 32),
          int('subject_id'),
          str('recipient_kind', 10),
          int('recipient_id'),
          str('address', 120, { isNullable: true }),
          str('language', 5),
          str('status', 12),
          str('reason', 500, { isNullable: true }),
          ...claim,
          dt('created_at'),
          dt('sent_at', { isNullable: true }),
          str('message_id', 200, { isNullable: true }),
        ],
        indices: [
          { name: 'IDX_mail_delivery_due', columnNames: ['status', 'next_attempt_at'] },
          { name: 'IDX_mail_delivery_subject', columnNames: ['subject_type', 'subject_id'] },
          { name: 'UQ_mail_delivery_event_recipient', columnNames: ['event_id', 'recipient_kind', 'recipient_id'], isUnique: true },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'notification',
        columns: [
          id,
          str('recipient_kind', 10),
          int('recipient_id'),
          int('event_id'),
          str('type', 32),
          str('title', 200),
          str('body', 2000),
          str('link', 500, { isNullable: true }),
          dt('created_at'),
          dt('read_at', { isNullable: true }),
        ],
        indices: [
          { name: 'IDX_notification_recipient', columnNames: ['recipient_kind', 'recipient_id', 'id'] },
          { name: 'UQ_notification_event_recipient', columnNames: ['event_id', 'recipient_kind', 'recipient_id'], isUnique: true },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'password_reset',
        columns: [id, int('credential_id'), str('token_hash', 64), dt('created_at'), dt('expires_at'), dt('used_at', { isNullable: true })],
        indices: [
          { name: 'UQ_password_reset_token', columnNames: ['token_hash'], isUnique: true },
          { name: 'IDX_password_reset_credential', columnNames: ['credential_id', 'created_at'] },
        ],
        foreignKeys: [
          {
            name: 'FK_password_reset_credential',
            columnNames: ['credential_id'],
            referencedTableName: 'credential',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'messaging_preference',
        columns: [
          id,
          str('recipient_kind', 10),
          int('recipient_id'),
          str('language', 5, { default: "'zh'" }),
          str('mode', 12, { default: "'IMMEDIATE'" }),
          str('muted_types', 500, { default: "''" }),
          str('unsubscribe_key', 64),
        ],
        indices: [
          { name: 'UQ_messaging_preference_recipient', columnNames: ['recipient_kind', 'recipient_id'], isUnique: true },
          { name: 'UQ_messaging_preference_unsubscribe', columnNames: ['unsubscribe_key'], isUnique: true },
        ],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['messaging_preference', 'password_reset', 'notification', 'mail_delivery', 'outbox_event']) await q.dropTable(t);
  }
}
