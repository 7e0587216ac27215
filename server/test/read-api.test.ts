import { codes, Harness } from './harness';
import { dbLabel } from './db';
import { toGlobalId } from '../src/shared/global-id';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.stop());

const TEACHERS =
  'query($first: Int, $after: String, $schoolId: ID) { teachers(first: $first, after: $after, schoolId: $schoolId) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }';

describe(`read API (${dbLabel()})`, () => {
  it('walks every page of a connection exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const r: any = await h.as('district.taipei').query(TEACHERS, { first: 37, after });
      expect(r.errors).toBeUndefined();
      total = r.data.teachers.totalCount;
      seen.push(...r.data.teachers.edges.map((e: any) => e.node.id));
      if (!r.data.teachers.pageInfo.hasNextPage) break;
      after = r.data.teachers.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThan(37);
  });

  it('refuses first above 100 or below 1, and a forged cursor, naming the argument', async () => {
    for (const first of [101, 0, -1]) {
      const r = await h.as('admin').query(TEACHERS, { first });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions!.fields).toEqual(['first']);
    }
    const bad = await h.as('admin').query(TEACHERS, { first: 5, after: 'not-a-cursor' });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions!.fields).toEqual(['after']);
  });

  it('refuses an ID of the wrong type or a made-up ID as BAD_USER_INPUT', async () => {
    const wrongType = await h.as('admin').query(TEACHERS, { schoolId: toGlobalId('Teacher', 1) });
    expect(codes(wrongType)).toEqual(['BAD_USER_INPUT']);
    expect(wrongType.errors![0].extensions!.fields).toEqual(['schoolId']);
    const junk = await h.as('admin').query('query($id: ID!) { node(id: $id) { id } }', { id: '!!!' });
    expect(codes(junk)).toEqual(['BAD_USER_INPUT']);
  });

  it('an unknown field or a malformed query is BAD_USER_INPUT, and no stack trace leaves the server', async () => {
    const r = await h.as('admin').query('{ schools(first: 1) { nope } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('an unknown operation name, or several operations without one, is BAD_USER_INPUT', async () => {
    const contextValue = await h.app.context(undefined);
    const res = await h.app.apollo.executeOperation({ query: 'query A { counties { name } }', operationName: 'B' }, { contextValue });
    expect(res.body.kind === 'single' && res.body.singleResult.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const two = await h.app.apollo.executeOperation(
      { query: 'query A { counties { name } } query B { counties { code } }' },
      { contextValue: await h.app.context(undefined) },
    );
    expect(two.body.kind === 'single' && two.body.singleResult.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it("a school's nested teachers page and count", async () => {
    const id = toGlobalId('School', Number((await h.ds.query("SELECT id FROM unit WHERE code = '020001'"))[0].id));
    const r = await h
      .as('chief.demo')
      .query(
        'query($id: ID!) { node(id: $id) { ... on School { name stages county { name } teachers(first: 10) { totalCount pageInfo { hasNextPage } edges { node { name subjects } } } } } }',
        { id },
      );
    expect(r.errors).toBeUndefined();
    const school = r.data!.node;
    expect(school.county.name).toBe('臺北市');
    expect(school.stages).toEqual(['ELEMENTARY']);
    expect(school.teachers.edges).toHaveLength(10);
    expect(school.teachers.totalCount).toBeGreaterThan(10);
    expect(school.teachers.pageInfo.hasNextPage).toBe(true);
    expect(school.teachers.edges[0].node.subjects.length).toBeGreaterThan(0);
  });

  it('filters schools by county, stage and name', async () => {
    const tpe = (await h.anonymous().query('{ counties { id code } }')).data!.counties.find((c: any) => c.code === 'TPE').id;
    const r = await h
      .as('admin')
      .query(
        'query($c: ID) { schools(first: 100, countyId: $c, stage: ELEMENTARY) { totalCount edges { node { stages county { code } } } } }',
        { c: tpe },
      );
    expect(r.errors).toBeUndefined();
    expect(r.data!.schools.totalCount).toBeGreaterThan(0);
    for (const e of r.data!.schools.edges) {
      expect(e.node.county.code).toBe('TPE');
      expect(e.node.stages).toContain('ELEMENTARY');
    }
    const byName = await h.as('admin').query('{ schools(first: 5, search: "大安") { edges { node { name } } } }');
    expect(byName.data!.schools.edges.map((e: any) => e.node.name)).toContain('臺北市立大安國民小學');
    const byCode = await h.as('admin').query('{ schools(first: 5, search: "020001") { totalCount } }');
    expect(byCode.data!.schools.totalCount).toBe(1);
    const wildcard = await h.as('admin').query('{ schools(first: 5, search: "%") { totalCount } }');
    expect(wildcard.data!.schools.totalCount).toBe(0);
  });

  it('plans carry the five need dimensions and the domains with hours', async () => {
    const r = await h
      .as('teacher.demo')
      .query(
        '{ me { teacher { plans { schoolYear year { year serviceOpensAt windows { planKind } } status version modes times places levels methods domains { domain themes hours } school { name } teacher { name } } } } }',
      );
    expect(r.errors).toBeUndefined();
    const plans = r.data!.me.teacher.plans;
    expect(plans.map((p: any) => p.schoolYear)).toEqual([108, 109]);
    for (const p of plans) {
      expect(p.year.year).toBe(p.schoolYear);
      expect(p.year.windows).toHaveLength(7);
      expect(p.modes.length).toBeGreaterThan(0);
      expect(p.levels).toHaveLength(1);
      expect(p.domains.length).toBeGreaterThan(0);
      expect(p.domains[0].hours).toBeGreaterThan(0);
    }
  });
});
