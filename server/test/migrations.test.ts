import { freshDatabase, dbLabel } from './db';
import { MIGRATIONS } from '../src/db/migrations';

describe(`migrations (${dbLabel()})`, () => {
  it('after migrating, nothing is pending against the entities', async () => {
    const db = await freshDatabase('migrations');
    const ds = await db.open();
    try {
      const ran = await ds.runMigrations();
      expect(ran.length).toBeGreaterThan(0);
      const log = await ds.driver.createSchemaBuilder().log();
      expect(log.upQueries.map((q) => q.query)).toEqual([]);
      expect(await ds.showMigrations()).toBe(false);
    } finally {
      await ds.destroy();
    }
  });

  it('undoes every migration cleanly and migrates again', async () => {
    const db = await freshDatabase('migrations_undo');
    const ds = await db.open();
    try {
      await ds.runMigrations();
      for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
      const tables = await ds.createQueryRunner().getTables(['teacher']);
      expect(tables).toHaveLength(0);
      await ds.runMigrations();
      expect((await ds.driver.createSchemaBuilder().log()).upQueries).toHaveLength(0);
    } finally {
      await ds.destroy();
    }
  }, 300_000); // nine migrations down and up again: MySQL's information_schema reads are slow on a loaded machine

  it('enforces one live business account per national ID and unique teacher IDs in the database', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => {}); // the refused inserts are logged
    const db = await freshDatabase('migrations_unique');
    const ds = await db.open();
    try {
      await ds.runMigrations();
      await ds.query("INSERT INTO county (id, code, name, name_en) VALUES (2, 'TPE', '臺北市', 'Taipei City')");
      await ds.query("INSERT INTO unit (id, kind, code, name, county_id) VALUES (1, 'SCHOOL', '020001', 'S', 2)");
      const insert = (id: number, live: string | null) =>
        ds.query(
          `INSERT INTO business_account (id, national_id, live_national_id, name, unit_id, role, permissions, status, version)
           VALUES (?, 'A123456789', ?, 'N', 1, 'CHIEF', 31, ?, 1)`,
          [id, live, live ? 'ACTIVE' : 'DELETED'],
        );
      await insert(1, null);
      await insert(2, null);
      await insert(3, 'A123456789');
      await expect(insert(4, 'A123456789')).rejects.toThrow();
      await ds.query("INSERT INTO teacher (national_id, name, school_id, title) VALUES ('A123456789', 'T', 1, 'HOMEROOM')");
      await expect(
        ds.query("INSERT INTO teacher (national_id, name, school_id, title) VALUES ('A123456789', 'U', 1, 'HOMEROOM')"),
      ).rejects.toThrow();
      await expect(
        ds.query("INSERT INTO teacher (national_id, name, school_id, title) VALUES ('B123456780', 'U', 999, 'HOMEROOM')"),
      ).rejects.toThrow();
      // the log names the statement, never the values
      expect(quiet.mock.calls.flat().join(' ')).not.toContain('A123456789');
    } finally {
      quiet.mockRestore();
      await ds.destroy();
    }
  });
});
