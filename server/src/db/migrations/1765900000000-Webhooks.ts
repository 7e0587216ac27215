import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Partner webhooks (issue 14): endpoints registered for an API key, and each delivery of an outbox event to one. */
export class Webhooks1765900000000 implements MigrationInterface {
  name = 'Webhooks1765900000000';

  public async up(q: QueryRunner): Promise<void> {
    const id = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const };
    const int = (name: string, extra = {}) => ({ name, type: 'integer', ...extra });
    const str = (name: string, length: number, extra = {}) => ({ name, type: 'varchar', length: String(length), ...extra });
    const dt = (name: string, extra = {}) => ({ name, type: 'datetime', ...extra });
    await q.createTable(
      new Table({
        name: 'webhook_endpoint',
        columns: [
          id,
          int('api_key_id'),
          str('url', 500),
          str('events', 500),
          int('county_id', { isNullable: true }),
          str('secret', 80),
          str('created_by', 64),
          dt('created_at'),
          dt('disabled_at', { isNullable: true }),
        ],
        indices: [{ name: 'IDX_webhook_endpoint_key', columnNames: ['api_key_id'] }],
        foreignKeys: [
          {
            name: 'FK_webhook_endpoint_key',
            columnNames: ['api_key_id'],
            referencedTableName: 'api_key',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'webhook_delivery',
        columns: [
          id,
          int('endpoint_id'),
          int('event_id'),
          str('event_type', 32),
          str('status', 12),
          int('attempts', { default: 0 }),
          dt('next_attempt_at'),
          str('claimed_by', 64, { isNullable: true }),
          dt('claimed_until', { isNullable: true }),
          int('response_status', { isNullable: true }),
          str('reason', 500, { isNullable: true }),
          int('redelivery_of', { isNullable: true }),
          dt('created_at'),
          dt('delivered_at', { isNullable: true }),
        ],
        indices: [
          { name: 'IDX_webhook_delivery_due', columnNames: ['status', 'next_attempt_at'] },
          { name: 'IDX_webhook_delivery_endpoint', columnNames: ['endpoint_id', 'id'] },
        ],
        foreignKeys: [
          {
            name: 'FK_webhook_delivery_endpoint',
            columnNames: ['endpoint_id'],
            referencedTableName: 'webhook_endpoint',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('webhook_delivery');
    await q.dropTable('webhook_endpoint');
  }
}
