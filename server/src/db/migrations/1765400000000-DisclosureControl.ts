import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { KEY_RANGE } from '../../shared/disclosure';
import { refillSummaries } from '../../modules/planning';

/**
 * Disclosure control by the cell key method (issue 9, item 5): a random record key on every plan and
 * survey answer, the sum of the record keys next to each count of the summary tables (the cell key),
 * the report index covering it. Existing rows get random keys and the summary tables are recounted.
 */
export class DisclosureControl1765400000000 implements MigrationInterface {
  name = 'DisclosureControl1765400000000';

  public async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.options.type === 'mysql' || q.connection.options.type === 'mariadb';
    const random = mysql ? `FLOOR(RAND() * ${KEY_RANGE})` : `abs(random() % ${KEY_RANGE})`;
    for (const t of ['teacher_plan', 'school_plan', 'survey_response']) {
      await q.addColumn(t, new TableColumn({ name: 'record_key', type: 'integer', default: 0 }));
      await q.query(`UPDATE ${t} SET record_key = ${random}`);
    }
    for (const t of ['demand_summary', 'participation_summary'])
      await q.addColumn(t, new TableColumn({ name: 'key_sum', type: 'integer', default: 0 }));
    await q.dropIndex('demand_summary', 'IDX_demand_summary_report');
    await q.createIndex(
      'demand_summary',
      new TableIndex({
        name: 'IDX_demand_summary_report',
        columnNames: ['school_year', 'plan_kind', 'dimension', 'county_id', 'stage', 'option', 'plans', 'hours', 'key_sum'],
      }),
    );
    await refillSummaries(q, q.connection);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('demand_summary', 'IDX_demand_summary_report');
    for (const t of ['participation_summary', 'demand_summary']) await q.dropColumn(t, 'key_sum');
    await q.createIndex(
      'demand_summary',
      new TableIndex({
        name: 'IDX_demand_summary_report',
        columnNames: ['school_year', 'plan_kind', 'dimension', 'county_id', 'stage', 'option', 'plans', 'hours'],
      }),
    );
    for (const t of ['survey_response', 'school_plan', 'teacher_plan']) await q.dropColumn(t, 'record_key');
  }
}
