import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKeyOptions, TableIndexOptions } from 'typeorm';

/** 核發研習時數 (issue 12): attendance per session, sign-in codes, study records with certificates, corrections. */
const id = (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' });
const int = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'integer', ...extra });
const str = (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  ...extra,
});
const dt = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'datetime', ...extra });
const hours = (name: string): TableColumnOptions => ({ name, type: 'decimal', precision: 5, scale: 1 });
const fk = (name: string, column: string, table: string, onDelete: 'CASCADE' | 'NO ACTION' = 'NO ACTION'): TableForeignKeyOptions => ({
  name,
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete,
  onUpdate: 'NO ACTION',
});
const idx = (name: string, columnNames: string[], isUnique = false): TableIndexOptions => ({ name, columnNames, isUnique });

export class StudyHours1765940000000 implements MigrationInterface {
  name = 'StudyHours1765940000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'course_attendance',
        columns: [
          id(),
          int('course_id'),
          int('session_id'),
          int('teacher_id'),
          str('status', 12),
          str('method', 12),
          dt('recorded_at'),
          str('recorded_by', 64),
        ],
        indices: [
          idx('UQ_course_attendance', ['session_id', 'teacher_id'], true),
          idx('IDX_course_attendance_course', ['course_id', 'teacher_id']),
        ],
        foreignKeys: [
          fk('FK_course_attendance_session', 'session_id', 'course_session', 'CASCADE'),
          fk('FK_course_attendance_teacher', 'teacher_id', 'teacher'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'session_sign_in',
        columns: [
          int('session_id', { isPrimary: true }),
          int('course_id'),
          str('code', 12),
          dt('valid_from'),
          dt('valid_until'),
          str('created_by', 64),
        ],
        indices: [idx('UQ_session_sign_in_code', ['code'], true)],
        foreignKeys: [fk('FK_session_sign_in_session', 'session_id', 'course_session', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'sign_in_failure',
        columns: [id(), int('teacher_id'), str('reason', 8), dt('attempted_at')],
        indices: [idx('IDX_sign_in_failure_teacher', ['teacher_id', 'attempted_at'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'study_record',
        columns: [
          id(),
          int('teacher_id'),
          int('school_id'),
          str('source', 8),
          int('course_id', { isNullable: true }),
          int('partner_key_id', { isNullable: true }),
          str('external_id', 64, { isNullable: true }),
          str('title', 120),
          str('issuer_name', 120),
          int('issuer_unit_id', { isNullable: true }),
          int('school_year'),
          str('domain', 40),
          hours('hours'),
          str('starts_on', 10),
          str('ends_on', 10),
          str('certificate_number', 48),
          str('verification_code', 16),
          int('record_key'),
          dt('issued_at'),
          str('issued_by', 64),
          dt('updated_at'),
          int('version'),
        ],
        indices: [
          idx('UQ_study_record_course', ['teacher_id', 'course_id'], true),
          idx('UQ_study_record_external', ['partner_key_id', 'external_id'], true),
          idx('UQ_study_record_certificate', ['certificate_number'], true),
          idx('UQ_study_record_verification', ['verification_code'], true),
          idx('IDX_study_record_teacher_year', ['teacher_id', 'school_year', 'id']),
          idx('IDX_study_record_course', ['course_id']),
        ],
        foreignKeys: [fk('FK_study_record_teacher', 'teacher_id', 'teacher'), fk('FK_study_record_course', 'course_id', 'course')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'hours_correction',
        columns: [
          id(),
          int('record_id'),
          int('course_id'),
          int('organiser_unit_id'),
          int('county_id', { isNullable: true }),
          hours('hours_before'),
          hours('hours_after'),
          str('reason', 500),
          str('status', 10),
          str('requested_by', 64),
          dt('requested_at'),
          str('decided_by', 64, { isNullable: true }),
          dt('decided_at', { isNullable: true }),
          str('decision_note', 500, { isNullable: true }),
        ],
        indices: [idx('IDX_hours_correction_status', ['status', 'id']), idx('IDX_hours_correction_record', ['record_id'])],
        foreignKeys: [fk('FK_hours_correction_record', 'record_id', 'study_record')],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['hours_correction', 'study_record', 'sign_in_failure', 'session_sign_in', 'course_attendance']) await q.dropTable(t);
  }
}
