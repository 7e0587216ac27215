import type { DataSource } from 'typeorm';
import { isMysql } from '../shared/sql';

/** Empties every table of the entities (children first), keeping the schema and migrations. */
export async function resetDatabase(ds: DataSource): Promise<void> {
  const mysql = isMysql(ds);
  const tables = ds.entityMetadatas.map((m) => m.tableName);
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    if (mysql) {
      await runner.query('SET SESSION foreign_key_checks = 0');
      for (const t of tables) await runner.query(`TRUNCATE TABLE \`${t}\``);
      await runner.query('SET SESSION foreign_key_checks = 1');
    } else {
      await runner.query('PRAGMA foreign_keys = OFF');
      for (const t of tables) await runner.query(`DELETE FROM "${t}"`);
      await runner.query('PRAGMA foreign_keys = ON');
    }
  } finally {
    await runner.release();
  }
}
