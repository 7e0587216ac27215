import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail's operations and target types became GraphQL enums (issue 10, part 3): the two
 * stored spellings that are no valid enum value get one. A bulk correction was recorded as
 * 'correctTeachers (bulk)', a change to a reference list as 'Reference:<LIST>'.
 */
const RENAMES: { column: 'operation' | 'target_type'; before: string; after: string }[] = [
  { column: 'operation', before: 'correctTeachers (bulk)', after: 'correctTeachersBulk' },
  { column: 'target_type', before: 'Reference:SUBJECT', after: 'ReferenceSubject' },
  { column: 'target_type', before: 'Reference:TITLE', after: 'ReferenceTitle' },
];

export class AuditVocabulary1765600000000 implements MigrationInterface {
  name = 'AuditVocabulary1765600000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const r of RENAMES) await q.query(`UPDATE audit_event SET ${r.column} = ? WHERE ${r.column} = ?`, [r.after, r.before]);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const r of RENAMES) await q.query(`UPDATE audit_event SET ${r.column} = ? WHERE ${r.column} = ?`, [r.before, r.after]);
  }
}
