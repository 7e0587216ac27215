import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

/** The yearly planning cycle (issue 4): reopenings, summary tables, surveys, reminders, the reward threshold. */
export class PlanningCycle1764200000000 implements MigrationInterface {
  name = 'PlanningCycle1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    const int = (name: string, extra = {}) => ({ name, type: 'integer', ...extra });
    const str = (name: string, length: number, extra = {}) => ({ name, type: 'varchar', length: String(length), ...extra });
    await q.addColumn('school_year', new TableColumn({ name: 'reward_threshold_percent', type: 'integer', default: 60 }));
    await q.createTable(
      new Table({
        name: 'plan_reopening',
        columns: [
          str('plan_kind', 16, { isPrimary: true }),
          int('school_year', { isPrimary: true }),
          int('owner_id', { isPrimary: true }),
          { name: 'until', type: 'datetime' },
          str('reopened_by', 64),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'demand_summary',
        columns: [
          int('school_year', { isPrimary: true }),
          str('plan_kind', 16, { isPrimary: true }),
          int('county_id', { isPrimary: true }),
          str('stage', 24, { isPrimary: true }),
          str('dimension', 8, { isPrimary: true }),
          str('option', 40, { isPrimary: true }),
          int('plans', { default: 0 }),
          int('hours', { default: 0 }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'participation_summary',
        columns: [
          int('school_year', { isPrimary: true }),
          str('plan_kind', 16, { isPrimary: true }),
          int('county_id', { isPrimary: true }),
          str('stage', 24, { isPrimary: true }),
          int('submitted', { default: 0 }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'survey_response',
        columns: [
          int('id', { isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
          int('school_year'),
          int('respondent'),
          str('plan_kind', 16),
          int('county_id', { isNullable: true }),
          str('ratings', 20),
          str('comment', 1000, { isNullable: true }),
          { name: 'answered_at', type: 'datetime' },
        ],
        indices: [
          { name: 'UQ_survey_response', columnNames: ['school_year', 'respondent'], isUnique: true },
          { name: 'IDX_survey_response_county', columnNames: ['school_year', 'county_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'reminder',
        columns: [
          int('id', { isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
          int('school_year'),
          str('plan_kind', 16),
          int('school_id'),
          int('county_id', { isNullable: true }),
          { name: 'sent_at', type: 'datetime' },
          str('sent_by', 64),
          str('recipient_ids', 500),
          int('pending_teachers', { default: 0 }),
        ],
        indices: [{ name: 'IDX_reminder_year_school', columnNames: ['school_year', 'school_id'] }],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['reminder', 'survey_response', 'participation_summary', 'demand_summary', 'plan_reopening']) await q.dropTable(t);
    await q.dropColumn('school_year', 'reward_threshold_percent');
  }
}
