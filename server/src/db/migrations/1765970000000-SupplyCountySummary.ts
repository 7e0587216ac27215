import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';
import { refillCountySummary } from '../../shared/supply-summary';

/**
 * 供需 at national scale: the supply and uptake summaries rolled up per school year x dimension x
 * county x option (shared/supply-summary.ts), kept in the same transactions as supply_summary and
 * uptake_summary. The standard report (every dimension by county, no other filter) reads ~23 rows an
 * option from it instead of summing thousands of rows split by stage, remoteness and organiser kind.
 * Filled from the two summary tables there are.
 */
const int = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'integer', ...extra });

export class SupplyCountySummary1765970000000 implements MigrationInterface {
  name = 'SupplyCountySummary1765970000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'supply_county_summary',
        columns: [
          // the key in the order the report reads and groups it
          int('school_year', { isPrimary: true }),
          { name: 'dimension', type: 'varchar', length: '8', isPrimary: true },
          int('county_id', { isPrimary: true }),
          { name: 'option', type: 'varchar', length: '40', isPrimary: true },
          int('courses', { default: 0 }),
          int('seats', { default: 0 }),
          int('seat_hours', { default: 0 }),
          int('registrations', { default: 0 }),
          int('reg_key_sum', { default: 0 }),
          int('issued_records', { default: 0 }),
          { name: 'issued_hours', type: 'decimal', precision: 12, scale: 1, default: 0 },
          int('issued_key_sum', { default: 0 }),
        ],
      }),
    );
    await refillCountySummary(q, q.connection);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('supply_county_summary');
  }
}
