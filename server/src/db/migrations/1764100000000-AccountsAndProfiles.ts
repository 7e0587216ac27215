import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

/** Accounts and teacher records (issue 3): the audit trail, reference lists, profile confirmation and review. */
export class AccountsAndProfiles1764100000000 implements MigrationInterface {
  name = 'AccountsAndProfiles1764100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'occurred_at', type: 'datetime' },
          { name: 'actor_kind', type: 'varchar', length: '10' },
          { name: 'actor_username', type: 'varchar', length: '64', isNullable: true },
          { name: 'actor_unit_id', type: 'integer', isNullable: true },
          { name: 'operation', type: 'varchar', length: '48' },
          { name: 'target_type', type: 'varchar', length: '24' },
          { name: 'target_id', type: 'integer', isNullable: true },
          { name: 'target_unit_id', type: 'integer', isNullable: true },
          { name: 'county_id', type: 'integer', isNullable: true },
          { name: 'changes', type: 'text' },
        ],
        indices: [
          { name: 'IDX_audit_event_county', columnNames: ['county_id', 'id'] },
          { name: 'IDX_audit_event_target_unit', columnNames: ['target_unit_id', 'id'] },
          { name: 'IDX_audit_event_actor_unit', columnNames: ['actor_unit_id', 'id'] },
          { name: 'IDX_audit_event_target', columnNames: ['target_type', 'target_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'reference_item',
        columns: [
          { name: 'list_name', type: 'varchar', length: '16', isPrimary: true },
          { name: 'code', type: 'varchar', length: '40', isPrimary: true },
          { name: 'active', type: 'boolean', default: 1 },
          { name: 'zh', type: 'varchar', length: '60', isNullable: true },
          { name: 'en', type: 'varchar', length: '80', isNullable: true },
        ],
      }),
    );
    await q.addColumns('teacher', [
      new TableColumn({ name: 'profile_confirmed_semester', type: 'varchar', length: '8', isNullable: true }),
      new TableColumn({ name: 'profile_confirmed_at', type: 'datetime', isNullable: true }),
    ]);
    await q.addColumns('unit', [
      new TableColumn({ name: 'teacher_review_semester', type: 'varchar', length: '8', isNullable: true }),
      new TableColumn({ name: 'teacher_review_at', type: 'datetime', isNullable: true }),
    ]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('unit', ['teacher_review_semester', 'teacher_review_at']);
    await q.dropColumns('teacher', ['profile_confirmed_semester', 'profile_confirmed_at']);
    await q.dropTable('reference_item');
    await q.dropTable('audit_event');
  }
}
