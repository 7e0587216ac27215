import fs from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  parse,
  print,
} from 'graphql';
import { buildAppSchema, printAppSchema } from '../src/app';
import { projectRoot } from '../src/db/data-source';
import { codes, demoIds, Harness } from './harness';
import { dbLabel } from './db';

/**
 * The cost is an upper bound of the work: for every document of a corpus (the client's published
 * documents, the examples of docs/API.md, deep and aliased ones), run as each demo login against the
 * demo data, the answer's `extensions.cost.requested` is at least the number of objects in the answer.
 */
let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
let tpe: string;
beforeAll(async () => {
  h = await Harness.start();
  ids = await demoIds(h);
  tpe = (await h.anonymous().query('{ counties { id code } }')).data!.counties.find((c: any) => c.code === 'TPE').id;
});
afterAll(() => h.stop());

/** Objects in an answer: every JSON object below `data` (each is one resolved object-typed value). */
function countObjects(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + countObjects(x), 0);
  if (v && typeof v === 'object') return 1 + Object.values(v).reduce((n: number, x) => n + countObjects(x), 0);
  return 0;
}
const objectsOf = (data: unknown) => (data && typeof data === 'object' ? countObjects(Object.values(data)) : 0);

const LOGINS = ['admin', 'analyst', 'district.taipei', 'chief.demo', 'teacher.demo', null] as const;

function variablesFor(op: OperationDefinitionNode): Record<string, unknown> {
  const byName: Record<string, unknown> = {
    id: ids.demoSchool,
    year: 110,
    dimension: 'PLACE',
    groupBy: ['COUNTY', 'STAGE'],
    source: 'TEACHER_PLANS',
    years: [108, 109, 110],
    by: 'SCHOOL',
    schoolId: ids.demoSchool,
    list: 'SUBJECT',
    countyId: tpe,
    search: '國',
    first: 100,
    unitId: ids.demoSchool,
    county: tpe,
  };
  const v: Record<string, unknown> = {};
  for (const d of op.variableDefinitions ?? [])
    if (d.variable.name.value in byName) v[d.variable.name.value] = byName[d.variable.name.value];
  return v;
}

interface Run {
  name: string;
  login: string | null;
  cost: number;
  objects: number;
  refused: boolean;
}
async function runAll(docs: { name: string; text: string }[]): Promise<Run[]> {
  const runs: Run[] = [];
  for (const d of docs) {
    for (const login of LOGINS) {
      const op = parse(d.text).definitions.find((x) => x.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      const vars = variablesFor(op);
      const r = login ? await h.as(login).query(d.text, vars) : await h.anonymous().query(d.text, vars);
      runs.push({
        name: d.name,
        login,
        cost: r.extensions?.cost?.requested ?? 0,
        objects: objectsOf(r.data),
        refused: codes(r).includes('QUERY_TOO_COMPLEX'),
      });
    }
  }
  return runs;
}

function expectUpperBound(runs: Run[]) {
  // COST_REPORT=1 prints each document's cost against the objects it returned
  if (process.env.COST_REPORT) console.table(runs.filter((r) => r.login === 'admin' || r.login === null));
  const under = runs.filter((r) => r.cost < r.objects);
  expect(under).toEqual([]);
  // the corpus is not vacuous: answers with objects in them were counted
  expect(runs.filter((r) => r.objects > 0).length).toBeGreaterThan(runs.length / 4);
}

describe(`cost is an upper bound of the objects in the answer (${dbLabel()})`, () => {
  it("the client's published documents (every query, as every demo login and anonymously)", async () => {
    const file = path.join(projectRoot(), 'client', 'src', 'gql', 'persisted-documents.json');
    const published = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    const docs = Object.values(published)
      .map((text) => ({ text, op: parse(text).definitions.find((x) => x.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode }))
      .filter((d) => d.op.operation === 'query')
      .map((d) => ({ name: d.op.name?.value ?? '(anonymous)', text: d.text }));
    expect(docs.length).toBeGreaterThan(20);
    const runs = await runAll(docs);
    expectUpperBound(runs);
    // the UI's own documents always fit the logged-in budget
    expect(runs.filter((r) => r.login && r.refused)).toEqual([]);
    const max = runs.reduce((a, b) => (b.objects > a.objects ? b : a));
    expect(max.objects).toBeGreaterThan(100);
  }, 120000);

  it('the examples of docs/API.md', async () => {
    const md = fs.readFileSync(path.join(projectRoot(), 'docs', 'API.md'), 'utf8');
    const blocks = [...md.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => ({ name: `API.md #${i + 1}`, text: m[1] }));
    const queries = blocks.filter((b) => {
      const op = parse(b.text).definitions.find((x) => x.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      return op.operation === 'query';
    });
    expect(queries.length).toBeGreaterThanOrEqual(3);
    expectUpperBound(await runAll(queries));
  }, 60000);

  const DEEP = [
    '{ counties { schedules { county { schedules { schoolYear county { name } } } } } }',
    '{ a: counties { name schedules { schoolYear } } b: counties { windows(schoolYear: 110) { opensAt } } c: schoolYears { windows { opensAt } } }',
    `{ schools(first: 20) { totalCount pageInfo { endCursor } edges { node { name county { name }
        teachers(first: 20) { edges { node { name school { name } plans { domains { domain } } } } }
        schoolPlans { domains { domain } } businessAccounts { username unit { name } } teacherProgress(schoolYear: 110) { pending { name } } } } } }`,
    '{ teachers { edges { node { school { teachers { edges { node { name } } } } } } } }',
    `{ a: schools(first: 30) { edges { node { name } } } b: schools(first: 30, search: "國") { edges { node { name } } }
       c: teachers(first: 100) { edges { node { plans { schoolYear } } } } d: businessAccounts(first: 100) { edges { node { username unit { name } } } } }`,
    '{ demand(source: TEACHER_PLANS, dimension: PLACE, groupBy: [COUNTY, STAGE, SCHOOL_YEAR]) { options { code } groups { key { label } cells { count } } } }',
    '{ demand(source: SCHOOL_PLANS, dimension: DOMAIN, groupBy: [COUNTY]) { groups { key { by } cells { count } } } }',
    '{ participation(schoolYears: []) { county { name } } alignment(by: SCHOOL, schoolYear: 110) { county { name } } planningProgress(schoolYear: 110) { county { name } } }',
    '{ pendingSchools(schoolYear: 110) { school { name county { name } } } rewardList(schoolYear: 110) { school { name } } surveyResults(schoolYear: 110) { county { name } } reminders(schoolYear: 110) { school { name } } }',
    '{ auditEvents(first: 100) { edges { node { changes { field } actorUnit { name } } } } apiKeys { county { name } } }',
    '{ referenceItems(list: SUBJECT) { code } unitsByName(search: "國") { name county { name } } businessAccountDirectory(first: 100) { edges { node { __typename } } } }',
  ];

  it('deep, nested and aliased documents of our own', async () => {
    const docs = DEEP.map((text, i) => ({ name: `deep #${i + 1}`, text: text.replace(/\$school/g, ids.demoSchool) }));
    const runs = await runAll(docs);
    expectUpperBound(runs);
    // the platform's answers are real (our documents are valid)
    for (const text of DEEP) {
      const r = await h.as('admin').query(text);
      expect(codes(r).filter((c) => c === 'BAD_USER_INPUT')).toEqual([]);
    }
  }, 120000);
});

describe('every list field declares its size (@listSize), printed in schema.graphql', () => {
  it('lists of objects have an assumedSize; connections slice by first and size their edges', () => {
    const schema = buildAppSchema();
    const missing: string[] = [];
    for (const t of Object.values(schema.getTypeMap())) {
      if (t.name.startsWith('__') || !(isObjectType(t) || isInterfaceType(t))) continue;
      for (const f of Object.values(t.getFields())) {
        const named = getNamedType(f.type);
        const list = isListType(getNullableType(f.type)) && isCompositeType(named);
        const connection = named.name.endsWith('Connection');
        if (!list && !connection) continue;
        if (/Connection$/.test(t.name) && f.name === 'edges') continue; // sized by the field returning the connection
        const dir = f.astNode?.directives?.find((d) => d.name.value === 'listSize');
        if (!dir) missing.push(`${t.name}.${f.name}`);
        else if (connection) {
          const text = print(dir);
          if (!text.includes('slicingArguments: ["first"]') || !text.includes('sizedFields: ["edges"]'))
            missing.push(`${t.name}.${f.name} (connection)`);
        }
      }
    }
    expect(missing).toEqual([]);
    const sdl = printAppSchema();
    expect(sdl).toContain('directive @listSize(');
    expect(sdl).toContain('counties: [County!]! @listSize(assumedSize: 23)');
    expect(sdl).toMatch(
      /\): SchoolConnection! @listSize\(assumedSize: 20, slicingArguments: \["first"\], sizedFields: \["edges"\], requireOneSlicingArgument: false\)/,
    );
    expect(parse(sdl)).toBeTruthy();
  });
});
