import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { seed } from '../src/db/seed/generator';
import { isValidNationalId } from '../src/shared/national-id';
import { freshDatabase, dbLabel } from './db';

const TABLES = ['county', 'unit', 'teacher', 'teacher_subject', 'business_account', 'school_plan', 'teacher_plan_choice', 'teacher_plan_domain'];

async function fingerprint(ds: DataSource): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    const cols = ds.getMetadata(ds.entityMetadatas.find((m) => m.tableName === t)!.target).columns.map((c) => c.databaseName);
    const rows: Record<string, unknown>[] = await ds.query(`SELECT ${cols.join(', ')} FROM ${t} ORDER BY ${cols.join(', ')}`);
    out[t] = createHash('sha256').update(JSON.stringify(rows.map((r) => cols.map((c) => String(r[c]))))).digest('hex');
  }
  return out;
}

async function seeded(name: string, s: number): Promise<DataSource> {
  const ds = await (await freshDatabase(name)).open();
  await ds.runMigrations();
  await seed(ds, { scale: 'demo', seed: s });
  return ds;
}

describe(`data generator (${dbLabel()})`, () => {
  let a: DataSource, b: DataSource, c: DataSource;
  beforeAll(async () => {
    a = await seeded('seed_a', 7);
    b = await seeded('seed_b', 7);
    c = await seeded('seed_c', 8);
  }, 120000);
  afterAll(async () => {
    for (const ds of [a, b, c]) await ds?.destroy();
  });

  it('same seed, same data; another seed, other data', async () => {
    const [fa, fb, fc] = await Promise.all([fingerprint(a), fingerprint(b), fingerprint(c)]);
    expect(fa).toEqual(fb);
    expect(fa.teacher).not.toBe(fc.teacher);
    expect(fa.county).toBe(fc.county);
  });

  it('demo scale: 23 counties, about 120 schools and 3,000 teachers, plans for 108-110', async () => {
    const n = async (sql: string) => Number((await a.query(sql))[0].n);
    expect(await n('SELECT COUNT(*) AS n FROM county')).toBe(23);
    expect(await n("SELECT COUNT(*) AS n FROM unit WHERE kind = 'SCHOOL'")).toBe(120);
    const teachers = await n('SELECT COUNT(*) AS n FROM teacher');
    expect(teachers).toBeGreaterThanOrEqual(2950);
    expect(teachers).toBeLessThanOrEqual(3050);
    expect(await n('SELECT COUNT(DISTINCT county_id) AS n FROM unit WHERE kind = \'SCHOOL\'')).toBe(23);
    const years: { y: number }[] = await a.query('SELECT DISTINCT school_year AS y FROM teacher_plan ORDER BY y');
    expect(years.map((r) => Number(r.y))).toEqual([108, 109, 110]);
    expect(await n('SELECT COUNT(*) AS n FROM school_plan')).toBeGreaterThan(250);
    expect(await n('SELECT COUNT(*) AS n FROM teacher_plan')).toBeGreaterThan(5000);
  });

  it('every national ID is valid and unique; every school has an active CHIEF', async () => {
    const ids: { national_id: string }[] = await a.query('SELECT national_id FROM teacher UNION ALL SELECT national_id FROM business_account');
    expect(ids.every((r) => isValidNationalId(r.national_id))).toBe(true);
    expect(new Set(ids.map((r) => r.national_id)).size).toBe(ids.length);
    const without = await a.query(
      "SELECT u.id FROM unit u WHERE u.kind = 'SCHOOL' AND NOT EXISTS (SELECT 1 FROM business_account a WHERE a.unit_id = u.id AND a.role = 'CHIEF' AND a.status = 'ACTIVE')",
    );
    expect(without).toEqual([]);
  });

  it('choices differ by stage and remoteness, so the analysis has something to find', async () => {
    const share = async (where: string) => {
      const [r] = await a.query(
        `SELECT SUM(CASE WHEN c.option = 'ONLINE' THEN 1 ELSE 0 END) AS online, COUNT(DISTINCT p.id) AS plans
         FROM teacher_plan p JOIN unit u ON u.id = p.school_id JOIN teacher_plan_choice c ON c.plan_id = p.id AND c.dimension = 'PLACE'
         WHERE ${where}`,
      );
      return Number(r.online) / Number(r.plans);
    };
    const remote = await share("u.remoteness <> 'GENERAL'");
    const general = await share("u.remoteness = 'GENERAL'");
    expect(remote).toBeGreaterThan(general * 1.3);
  });
});
