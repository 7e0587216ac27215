import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

const isMysql = (q: QueryRunner) => q.connection.options.type === 'mysql' || q.connection.options.type === 'mariadb';

/**
 * The catalog's county filter reads sessions by county (a course of one county held in another),
 * and on MySQL/MariaDB the search text, already normalised (NFKC, lower case, 台/臺 alike), is
 * compared byte by byte (utf8mb4_bin): LIKE '%...%' over a county's courses without the unicode
 * collation's per-character weights.
 */
export class CourseCatalogIndex1765910000000 implements MigrationInterface {
  name = 'CourseCatalogIndex1765910000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createIndex('course_session', new TableIndex({ name: 'IDX_course_session_county', columnNames: ['county_id', 'course_id'] }));
    if (isMysql(q)) await q.query('ALTER TABLE course MODIFY search_text VARCHAR(400) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL');
    // a county's catalog search counted and filtered from the index alone (the rows hold long descriptions)
    await q.createIndex(
      'course',
      new TableIndex({ name: 'IDX_course_catalog', columnNames: ['county_id', 'domain', 'status', 'search_text', 'code', 'starts_at'] }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('course', 'IDX_course_catalog');
    if (isMysql(q))
      await q.query('ALTER TABLE course MODIFY search_text VARCHAR(400) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL');
    await q.dropIndex('course_session', 'IDX_course_session_county');
  }
}
