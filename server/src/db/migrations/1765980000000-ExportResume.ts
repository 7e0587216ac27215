import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Resumable bulk exports (issue 14 item 7): a running job's position (the last row ID in its file and
 * the file's length then), recorded with its progress, so a runner that takes the job over continues
 * from there instead of starting again.
 */
export class ExportResume1765980000000 implements MigrationInterface {
  name = 'ExportResume1765980000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.addColumns('export_job', [
      new TableColumn({ name: 'last_row_id', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'part_bytes', type: 'integer', isNullable: true }),
    ]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('export_job', 'part_bytes');
    await q.dropColumn('export_job', 'last_row_id');
  }
}
