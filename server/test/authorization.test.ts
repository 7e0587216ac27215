import { DEMO_LOGINS } from '../src/db/seed/generator';
import { toGlobalId } from '../src/shared/global-id';
import { codes, Harness } from './harness';
import { dbLabel } from './db';

/**
 * The authorization matrix: every demo login (and an anonymous caller) x every protected root
 * field, every target row and every protected field on it. The expectations are written out here,
 * independently of the rules table they check (docs/DOMAIN.md section 3).
 */
type Login = (typeof DEMO_LOGINS)[number];
const ALL = [...DEMO_LOGINS] as Login[];
const only = (...l: Login[]) => new Set<Login>(l);

let h: Harness;
const ids: Record<string, string> = {};

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
  ids.T_peer = toGlobalId('Teacher', await one(`SELECT MIN(id) AS id FROM teacher WHERE school_id = ${demoSchool} AND id <> ${teacherDemo}`));
  ids.T_other = toGlobalId('Teacher', teacherOther);
  ids.A_chief = toGlobalId('BusinessAccount', await one("SELECT business_account_id AS id FROM credential WHERE username = 'chief.demo'"));
  ids.A_contact = toGlobalId('BusinessAccount', await one("SELECT business_account_id AS id FROM credential WHERE username = 'contact.demo'"));
  ids.A_otherChief = toGlobalId('BusinessAccount', await one("SELECT business_account_id AS id FROM credential WHERE username = 'chief.other'"));
  ids.SP_demo = toGlobalId('SchoolPlan', await one(`SELECT MIN(id) AS id FROM school_plan WHERE school_id = ${demoSchool}`));
  ids.TP_demo = toGlobalId('TeacherPlan', await one(`SELECT MIN(id) AS id FROM teacher_plan WHERE teacher_id = ${teacherDemo}`));
  ids.TP_other = toGlobalId('TeacherPlan', await one(`SELECT MIN(id) AS id FROM teacher_plan WHERE teacher_id = ${teacherOther}`));
  // the seed's published course of the demo school (newest year) and teacher.demo's registration in it
  const demoCourse = await one("SELECT id FROM course WHERE code = '110-020001-0001'");
  ids.C_demo = toGlobalId('Course', demoCourse);
  ids.R_demo = toGlobalId('CourseRegistration', await one(`SELECT id FROM course_registration WHERE course_id = ${demoCourse} AND teacher_id = ${teacherDemo}`));
});
afterAll(() => h.stop());

const query = (login: Login | null, q: string, v: Record<string, unknown> = {}) => (login ? h.as(login).query(q, v) : h.anonymous().query(q, v));

describe(`authorization matrix (${dbLabel()})`, () => {
  const ROOT: Record<string, { q: string; allowed: Set<Login> }> = {
    schools: { q: '{ schools(first: 1) { totalCount } }', allowed: new Set(ALL) },
    teachers: {
      q: '{ teachers(first: 1) { totalCount } }',
      allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo', 'teacher.other', 'chief.other'),
    },
    businessAccounts: { q: '{ businessAccounts(first: 1) { totalCount } }', allowed: only('admin', 'district.taipei', 'chief.demo', 'chief.other') },
    auditEvents: { q: '{ auditEvents(first: 1) { totalCount } }', allowed: only('admin', 'district.taipei', 'chief.demo', 'chief.other') },
    teacherTransfers: {
      q: '{ teacherTransfers(first: 1) { totalCount } }',
      allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo', 'teacher.other', 'chief.other'),
    },
    demand: { q: '{ demand(source: TEACHER_PLANS, dimension: MODE) { totalCount: k } }', allowed: only('admin', 'analyst', 'district.taipei') },
    participation: { q: '{ participation(schoolYears: [109]) { totalCount: schoolsSubmitted } }', allowed: only('admin', 'analyst', 'district.taipei') },
  };

  for (const [field, spec] of Object.entries(ROOT)) {
    it.each(ALL)(`root field ${field} for %s`, async (login) => {
      const r = await query(login, spec.q);
      if (spec.allowed.has(login)) {
        expect(r.errors).toBeUndefined();
        // a university's operator has no school in its scope: an empty list, not an error
        const value = Array.isArray(r.data![field]) ? r.data![field][0].totalCount : r.data![field].totalCount;
        if (login === 'operator.univ' || field === 'auditEvents' || field === 'teacherTransfers') expect(value).toBeGreaterThanOrEqual(0);
        else expect(value).toBeGreaterThan(0);
      } else {
        expect(codes(r)).toEqual(['FORBIDDEN']);
        expect(r.data).toBeNull();
      }
    });

    it(`root field ${field} asks an anonymous caller to log in`, async () => {
      const r = await query(null, spec.q);
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
      expect(r.data).toBeNull();
    });
  }

  /** The planning, statistics and partner-key queries: who gets an answer (the rest FORBIDDEN, anonymous UNAUTHENTICATED). */
  const STAFF = only('admin', 'analyst', 'district.taipei');
  const MORE_ROOTS: Record<string, { q: () => string; allowed: Set<Login>; anonymous?: string }> = {
    myTeacherPlanning: { q: () => '{ myTeacherPlanning(schoolYear: 109) { __typename } }', allowed: only('teacher.demo', 'teacher.other') },
    planningProgress: { q: () => '{ planningProgress(schoolYear: 109) { county { id } } }', allowed: STAFF },
    pendingSchools: { q: () => '{ pendingSchools(schoolYear: 109) { __typename } }', allowed: only('admin', 'district.taipei') },
    // an anonymous caller's cost budget refuses this list's assumed size before any rule is asked
    reminders: { q: () => '{ reminders(schoolYear: 109) { __typename } }', allowed: only('admin', 'district.taipei'), anonymous: 'QUERY_TOO_COMPLEX' },
    rewardList: { q: () => '{ rewardList(schoolYear: 109) { __typename } }', allowed: STAFF },
    surveyResults: { q: () => '{ surveyResults(schoolYear: 109) { county { id } } }', allowed: STAFF },
    alignment: { q: () => '{ alignment(schoolYear: 109) { __typename } }', allowed: STAFF },
    schoolDemandComparison: {
      q: () => `{ schoolDemandComparison(schoolId: "${ids.S_demo}", schoolYear: 109, dimension: MODE) { __typename } }`,
      allowed: only('admin', 'chief.demo', 'contact.demo', 'operator.demo'),
    },
    apiKeys: { q: () => '{ apiKeys { __typename } }', allowed: only('admin') },
  };

  for (const [field, spec] of Object.entries(MORE_ROOTS)) {
    it(`root field ${field}: ${[...spec.allowed].join(', ')}`, async () => {
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const login of [...ALL, null]) {
        const key = login ?? 'anonymous';
        const r = await query(login, spec.q());
        outcome[key] = r.errors ? codes(r).join(',') : Array.isArray(r.data![field]) || r.data![field] ? 'ok' : 'empty';
        expected[key] = login === null ? (spec.anonymous ?? 'UNAUTHENTICATED') : spec.allowed.has(login) ? 'ok' : 'FORBIDDEN';
      }
      expect(outcome).toEqual(expected);
    }, 60000);
  }

  /** Which logins see each row at all (node(id:) returns null otherwise). */
  const VISIBLE: Record<string, Set<Login>> = {
    S_demo: only('admin', 'analyst', 'district.taipei', 'chief.demo', 'contact.demo', 'operator.demo', 'teacher.demo'),
    S_other: only('admin', 'analyst', 'teacher.other', 'chief.other'),
    T_demo: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo'),
    T_peer: only('admin', 'district.taipei', 'chief.demo', 'contact.demo'),
    T_other: only('admin', 'teacher.other', 'chief.other'),
    A_chief: only('admin', 'district.taipei', 'chief.demo'),
    A_contact: only('admin', 'district.taipei', 'chief.demo', 'contact.demo'),
    A_otherChief: only('admin', 'chief.other'),
    SP_demo: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'operator.demo', 'teacher.demo'),
    TP_demo: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo'),
    TP_other: only('admin', 'teacher.other', 'chief.other'),
    // a published course is public; a registration is read by the teacher, its school's CHIEF/CONTACT, the course's managers, the platform
    C_demo: new Set(ALL),
    R_demo: only('admin', 'teacher.demo', 'chief.demo', 'contact.demo', 'operator.demo'),
  };

  it.each(ALL)('row scope through node(id:) for %s', async (login) => {
    const seen: Record<string, boolean> = {};
    const expected: Record<string, boolean> = {};
    for (const [target, logins] of Object.entries(VISIBLE)) {
      const r = await query(login, 'query($id: ID!) { node(id: $id) { id } }', { id: ids[target] });
      expect(r.errors).toBeUndefined();
      seen[target] = r.data!.node !== null;
      expected[target] = logins.has(login);
    }
    expect(seen).toEqual(expected);
  });

  /** Protected fields: who gets a value; everyone else who sees the row gets null + FORBIDDEN. */
  const FIELDS: { target: string; type: string; field: string; allowed: Set<Login>; check?: (v: unknown) => void }[] = [
    { target: 'T_demo', type: 'Teacher', field: 'nationalId', allowed: only('admin', 'teacher.demo'), check: (v) => expect(v).toMatch(/^A[12]\d{8}$/) },
    { target: 'T_peer', type: 'Teacher', field: 'nationalId', allowed: only('admin') },
    { target: 'T_other', type: 'Teacher', field: 'nationalId', allowed: only('admin', 'teacher.other') },
    {
      target: 'T_demo', type: 'Teacher', field: 'nationalIdMasked', allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo'),
      check: (v) => expect(v).toMatch(/^A[12]\d\*{4}\d{3}$/),
    },
    { target: 'T_peer', type: 'Teacher', field: 'nationalIdMasked', allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo') },
    { target: 'T_other', type: 'Teacher', field: 'nationalIdMasked', allowed: only('admin', 'teacher.other', 'chief.other') },
    { target: 'T_demo', type: 'Teacher', field: 'email', allowed: only('admin', 'chief.demo', 'contact.demo', 'teacher.demo') },
    { target: 'T_demo', type: 'Teacher', field: 'phone', allowed: only('admin', 'chief.demo', 'contact.demo', 'teacher.demo') },
    { target: 'T_peer', type: 'Teacher', field: 'email', allowed: only('admin', 'chief.demo', 'contact.demo') },
    { target: 'T_other', type: 'Teacher', field: 'phone', allowed: only('admin', 'teacher.other', 'chief.other') },
    {
      target: 'T_demo', type: 'Teacher', field: 'profileConfirmation { current }',
      allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo'),
    },
    {
      target: 'S_demo', type: 'School', field: 'teacherReview { done }',
      allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo'),
    },
    { target: 'T_demo', type: 'Teacher', field: 'plans { schoolYear }', allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo') },
    { target: 'T_peer', type: 'Teacher', field: 'plans { schoolYear }', allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo') },
    {
      target: 'S_demo', type: 'School', field: 'teachers(first: 5) { totalCount }',
      allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'teacher.demo'),
    },
    { target: 'S_other', type: 'School', field: 'teachers(first: 5) { totalCount }', allowed: only('admin', 'teacher.other', 'chief.other') },
    { target: 'S_demo', type: 'School', field: 'businessAccounts { role }', allowed: only('admin', 'district.taipei', 'chief.demo') },
    { target: 'S_other', type: 'School', field: 'businessAccounts { role }', allowed: only('admin', 'chief.other') },
    {
      target: 'S_demo', type: 'School', field: 'schoolPlans { schoolYear }',
      allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo', 'operator.demo', 'teacher.demo'),
    },
    { target: 'S_other', type: 'School', field: 'schoolPlans { schoolYear }', allowed: only('admin', 'teacher.other', 'chief.other') },
    { target: 'C_demo', type: 'Course', field: 'registrations(first: 5) { totalCount }', allowed: only('admin', 'chief.demo', 'contact.demo', 'operator.demo') },
    { target: 'T_demo', type: 'Teacher', field: 'registrations(first: 5) { totalCount }', allowed: only('admin', 'chief.demo', 'contact.demo', 'teacher.demo') },
    { target: 'T_other', type: 'Teacher', field: 'registrations(first: 5) { totalCount }', allowed: only('admin', 'chief.other', 'teacher.other') },
    { target: 'S_demo', type: 'School', field: 'courseRegistrations(first: 5) { totalCount }', allowed: only('admin', 'chief.demo', 'contact.demo') },
    { target: 'S_other', type: 'School', field: 'courseRegistrations(first: 5) { totalCount }', allowed: only('admin', 'chief.other') },
    {
      target: 'R_demo', type: 'CourseRegistration', field: 'nationalIdMasked', allowed: only('admin', 'teacher.demo', 'chief.demo', 'contact.demo', 'operator.demo'),
      check: (v) => expect(v).toMatch(/^A[12]\d\*{4}\d{3}$/),
    },
    { target: 'A_chief', type: 'BusinessAccount', field: 'nationalId', allowed: only('admin', 'chief.demo') },
    { target: 'A_contact', type: 'BusinessAccount', field: 'nationalId', allowed: only('admin', 'contact.demo') },
    { target: 'A_contact', type: 'BusinessAccount', field: 'nationalIdMasked', allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo') },
    ...(['username', 'email', 'phone', 'permissions', 'status', 'version'] as const).flatMap((field) => [
      { target: 'A_contact', type: 'BusinessAccount', field, allowed: only('admin', 'district.taipei', 'chief.demo', 'contact.demo') },
      { target: 'A_otherChief', type: 'BusinessAccount', field, allowed: only('admin', 'chief.other') },
    ]),
  ];

  for (const f of FIELDS) {
    const name = f.field.split(/[ ({]/)[0];
    it(`${f.type}.${name} of ${f.target}: value only for ${[...f.allowed].join(', ')}`, async () => {
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const login of ALL) {
        if (!VISIBLE[f.target].has(login)) continue;
        const r = await query(login, `query($id: ID!) { node(id: $id) { ... on ${f.type} { x: ${f.field} } } }`, { id: ids[f.target] });
        const value = r.data?.node?.x;
        if (value !== null && value !== undefined && !r.errors) {
          outcome[login] = 'value';
          f.check?.(value);
        } else outcome[login] = codes(r).join(',') || 'null';
        expected[login] = f.allowed.has(login) ? 'value' : 'FORBIDDEN';
      }
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
    const [{ n: inSchool }] = await h.ds.query("SELECT COUNT(*) AS n FROM teacher t JOIN unit u ON u.id = t.school_id WHERE u.code = '020001'");
    expect(chief.totalCount).toBe(Number(inSchool));
    const district = await list('district.taipei');
    const [{ n: inCounty }] = await h.ds.query('SELECT COUNT(*) AS n FROM teacher t JOIN unit u ON u.id = t.school_id WHERE u.county_id = 2');
    expect(district.totalCount).toBe(Number(inCounty));
    expect(new Set(district.edges.map((e: any) => e.node.school.county.code))).toEqual(new Set(['TPE']));
  });

  it('a district lists only its county\'s schools; the analyst every school', async () => {
    const district = (await query('district.taipei', '{ schools(first: 100) { totalCount edges { node { county { code } } } } }')).data!.schools;
    expect(new Set(district.edges.map((e: any) => e.node.county.code))).toEqual(new Set(['TPE']));
    const [{ n }] = await h.ds.query("SELECT COUNT(*) AS n FROM unit WHERE kind = 'SCHOOL'");
    expect((await query('analyst', '{ schools(first: 1) { totalCount } }')).data!.schools.totalCount).toBe(Number(n));
  });

  it('the inbox (notifications, me.unreadNotifications): every person and account its own; anonymous callers are asked to log in', async () => {
    for (const login of ALL) {
      const r = await query(login, '{ me { unreadNotifications } notifications(first: 1) { totalCount } }');
      expect([login, r.errors]).toEqual([login, undefined]);
      expect(r.data!.me.unreadNotifications).toBeGreaterThanOrEqual(0);
    }
    expect(codes(await query(null, '{ notifications(first: 1) { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it("a reminder's mail deliveries: the platform and the districts (who read reminders)", async () => {
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const login of ALL) {
      const r = await query(login, '{ reminders(schoolYear: 111) { deliveries { status } deliveryCounts { sent } } }');
      outcome[login] = codes(r).join(',') || 'value';
      expected[login] = login === 'admin' || login === 'district.taipei' ? 'value' : 'FORBIDDEN';
    }
    expect(outcome).toEqual(expected);
  });
});
