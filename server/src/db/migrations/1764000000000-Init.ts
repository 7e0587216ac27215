import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKeyOptions, TableIndexOptions } from 'typeorm';

/**
 * The first schema: places, units, people, accounts, school years and plans (docs/DOMAIN.md 2-5).
 * Written with the QueryRunner table API so one history runs on MySQL/MariaDB and SQLite; never
 * edit a migration that has shipped, add a new one.
 */
const id = (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' });
const int = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'integer', ...extra });
const str = (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  ...extra,
});
const dt = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'datetime', ...extra });
const fk = (
  name: string,
  column: string,
  table: string,
  onDelete: 'CASCADE' | 'NO ACTION' = 'NO ACTION',
  refColumn = 'id',
): TableForeignKeyOptions => ({
  name,
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: [refColumn],
  onDelete,
  onUpdate: 'NO ACTION',
});
const idx = (name: string, columnNames: string[], isUnique = false): TableIndexOptions => ({ name, columnNames, isUnique });

const TABLES: Table[] = [
  new Table({
    name: 'county',
    columns: [int('id', { isPrimary: true }), str('code', 8), str('name', 20), str('name_en', 60)],
    indices: [idx('UQ_county_code', ['code'], true)],
  }),
  new Table({
    name: 'school_year',
    columns: [int('year', { isPrimary: true }), dt('service_opens_at'), dt('service_closes_at')],
  }),
  new Table({
    name: 'county_school_year',
    columns: [int('school_year', { isPrimary: true }), int('county_id', { isPrimary: true }), str('plan_group', 4), int('teacher_wave')],
    foreignKeys: [
      fk('FK_county_school_year_year', 'school_year', 'school_year', 'CASCADE', 'year'),
      fk('FK_county_school_year_county', 'county_id', 'county'),
    ],
  }),
  new Table({
    name: 'plan_window',
    columns: [id(), int('school_year'), str('plan_kind', 16), str('group_key', 4), dt('opens_at'), dt('closes_at')],
    indices: [idx('UQ_plan_window', ['school_year', 'plan_kind', 'group_key'], true)],
    foreignKeys: [fk('FK_plan_window_year', 'school_year', 'school_year', 'CASCADE', 'year')],
  }),
  new Table({
    name: 'unit',
    columns: [
      id(),
      str('kind', 24),
      str('code', 20),
      str('name', 100),
      int('county_id', { isNullable: true }),
      str('stages', 120, { isNullable: true }),
      int('student_count', { isNullable: true }),
      str('remoteness', 24, { isNullable: true }),
    ],
    indices: [idx('UQ_unit_code', ['code'], true), idx('IDX_unit_kind_county', ['kind', 'county_id'])],
    foreignKeys: [fk('FK_unit_county', 'county_id', 'county')],
  }),
  new Table({
    name: 'teacher',
    columns: [
      id(),
      str('national_id', 10),
      str('name', 50),
      int('school_id'),
      str('title', 24),
      str('email', 120, { isNullable: true }),
      str('phone', 30, { isNullable: true }),
    ],
    indices: [idx('UQ_teacher_national_id', ['national_id'], true), idx('IDX_teacher_school', ['school_id', 'id'])],
    foreignKeys: [fk('FK_teacher_school', 'school_id', 'unit')],
  }),
  new Table({
    name: 'teacher_subject',
    columns: [int('teacher_id', { isPrimary: true }), str('subject', 24, { isPrimary: true })],
    indices: [idx('IDX_teacher_subject_subject', ['subject'])],
    foreignKeys: [fk('FK_teacher_subject_teacher', 'teacher_id', 'teacher', 'CASCADE')],
  }),
  new Table({
    name: 'business_account',
    columns: [
      id(),
      str('national_id', 10),
      str('live_national_id', 10, { isNullable: true }),
      str('name', 50),
      int('unit_id'),
      str('role', 16),
      int('permissions'),
      str('status', 16),
      str('email', 120, { isNullable: true }),
      str('phone', 30, { isNullable: true }),
      int('version'),
    ],
    indices: [
      idx('UQ_business_account_live_national_id', ['live_national_id'], true),
      idx('IDX_business_account_unit', ['unit_id', 'role']),
    ],
    foreignKeys: [fk('FK_business_account_unit', 'unit_id', 'unit')],
  }),
  new Table({
    name: 'staff_account',
    columns: [id(), str('role', 20), str('name', 50), int('unit_id', { isNullable: true })],
    foreignKeys: [fk('FK_staff_account_unit', 'unit_id', 'unit')],
  }),
  new Table({
    name: 'credential',
    columns: [
      id(),
      str('username', 64),
      str('password_hash', 200),
      str('principal_kind', 10),
      int('teacher_id', { isNullable: true }),
      int('business_account_id', { isNullable: true }),
      int('staff_account_id', { isNullable: true }),
      int('failed_logins', { default: 0 }),
      dt('locked_until', { isNullable: true }),
      { name: 'must_change_password', type: 'boolean', default: 0 },
    ],
    indices: [
      idx('UQ_credential_username', ['username'], true),
      idx('UQ_credential_teacher', ['teacher_id'], true),
      idx('UQ_credential_business_account', ['business_account_id'], true),
      idx('UQ_credential_staff_account', ['staff_account_id'], true),
    ],
    foreignKeys: [
      fk('FK_credential_teacher', 'teacher_id', 'teacher', 'CASCADE'),
      fk('FK_credential_business_account', 'business_account_id', 'business_account', 'CASCADE'),
      fk('FK_credential_staff_account', 'staff_account_id', 'staff_account', 'CASCADE'),
    ],
  }),
  new Table({
    name: 'school_plan',
    columns: [
      id(),
      int('school_year'),
      int('school_id'),
      str('status', 12),
      str('stages', 120),
      int('total_students', { isNullable: true }),
      dt('submitted_at', { isNullable: true }),
      dt('updated_at'),
      int('version'),
    ],
    indices: [idx('UQ_school_plan_year_school', ['school_year', 'school_id'], true), idx('IDX_school_plan_school', ['school_id'])],
    foreignKeys: [
      fk('FK_school_plan_year', 'school_year', 'school_year', 'NO ACTION', 'year'),
      fk('FK_school_plan_school', 'school_id', 'unit'),
    ],
  }),
  new Table({
    name: 'school_plan_teacher',
    columns: [int('plan_id', { isPrimary: true }), int('teacher_id', { isPrimary: true }), str('title', 24), str('subjects', 255)],
    foreignKeys: [fk('FK_school_plan_teacher_plan', 'plan_id', 'school_plan', 'CASCADE')],
  }),
  new Table({
    name: 'teacher_plan',
    columns: [
      id(),
      int('school_year'),
      int('teacher_id'),
      int('school_id'),
      str('status', 12),
      dt('submitted_at', { isNullable: true }),
      dt('updated_at'),
      int('version'),
    ],
    indices: [
      idx('UQ_teacher_plan_year_teacher', ['school_year', 'teacher_id'], true),
      idx('IDX_teacher_plan_school', ['school_id', 'school_year']),
      idx('IDX_teacher_plan_teacher', ['teacher_id']),
    ],
    foreignKeys: [
      fk('FK_teacher_plan_year', 'school_year', 'school_year', 'NO ACTION', 'year'),
      fk('FK_teacher_plan_teacher', 'teacher_id', 'teacher'),
      fk('FK_teacher_plan_school', 'school_id', 'unit'),
    ],
  }),
  ...(['school', 'teacher'] as const).flatMap((k) => [
    new Table({
      name: `${k}_plan_choice`,
      columns: [int('plan_id', { isPrimary: true }), str('dimension', 8, { isPrimary: true }), str('option', 40, { isPrimary: true })],
      indices: [idx(`IDX_${k}_plan_choice_option`, ['dimension', 'option', 'plan_id'])],
      foreignKeys: [fk(`FK_${k}_plan_choice_plan`, 'plan_id', `${k}_plan`, 'CASCADE')],
    }),
    new Table({
      name: `${k}_plan_domain`,
      columns: [int('plan_id', { isPrimary: true }), str('domain', 40, { isPrimary: true }), str('themes', 500), int('hours')],
      foreignKeys: [fk(`FK_${k}_plan_domain_plan`, 'plan_id', `${k}_plan`, 'CASCADE')],
    }),
  ]),
];

export class Init1764000000000 implements MigrationInterface {
  name = 'Init1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.createTable(table, false, true, true);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.dropTable(table.name, true, true, true);
  }
}
