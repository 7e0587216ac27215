import { DIMENSION_ENUM, LABELS } from '../src/shared/labels';
import { toGlobalId } from '../src/shared/global-id';
import { BOUND, cellKey, KEY_RANGE, perturb, PTABLE } from '../src/shared/disclosure';
import { SurveyResponseEntity } from '../src/modules/planning';
import { Harness, seededHarness } from './harness';
import { dbLabel } from './db';

/**
 * Disclosure control (issue 9, item 5; docs/API.md "Disclosure control"): the differencing attack
 * that rebuilt a suppressed two-person group from unsuppressed totals, and the choice-filter
 * single-out of one principal's plan, no longer work for a viewer who may not read the plans; the
 * same question answers the same; the bound holds over a standard report; the platform sees exact
 * counts; a survey with one answer shows nothing of it.
 */
let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.stop());

const Q = `query($s: DemandSource!, $d: Dimension!, $g: [DemandGroupBy!], $f: DemandFilterInput) {
  demand(source: $s, dimension: $d, groupBy: $g, filter: $f) { exact k groups { key { value } plans suppressed cells { option count suppressed } } } }`;

const TITLES = Object.keys(LABELS.TeacherTitle);
const STAGES = Object.keys(LABELS.Stage);
const REMOTENESS = Object.keys(LABELS.Remoteness);
const MODES = Object.keys(LABELS[DIMENSION_ENUM.MODE]);

/** A total (no grouping) of teacher plans under a filter, as [plans, count of each MODE option]. */
async function total(login: string, filter: Record<string, unknown>): Promise<number[]> {
  const r = await h.as(login).query(Q, { s: 'TEACHER_PLANS', d: 'MODE', g: [], f: filter });
  expect(r.errors).toBeUndefined();
  const g = r.data!.demand.groups[0];
  if (!g) return [];
  return [g.plans, ...g.cells.map((c: any) => c.count)];
}

/**
 * The attack of the issue: the count of (title T, stage S, remoteness R) rebuilt from eight totals
 * that each exclude one or more of the three (inclusion-exclusion over "all but one" lists), every
 * one of them large enough to be published.
 */
async function differencing(login: string, base: Record<string, unknown>, t: string, s: string, r: string): Promise<number[] | null> {
  const not = (all: string[], one: string) => all.filter((x) => x !== one);
  let out: number[] | null = null;
  for (const notT of [false, true]) {
    for (const notS of [false, true]) {
      for (const notR of [false, true]) {
        // N(T and S and R) = sum over subsets of the complements, sign by their number
        const f = {
          ...base,
          ...(notT ? { titles: not(TITLES, t) } : {}),
          ...(notS ? { stages: not(STAGES, s) } : {}),
          ...(notR ? { remoteness: not(REMOTENESS, r) } : {}),
        };
        let v = await total(login, f);
        if (v.length === 0) v = Array(1 + MODES.length).fill(0); // no group: nothing matched (or fewer than k)
        if (v.some((x) => x === null)) return null; // the attack needs every term published
        const sign = (Number(notT) + Number(notS) + Number(notR)) % 2 ? -1 : 1;
        out = out ? out.map((x, i) => x + sign * v[i]) : v.map((x) => sign * x);
      }
    }
  }
  return out;
}

/** Small groups (1 or 2 teacher plans) by title x stage x remoteness in one county and year, as the platform sees them. */
async function smallGroups(): Promise<{ year: number; county: number; title: string; stage: string; remoteness: string; plans: number }[]> {
  const stage =
    h.ds.options.type === 'mysql' || h.ds.options.type === 'mariadb'
      ? "SUBSTRING_INDEX(u.stages, ',', 1)"
      : "CASE WHEN instr(u.stages, ',') > 0 THEN substr(u.stages, 1, instr(u.stages, ',') - 1) ELSE u.stages END";
  const rows: any[] = await h.ds.query(
    `SELECT p.school_year AS y, u.county_id AS c, t.title AS t, ${stage} AS s, COALESCE(u.remoteness, 'GENERAL') AS r, COUNT(*) AS n
     FROM teacher_plan p JOIN unit u ON u.id = p.school_id JOIN teacher t ON t.id = p.teacher_id
     WHERE p.status = 'SUBMITTED' GROUP BY p.school_year, u.county_id, t.title, ${stage}, COALESCE(u.remoteness, 'GENERAL')
     HAVING COUNT(*) <= 2 ORDER BY p.school_year DESC, u.county_id, t.title, 4, 5`,
  );
  return rows.map((x) => ({ year: Number(x.y), county: Number(x.c), title: x.t, stage: x.s, remoteness: x.r, plans: Number(x.n) }));
}

describe(`disclosure control (${dbLabel()})`, () => {
  it('the ptable: mean zero, |change| <= 2, never negative, zero stays zero, 1 and 2 never published as 1 or 2', () => {
    for (const { count, rows } of PTABLE) {
      expect(rows.reduce((a, [, p]) => a + p, 0)).toBeCloseTo(1, 12);
      expect(rows.reduce((a, [d, p]) => a + d * p, 0)).toBeCloseTo(0, 12);
      for (const [d] of rows) {
        expect(Math.abs(d)).toBeLessThanOrEqual(BOUND);
        expect(count + d).toBeGreaterThanOrEqual(0);
      }
    }
    for (let key = 0; key < KEY_RANGE; key += 7919 * 1021) {
      expect(perturb(0, key)).toBe(0);
      expect([0, 3]).toContain(perturb(1, key));
      expect([0, 3, 4]).toContain(perturb(2, key));
      for (const n of [3, 7, 1000]) expect(Math.abs(perturb(n, key) - n)).toBeLessThanOrEqual(BOUND);
    }
    expect(cellKey(String(KEY_RANGE * 3 + 5))).toBe(5);
  });

  it('differencing unsuppressed totals (all titles minus all but one, the same for stage and remoteness) no longer rebuilds a small group', async () => {
    const groups = (await smallGroups()).slice(0, 8);
    expect(groups.length).toBeGreaterThan(3);
    let tried = 0;
    let rebuilt = 0;
    for (const g of groups) {
      const base = { schoolYears: [g.year], countyIds: [toGlobalId('County', g.county)] };
      // the truth, as the platform sees it (it reads the plans): the group itself, exactly
      const truth = await total('admin', { ...base, titles: [g.title], stages: [g.stage], remoteness: [g.remoteness] });
      expect(truth[0]).toBe(g.plans);
      // on exact numbers (what every analyst got before) the eight totals rebuild the group in every option
      expect(await differencing('admin', base, g.title, g.stage, g.remoteness)).toEqual(truth);
      // the analyst asking for the group itself gets nothing (fewer than k plans)
      expect(await total('analyst', { ...base, titles: [g.title], stages: [g.stage], remoteness: [g.remoteness] })).toEqual([]);
      const guess = await differencing('analyst', base, g.title, g.stage, g.remoteness);
      if (!guess) continue;
      tried++;
      if (process.env.DISCLOSURE_DEBUG) console.log(JSON.stringify({ g, truth, guess }));
      if (guess.every((x, i) => x === truth[i])) rebuilt++;
    }
    expect(tried).toBeGreaterThan(3);
    // the perturbations of eight different cells do not cancel: the rebuilt numbers are off
    expect(rebuilt).toBe(0);
  });

  it('the choice-filter single-out of one principal answers as if no plan matched, whatever the option', async () => {
    const one = (await smallGroups()).find((g) => g.title === 'PRINCIPAL' && g.plans === 1)!;
    expect(one).toBeDefined();
    const base = {
      schoolYears: [one.year],
      countyIds: [toGlobalId('County', one.county)],
      titles: ['PRINCIPAL'],
      stages: [one.stage],
      remoteness: [one.remoteness],
    };
    const chosen: boolean[] = [];
    const seen: string[] = [];
    for (const option of MODES) {
      for (const dimension of ['MODE', 'TIME', 'METHOD']) {
        const f = { ...base, choices: [{ dimension: 'MODE', options: [option] }] };
        const admin = await h.as('admin').query(Q, { s: 'TEACHER_PLANS', d: dimension, g: ['COUNTY'], f });
        if (dimension === 'MODE') chosen.push(admin.data!.demand.groups.length > 0);
        const analyst = await h.as('analyst').query(Q, { s: 'TEACHER_PLANS', d: dimension, g: ['COUNTY'], f });
        seen.push(JSON.stringify(analyst.data!.demand.groups));
      }
    }
    // the platform sees which options the principal chose; the analyst sees the same (nothing) either way
    expect(chosen.some(Boolean)).toBe(true);
    expect(chosen.some((c) => !c)).toBe(true);
    expect(new Set(seen)).toEqual(new Set(['[]']));
  });

  it('the same question answers the same, asked twice, from the rows or the summary tables, or reached by another filter', async () => {
    const f = { schoolYears: [109], remoteness: ['REMOTE', 'SPECIAL_REMOTE', 'EXTREMELY_REMOTE'] };
    const a = await h.as('analyst').query(Q, { s: 'TEACHER_PLANS', d: 'TIME', g: ['COUNTY', 'TITLE'], f });
    const b = await h.as('analyst').query(Q, { s: 'TEACHER_PLANS', d: 'TIME', g: ['COUNTY', 'TITLE'], f });
    expect(b.data).toEqual(a.data);
    // the same cells by another route: all titles listed = no title filter; rows = summary tables
    const bySummary = await h.as('analyst').query(Q, { s: 'TEACHER_PLANS', d: 'TIME', g: ['COUNTY'], f: { schoolYears: [109] } });
    const byRows = await h
      .as('analyst')
      .query(Q, { s: 'TEACHER_PLANS', d: 'TIME', g: ['COUNTY'], f: { schoolYears: [109], titles: TITLES } });
    expect(byRows.data!.demand.groups).toEqual(bySummary.data!.demand.groups);
    // a partner key with STATISTICS_READ is an analyst's equal: the same numbers
    expect(bySummary.data!.demand.exact).toBe(false);
  });

  it('over every cell of the standard report: |perturbed - exact| <= 2, never negative, zero stays zero; the platform sees exact counts', async () => {
    let cells = 0;
    let changed = 0;
    for (const d of ['MODE', 'TIME', 'PLACE', 'LEVEL', 'METHOD', 'DOMAIN']) {
      for (const s of ['TEACHER_PLANS', 'SCHOOL_PLANS']) {
        const v = { s, d, g: ['COUNTY'], f: { schoolYears: [109] } };
        const [p, e] = await Promise.all([h.as('analyst').query(Q, v), h.as('admin').query(Q, v)]);
        expect(e.data!.demand.exact).toBe(true);
        const exact = new Map(e.data!.demand.groups.map((g: any) => [g.key[0].value, g]));
        for (const g of p.data!.demand.groups) {
          const x: any = exact.get(g.key[0].value);
          expect(Math.abs(g.plans - x.plans)).toBeLessThanOrEqual(BOUND);
          g.cells.forEach((c: any, i: number) => {
            const n = x.cells[i].count;
            cells++;
            if (c.suppressed) {
              expect(c.count).toBeNull();
              expect(n).toBeGreaterThan(0);
              return;
            }
            expect(c.count).toBeGreaterThanOrEqual(0);
            expect(Math.abs(c.count - n)).toBeLessThanOrEqual(BOUND);
            if (n === 0) expect(c.count).toBe(0);
            if (c.count !== n) changed++;
          });
        }
      }
    }
    expect(cells).toBeGreaterThan(1000);
    expect(changed).toBeGreaterThan(cells / 4); // perturbation really happens
    // the platform's numbers are the plans' own
    const [{ n }] = await h.ds.query("SELECT COUNT(*) AS n FROM teacher_plan WHERE status = 'SUBMITTED' AND school_year = 109");
    const nation = await h.as('admin').query(Q, { s: 'TEACHER_PLANS', d: 'MODE', g: [], f: { schoolYears: [109] } });
    expect(nation.data!.demand.groups[0].plans).toBe(Number(n));
  });

  it("a published count is the ptable of its exact count and its records' key sum, computed here from the plan rows (so both databases answer alike)", async () => {
    const rows: any[] = await h.ds.query(
      `SELECT u.county_id AS c, c.${h.ds.options.type === 'mysql' || h.ds.options.type === 'mariadb' ? '`option`' : '"option"'} AS o, p.record_key AS k
       FROM teacher_plan p JOIN unit u ON u.id = p.school_id JOIN teacher_plan_choice c ON c.plan_id = p.id AND c.dimension = 'TIME'
       WHERE p.status = 'SUBMITTED' AND p.school_year = 109`,
    );
    const cells = new Map<string, { n: number; keys: number }>();
    for (const r of rows) {
      const key = `${toGlobalId('County', Number(r.c))}|${r.o}`;
      const c = cells.get(key) ?? { n: 0, keys: 0 };
      c.n++;
      c.keys += Number(r.k);
      cells.set(key, c);
    }
    const fingerprint: number[] = [];
    for (const route of [{ schoolYears: [109] }, { schoolYears: [109], titles: TITLES }]) {
      const r = await h.as('analyst').query(Q, { s: 'TEACHER_PLANS', d: 'TIME', g: ['COUNTY'], f: route });
      for (const g of r.data!.demand.groups) {
        for (const c of g.cells) {
          const x = cells.get(`${g.key[0].value}|${c.option}`) ?? { n: 0, keys: 0 };
          const want = perturb(x.n, x.keys);
          expect({ cell: `${g.key[0].value}|${c.option}`, count: c.count }).toEqual({
            cell: `${g.key[0].value}|${c.option}`,
            count: want > 0 && want < 3 ? null : want,
          });
          fingerprint.push(c.count ?? -1);
        }
      }
    }
    expect(fingerprint.length).toBeGreaterThan(100);
    if (process.env.DISCLOSURE_DEBUG) console.log(`fingerprint ${fingerprint.join(',')}`);
  });

  it('a district reads its own county exactly and other counties perturbed; a school its own teachers exactly', async () => {
    const own = await h
      .as('district.taipei')
      .query(Q, { s: 'TEACHER_PLANS', d: 'MODE', g: ['STAGE'], f: { countyIds: [toGlobalId('County', 2)] } });
    expect(own.data!.demand.exact).toBe(true);
    const all = await h.as('district.taipei').query(Q, { s: 'TEACHER_PLANS', d: 'MODE', g: ['COUNTY'] });
    expect(all.data!.demand.exact).toBe(false);
    const C = `query($s: ID!) { schoolDemandComparison(schoolId: $s, schoolYear: 109, dimension: METHOD) { scope result { exact } } }`;
    const [{ id }] = await h.ds.query("SELECT id FROM unit WHERE code = '020001'");
    const chief = await h.as('chief.demo').query(C, { s: toGlobalId('School', Number(id)) });
    expect(chief.data!.schoolDemandComparison.map((x: any) => x.result.exact)).toEqual([true, false, false]);
  });
});

describe(`disclosure control when plans and answers are written (${dbLabel()})`, () => {
  let w: Harness;
  beforeAll(async () => {
    w = await seededHarness('disclosure');
  }, 300_000);
  afterAll(() => w.stop());

  it('a survey with one answer shows nothing of it but to the platform; with k answers the count is perturbed', async () => {
    const [{ y }] = await w.ds.query(
      "SELECT MAX(p.school_year) AS y FROM teacher_plan p JOIN credential c ON c.teacher_id = p.teacher_id WHERE c.username = 'teacher.other' AND p.status = 'SUBMITTED'",
    );
    const year = Number(y);
    const ok = await w
      .as('teacher.other')
      .query('mutation($y: Int!) { submitSatisfactionSurvey(schoolYear: $y, ratings: [5, 1, 4, 2, 3], comment: null) }', { y: year });
    expect(ok.errors).toBeUndefined();
    const R = 'query($y: Int!) { surveyResults(schoolYear: $y) { county { id } planKind responses means } }';
    const analyst = await w.as('analyst').query(R, { y: year });
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.surveyResults).toEqual([]);
    const admin = await w.as('admin').query(R, { y: year });
    expect(admin.data!.surveyResults).toHaveLength(1);
    expect(admin.data!.surveyResults[0]).toMatchObject({ responses: 1, means: [5, 1, 4, 2, 3] });
    // the answer has a record key of its own
    const [row] = await w.ds.getRepository(SurveyResponseEntity).findBy({ schoolYear: year });
    expect(row.recordKey).toBeGreaterThanOrEqual(0);
    expect(row.recordKey).toBeLessThan(KEY_RANGE);
    // two more answers of the same county and kind: now k = 3, shown with a perturbed count
    for (const respondent of [900001, 900002]) {
      await w.ds.getRepository(SurveyResponseEntity).insert({
        schoolYear: year,
        respondent,
        planKind: row.planKind,
        countyId: row.countyId,
        ratings: '3,3,3,3,3',
        comment: null,
        answeredAt: new Date(),
        recordKey: (respondent * 7919) % KEY_RANGE,
      });
    }
    const three = (await w.as('analyst').query(R, { y: year })).data!.surveyResults;
    expect(three).toHaveLength(1);
    expect(three[0].responses).toBeGreaterThanOrEqual(3);
    expect(three[0].responses).toBeLessThanOrEqual(5);
    expect((await w.as('admin').query(R, { y: year })).data!.surveyResults[0].responses).toBe(3);
  });
});
