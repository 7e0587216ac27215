import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * The catalog's county filter at national scale (~40,000 courses a year):
 * - a session keeps its course's county (`course_county_id`, written with the sessions), so the courses
 *   held in a county by an organiser of another county are found from the session index alone (before:
 *   every session of the county, ~15,000, joined to its course row);
 * - the catalog index ends with `published_at` (the public scope: ever published) and the registration
 *   window (the open-first order), so a county's count and the IDs of a page come from the index alone:
 *   only the page's rows are read (before: every match's row, ~700 for a common word in a large county).
 */
export class CatalogCountyIndex1765971000000 implements MigrationInterface {
  name = 'CatalogCountyIndex1765971000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.addColumn('course_session', new TableColumn({ name: 'course_county_id', type: 'integer', isNullable: true }));
    await q.query('UPDATE course_session SET course_county_id = (SELECT c.county_id FROM course c WHERE c.id = course_session.course_id)');
    await q.dropIndex('course_session', 'IDX_course_session_county');
    await q.createIndex(
      'course_session',
      new TableIndex({ name: 'IDX_course_session_county', columnNames: ['county_id', 'course_county_id', 'course_id'] }),
    );
    await q.dropIndex('course', 'IDX_course_catalog');
    await q.createIndex(
      'course',
      new TableIndex({
        name: 'IDX_course_catalog',
        columnNames: [
          'county_id',
          'domain',
          'status',
          'search_text',
          'code',
          'starts_at',
          'published_at',
          'registration_opens_at',
          'registration_closes_at',
        ],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('course', 'IDX_course_catalog');
    await q.createIndex(
      'course',
      new TableIndex({ name: 'IDX_course_catalog', columnNames: ['county_id', 'domain', 'status', 'search_text', 'code', 'starts_at'] }),
    );
    await q.dropIndex('course_session', 'IDX_course_session_county');
    await q.createIndex('course_session', new TableIndex({ name: 'IDX_course_session_county', columnNames: ['county_id', 'course_id'] }));
    await q.dropColumn('course_session', 'course_county_id');
  }
}
