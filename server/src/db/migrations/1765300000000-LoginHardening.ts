import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

const isMysql = (q: QueryRunner) => q.connection.options.type === 'mysql' || q.connection.options.type === 'mariadb';

/**
 * Issue 9, logins, sessions and applications:
 * - login_session: one row per issued token (logout, logoutEverywhere, a password change or reset and
 *   a suspension end them);
 * - credential.known_address_hash: the address of the last successful login (hashed), exempt from the
 *   account's growing delay;
 * - usernames compare as stored (normalized NFKC, lower case): binary collation on MySQL/MariaDB;
 * - business_account.applied_at (pending applications expire) and live_national_id only for
 *   ACTIVE/SUSPENDED accounts, so a pending application does not block another of the same ID.
 */
export class LoginHardening1765300000000 implements MigrationInterface {
  name = 'LoginHardening1765300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'login_session',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'credential_id', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
          { name: 'expires_at', type: 'datetime' },
          { name: 'ended_at', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'IDX_login_session_credential', columnNames: ['credential_id'] }],
        foreignKeys: [
          {
            name: 'FK_login_session_credential',
            columnNames: ['credential_id'],
            referencedTableName: 'credential',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
      }),
    );
    await q.addColumn('credential', new TableColumn({ name: 'known_address_hash', type: 'varchar', length: '64', isNullable: true }));
    await q.addColumn('business_account', new TableColumn({ name: 'applied_at', type: 'datetime', isNullable: true }));
    await q.query("UPDATE business_account SET applied_at = CURRENT_TIMESTAMP WHERE status = 'PENDING'");
    await q.query("UPDATE business_account SET live_national_id = NULL WHERE status = 'PENDING'");
    if (isMysql(q)) {
      await q.query('ALTER TABLE `credential` MODIFY `username` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL');
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    if (isMysql(q)) {
      await q.query('ALTER TABLE `credential` MODIFY `username` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL');
    }
    await q.query("UPDATE business_account SET live_national_id = national_id WHERE status = 'PENDING'");
    await q.dropColumn('business_account', 'applied_at');
    await q.dropColumn('credential', 'known_address_hash');
    await q.dropTable('login_session');
  }
}
