import { getNamedType, GraphQLSchema, isAbstractType, isObjectType, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { buildAppSchema } from '../src/app';
import { DEMO_LOGINS } from '../src/db/seed/generator';
import { UnitEntity } from '../src/modules/directory';
import { fromGlobalId, toGlobalId } from '../src/shared/global-id';
import { codes, demoIds, Harness, seededHarness } from './harness';
import { dbLabel } from './db';

/**
 * Who sees persons (issue 9, item 6): every field of the schema that returns a Teacher or a
 * BusinessAccount (alone, in a list, a connection, or as a possible type of an interface) is found
 * by walking the schema; the documents below reach each of them from the roots; every demo login
 * runs them all, and every Teacher/BusinessAccount in any answer must be one the login may read —
 * computed here from the database, independently of the service's scopes.
 */
type Login = (typeof DEMO_LOGINS)[number];
const PERSON_TYPES = new Set(['Teacher', 'BusinessAccount']);

let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
let schoolYear: number;
beforeAll(async () => {
  h = await seededHarness('persons');
  ids = await demoIds(h);
  schoolYear = Number((await h.ds.query('SELECT MAX(school_year) AS y FROM teacher_plan'))[0].y);
  // a pending transfer: the receiving side must not read the teacher through TeacherTransfer.teacher
  const [{ national_id: nid }] = await h.ds.query('SELECT national_id FROM teacher WHERE id = ?', [ids.raw.teacherOther]);
  const r = await h
    .as('chief.demo')
    .query('mutation($n: String!, $to: ID!) { transferTeacher(nationalId: $n, toSchoolId: $to) { id } }', { n: nid, to: ids.demoSchool });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
}, 120000);
afterAll(() => h.stop());

/** Every field whose type, unwrapped, is a person, a connection/edge of persons, or an interface a person implements. */
function personFields(schema: GraphQLSchema): string[] {
  const returnsPersons = (typeName: string, seen = new Set<string>()): boolean => {
    if (PERSON_TYPES.has(typeName)) return true;
    if (seen.has(typeName)) return false;
    seen.add(typeName);
    const t = schema.getType(typeName);
    if (t && isAbstractType(t)) return schema.getPossibleTypes(t).some((p) => PERSON_TYPES.has(p.name));
    // a connection or edge: its edges/node fields lead to persons
    if (t && isObjectType(t) && /(Connection|Edge)$/.test(t.name)) {
      return Object.values(t.getFields()).some(
        (f) => ['edges', 'node', 'nodes'].includes(f.name) && returnsPersons(getNamedType(f.type).name, seen),
      );
    }
    return false;
  };
  const out: string[] = [];
  for (const t of Object.values(schema.getTypeMap())) {
    if (!isObjectType(t) || t.name.startsWith('__')) continue;
    for (const f of Object.values(t.getFields())) if (returnsPersons(getNamedType(f.type).name)) out.push(`${t.name}.${f.name}`);
  }
  return out.sort();
}

const P = '__typename id';
const DOCS: { doc: string; vars?: () => Record<string, unknown> }[] = [
  { doc: `{ me { teacher { ${P} } businessAccount { ${P} } } }` },
  { doc: `{ teachers(first: 50) { edges { node { ${P} plans { teacher { ${P} } } } } } }` },
  { doc: `{ businessAccounts(first: 50) { edges { node { ${P} } } } }` },
  {
    doc: `query($y: Int!) { schools(first: 5) { edges { node { id teachers(first: 50) { edges { node { ${P} } } } businessAccounts { ${P} } teacherProgress(schoolYear: $y) { pending { ${P} } } } } } }`,
    vars: () => ({ y: schoolYear }),
  },
  { doc: `{ teacherTransfers(first: 50) { edges { node { teacher { ${P} } } } } }` },
  {
    doc: `{ changes(since: "2000-01-01T00:00:00Z", first: 500) { changes { node { ... on Teacher { ${P} } ... on BusinessAccount { ${P} } } } } }`,
  },
  // course rosters and registrations: the registration's teacher only as far as the person scope reaches
  {
    doc: `{ courses(first: 20, search: "020001") { edges { node { registrations(first: 50) { edges { node { teacher { ${P} } } } } } } } }`,
  },
  {
    doc: `query($id: ID!) { node(id: $id) { ... on Teacher { registrations(first: 50) { edges { node { teacher { ${P} } } } } } ... on School { courseRegistrations(first: 50) { edges { node { teacher { ${P} } } } } } } }`,
  },
  // study records: the record's teacher only as far as the person scope reaches (the issuer's managers read the record, not the person)
  {
    doc: `query($id: ID!) { node(id: $id) { ... on Teacher { studyRecords(first: 50) { edges { node { teacher { ${P} } } } } } } }`,
  },
  {
    doc: `{ courses(first: 20, search: "020001") { edges { node { studyRecords(first: 50) { edges { node { teacher { ${P} } } } } } } } }`,
  },
  {
    doc: `query($id: ID!, $y: Int!) { node(id: $id) { __typename
      ... on Teacher { id plans { teacher { ${P} } } plan(schoolYear: $y) { teacher { ${P} } } }
      ... on BusinessAccount { id }
      ... on School { teachers(first: 50) { edges { node { ${P} } } } businessAccounts { ${P} } teacherProgress(schoolYear: $y) { pending { ${P} } } }
      ... on TeacherPlan { teacher { ${P} } } } }`,
  },
];
const NODE_TARGETS = () => [
  ids.teacherDemo,
  ids.teacherPeer,
  ids.teacherOther,
  ids.chiefDemo,
  ids.contactDemo,
  ids.operatorDemo,
  ids.chiefOther,
  ids.operatorUniv,
  ids.demoSchool,
  ids.otherSchool,
  ids.thirdSchool,
];

/**
 * Mutations that return a person return the one the caller just acted on, which the mutation's own
 * rule requires to be in its keeping (mutation-matrix.test.ts tries each as every login).
 */
const MUTATIONS = new Set([
  'Mutation.activateBusinessAccount',
  'Mutation.suspendBusinessAccount',
  'Mutation.deleteBusinessAccount',
  'Mutation.setBusinessAccountPermissions',
  'Mutation.changeBusinessAccountRole',
  'Mutation.addTeacher',
  'Mutation.updateMyProfile',
  'Mutation.confirmMyProfile',
  'Mutation.correctTeachers',
]);

/** The fields a document selects, as `Type.field`. */
function selected(schema: GraphQLSchema, doc: string): Set<string> {
  const out = new Set<string>();
  const info = new TypeInfo(schema);
  visit(
    parse(doc),
    visitWithTypeInfo(info, {
      Field() {
        const parent = info.getParentType();
        const def = info.getFieldDef();
        if (parent && def) out.add(`${parent.name}.${def.name}`);
      },
    }),
  );
  return out;
}

/** Every Teacher/BusinessAccount object in an answer, as numeric IDs per type. */
function personsIn(value: unknown, acc = { Teacher: new Set<number>(), BusinessAccount: new Set<number>() }) {
  if (Array.isArray(value)) value.forEach((v) => personsIn(v, acc));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ((o.__typename === 'Teacher' || o.__typename === 'BusinessAccount') && typeof o.id === 'string')
      acc[o.__typename].add(fromGlobalId(o.id).id);
    Object.values(o).forEach((v) => personsIn(v, acc));
  }
  return acc;
}

/** What each login may read, from the database and the domain rules (docs/DOMAIN.md section 3), not from the service's scopes. */
async function allowedFor(login: Login): Promise<{ Teacher: Set<number> | 'ALL'; BusinessAccount: Set<number> | 'ALL' }> {
  const q = async (sql: string, p: unknown[] = []) => new Set<number>((await h.ds.query(sql, p)).map((r: { id: number }) => Number(r.id)));
  const [cred] = await h.ds.query('SELECT teacher_id, business_account_id FROM credential WHERE username = ?', [login]);
  const self = cred.business_account_id ? new Set([Number(cred.business_account_id)]) : new Set<number>();
  const schoolTeachers = (unit: number) => q('SELECT id FROM teacher WHERE school_id = ?', [unit]);
  const unitAccounts = async (unit: number) =>
    new Set([...self, ...(await q("SELECT id FROM business_account WHERE unit_id = ? AND status <> 'DELETED'", [unit]))]);
  const countyOf = async (unit: number) => Number((await h.ds.query('SELECT county_id AS id FROM unit WHERE id = ?', [unit]))[0].id);
  const taipei = await countyOf(ids.raw.demoSchool);
  switch (login) {
    case 'admin':
      return { Teacher: 'ALL', BusinessAccount: 'ALL' };
    case 'district.taipei':
      return {
        Teacher: await q('SELECT t.id FROM teacher t JOIN unit u ON u.id = t.school_id WHERE u.county_id = ?', [taipei]),
        BusinessAccount: await q(
          "SELECT a.id FROM business_account a JOIN unit u ON u.id = a.unit_id WHERE u.county_id = ? AND u.kind = 'SCHOOL' AND a.status <> 'DELETED'",
          [taipei],
        ),
      };
    case 'chief.demo':
      return { Teacher: await schoolTeachers(ids.raw.demoSchool), BusinessAccount: await unitAccounts(ids.raw.demoSchool) };
    case 'contact.demo':
      return { Teacher: await schoolTeachers(ids.raw.demoSchool), BusinessAccount: self };
    case 'chief.other':
      return { Teacher: await schoolTeachers(ids.raw.otherSchool), BusinessAccount: await unitAccounts(ids.raw.otherSchool) };
    case 'teacher.demo':
    case 'teacher.other':
      return { Teacher: new Set([Number(cred.teacher_id)]), BusinessAccount: new Set() };
    // the analyst and the operators read no teacher; a holder reads its own account
    default:
      return { Teacher: new Set(), BusinessAccount: self };
  }
}

describe(`who sees persons (${dbLabel()})`, () => {
  it('the documents of the walk reach every field of the schema that returns persons (a new one fails here until it is walked)', () => {
    const schema = buildAppSchema();
    const found = personFields(schema);
    expect(found).toEqual(
      expect.arrayContaining([
        'TeacherProgress.pending',
        'TeacherPlan.teacher',
        'TeacherEdge.node',
        'Query.node',
        'TeacherTransfer.teacher',
      ]),
    );
    const walked = new Set(DOCS.flatMap((d) => [...selected(schema, d.doc)]));
    expect(found.filter((f) => !walked.has(f) && !MUTATIONS.has(f))).toEqual([]);
  });

  it.each([...DEMO_LOGINS])('%s reads no person outside its scope through any of them', async (login) => {
    const seen = { Teacher: new Set<number>(), BusinessAccount: new Set<number>() };
    for (const d of DOCS) {
      const targets = d.doc.includes('node(id:') ? NODE_TARGETS() : [null];
      for (const id of targets) {
        const r = await h.as(login).query(d.doc, { ...(d.vars?.() ?? {}), y: schoolYear, ...(id ? { id } : {}) });
        // a root the login may not read answers FORBIDDEN and nothing else
        for (const c of codes(r)) expect(c).toBe('FORBIDDEN');
        personsIn(r.data, seen);
      }
    }
    const allowed = await allowedFor(login);
    for (const type of ['Teacher', 'BusinessAccount'] as const) {
      const may = allowed[type];
      const outside = may === 'ALL' ? [] : [...seen[type]].filter((id) => !may.has(id));
      expect({ type, outside }).toEqual({ type, outside: [] });
    }
    if (login === 'admin') expect(seen.Teacher.size).toBeGreaterThan(10);
    if (login === 'teacher.demo') expect([...seen.Teacher]).toEqual([ids.raw.teacherDemo]);
  });

  it("a teacher's school progress still counts its colleagues but names only itself", async () => {
    const r = await h
      .as('teacher.demo')
      .query(
        'query($id: ID!, $y: Int!) { node(id: $id) { ... on School { teacherProgress(schoolYear: $y) { teachers submitted pending { id } } } } }',
        { id: ids.demoSchool, y: schoolYear },
      );
    expect(r.errors).toBeUndefined();
    const p = r.data!.node.teacherProgress;
    expect(p.teachers).toBeGreaterThan(1);
    expect(p.pending.every((t: { id: string }) => t.id === ids.teacherDemo)).toBe(true);
    const chief = await h
      .as('chief.demo')
      .query(
        'query($id: ID!, $y: Int!) { node(id: $id) { ... on School { teacherProgress(schoolYear: $y) { teachers submitted pending { id } } } } }',
        { id: ids.demoSchool, y: schoolYear },
      );
    expect(chief.data!.node.teacherProgress.pending).toHaveLength(p.teachers - p.submitted);
  });
});

describe(`audit trail without contact details for districts (${dbLabel()})`, () => {
  it('a district sees that e-mail and phone changed, never their values (masked or not); the platform sees them masked', async () => {
    const r = await h
      .as('teacher.demo')
      .query('mutation { updateMyProfile(input: { email: "secret.person@example.tw", phone: "0912-345-678" }) { id } }');
    expect(r.errors).toBeUndefined();
    const Q =
      '{ auditEvents(operation: updateMyProfile, newestFirst: true, first: 1) { edges { node { changes { field before after } } } } }';
    const district = (await h.as('district.taipei').query(Q)).data!.auditEvents.edges[0].node.changes;
    const contact = district.filter((c: any) => c.field === 'email' || c.field === 'phone');
    expect(contact.map((c: any) => c.field).sort()).toEqual(['email', 'phone']);
    for (const c of contact) expect(c.after).toBe('(hidden)');
    expect(JSON.stringify(district)).not.toMatch(/@example|678/);
    const admin = (await h.as('admin').query(Q)).data!.auditEvents.edges[0].node.changes;
    expect(admin.find((c: any) => c.field === 'email').after).toBe('s***@example.tw');
  });
});

describe(`search treats % and _ literally and refuses NUL (${dbLabel()})`, () => {
  beforeAll(async () => {
    const repo = h.ds.getRepository(UnitEntity);
    const model = (await repo.findOneByOrFail({ id: ids.raw.demoSchool })) as UnitEntity & Record<string, unknown>;
    await repo.save(repo.create({ ...model, id: undefined, code: '999991', name: '百分_百%實驗!學校' }));
    await repo.save(repo.create({ ...model, id: undefined, code: '999992', name: '百分X百Y實驗學校' }));
  });

  it.each([
    ['_百%', ['999991']],
    ['分_百', ['999991']],
    ['%', ['999991']],
    ['!學', ['999991']],
    ['百分', ['999991', '999992']],
  ])('schools and unitsByName: %s', async (search, expected) => {
    const s = await h.as('admin').query('query($s: String) { schools(search: $s, first: 50) { edges { node { code } } } }', { s: search });
    expect(s.errors).toBeUndefined();
    expect(s.data!.schools.edges.map((e: any) => e.node.code).sort()).toEqual(expected);
    const u = await h.anonymous().query('query($s: String!) { unitsByName(search: $s) { id } }', { s: search });
    expect(u.data!.unitsByName.map((x: any) => x.id).sort()).toEqual(
      (await h.ds.query(`SELECT id FROM unit WHERE code IN (${expected.map(() => '?').join(',')})`, expected))
        .map((r: any) => toGlobalId('School', Number(r.id)))
        .sort(),
    );
  });

  it('business-account searches escape too', async () => {
    const r = await h.as('admin').query('{ businessAccounts(search: "%", first: 50) { edges { node { id } } } }');
    expect(r.errors).toBeUndefined();
    const [{ n }] = await h.ds.query(
      "SELECT COUNT(*) AS n FROM business_account a JOIN unit u ON u.id = a.unit_id WHERE u.name LIKE '%!%%' ESCAPE '!' OR a.name LIKE '%!%%' ESCAPE '!'",
    );
    expect(r.data!.businessAccounts.edges).toHaveLength(Number(n));
    const d = await h.anonymous().query('{ businessAccountDirectory(search: "_", first: 50) { totalCount } }');
    expect(d.errors).toBeUndefined();
  });

  it.each([
    ['schools', 'query($s: String) { schools(search: $s, first: 5) { totalCount } }', 'admin'],
    ['unitsByName', 'query($s: String!) { unitsByName(search: $s) { id } }', null],
    ['businessAccounts', 'query($s: String) { businessAccounts(search: $s, first: 5) { totalCount } }', 'admin'],
    ['businessAccountDirectory', 'query($s: String) { businessAccountDirectory(search: $s, first: 5) { totalCount } }', null],
  ])('%s refuses a NUL character with BAD_USER_INPUT naming search', async (_name, q, login) => {
    const r = login ? await h.as(login).query(q, { s: '學\u0000校' }) : await h.anonymous().query(q, { s: '學\u0000校' });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions!.fields).toEqual(['search']);
  });
});
