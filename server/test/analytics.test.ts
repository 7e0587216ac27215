import { toGlobalId } from '../src/shared/global-id';
import { codes, demoIds, Harness } from './harness';
import { dbLabel } from './db';

/**
 * The demand analysis against counts computed here, independently, from the plans themselves:
 * exactly for viewers who may read the plans (the platform), within the disclosure control's bound
 * for the others (analysts, districts outside their county, partners); the threshold; who sees what.
 * The attacks on the disclosure control are in disclosure.test.ts.
 */
let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;

interface PlanRow {
  id: number;
  year: number;
  county: number;
  stage: string;
  remoteness: string;
  title: string;
  subjects: string[];
  choices: Map<string, string[]>;
  domains: { domain: string; hours: number }[];
}
let plans: PlanRow[] = [];

beforeAll(async () => {
  h = await Harness.start();
  ids = await demoIds(h);
  const rows: any[] = await h.ds.query(
    `SELECT p.id, p.school_year, u.county_id, u.stages, u.remoteness, t.title FROM teacher_plan p JOIN unit u ON u.id = p.school_id
     JOIN teacher t ON t.id = p.teacher_id WHERE p.status = 'SUBMITTED'`,
  );
  const byId = new Map<number, PlanRow>();
  for (const r of rows) {
    byId.set(Number(r.id), {
      id: Number(r.id),
      year: Number(r.school_year),
      county: Number(r.county_id),
      stage: String(r.stages).split(',')[0],
      remoteness: r.remoteness ?? 'GENERAL',
      title: r.title,
      subjects: [],
      choices: new Map(),
      domains: [],
    });
  }
  const subjects: any[] = await h.ds.query(
    'SELECT p.id, s.subject FROM teacher_plan p JOIN teacher_subject s ON s.teacher_id = p.teacher_id',
  );
  for (const s of subjects) byId.get(Number(s.id))?.subjects.push(s.subject);
  const choices: any[] = await h.ds.query('SELECT * FROM teacher_plan_choice');
  for (const c of choices) {
    const p = byId.get(Number(c.plan_id));
    if (p) p.choices.set(c.dimension, [...(p.choices.get(c.dimension) ?? []), c.option]);
  }
  const domains: any[] = await h.ds.query('SELECT * FROM teacher_plan_domain');
  for (const d of domains) byId.get(Number(d.plan_id))?.domains.push({ domain: d.domain, hours: Number(d.hours) });
  plans = [...byId.values()];
});
afterAll(() => h.stop());

const DEMAND = `query($s: DemandSource!, $d: Dimension!, $g: [DemandGroupBy!], $f: DemandFilterInput) {
  demand(source: $s, dimension: $d, groupBy: $g, filter: $f) {
    k fromSummary exact restrictedToCounty groups { key { by value label } plans suppressed cells { option label count share hoursSum hoursMean suppressed } }
  } }`;

/** Expected counts per group key and option, computed from the plans here. */
function expected(selected: PlanRow[], keyOf: (p: PlanRow) => string[], optionsOf: (p: PlanRow) => string[]) {
  const bases = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const p of selected) {
    for (const key of keyOf(p)) {
      bases.set(key, (bases.get(key) ?? 0) + 1);
      for (const o of optionsOf(p)) counts.set(`${key}|${o}`, (counts.get(`${key}|${o}`) ?? 0) + 1);
    }
  }
  return { bases, counts };
}

/** The bound of the disclosure control: a published count is within 2 of the exact one. */
const BOUND = 2;

/**
 * Exact viewers: every group, every count as it is. Protected viewers: groups resting on fewer than
 * k plans are left out; a group's plans are at least k and within the bound; a cell's count is
 * within the bound, never negative, 0 stays 0, and a perturbed count from 1 to k - 1 is suppressed.
 */
function compare(groups: any[], exp: ReturnType<typeof expected>, k: number, keyOf: (g: any) => string, exact = false) {
  const shown = [...exp.bases.entries()].filter(([, b]) => exact || b >= k);
  expect(groups.length).toBe(shown.length);
  for (const g of groups) {
    const key = keyOf(g);
    const base = exp.bases.get(key)!;
    expect(g.suppressed).toBe(false);
    if (exact) expect({ key, plans: g.plans }).toEqual({ key, plans: base });
    else {
      expect(Math.abs(g.plans - base)).toBeLessThanOrEqual(BOUND);
      expect(g.plans).toBeGreaterThanOrEqual(k);
    }
    for (const c of g.cells) {
      const n = exp.counts.get(`${key}|${c.option}`) ?? 0;
      if (exact) {
        expect({ key, option: c.option, count: c.count, suppressed: c.suppressed }).toEqual({
          key,
          option: c.option,
          count: n,
          suppressed: false,
        });
        expect(c.share).toBeCloseTo(n / base, 4);
      } else if (c.suppressed) {
        expect(c.count).toBeNull();
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThan(k + BOUND);
      } else {
        if (n === 0) expect(c.count).toBe(0);
        expect(c.count).toBeGreaterThanOrEqual(0);
        expect(c.count === 0 || c.count >= k).toBe(true);
        expect(Math.abs(c.count - n)).toBeLessThanOrEqual(BOUND);
        expect(Math.abs(c.share - Math.min(1, c.count / g.plans))).toBeLessThanOrEqual(0.00006);
      }
    }
  }
}

describe(`the demand analysis (${dbLabel()})`, () => {
  it('time of study by county for 109, from the summary tables, equals a count from the plans', async () => {
    const r = await h.as('analyst').query(DEMAND, { s: 'TEACHER_PLANS', d: 'TIME', g: ['COUNTY'], f: { schoolYears: [109] } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.demand.fromSummary).toBe(true);
    expect(r.data!.demand.k).toBe(3);
    expect(r.data!.demand.exact).toBe(false);
    const exp = expected(
      plans.filter((p) => p.year === 109),
      (p) => [String(p.county)],
      (p) => p.choices.get('TIME') ?? [],
    );
    compare(r.data!.demand.groups, exp, 3, (g) => String(Buffer.from(g.key[0].value, 'base64url').toString().split(':')[1]));
    // the platform reads the plans: exact counts of the same question
    const admin = await h.as('admin').query(DEMAND, { s: 'TEACHER_PLANS', d: 'TIME', g: ['COUNTY'], f: { schoolYears: [109] } });
    expect(admin.data!.demand.exact).toBe(true);
    compare(admin.data!.demand.groups, exp, 3, (g) => String(Buffer.from(g.key[0].value, 'base64url').toString().split(':')[1]), true);
    expect(r.data!.demand.groups[1].key[0].label).toBe('臺北市');
  });

  it('teachers of 數學 at remote schools who want workshops: their preferred times, by county', async () => {
    const f = {
      subjects: ['MATHEMATICS'],
      remoteness: ['REMOTE', 'SPECIAL_REMOTE', 'EXTREMELY_REMOTE'],
      choices: [{ dimension: 'METHOD', options: ['WORKSHOP'] }],
    };
    const r = await h.as('admin').query(DEMAND, { s: 'TEACHER_PLANS', d: 'TIME', g: ['COUNTY'], f });
    expect(r.errors).toBeUndefined();
    expect(r.data!.demand.fromSummary).toBe(false);
    const selected = plans.filter(
      (p) => p.subjects.includes('MATHEMATICS') && p.remoteness !== 'GENERAL' && (p.choices.get('METHOD') ?? []).includes('WORKSHOP'),
    );
    expect(selected.length).toBeGreaterThan(0);
    const exp = expected(
      selected,
      (p) => [String(p.county)],
      (p) => p.choices.get('TIME') ?? [],
    );
    compare(r.data!.demand.groups, exp, 3, (g) => String(Buffer.from(g.key[0].value, 'base64url').toString().split(':')[1]), true);
    const analyst = await h.as('analyst').query(DEMAND, { s: 'TEACHER_PLANS', d: 'TIME', g: ['COUNTY'], f });
    compare(analyst.data!.demand.groups, exp, 3, (g) => String(Buffer.from(g.key[0].value, 'base64url').toString().split(':')[1]));
  });

  it('domains by stage and title with planned hours (sum and mean), and by subject', async () => {
    const r = await h.as('analyst').query(DEMAND, { s: 'TEACHER_PLANS', d: 'DOMAIN', g: ['STAGE', 'TITLE'], f: { schoolYears: [110] } });
    const selected = plans.filter((p) => p.year === 110);
    const exp = expected(
      selected,
      (p) => [`${p.stage}|${p.title}`],
      (p) => p.domains.map((d) => d.domain),
    );
    compare(r.data!.demand.groups, exp, 3, (g) => `${g.key[0].value}|${g.key[1].value}`);
    // hours: the cell's exact mean times its perturbed count (within 2 means of the exact sum)
    let checked = 0;
    for (const big of r.data!.demand.groups) {
      for (const cell of big.cells.filter((c: any) => c.count > 3)) {
        const hours = selected
          .filter((p) => `${p.stage}|${p.title}` === `${big.key[0].value}|${big.key[1].value}`)
          .flatMap((p) => p.domains.filter((d) => d.domain === cell.option).map((d) => d.hours));
        const sum = hours.reduce((a, b) => a + b, 0);
        const mean = sum / hours.length;
        expect(Math.abs(cell.hoursSum - mean * cell.count)).toBeLessThanOrEqual(0.5 + 1e-9);
        expect(Math.abs(cell.hoursSum - sum)).toBeLessThanOrEqual(BOUND * mean + 0.5);
        expect(Math.abs(cell.hoursMean - cell.hoursSum / cell.count)).toBeLessThanOrEqual(0.006);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    const admin = await h.as('admin').query(DEMAND, { s: 'TEACHER_PLANS', d: 'DOMAIN', g: ['STAGE', 'TITLE'], f: { schoolYears: [110] } });
    for (const big of admin.data!.demand.groups) {
      for (const cell of big.cells) {
        const sum = selected
          .filter((p) => `${p.stage}|${p.title}` === `${big.key[0].value}|${big.key[1].value}`)
          .flatMap((p) => p.domains.filter((d) => d.domain === cell.option).map((d) => d.hours))
          .reduce((a, b) => a + b, 0);
        expect(cell.hoursSum).toBe(sum);
      }
    }
    const bySubject = await h.as('analyst').query(DEMAND, { s: 'TEACHER_PLANS', d: 'LEVEL', g: ['SUBJECT', 'SCHOOL_YEAR'] });
    const exp2 = expected(
      plans,
      (p) => p.subjects.map((s) => `${s}|${p.year}`),
      (p) => p.choices.get('LEVEL') ?? [],
    );
    compare(bySubject.data!.demand.groups, exp2, 3, (g) => `${g.key[0].value}|${g.key[1].value}`);
  });

  it('leaves out groups resting on fewer than k plans and suppresses perturbed counts below k; the platform sees them all', async () => {
    const r = await h
      .as('analyst')
      .query(DEMAND, { s: 'TEACHER_PLANS', d: 'MODE', g: ['COUNTY', 'STAGE', 'TITLE'], f: { schoolYears: [109] } });
    const groups = r.data!.demand.groups;
    const admin = (
      await h.as('admin').query(DEMAND, { s: 'TEACHER_PLANS', d: 'MODE', g: ['COUNTY', 'STAGE', 'TITLE'], f: { schoolYears: [109] } })
    ).data!.demand.groups;
    expect(admin.some((g: any) => g.plans < 3)).toBe(true);
    expect(groups.length).toBe(admin.filter((g: any) => g.plans >= 3).length);
    expect(groups.every((g: any) => !g.suppressed && g.plans >= 3)).toBe(true);
    expect(groups.flatMap((g: any) => g.cells).every((c: any) => c.count === null || c.count === 0 || c.count >= 3)).toBe(true);
    const old = process.env.STATS_K;
    process.env.STATS_K = '100000';
    try {
      const all = await h.as('analyst').query(DEMAND, { s: 'TEACHER_PLANS', d: 'MODE', g: ['COUNTY'] });
      expect(all.data!.demand.k).toBe(100000);
      expect(all.data!.demand.groups).toEqual([]);
    } finally {
      if (old === undefined) delete process.env.STATS_K;
      else process.env.STATS_K = old;
    }
  });

  it("school plans are counted too (titles and subjects are teachers')", async () => {
    const r = await h.as('analyst').query(DEMAND, { s: 'SCHOOL_PLANS', d: 'PLACE', g: ['SCHOOL_YEAR'] });
    const [{ n }] = await h.ds.query("SELECT COUNT(*) AS n FROM school_plan WHERE status = 'SUBMITTED' AND school_year = 108");
    expect(Math.abs(r.data!.demand.groups[0].plans - Number(n))).toBeLessThanOrEqual(BOUND);
    const admin = await h.as('admin').query(DEMAND, { s: 'SCHOOL_PLANS', d: 'PLACE', g: ['SCHOOL_YEAR'] });
    expect(admin.data!.demand.groups[0].plans).toBe(Number(n));
    const bad = await h.as('analyst').query(DEMAND, { s: 'SCHOOL_PLANS', d: 'PLACE', g: ['TITLE'] });
    expect(bad.errors![0].extensions!.fields).toEqual(['groupBy']);
    const four = await h.as('analyst').query(DEMAND, { s: 'TEACHER_PLANS', d: 'PLACE', g: ['TITLE', 'STAGE', 'COUNTY', 'SCHOOL_YEAR'] });
    expect(four.errors![0].extensions!.fields).toEqual(['groupBy']);
  });

  it('participation by school year and county equals a count of submitted plans, with the number invited', async () => {
    const r = await h
      .as('analyst')
      .query(
        '{ participation(schoolYears: [109]) { schoolYear county { code } schoolsInvited schoolsSubmitted teachersInvited teachersSubmitted } }',
      );
    const rows = r.data!.participation;
    expect(rows).toHaveLength(23);
    const [{ n: schools }] = await h.ds.query("SELECT COUNT(*) AS n FROM school_plan WHERE status = 'SUBMITTED' AND school_year = 109");
    const sum = (rs: any[], f: string) => rs.reduce((a: number, x: any) => a + x[f], 0);
    // the analyst: each county's count within the bound; the platform: exact
    expect(Math.abs(sum(rows, 'schoolsSubmitted') - Number(schools))).toBeLessThanOrEqual(BOUND * 23);
    expect(Math.abs(sum(rows, 'teachersSubmitted') - plans.filter((p) => p.year === 109).length)).toBeLessThanOrEqual(BOUND * 23);
    const admin = (
      await h
        .as('admin')
        .query(
          '{ participation(schoolYears: [109]) { schoolYear county { code } schoolsInvited schoolsSubmitted teachersInvited teachersSubmitted } }',
        )
    ).data!.participation;
    expect(sum(admin, 'schoolsSubmitted')).toBe(Number(schools));
    expect(sum(admin, 'teachersSubmitted')).toBe(plans.filter((p) => p.year === 109).length);
    admin.forEach((a: any, i: number) => {
      expect(Math.abs(rows[i].teachersSubmitted - a.teachersSubmitted)).toBeLessThanOrEqual(BOUND);
      expect(rows[i].teachersSubmitted).toBeGreaterThanOrEqual(0);
    });
    const [{ n: teachers }] = await h.ds.query('SELECT COUNT(*) AS n FROM teacher');
    expect(rows.reduce((a: number, x: any) => a + x.teachersInvited, 0)).toBe(Number(teachers));
  });

  it("school-teacher alignment: the share of teachers' domains their school also planned", async () => {
    const r = await h
      .as('analyst')
      .query('{ alignment(schoolYear: 109) { county { id } teacherPlans suppressed domainMatch needsMatch } }');
    expect(r.errors).toBeUndefined();
    const rows: any[] = await h.ds.query(
      `SELECT u.county_id, d.domain, (SELECT COUNT(*) FROM school_plan_domain sd WHERE sd.plan_id = sp.id AND sd.domain = d.domain) AS m
       FROM teacher_plan p JOIN unit u ON u.id = p.school_id JOIN school_plan sp ON sp.school_id = p.school_id AND sp.school_year = 109 AND sp.status = 'SUBMITTED'
       JOIN teacher_plan_domain d ON d.plan_id = p.id WHERE p.status = 'SUBMITTED' AND p.school_year = 109`,
    );
    const tpe = rows.filter((x) => Number(x.county_id) === 2);
    const share = tpe.filter((x) => Number(x.m) > 0).length / tpe.length;
    const got = r.data!.alignment.find((a: any) => a.county.id === toGlobalId('County', 2));
    expect(Math.abs(got.domainMatch - share)).toBeLessThan(0.01); // perturbed counts of hundreds of choices
    expect(got.needsMatch).toBeGreaterThan(0);
    const admin = await h
      .as('admin')
      .query('{ alignment(schoolYear: 109) { county { id } teacherPlans suppressed domainMatch needsMatch } }');
    expect(admin.data!.alignment.find((a: any) => a.county.id === toGlobalId('County', 2)).domainMatch).toBeCloseTo(share, 3);
  });

  describe('who sees what', () => {
    it('the platform and the analyst see every county; schools, teachers and operators of organisers see none of it', async () => {
      for (const login of ['admin', 'analyst']) {
        const r = await h.as(login).query(DEMAND, { s: 'TEACHER_PLANS', d: 'MODE', g: ['COUNTY', 'STAGE'] });
        expect(new Set(r.data!.demand.groups.map((g: any) => g.key[0].value)).size).toBe(23);
      }
      for (const login of ['chief.demo', 'contact.demo', 'operator.demo', 'teacher.demo', 'operator.univ']) {
        expect(codes(await h.as(login).query(DEMAND, { s: 'TEACHER_PLANS', d: 'MODE' }))).toEqual(['FORBIDDEN']);
        expect(codes(await h.as(login).query('{ participation { schoolYear } }'))).toEqual(['FORBIDDEN']);
      }
    });

    it('a district sees its county in detail and the other counties only as county totals', async () => {
      const totals = await h.as('district.taipei').query(DEMAND, { s: 'TEACHER_PLANS', d: 'MODE', g: ['COUNTY'] });
      expect(totals.data!.demand.groups).toHaveLength(23);
      expect(totals.data!.demand.restrictedToCounty).toBeNull();
      const detail = await h.as('district.taipei').query(DEMAND, { s: 'TEACHER_PLANS', d: 'MODE', g: ['COUNTY', 'STAGE'] });
      expect(detail.data!.demand.restrictedToCounty).toBe(toGlobalId('County', 2));
      expect(new Set(detail.data!.demand.groups.map((g: any) => g.key[0].label))).toEqual(new Set(['臺北市']));
      const filtered = await h
        .as('district.taipei')
        .query(DEMAND, { s: 'TEACHER_PLANS', d: 'MODE', g: ['COUNTY'], f: { titles: ['HOMEROOM'] } });
      expect(new Set(filtered.data!.demand.groups.map((g: any) => g.key[0].label))).toEqual(new Set(['臺北市']));
      const bySchool = await h.as('district.taipei').query('{ alignment(schoolYear: 109, by: SCHOOL) { school { county { name } } } }');
      expect(new Set(bySchool.data!.alignment.map((a: any) => a.school.county.name))).toEqual(new Set(['臺北市']));
    });

    it('a school with the statistics permission sees its own school against its county and the nation', async () => {
      const Q =
        'query($s: ID!) { schoolDemandComparison(schoolId: $s, schoolYear: 109, dimension: METHOD) { scope result { groups { plans suppressed } } } }';
      for (const login of ['chief.demo', 'contact.demo', 'operator.demo', 'admin']) {
        const r = await h.as(login).query(Q, { s: ids.demoSchool });
        expect(r.errors).toBeUndefined();
        expect(r.data!.schoolDemandComparison.map((x: any) => x.scope)).toEqual(['SCHOOL', 'COUNTY', 'NATION']);
        const [school, county, nation] = r.data!.schoolDemandComparison.map((x: any) => x.result.groups[0].plans);
        expect(school).toBeLessThanOrEqual(county);
        expect(county).toBeLessThan(nation);
      }
      for (const login of ['chief.other', 'teacher.demo', 'district.taipei', 'analyst', 'operator.univ']) {
        expect(codes(await h.as(login).query(Q, { s: ids.demoSchool }))).toEqual(['FORBIDDEN']);
      }
    });
  });
});

describe(`analysis downloads (${dbLabel()})`, () => {
  let server: import('node:http').Server;
  let base: string;
  beforeAll(async () => {
    const { createHttpServer } = await import('../src/http');
    server = createHttpServer(h.app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));
  const get = async (login: string | null, path: string) =>
    fetch(`${base}${path}`, { headers: login ? { authorization: `Bearer ${await h.token(login)}` } : {} });

  it('a result downloads as CSV with a BOM, the same numbers as the API', async () => {
    const res = await get(
      'analyst',
      '/exports/demand.csv?source=TEACHER_PLANS&dimension=TIME&groupBy=COUNTY&filter=' +
        encodeURIComponent(JSON.stringify({ schoolYears: [109] })),
    );
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('縣市,規劃數,在職進修時間,選填數,比例,未達 3 人不公開');
    // the file is named for what was asked (every download used to be demand-<dimension>)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="demand-teacher-plans-109-time-by-county.csv"');
    const api = await h.as('analyst').query(DEMAND, { s: 'TEACHER_PLANS', d: 'TIME', g: ['COUNTY'], f: { schoolYears: [109] } });
    const tpe = api.data!.demand.groups.find((g: any) => g.key[0].label === '臺北市');
    const saturday = tpe.cells.find((c: any) => c.option === 'SATURDAY');
    expect(lines).toContain(`臺北市,${tpe.plans},週六,${saturday.count},${saturday.share}`.concat(','));
  });

  it('the yearly demand report is one workbook: a sheet per dimension and the participation table', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const res = await get('admin', '/exports/demand-report.xlsx?schoolYear=109');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '在職進修方式',
      '在職進修時間',
      '在職進修地點',
      '主要進修階層',
      '主要實施方式',
      '主要研習範疇',
      '參與情形',
    ]);
    expect(wb.worksheets[0].rowCount).toBe(24);
    expect((await get('admin', '/exports/demand-report.csv?schoolYear=109')).status).toBe(400);
  });

  it('downloads are authorized like the API', async () => {
    expect((await get('chief.demo', '/exports/demand.csv?dimension=TIME')).status).toBe(403);
    expect((await get(null, '/exports/participation.csv?schoolYears=109')).status).toBe(401);
    expect((await get('analyst', '/exports/demand.csv?dimension=NOPE')).status).toBe(400);
    const p = await get('district.taipei', '/exports/participation.csv?schoolYears=109');
    expect(p.status).toBe(200);
  });
});
