import { hashPassword } from '../src/auth/password';
import { fromGlobalId } from '../src/shared/global-id';
import {
  type IssuedHours,
  issuedHoursDifferences,
  recordIssuedHours,
  refillIssuedHours,
  supplySummaryDifferences,
} from '../src/shared/supply-summary';
import { codes, demoIds, Harness, seededHarness, TestClock } from './harness';
import { dbLabel } from './db';

/**
 * 供需 (issue 12 item 6): supplyDemand against a recount from the rows (the platform: exact), the
 * disclosure control's bound for everyone else, who reads it (a university's OPERATOR: aggregates,
 * never persons; a district: its county in detail; the rest nothing), and the summary tables after
 * every course, registration and issued-hours write, in the writes' transactions.
 */
const clock = new TestClock();
let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
let tpe: string;
let year: number;
const BOUND = 2;
const DIMENSIONS = ['MODE', 'TIME', 'PLACE', 'LEVEL', 'METHOD', 'DOMAIN'] as const;

const Q = `query($y: Int!, $d: Dimension!, $g: [SupplyGroupBy!], $f: SupplyDemandFilterInput) {
  supplyDemand(schoolYear: $y, dimension: $d, groupBy: $g, filter: $f) {
    schoolYear dimension groupBy k exact restrictedToCounty options { code }
    groups { key { by value label } plans cells { option demandPlans plannedHours demandSuppressed courses seats hoursOffered
      registrations registrationsSuppressed hoursIssued hoursIssuedSuppressed seatsPer100 fillRate issuedShare } }
  }
}`;

async function ok<T = any>(login: string, q: string, v: Record<string, unknown> = {}): Promise<T> {
  const r = await h.as(login).query(q, v);
  if (r.errors) throw new Error(`${login}: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

const sd = async (login: string, v: Record<string, unknown>) => (await ok(login, Q, { y: year, ...v })).supplyDemand;

/** Figures per `<county>|<option>` recounted here from the rows, independently of the summary tables. */
interface Recount {
  demand: Map<string, { n: number; hours: number }>;
  supply: Map<string, { courses: number; seats: number; seatHours: number }>;
  regs: Map<string, number>;
}

async function recount(dimension: string): Promise<Recount> {
  const demand = new Map<string, { n: number; hours: number }>();
  const planRows: any[] =
    dimension === 'DOMAIN'
      ? await h.ds.query(
          `SELECT u.county_id AS county, d.domain AS opt, d.hours FROM teacher_plan p JOIN unit u ON u.id = p.school_id
           JOIN teacher_plan_domain d ON d.plan_id = p.id WHERE p.status = 'SUBMITTED' AND p.school_year = ?`,
          [year],
        )
      : await h.ds.query(
          `SELECT u.county_id AS county, c.${opt()} AS opt, 0 AS hours
           FROM teacher_plan p JOIN unit u ON u.id = p.school_id JOIN teacher_plan_choice c ON c.plan_id = p.id
           WHERE p.status = 'SUBMITTED' AND p.school_year = ? AND c.dimension = ?`,
          [year, dimension],
        );
  for (const r of planRows) {
    const k = `${r.county}|${r.opt}`;
    const d = demand.get(k) ?? { n: 0, hours: 0 };
    d.n++;
    d.hours += Number(r.hours);
    demand.set(k, d);
  }
  const courses: any[] = await h.ds.query(
    'SELECT id, county_id, status, domain, capacity, hours, school_year FROM course WHERE school_year = ?',
    [year],
  );
  const choices: any[] = await h.ds.query('SELECT * FROM course_choice');
  const optionsOf = new Map<number, string[]>();
  for (const c of courses) if (dimension === 'DOMAIN') optionsOf.set(Number(c.id), [c.domain]);
  if (dimension !== 'DOMAIN')
    for (const c of choices)
      if (c.dimension === dimension) optionsOf.set(Number(c.course_id), [...(optionsOf.get(Number(c.course_id)) ?? []), c.option]);
  const supply = new Map<string, { courses: number; seats: number; seatHours: number }>();
  for (const c of courses) {
    if (c.status !== 'PUBLISHED' && c.status !== 'CLOSED') continue;
    for (const o of optionsOf.get(Number(c.id)) ?? []) {
      const k = `${c.county_id ?? 0}|${o}`;
      const s = supply.get(k) ?? { courses: 0, seats: 0, seatHours: 0 };
      s.courses++;
      s.seats += Number(c.capacity);
      s.seatHours += Number(c.capacity) * Number(c.hours);
      supply.set(k, s);
    }
  }
  const regs = new Map<string, number>();
  const regRows: any[] = await h.ds.query(
    `SELECT r.course_id, u.county_id FROM course_registration r JOIN unit u ON u.id = r.school_id JOIN course c ON c.id = r.course_id
     WHERE r.status = 'ADMITTED' AND c.school_year = ?`,
    [year],
  );
  for (const r of regRows)
    for (const o of optionsOf.get(Number(r.course_id)) ?? []) regs.set(`${r.county_id}|${o}`, (regs.get(`${r.county_id}|${o}`) ?? 0) + 1);
  return { demand, supply, regs };
}

const opt = () => (h.ds.options.type === 'mysql' || h.ds.options.type === 'mariadb' ? '`option`' : '"option"');
const countyOf = (value: string) => (value === 'NONE' ? 0 : fromGlobalId(value).id);

beforeAll(async () => {
  h = await seededHarness('supply', clock);
  ids = await demoIds(h);
  year = Number((await h.ds.query("SELECT MAX(school_year) AS y FROM course WHERE status = 'PUBLISHED'"))[0].y);
  const counties = (await h.anonymous().query('{ counties { id code } }')).data!.counties as { id: string; code: string }[];
  tpe = counties.find((c) => c.code === 'TPE')!.id;
}, 180000);
afterAll(() => h.stop());

describe(`supplyDemand against a recount (${dbLabel()})`, () => {
  it.each(DIMENSIONS)('%s by county: the platform reads exactly what the rows say', async (dimension) => {
    const r = await sd('admin', { d: dimension, g: ['COUNTY'] });
    const exact = await recount(dimension);
    expect(r.exact).toBe(true);
    expect(r.groups.length).toBeGreaterThan(10);
    let seatsSeen = 0;
    for (const g of r.groups) {
      const county = countyOf(g.key[0].value);
      for (const c of g.cells) {
        const k = `${county}|${c.option}`;
        expect([k, c.demandPlans]).toEqual([k, exact.demand.get(k)?.n ?? 0]);
        if (dimension === 'DOMAIN') expect([k, c.plannedHours]).toEqual([k, exact.demand.get(k)?.hours ?? 0]);
        const s = exact.supply.get(k) ?? { courses: 0, seats: 0, seatHours: 0 };
        expect([k, c.courses, c.seats, c.hoursOffered]).toEqual([k, s.courses, s.seats, s.seatHours]);
        expect([k, c.registrations]).toEqual([k, exact.regs.get(k) ?? 0]);
        if (c.demandPlans) expect(Math.abs(c.seatsPer100 - (c.seats * 100) / c.demandPlans)).toBeLessThanOrEqual(0.051);
        seatsSeen += c.seats;
      }
    }
    // every offered course's seats are in some group (national organisers under NONE)
    expect(seatsSeen).toBe([...exact.supply.values()].reduce((a, s) => a + s.seats, 0));
  });

  it('supply by stage counts a course open to every stage in each stage, and by organiser kind splits it by who offers', async () => {
    const byStage = await sd('admin', { d: 'LEVEL', g: ['STAGE'] });
    const rows: any[] = await h.ds.query(
      `SELECT c.id, c.capacity FROM course c WHERE c.school_year = ? AND c.status IN ('PUBLISHED', 'CLOSED')
       AND NOT EXISTS (SELECT 1 FROM course_audience a WHERE a.course_id = c.id AND a.kind = 'STAGE')`,
      [year],
    );
    const elementaryOnly: any[] = await h.ds.query(
      `SELECT c.id FROM course c JOIN course_audience a ON a.course_id = c.id AND a.kind = 'STAGE' AND a.value = 'ELEMENTARY'
       WHERE c.school_year = ? AND c.status IN ('PUBLISHED', 'CLOSED')`,
      [year],
    );
    const elementary = byStage.groups.find((g: any) => g.key[0].value === 'ELEMENTARY');
    expect(elementary.cells.reduce((a: number, c: any) => a + c.courses, 0)).toBe(rows.length + elementaryOnly.length);
    const byKind = await sd('admin', { d: 'LEVEL', g: ['ORGANISER_KIND'] });
    const kinds: any[] = await h.ds.query(
      `SELECT u.kind, COUNT(*) AS n FROM course c JOIN unit u ON u.id = c.organiser_unit_id
       WHERE c.school_year = ? AND c.status IN ('PUBLISHED', 'CLOSED') GROUP BY u.kind`,
      [year],
    );
    for (const k of kinds) {
      const g = byKind.groups.find((x: any) => x.key[0].value === k.kind);
      expect([k.kind, g.cells.reduce((a: number, c: any) => a + c.courses, 0)]).toEqual([k.kind, Number(k.n)]);
      // demand is not split by who offers: each kind's group carries the whole demand
      expect(g.plans).toBe(byKind.groups[0].plans);
    }
  });

  it('by county and for the nation (the county roll-up) it answers as the detailed tables do (every organiser kind named)', async () => {
    const kinds = (await ok('admin', '{ __type(name: "OrganiserKind") { enumValues { name } } }')).__type.enumValues.map(
      (e: any) => e.name,
    );
    expect(kinds).toContain('EXTERNAL');
    for (const login of ['admin', 'analyst'])
      for (const d of DIMENSIONS)
        for (const g of [['COUNTY'], []]) {
          const rollup = await sd(login, { d, g });
          const detailed = await sd(login, { d, g, f: { organiserKinds: kinds } });
          expect([login, d, g, rollup]).toEqual([login, d, g, detailed]);
        }
  });

  it('an analyst reads demand and uptake perturbed within the bound, supply exactly', async () => {
    const exact = await sd('admin', { d: 'METHOD', g: ['COUNTY'] });
    const r = await sd('analyst', { d: 'METHOD', g: ['COUNTY'] });
    expect(r.exact).toBe(false);
    expect(r.k).toBeGreaterThanOrEqual(3);
    const byKey = new Map<string, any>();
    for (const g of exact.groups) for (const c of g.cells) byKey.set(`${g.key[0].value}|${c.option}`, c);
    let differ = 0;
    for (const g of r.groups)
      for (const c of g.cells) {
        const e = byKey.get(`${g.key[0].value}|${c.option}`);
        expect([c.courses, c.seats, c.hoursOffered]).toEqual([e.courses, e.seats, e.hoursOffered]);
        if (c.demandPlans !== null) expect(Math.abs(c.demandPlans - e.demandPlans)).toBeLessThanOrEqual(BOUND);
        else expect(c.demandSuppressed).toBe(true);
        if (c.registrations !== null) expect(Math.abs(c.registrations - e.registrations)).toBeLessThanOrEqual(BOUND);
        else expect([c.registrationsSuppressed, e.registrations]).toEqual([true, expect.any(Number)]);
        if (c.demandPlans !== e.demandPlans || c.registrations !== e.registrations) differ++;
      }
    expect(differ).toBeGreaterThan(0);
    // the same question answers the same (the cell keys)
    expect(await sd('analyst', { d: 'METHOD', g: ['COUNTY'] })).toEqual(r);
  });

  it("a university's OPERATOR reads the aggregated demand (研習辦理單位參考), never persons", async () => {
    const can = (await ok('operator.univ', '{ me { can { readSupplyDemand readDemandReference readStatistics } } }')).me.can;
    expect(can).toEqual({ readSupplyDemand: true, readDemandReference: true, readStatistics: false });
    const r = await sd('operator.univ', { d: 'DOMAIN', g: ['COUNTY'] });
    expect(r.exact).toBe(false);
    expect(r.groups.length).toBeGreaterThan(10);
    expect(r.groups.some((g: any) => g.cells.some((c: any) => c.demandPlans > 0))).toBe(true);
    // no person and no plan behind the aggregates
    expect(codes(await h.as('operator.univ').query('{ teachers(first: 1) { totalCount } }'))).toEqual(['FORBIDDEN']);
    expect(codes(await h.as('operator.univ').query('{ demand(source: TEACHER_PLANS, dimension: MODE) { k } }'))).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(r)).not.toMatch(/Teacher|nationalId|email/);
  });

  it('a district reads its county in detail, other counties as totals', async () => {
    const totals = await sd('district.taipei', { d: 'MODE', g: ['COUNTY'] });
    expect(totals.restrictedToCounty).toBeNull();
    expect(totals.groups.length).toBeGreaterThan(10);
    const detail = await sd('district.taipei', { d: 'MODE', g: ['COUNTY', 'STAGE'] });
    expect(detail.restrictedToCounty).toBe(tpe);
    expect(new Set(detail.groups.map((g: any) => g.key[0].value))).toEqual(new Set([tpe]));
    expect(detail.groups.length).toBeGreaterThan(1);
    const filtered = await sd('district.taipei', { d: 'MODE', g: ['COUNTY'], f: { organiserKinds: ['SCHOOL'] } });
    expect(filtered.restrictedToCounty).toBe(tpe);
  });

  it('unauthorized readers get nothing; bad input is refused with the field', async () => {
    for (const login of ['teacher.demo', 'teacher.other']) {
      const r = await h.as(login).query(Q, { y: year, d: 'MODE' });
      expect([login, r.data?.supplyDemand ?? null, codes(r)]).toEqual([login, null, ['FORBIDDEN']]);
    }
    expect(codes(await h.anonymous().query(Q, { y: year, d: 'MODE' }))).toEqual(['UNAUTHENTICATED']);
    const bad = await h.as('admin').query(Q, { y: year, d: 'MODE', g: ['COUNTY', 'STAGE', 'REMOTENESS'] });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['groupBy'] });
    const stages = await h.as('admin').query(Q, { y: year, d: 'MODE', g: ['COUNTY'], f: { stages: ['ELEMENTARY', 'JUNIOR_HIGH'] } });
    expect(stages.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['filter.stages'] });
  });
});

// ---- the summary tables after writes ----

const COURSE = 'id status version capacity admittedCount';
const CREATE = `mutation($input: CourseInput!) { createCourse(input: $input) { ${COURSE} } }`;
const UPDATE = `mutation($id: ID!, $input: CourseInput!) { updateCourse(id: $id, input: $input) { ${COURSE} } }`;
const step = (name: string, extra = '') =>
  `mutation($id: ID!${extra ? ', $reason: String!' : ''}) { ${name}(id: $id${extra ? ', reason: $reason' : ''}) { ${COURSE} } }`;
const ENROL = 'mutation($c: ID!) { enrolInCourse(courseId: $c) { id status } }';
const WITHDRAW = 'mutation($c: ID!) { withdrawFromCourse(courseId: $c) { id status } }';

describe(`the summary tables stay right after every write, in its transaction (${dbLabel()})`, () => {
  const input = (over: Record<string, unknown> = {}) => ({
    title: '供需測試工作坊',
    description: '實作',
    domain: 'PRACTICAL_LITERACY',
    themes: '測試',
    level: 'RESEARCH',
    mode: 'CREDIT_BACHELOR',
    place: 'OWN_SCHOOL',
    methods: ['FIELD_VISIT'],
    hours: 6,
    capacity: 3,
    waitlistSize: 2,
    registrationOpensAt: '2021-09-10T00:00:00+08:00',
    registrationClosesAt: '2021-10-10T00:00:00+08:00',
    contactName: '王承辦',
    contactPhone: null,
    contactEmail: null,
    sessions: [{ startsAt: '2021-10-20T09:00:00+08:00', endsAt: '2021-10-20T15:00:00+08:00', countyId: tpe, address: '臺北市大安區' }],
    ...over,
  });
  /** The platform's figures for the test course's options in Taipei, school year 110. */
  const figures = async () => {
    const r = (await ok('admin', Q, { y: 110, d: 'LEVEL', g: ['COUNTY'], f: { countyIds: [tpe] } })).supplyDemand;
    const c = r.groups[0].cells.find((x: any) => x.option === 'RESEARCH');
    return { courses: c.courses, seats: c.seats, hoursOffered: c.hoursOffered, registrations: c.registrations };
  };
  const noDifference = async () => expect(await supplySummaryDifferences(h.ds)).toEqual({ supply: [], registrations: [], county: [] });
  let teacherLogins: string[] = [];

  beforeAll(async () => {
    const rows: { id: number }[] = await h.ds.query(
      `SELECT id FROM teacher WHERE school_id = ? AND id <> ? AND title <> 'PRINCIPAL' ORDER BY id LIMIT 2`,
      [ids.raw.demoSchool, ids.raw.teacherDemo],
    );
    const hash = await hashPassword('demo1234');
    for (const [i, r] of rows.entries())
      await h.ds.query(
        `INSERT INTO credential (username, password_hash, principal_kind, teacher_id, failed_logins, must_change_password) VALUES (?, ?, 'TEACHER', ?, 0, ?)`,
        [`sd${i + 1}`, hash, r.id, false],
      );
    teacherLogins = rows.map((_, i) => `sd${i + 1}`);
  });

  it('course create, publish, capacity change, registration admit and withdraw, cancel', async () => {
    clock.set('2021-09-05T10:00:00+08:00');
    await noDifference();
    const start = await figures();
    const c = (await ok('chief.demo', CREATE, { input: input() })).createCourse;
    await noDifference();
    expect(await figures()).toEqual(start); // a draft offers nothing
    await ok('chief.demo', step('submitCourse'), { id: c.id });
    await ok('district.taipei', step('approveCourse'), { id: c.id });
    await ok('chief.demo', step('publishCourse'), { id: c.id });
    await noDifference();
    expect(await figures()).toEqual({
      ...start,
      courses: start.courses + 1,
      seats: start.seats + 3,
      hoursOffered: start.hoursOffered + 18,
    });
    clock.set('2021-09-15T10:00:00+08:00');
    await ok(teacherLogins[0], ENROL, { c: c.id });
    await ok(teacherLogins[1], ENROL, { c: c.id });
    await noDifference();
    expect((await figures()).registrations).toBe(start.registrations + 2);
    // a refused write changes nothing
    expect(codes(await h.as(teacherLogins[0]).query(ENROL, { c: c.id }))).toEqual(['CONFLICT']);
    expect((await figures()).registrations).toBe(start.registrations + 2);
    await ok(teacherLogins[1], WITHDRAW, { c: c.id });
    await noDifference();
    expect((await figures()).registrations).toBe(start.registrations + 1);
    await ok('chief.demo', UPDATE, { id: c.id, input: input({ capacity: 5 }) });
    await noDifference();
    expect(await figures()).toMatchObject({ seats: start.seats + 5, hoursOffered: start.hoursOffered + 30 });
    await ok('chief.demo', step('cancelCourse', 'reason'), { id: c.id, reason: '講師因故無法出席' });
    await noDifference();
    expect(await figures()).toEqual(start);
  });

  it('recordIssuedHours keeps issued hours in the caller transaction (and rolls back with it)', async () => {
    const teacherId = ids.raw.teacherDemo;
    const [course] = await h.ds.query(
      "SELECT c.id, c.domain, c.school_year FROM course c JOIN unit u ON u.id = c.organiser_unit_id WHERE u.kind = 'UNIVERSITY' AND c.status = 'CLOSED' ORDER BY c.id LIMIT 1",
    );
    const y = Number(course.school_year);
    const issued = async (d: string, g: string[] = ['COUNTY', 'ORGANISER_KIND']) => {
      const r = (await ok('admin', Q, { y, d, g, f: { countyIds: [tpe] } })).supplyDemand;
      const out: Record<string, number> = {};
      for (const gr of r.groups) for (const c of gr.cells) if (c.hoursIssued) out[`${gr.key[1]?.value ?? ''}|${c.option}`] = c.hoursIssued;
      return out;
    };
    const beforeDomain = await issued('DOMAIN');
    const beforeLevel = await issued('LEVEL');
    const [choice] = await h.ds.query(`SELECT ${opt()} AS opt FROM course_choice WHERE course_id = ? AND dimension = 'LEVEL'`, [course.id]);
    const record = { teacherId, courseId: Number(course.id), schoolYear: y, domain: course.domain, hours: 6, recordKey: 12345 };
    await h.ds.transaction((em) => recordIssuedHours(em, record, 1));
    const external = { teacherId, courseId: null, schoolYear: y, domain: 'EMERGING_POLICY', hours: 4, recordKey: 777 };
    await h.ds.transaction((em) => recordIssuedHours(em, external, 1));
    // a recount from the study records (the seed's, and two rows standing for records written now) agrees
    const source = (rows: IssuedHours[]) =>
      ['SELECT teacher_id, course_id, school_year, domain, hours, record_key FROM study_record']
        .concat(
          rows.map(
            (x) =>
              `SELECT ${x.teacherId} AS teacher_id, ${x.courseId ?? 'NULL'} AS course_id, ${x.schoolYear} AS school_year, '${x.domain}' AS domain, ${x.hours} AS hours, ${x.recordKey} AS record_key`,
          ),
        )
        .join(' UNION ALL ');
    expect(await issuedHoursDifferences(h.ds, source([record, external]))).toEqual([]);
    await h.ds.transaction((em) => refillIssuedHours(em, h.ds, source([record, external])));
    expect(await issuedHoursDifferences(h.ds, source([record, external]))).toEqual([]);
    const afterDomain = await issued('DOMAIN');
    expect(afterDomain[`UNIVERSITY|${course.domain}`]).toBe((beforeDomain[`UNIVERSITY|${course.domain}`] ?? 0) + 6);
    expect(afterDomain['EXTERNAL|EMERGING_POLICY']).toBe((beforeDomain['EXTERNAL|EMERGING_POLICY'] ?? 0) + 4);
    const afterLevel = await issued('LEVEL');
    expect(afterLevel[`UNIVERSITY|${choice.opt}`]).toBe((beforeLevel[`UNIVERSITY|${choice.opt}`] ?? 0) + 6);
    // external hours count for domains only
    expect(Object.keys(afterLevel).some((k) => k.startsWith('EXTERNAL|'))).toBe(false);
    // a transaction that fails after the call leaves nothing behind
    await expect(
      h.ds.transaction(async (em) => {
        await recordIssuedHours(em, { ...record, hours: 100 }, 1);
        throw new Error('the record write failed');
      }),
    ).rejects.toThrow('the record write failed');
    expect(await issued('DOMAIN')).toEqual(afterDomain);
    // -1 undoes +1
    await h.ds.transaction(async (em) => {
      await recordIssuedHours(em, record, -1);
      await recordIssuedHours(em, external, -1);
    });
    expect(await issued('DOMAIN')).toEqual(beforeDomain);
    expect(await issued('LEVEL')).toEqual(beforeLevel);
    // issued hours against planned hours, for domains
    const r = (await ok('admin', Q, { y, d: 'DOMAIN', g: ['COUNTY'] })).supplyDemand;
    await h.ds.transaction((em) => recordIssuedHours(em, record, 1));
    const r2 = (await ok('admin', Q, { y, d: 'DOMAIN', g: ['COUNTY'] })).supplyDemand;
    const cell = r2.groups.find((g: any) => g.key[0].value === tpe).cells.find((c: any) => c.option === course.domain);
    expect(cell.issuedShare).toBeCloseTo(cell.hoursIssued / cell.plannedHours, 3);
    expect(r2).not.toEqual(r);
    await expect(h.ds.transaction((em) => recordIssuedHours(em, { ...record, teacherId: 99999999 }, 1))).rejects.toThrow();
  });
});
