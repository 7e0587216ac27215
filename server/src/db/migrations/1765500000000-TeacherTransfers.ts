import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Teacher transfers as requests the sending side accepts (issue 9, item 7). */
export class TeacherTransfers1765500000000 implements MigrationInterface {
  name = 'TeacherTransfers1765500000000';

  public async up(q: QueryRunner): Promise<void> {
    const int = (name: string, extra = {}) => ({ name, type: 'integer', ...extra });
    const str = (name: string, length: number, extra = {}) => ({ name, type: 'varchar', length: String(length), ...extra });
    const dt = (name: string, extra = {}) => ({ name, type: 'datetime', ...extra });
    await q.createTable(
      new Table({
        name: 'teacher_transfer',
        columns: [
          int('id', { isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
          int('teacher_id'),
          int('from_school_id'),
          int('to_school_id'),
          str('status', 12),
          str('requested_by', 64),
          dt('requested_at'),
          str('decided_by', 64, { isNullable: true }),
          dt('decided_at', { isNullable: true }),
        ],
        indices: [
          { name: 'IDX_teacher_transfer_teacher', columnNames: ['teacher_id', 'status'] },
          { name: 'IDX_teacher_transfer_from', columnNames: ['from_school_id', 'id'] },
          { name: 'IDX_teacher_transfer_to', columnNames: ['to_school_id', 'id'] },
        ],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('teacher_transfer');
  }
}
