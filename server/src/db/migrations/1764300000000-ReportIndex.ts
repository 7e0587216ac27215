import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** A covering index for the standard report: one year, one plan kind, one dimension, by county and stage. */
export class ReportIndex1764300000000 implements MigrationInterface {
  name = 'ReportIndex1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'demand_summary',
      new TableIndex({
        name: 'IDX_demand_summary_report',
        columnNames: ['school_year', 'plan_kind', 'dimension', 'county_id', 'stage', 'option', 'plans', 'hours'],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('demand_summary', 'IDX_demand_summary_report');
  }
}
