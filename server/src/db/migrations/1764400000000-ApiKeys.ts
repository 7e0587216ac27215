import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Partner API keys (issue 6). */
export class ApiKeys1764400000000 implements MigrationInterface {
  name = 'ApiKeys1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    const int = (name: string, extra = {}) => ({ name, type: 'integer', ...extra });
    const str = (name: string, length: number, extra = {}) => ({ name, type: 'varchar', length: String(length), ...extra });
    const dt = (name: string, extra = {}) => ({ name, type: 'datetime', ...extra });
    await q.createTable(
      new Table({
        name: 'api_key',
        columns: [
          int('id', { isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
          str('name', 100),
          str('prefix', 16),
          str('secret_hash', 64),
          str('scopes', 200),
          int('county_id', { isNullable: true }),
          int('points_per_second'),
          str('created_by', 64),
          dt('created_at'),
          dt('rotated_at', { isNullable: true }),
          dt('revoked_at', { isNullable: true }),
          dt('last_used_at', { isNullable: true }),
          int('requests', { default: 0 }),
          int('points_used', { default: 0 }),
          int('refused', { default: 0 }),
        ],
        indices: [{ name: 'UQ_api_key_prefix', columnNames: ['prefix'], isUnique: true }],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('api_key');
  }
}
