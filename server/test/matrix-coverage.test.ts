import { parse, TypeInfo, visit, visitWithTypeInfo, getNamedType, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../src/app';
import { ruleNames } from '../src/auth/rules';
import { FIELD_CASES, OTHER_READ_CASES, ROOT_CASES } from './matrix-read-cases';
import { ALL_MUTATION_CASES, OTHER_MUTATION_SUITE_CASES } from './matrix-mutation-cases';

/**
 * The guard of the authorization matrices (docs/TESTING.md): every rule registered by the modules
 * (MODULES in server/src/modules/index.ts, and `Query.node`) is exercised by some case of the read
 * matrix (authorization.test.ts) or the mutation matrix (mutation-matrix.test.ts), and every case
 * names a rule its query really reaches. A new rule without a case fails here.
 */
let schema: GraphQLSchema;
beforeAll(() => {
  schema = buildAppSchema();
});

/** The `Type.field` coordinates a document selects (the rules a query can reach). */
function coordinates(doc: string): Set<string> {
  const info = new TypeInfo(schema);
  const out = new Set<string>();
  visit(
    parse(doc),
    visitWithTypeInfo(info, {
      Field() {
        const parent = info.getParentType();
        const def = info.getFieldDef();
        if (parent && def) out.add(`${getNamedType(parent).name}.${def.name}`);
      },
    }),
  );
  return out;
}

const declared: { rule: string; query: string; where: string }[] = [
  ...ROOT_CASES.map((c) => ({ rule: c.rule, query: c.q(), where: `read root ${c.field}` })),
  ...FIELD_CASES.map((c) => ({
    rule: c.rule,
    query: `query($id: ID!) { node(id: $id) { ... on ${c.type} { x: ${c.field()} } } }`,
    where: `read field ${c.rule} of ${c.target}`,
  })),
  ...OTHER_READ_CASES.map((c) => ({ ...c, where: 'read (written out)' })),
  ...ALL_MUTATION_CASES.map((c) => ({ rule: c.rule, query: c.query, where: `mutation ${c.name}` })),
  ...OTHER_MUTATION_SUITE_CASES.map((c) => ({ ...c, where: 'mutation suite (written out)' })),
];

describe('the authorization matrices cover every rule', () => {
  it('every registered rule is exercised by some matrix case', () => {
    const rules = ruleNames();
    expect(rules.length).toBeGreaterThan(80);
    const exercised = new Set(declared.map((d) => d.rule));
    expect(rules.filter((r) => !exercised.has(r)).sort()).toEqual([]);
    // and no case names a rule that does not exist, but for the public mutations the matrix tries too
    expect([...exercised].filter((r) => !rules.includes(r)).sort()).toEqual([
      'Mutation.applyForBusinessAccount',
      'Mutation.requestPasswordReset',
      'Mutation.resetPasswordWithToken',
      'Mutation.unsubscribe',
    ]);
  });

  it("every case's query reaches the rule it names", () => {
    expect(declared.length).toBeGreaterThan(100);
    const off = declared.filter((d) => !coordinates(d.query).has(d.rule)).map((d) => `${d.where}: ${d.rule}`);
    expect(off).toEqual([]);
  });

  it('the guard can fail: a rule left out of the cases is reported', () => {
    const exercised = new Set(declared.filter((d) => d.rule !== 'Mutation.revokeApiKey').map((d) => d.rule));
    expect(ruleNames().filter((r) => !exercised.has(r))).toEqual(['Mutation.revokeApiKey']);
    expect(coordinates('mutation { logout }').has('Mutation.logoutEverywhere')).toBe(false);
  });
});
