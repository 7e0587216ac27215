import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * Bulk exports (issue 14 item 7): one row per export job, claimed by the server process that runs it;
 * and the planning windows' notices raised (opening, closing soon: once per window and stage).
 */
export class ExportJobs1765930000000 implements MigrationInterface {
  name = 'ExportJobs1765930000000';

  public async up(q: QueryRunner): Promise<void> {
    const int = (name: string, extra = {}) => ({ name, type: 'integer', ...extra });
    const str = (name: string, length: number, extra = {}) => ({ name, type: 'varchar', length: String(length), ...extra });
    const dt = (name: string, extra = {}) => ({ name, type: 'datetime', ...extra });
    await q.createTable(
      new Table({
        name: 'export_job',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const },
          str('owner_kind', 12),
          int('owner_id'),
          str('kind', 20),
          str('format', 8),
          int('county_id', { isNullable: true }),
          int('school_year', { isNullable: true }),
          str('status', 12),
          int('rows_total', { isNullable: true }),
          int('rows_written', { default: 0 }),
          int('file_bytes', { isNullable: true }),
          str('file_name', 100, { isNullable: true }),
          str('download_token', 64, { isNullable: true }),
          int('attempts', { default: 0 }),
          str('claimed_by', 64, { isNullable: true }),
          dt('claimed_until', { isNullable: true }),
          str('error', 200, { isNullable: true }),
          dt('created_at'),
          dt('started_at', { isNullable: true }),
          dt('finished_at', { isNullable: true }),
          dt('expires_at', { isNullable: true }),
        ],
        indices: [
          { name: 'IDX_export_job_owner', columnNames: ['owner_kind', 'owner_id', 'id'] },
          { name: 'IDX_export_job_due', columnNames: ['status', 'claimed_until'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'plan_window_notice',
        columns: [
          int('window_id', { isPrimary: true }),
          str('stage', 8, { isPrimary: true }),
          int('events', { default: 0 }),
          dt('created_at'),
        ],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('plan_window_notice');
    await q.dropTable('export_job');
  }
}
