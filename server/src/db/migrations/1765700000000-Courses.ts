import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKeyOptions, TableIndexOptions } from 'typeorm';

/** 研習課程 and 線上報名 (issue 11): courses, their dimensions, audience and sessions, and registrations. */
const id = (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' });
const int = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'integer', ...extra });
const str = (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  ...extra,
});
const dt = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'datetime', ...extra });
const fk = (name: string, column: string, table: string, onDelete: 'CASCADE' | 'NO ACTION' = 'NO ACTION'): TableForeignKeyOptions => ({
  name,
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete,
  onUpdate: 'NO ACTION',
});
const idx = (name: string, columnNames: string[], isUnique = false): TableIndexOptions => ({ name, columnNames, isUnique });

export class Courses1765700000000 implements MigrationInterface {
  name = 'Courses1765700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'course',
        columns: [
          id(),
          str('code', 40),
          int('school_year'),
          int('organiser_unit_id'),
          int('county_id', { isNullable: true }),
          str('title', 120),
          str('description', 2000),
          str('domain', 40),
          str('themes', 500),
          int('hours'),
          int('capacity'),
          int('waitlist_size'),
          dt('registration_opens_at'),
          dt('registration_closes_at'),
          dt('starts_at'),
          dt('ends_at'),
          { name: 'school_approval', type: 'boolean', default: 0 },
          str('contact_name', 50),
          str('contact_phone', 30, { isNullable: true }),
          str('contact_email', 120, { isNullable: true }),
          str('status', 12),
          int('admitted_count', { default: 0 }),
          int('waitlisted_count', { default: 0 }),
          int('next_queue_no', { default: 1 }),
          str('search_text', 400),
          dt('submitted_at', { isNullable: true }),
          dt('approved_at', { isNullable: true }),
          str('approved_by', 64, { isNullable: true }),
          dt('published_at', { isNullable: true }),
          str('status_note', 500, { isNullable: true }),
          str('created_by', 64),
          dt('created_at'),
          dt('updated_at'),
          int('version'),
        ],
        indices: [
          idx('UQ_course_code', ['code'], true),
          idx('IDX_course_organiser', ['organiser_unit_id', 'school_year']),
          idx('IDX_course_status_start', ['status', 'starts_at', 'id']),
          idx('IDX_course_county_start', ['county_id', 'starts_at']),
        ],
        foreignKeys: [fk('FK_course_organiser', 'organiser_unit_id', 'unit')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'course_choice',
        columns: [int('course_id', { isPrimary: true }), str('dimension', 8, { isPrimary: true }), str('option', 40, { isPrimary: true })],
        indices: [idx('IDX_course_choice_option', ['dimension', 'option', 'course_id'])],
        foreignKeys: [fk('FK_course_choice_course', 'course_id', 'course', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'course_audience',
        columns: [int('course_id', { isPrimary: true }), str('kind', 8, { isPrimary: true }), str('value', 24, { isPrimary: true })],
        foreignKeys: [fk('FK_course_audience_course', 'course_id', 'course', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'course_session',
        columns: [
          id(),
          int('course_id'),
          dt('starts_at'),
          dt('ends_at'),
          int('county_id', { isNullable: true }),
          str('address', 200, { isNullable: true }),
          str('online_url', 300, { isNullable: true }),
        ],
        indices: [idx('IDX_course_session_course', ['course_id', 'starts_at'])],
        foreignKeys: [fk('FK_course_session_course', 'course_id', 'course', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'course_registration',
        columns: [
          id(),
          int('course_id'),
          int('teacher_id'),
          int('school_id'),
          str('status', 12),
          str('approval', 12),
          int('queue_no'),
          dt('registered_at'),
          str('registered_by', 64),
          dt('updated_at'),
          str('approval_decided_by', 64, { isNullable: true }),
        ],
        indices: [
          idx('UQ_course_registration', ['course_id', 'teacher_id'], true),
          idx('IDX_course_registration_queue', ['course_id', 'status', 'queue_no']),
          idx('IDX_course_registration_teacher', ['teacher_id', 'id']),
          idx('IDX_course_registration_school', ['school_id', 'id']),
        ],
        foreignKeys: [
          fk('FK_course_registration_course', 'course_id', 'course'),
          fk('FK_course_registration_teacher', 'teacher_id', 'teacher'),
        ],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['course_registration', 'course_session', 'course_audience', 'course_choice', 'course']) await q.dropTable(t);
  }
}
