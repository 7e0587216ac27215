import { toGlobalId } from '../src/shared/global-id';
import { codes, Harness } from './harness';
import { dbLabel } from './db';
import { CALLERS, FIELD_CASES, ids, LOGINS, ROOT_CASES, VISIBLE, years, type Caller, type Key, type Login } from './matrix-read-cases';

/**
 * The authorization matrix: every demo login, two partner keys and an anonymous caller x every
 * protected root field, every target row (`node(id:)`) and every protected field on it. The cases,
 * each naming the rule it exercises, are in matrix-read-cases.ts; matrix-coverage.test.ts checks
 * that they and the mutation matrix's exercise every rule.
 */
const ALL = LOGINS;

let h: Harness;
const secrets: Partial<Record<Key, string>> = {};
const keyIds: string[] = [];

beforeAll(async () => {
  h = await Harness.start();
  const one = async (sql: string) => Number((await h.ds.query(sql))[0].id);
  const demoSchool = await one("SELECT id FROM unit WHERE code = '020001'");
  const teacherDemo = await one("SELECT teacher_id AS id FROM credential WHERE username = 'teacher.demo'");
  const teacherOther = await one("SELECT teacher_id AS id FROM credential WHERE username = 'teacher.other'");
  const otherSchool = await one(`SELECT school_id AS id FROM teacher WHERE id = ${teacherOther}`);
  ids.S_demo = toGlobalId('School', demoSchool);
  ids.S_other = toGlobalId('School', otherSchool);
  ids.T_demo = toGlobalId('Teacher', teacherDemo);
  ids.T_peer = toGlobalId(
    'Teacher',
    await one(`SELECT MIN(id) AS id FROM teacher WHERE school_id = ${demoSchool} AND id <> ${teacherDemo}`),
  );
  ids.T_other = toGlobalId('Teacher', teacherOther);
  ids.A_chief = toGlobalId('BusinessAccount', await one("SELECT business_account_id AS id FROM credential WHERE username = 'chief.demo'"));
  ids.A_contact = toGlobalId(
    'BusinessAccount',
    await one("SELECT business_account_id AS id FROM credential WHERE username = 'contact.demo'"),
  );
  ids.A_otherChief = toGlobalId(
    'BusinessAccount',
    await one("SELECT business_account_id AS id FROM credential WHERE username = 'chief.other'"),
  );
  ids.SP_demo = toGlobalId('SchoolPlan', await one(`SELECT MIN(id) AS id FROM school_plan WHERE school_id = ${demoSchool}`));
  ids.TP_demo = toGlobalId('TeacherPlan', await one(`SELECT MIN(id) AS id FROM teacher_plan WHERE teacher_id = ${teacherDemo}`));
  ids.TP_other = toGlobalId('TeacherPlan', await one(`SELECT MIN(id) AS id FROM teacher_plan WHERE teacher_id = ${teacherOther}`));
  // a year in which both demo schools filed a school plan, and both teachers a teacher plan
  years.schoolPlan = Number(
    (
      await h.ds.query(
        `SELECT MAX(a.school_year) AS y FROM school_plan a JOIN school_plan b ON b.school_year = a.school_year AND b.school_id = ${otherSchool} WHERE a.school_id = ${demoSchool}`,
      )
    )[0].y,
  );
  years.teacherPlan = Number(
    (
      await h.ds.query(
        `SELECT MAX(a.school_year) AS y FROM teacher_plan a JOIN teacher_plan b ON b.school_year = a.school_year AND b.teacher_id = ${teacherOther} WHERE a.teacher_id = ${teacherDemo}`,
      )
    )[0].y,
  );
  expect(years.schoolPlan).toBeGreaterThan(100);
  expect(years.teacherPlan).toBeGreaterThan(100);
  // the seed's published course of the demo school (newest year) and teacher.demo's registration in it
  const demoCourse = await one("SELECT id FROM course WHERE code = '110-020001-0001'");
  ids.C_demo = toGlobalId('Course', demoCourse);
  ids.R_demo = toGlobalId(
    'CourseRegistration',
    await one(`SELECT id FROM course_registration WHERE course_id = ${demoCourse} AND teacher_id = ${teacherDemo}`),
  );
  // two partner keys (revoked when the suite ends): teacher sync for the demo school's county, statistics
  const county = toGlobalId('County', await one(`SELECT county_id AS id FROM unit WHERE id = ${demoSchool}`));
  const create = async (key: Key, input: Record<string, unknown>) => {
    const r = await h.as('admin').query('mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { secret key { id } } }', {
      i: { name: `matrix ${key}`, pointsPerSecond: 100000, ...input },
    });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    secrets[key] = r.data!.createApiKey.secret;
    keyIds.push(r.data!.createApiKey.key.id);
  };
  await create('key.sync', { scopes: ['TEACHER_SYNC'], countyId: county });
  await create('key.stats', { scopes: ['STATISTICS_READ'] });
});
afterAll(async () => {
  for (const id of keyIds) await h.as('admin').query('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id });
  await h.stop();
});

const query = (caller: Caller | null, q: string, v: Record<string, unknown> = {}) => {
  if (caller === null) return h.anonymous().query(q, v);
  if (caller.startsWith('key.')) return h.raw(q, v, `ApiKey ${secrets[caller as Key]}`);
  return h.as(caller).query(q, v);
};

describe(`authorization matrix (${dbLabel()})`, () => {
  for (const spec of ROOT_CASES) {
    it(`root field ${spec.field} (${spec.rule}): ${[...spec.allowed].join(', ')}`, async () => {
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const caller of [...CALLERS, null]) {
        const key = caller ?? 'anonymous';
        const r = await query(caller, spec.q());
        const value = r.data?.[spec.field];
        if (r.errors) outcome[key] = codes(r).join(',');
        else if (value === null || value === undefined) outcome[key] = 'null';
        else if (!spec.empty) outcome[key] = 'ok';
        else {
          // a count (totalCount) or a list's length: an empty answer told apart from a non-empty one
          const n = Array.isArray(value) ? value.length : value.totalCount;
          expect(typeof n).toBe('number');
          outcome[key] = n === 0 ? 'ok, empty' : 'ok';
        }
        if (caller === null) expected[key] = spec.anonymous ?? 'UNAUTHENTICATED';
        else if (!spec.allowed.has(caller)) expected[key] = 'FORBIDDEN';
        else expected[key] = spec.allowedAnswer ?? (spec.empty?.has(caller) ? 'ok, empty' : 'ok');
        // a refused root field gives no data (a nullable one: its field null beside the error)
        if (r.errors) expect([key, r.data?.[spec.field] ?? null]).toEqual([key, null]);
      }
      expect(outcome).toEqual(expected);
    }, 60000);
  }

  it.each(CALLERS)('row scope through node(id:) for %s (Query.node)', async (caller) => {
    const seen: Record<string, boolean> = {};
    const expected: Record<string, boolean> = {};
    for (const [target, callers] of Object.entries(VISIBLE)) {
      const r = await query(caller, 'query($id: ID!) { node(id: $id) { id } }', { id: ids[target] });
      expect(r.errors).toBeUndefined();
      seen[target] = r.data!.node !== null;
      expected[target] = callers.has(caller);
    }
    expect(seen).toEqual(expected);
  });

  it('node(id:) asks an anonymous caller to log in (Query.node)', async () => {
    const r = await query(null, 'query($id: ID!) { node(id: $id) { id } }', { id: ids.S_demo });
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });

  for (const c of FIELD_CASES) {
    it(`${c.rule} of ${c.target}: value only for ${[...c.allowed].join(', ')}`, async () => {
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const caller of CALLERS) {
        if (!VISIBLE[c.target].has(caller)) continue;
        const r = await query(caller, `query($id: ID!) { node(id: $id) { ... on ${c.type} { x: ${c.field()} } } }`, { id: ids[c.target] });
        const value = r.data?.node?.x;
        if (value !== null && value !== undefined && !r.errors) {
          outcome[caller] = 'value';
          c.check?.(value);
        } else outcome[caller] = codes(r).join(',') || 'null';
        expected[caller] = c.allowed.has(caller) ? 'value' : 'FORBIDDEN';
      }
      // the allowed callers are among those who see the row: a case that could not fail is refused
      expect([...c.allowed].filter((x) => !VISIBLE[c.target].has(x))).toEqual([]);
      expect(Object.values(expected)).toContain('value');
      expect(outcome).toEqual(expected);
    });
  }

  it('the course catalog is public: anonymous callers and every login list the published courses, with counts only', async () => {
    const anon = await h.anonymous().query('{ courses(first: 5) { totalCount edges { node { code admittedCount seatsLeft } } } }');
    expect(anon.errors).toBeUndefined();
    expect(anon.data!.courses.totalCount).toBeGreaterThan(0);
    for (const login of ALL) {
      const r = await query(login, '{ courses(first: 1) { totalCount } }');
      expect(r.data!.courses.totalCount).toBe(anon.data!.courses.totalCount);
    }
    // a roster through the catalog: null with FORBIDDEN for the analyst
    const r = await query('analyst', '{ courses(first: 1) { edges { node { admittedCount registrations(first: 1) { totalCount } } } } }');
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.data!.courses.edges[0].node.registrations).toBeNull();
  });

  it('an unauthorized field is null with FORBIDDEN while the rest of the answer arrives', async () => {
    const r = await h.as('district.taipei').query('query($id: ID!) { node(id: $id) { ... on Teacher { name email nationalIdMasked } } }', {
      id: ids.T_demo,
    });
    expect(r.data!.node.name).toBeTruthy();
    expect(r.data!.node.email).toBeNull();
    expect(r.data!.node.nationalIdMasked).toMatch(/\*{4}/);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors![0].path).toEqual(['node', 'email']);
  });

  it('a teacher listing teachers gets only itself; a CHIEF only its school; a district only its county', async () => {
    const list = async (login: Login) =>
      (await query(login, '{ teachers(first: 100) { totalCount edges { node { school { county { code } } } } } }')).data!.teachers;
    expect((await list('teacher.demo')).totalCount).toBe(1);
    const chief = await list('chief.demo');
    const [{ n: inSchool }] = await h.ds.query(
      "SELECT COUNT(*) AS n FROM teacher t JOIN unit u ON u.id = t.school_id WHERE u.code = '020001'",
    );
    expect(chief.totalCount).toBe(Number(inSchool));
    const district = await list('district.taipei');
    const [{ n: inCounty }] = await h.ds.query(
      'SELECT COUNT(*) AS n FROM teacher t JOIN unit u ON u.id = t.school_id WHERE u.county_id = 2',
    );
    expect(district.totalCount).toBe(Number(inCounty));
    expect(new Set(district.edges.map((e: any) => e.node.school.county.code))).toEqual(new Set(['TPE']));
  });

  it("a district lists only its county's schools; the analyst every school", async () => {
    const district = (await query('district.taipei', '{ schools(first: 100) { totalCount edges { node { county { code } } } } }')).data!
      .schools;
    expect(new Set(district.edges.map((e: any) => e.node.county.code))).toEqual(new Set(['TPE']));
    const [{ n }] = await h.ds.query("SELECT COUNT(*) AS n FROM unit WHERE kind = 'SCHOOL'");
    expect((await query('analyst', '{ schools(first: 1) { totalCount } }')).data!.schools.totalCount).toBe(Number(n));
  });

  it('the inbox count (Viewer.unreadNotifications): every person and account its own; a partner key FORBIDDEN; anonymous: no me', async () => {
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const caller of CALLERS) {
      const r = await query(caller, '{ me { unreadNotifications } notifications(unreadOnly: true, first: 1) { totalCount } }');
      if (r.errors) outcome[caller] = codes(r).join(',');
      else {
        // the badge counts what the inbox lists as unread
        expect([caller, r.data!.me.unreadNotifications]).toEqual([caller, r.data!.notifications.totalCount]);
        outcome[caller] = 'value';
      }
      // a key: FORBIDDEN on both the count and the inbox
      expected[caller] = caller.startsWith('key.') ? 'FORBIDDEN,FORBIDDEN' : 'value';
    }
    expect(outcome).toEqual(expected);
    const anonymous = await query(null, '{ me { unreadNotifications } }');
    expect([anonymous.errors, anonymous.data]).toEqual([undefined, { me: null }]);
  });
});
