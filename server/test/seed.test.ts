import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { addDemoCurrentYear, DEMO_OPEN_COURSES_PER_COUNTY, demoSeedOptions, schoolYearAt } from '../src/db/seed/current-year';
import { CourseEntity, CourseSessionEntity, timesOfSessions } from '../src/modules/courses';
import { DEFAULT_SEED, seed } from '../src/db/seed/generator';
import { isValidNationalId } from '../src/shared/national-id';
import { builtDatabase, freshDatabase, dbLabel, templateCopy } from './db';

const TABLES = [
  'county',
  'unit',
  'teacher',
  'teacher_subject',
  'business_account',
  'school_plan',
  'teacher_plan_choice',
  'teacher_plan_domain',
];

async function fingerprint(ds: DataSource): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    const cols = ds.getMetadata(ds.entityMetadatas.find((m) => m.tableName === t)!.target).columns.map((c) => c.databaseName);
    const rows: Record<string, unknown>[] = await ds.query(`SELECT ${cols.join(', ')} FROM ${t} ORDER BY ${cols.join(', ')}`);
    out[t] = createHash('sha256')
      .update(JSON.stringify(rows.map((r) => cols.map((c) => String(r[c])))))
      .digest('hex');
  }
  return out;
}

async function seeded(name: string, s: number, years?: number): Promise<DataSource> {
  const ds = await (await freshDatabase(name)).open();
  await ds.runMigrations();
  await seed(ds, { scale: 'demo', seed: s, years });
  return ds;
}

describe(`data generator (${dbLabel()})`, () => {
  let a: DataSource, b: DataSource, c: DataSource;
  beforeAll(async () => {
    // a: the template the global setup seeded in its own process (`seed(ds, { scale: 'demo' })`, the default seed)
    a = await templateCopy('seed_a');
    b = await seeded('seed_b', DEFAULT_SEED);
    // c: another seed; only its population (counties, teachers) is compared, so one school year is enough
    c = await seeded('seed_c', 8, 1);
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
    expect(await n("SELECT COUNT(DISTINCT county_id) AS n FROM unit WHERE kind = 'SCHOOL'")).toBe(23);
    const years: { y: number }[] = await a.query('SELECT DISTINCT school_year AS y FROM teacher_plan ORDER BY y');
    expect(years.map((r) => Number(r.y))).toEqual([108, 109, 110]);
    expect(await n('SELECT COUNT(*) AS n FROM school_plan')).toBeGreaterThan(250);
    expect(await n('SELECT COUNT(*) AS n FROM teacher_plan')).toBeGreaterThan(5000);
  });

  it('every national ID is valid and unique; every school has an active CHIEF', async () => {
    const ids: { national_id: string }[] = await a.query(
      'SELECT national_id FROM teacher UNION ALL SELECT national_id FROM business_account',
    );
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

describe(`the demo reaches today (${dbLabel()})`, () => {
  // the app's day of the issue: 2026-11-30, school year 115
  const today = new Date('2026-11-30T02:00:00Z');
  let ds: DataSource;
  beforeAll(async () => {
    ds = await builtDatabase('seed_today', async (d) => {
      await seed(d, demoSeedOptions(new Date('2026-11-30T02:00:00Z')));
      await addDemoCurrentYear(d, new Date('2026-11-30T02:00:00Z'));
    });
  }, 180000);
  afterAll(async () => {
    await ds?.destroy();
  });
  const n = async (sql: string, p: unknown[] = []) => Number((await ds.query(sql, p))[0].n);

  it('the school year runs from August 1st, Taiwan time', () => {
    expect(schoolYearAt(today)).toBe(115);
    expect(schoolYearAt(new Date('2026-07-31T15:59:59Z'))).toBe(114);
    expect(schoolYearAt(new Date('2026-07-31T16:00:00Z'))).toBe(115);
    expect(demoSeedOptions(today)).toMatchObject({ lastYear: 114, years: 7, surveys: true });
  });

  it('every school year from 108 to 115; 108-114 with submitted plans of schools and teachers', async () => {
    const years: { y: number }[] = await ds.query('SELECT year AS y FROM school_year ORDER BY year');
    expect(years.map((r) => Number(r.y))).toEqual([108, 109, 110, 111, 112, 113, 114, 115]);
    for (let y = 108; y <= 114; y++) {
      expect(await n("SELECT COUNT(*) AS n FROM school_plan WHERE school_year = ? AND status = 'SUBMITTED'", [y])).toBeGreaterThan(60);
      expect(await n("SELECT COUNT(*) AS n FROM teacher_plan WHERE school_year = ? AND status = 'SUBMITTED'", [y])).toBeGreaterThan(1000);
    }
    // the current year is being filled: its windows are open and the demo school has not submitted
    expect(await n('SELECT COUNT(*) AS n FROM plan_window WHERE school_year = 115')).toBe(7);
  });

  it('survey answers for every seeded year and both kinds of plan, from real respondents', async () => {
    for (let y = 108; y <= 114; y++) {
      expect(await n("SELECT COUNT(*) AS n FROM survey_response WHERE school_year = ? AND plan_kind = 'SCHOOL_PLAN'", [y])).toBeGreaterThan(
        20,
      );
      expect(
        await n("SELECT COUNT(*) AS n FROM survey_response WHERE school_year = ? AND plan_kind = 'TEACHER_PLAN'", [y]),
      ).toBeGreaterThan(200);
    }
    // a school's answer is its CHIEF's login, of a school that submitted that year in that county
    expect(
      await n(
        `SELECT COUNT(*) AS n FROM survey_response r
         LEFT JOIN credential c ON c.id = r.respondent LEFT JOIN business_account b ON b.id = c.business_account_id
         LEFT JOIN unit u ON u.id = b.unit_id
        WHERE r.plan_kind = 'SCHOOL_PLAN' AND (b.role IS NULL OR b.role <> 'CHIEF' OR u.county_id <> r.county_id
          OR NOT EXISTS (SELECT 1 FROM school_plan p WHERE p.school_id = u.id AND p.school_year = r.school_year AND p.status = 'SUBMITTED'))`,
      ),
    ).toBe(0);
    // a teacher without a login answers as -(teacher id), after its submitted plan of that year
    expect(
      await n(
        `SELECT COUNT(*) AS n FROM survey_response r WHERE r.plan_kind = 'TEACHER_PLAN' AND r.respondent < 0
          AND NOT EXISTS (SELECT 1 FROM teacher_plan p WHERE p.teacher_id = -r.respondent AND p.school_year = r.school_year AND p.status = 'SUBMITTED')`,
      ),
    ).toBe(0);
    const ratings: { ratings: string }[] = await ds.query('SELECT ratings FROM survey_response');
    expect(ratings.every((r) => /^[1-5](,[1-5]){4}$/.test(r.ratings))).toBe(true);
  });

  it("courses open for enrolment on the seed's day in every county, sessions ahead, the TIME choices of their new dates", async () => {
    const courses = await ds.getRepository(CourseEntity).find({ where: { schoolYear: 115 } });
    const open = courses.filter((c) => c.status === 'PUBLISHED' && c.registrationOpensAt <= today && c.registrationClosesAt > today);
    expect(open.length).toBe(courses.length);
    expect(new Set(open.map((c) => c.countyId)).size).toBe(23);
    expect(open.length).toBe(23 * DEMO_OPEN_COURSES_PER_COUNTY);
    for (const c of open) {
      expect([c.code, c.admittedCount, c.code.startsWith('115-')]).toEqual([c.code, 0, true]);
      const sessions = await ds.getRepository(CourseSessionEntity).find({ where: { courseId: c.id } });
      expect(sessions.length).toBeGreaterThan(0);
      expect(sessions.every((x) => x.startsAt > c.registrationClosesAt && x.startsAt >= c.startsAt && x.endsAt <= c.endsAt)).toBe(true);
      const times: { option: string }[] = await ds.query("SELECT `option` FROM course_choice WHERE course_id = ? AND dimension = 'TIME'", [
        c.id,
      ]);
      expect(times.map((t) => t.option).sort()).toEqual([...timesOfSessions(sessions)].sort());
    }
    expect(await n('SELECT COUNT(*) AS n FROM course_registration r JOIN course c ON c.id = r.course_id WHERE c.school_year = 115')).toBe(
      0,
    );
  });

  it('the demo logins log in as before (credential ids given by the seed)', async () => {
    expect(await n("SELECT COUNT(*) AS n FROM credential WHERE username IN ('admin', 'chief.demo', 'teacher.demo', 'operator.univ')")).toBe(
      4,
    );
    expect(await n("SELECT COUNT(*) AS n FROM credential c JOIN teacher t ON t.id = c.teacher_id WHERE c.username = 'teacher.demo'")).toBe(
      1,
    );
  });
});
