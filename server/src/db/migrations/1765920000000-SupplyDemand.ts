import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions } from 'typeorm';
import { KEY_RANGE } from '../../shared/disclosure';
import { refillSupplySummaries } from '../../shared/supply-summary';

/**
 * 供需 (issue 12 item 6): the supply and uptake summary tables (shared/supply-summary.ts), kept in the
 * transactions of the course, registration and study-record writes, and a record key on every
 * registration for the disclosure control. Existing registrations get random keys; both tables are
 * counted from the courses and registrations there are.
 */
const int = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'integer', ...extra });
const str = (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  ...extra,
});
const keys = (): TableColumnOptions[] => [
  int('school_year', { isPrimary: true }),
  str('dimension', 8, { isPrimary: true }),
  str('stage', 24, { isPrimary: true }),
  int('county_id', { isPrimary: true }),
  str('organiser_kind', 24, { isPrimary: true }),
  str('remoteness', 24, { isPrimary: true }),
  str('option', 40, { isPrimary: true }),
];

export class SupplyDemand1765920000000 implements MigrationInterface {
  name = 'SupplyDemand1765920000000';

  public async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.options.type === 'mysql' || q.connection.options.type === 'mariadb';
    const random = mysql ? `FLOOR(RAND() * ${KEY_RANGE})` : `abs(random() % ${KEY_RANGE})`;
    await q.addColumn('course_registration', new TableColumn({ name: 'record_key', type: 'integer', default: 0 }));
    await q.query(`UPDATE course_registration SET record_key = ${random}`);
    await q.createTable(
      new Table({
        name: 'supply_summary',
        columns: [...keys(), int('courses', { default: 0 }), int('seats', { default: 0 }), int('seat_hours', { default: 0 })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'uptake_summary',
        columns: [
          ...keys(),
          int('registrations', { default: 0 }),
          int('reg_key_sum', { default: 0 }),
          int('issued_records', { default: 0 }),
          { name: 'issued_hours', type: 'decimal', precision: 12, scale: 1, default: 0 },
          int('issued_key_sum', { default: 0 }),
        ],
      }),
    );
    await refillSupplySummaries(q, q.connection, { countySummary: false });
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('uptake_summary');
    await q.dropTable('supply_summary');
    await q.dropColumn('course_registration', 'record_key');
  }
}
