import { codes, Harness } from './harness';
import { dbLabel } from './db';

/** Limits before execution: just under each limit passes, just over is refused and nothing runs. */
let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ limits: { maxDepth: 6, maxAliases: 3, maxCost: 500, maxTokens: 400 } });
});
afterAll(() => h.stop());

const nest = (n: number) => {
  // counties { schedules { county { schedules { county ... } } } }: depth n
  let q = 'name';
  for (let i = 1; i < n; i++) q = i % 2 ? `schedules { county { ${q} } }` : `county { ${q} }`;
  return q;
};

describe(`query limits (${dbLabel()})`, () => {
  it('depth: 6 passes, 7 is QUERY_TOO_COMPLEX naming the limit and the value', async () => {
    const ok = await h.anonymous().query('{ counties { schedules { county { schedules { county { name } } } } } }');
    expect(ok.errors).toBeUndefined();
    expect(ok.extensions!.cost.depth).toBe(6);
    const over = await h.anonymous().query('{ counties { schedules { county { schedules { county { schedules { schoolYear } } } } } } }');
    expect(codes(over)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(over.errors![0].extensions).toMatchObject({ limit: 'depth', value: 7, max: 6 });
    expect(over.data).toBeUndefined();
    void nest;
  });

  it('aliases: 3 pass, 4 are refused and nothing runs (a mutation is not carried out)', async () => {
    expect((await h.anonymous().query('{ a: counties { id } b: counties { id } c: counties { id } }')).errors).toBeUndefined();
    const apply = (alias: string, n: number) =>
      `${alias}: applyForBusinessAccount(input: { unitId: "U2Nob29sOjEwMA", role: OPERATOR, name: "X", nationalId: "A123456789", username: "alias.${n}", password: "Passw0rd!", phone: "02-12345678", email: "a@example.tw" }) { id }`;
    const over = await h.anonymous().query(`mutation { ${[1, 2, 3, 4].map((n) => apply(`m${n}`, n)).join(' ')} }`);
    expect(codes(over)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(over.errors![0].extensions).toMatchObject({ limit: 'aliases', value: 4, max: 3 });
    const [{ n }] = await h.ds.query("SELECT COUNT(*) AS n FROM credential WHERE username LIKE 'alias.%'");
    expect(Number(n)).toBe(0);
  });

  it('cost: a connection costs first x its children; just under passes, just over is refused', async () => {
    const q = (first: number) => `query { schools(first: ${first}) { edges { node { name code } } } }`;
    // cost = 1 (schools) + first x (edges 1 + node 1 + name 1 + code 1) = 1 + 4 x first
    const under = await h.as('admin').query(q(100));
    expect(under.errors).toBeUndefined();
    expect(under.extensions!.cost).toMatchObject({ requested: 401, limit: 500 });
    // 1 + 5 x 100 = 501, with `first` from a variable
    const over = await h.as('admin').query('query($f: Int) { schools(first: $f) { edges { node { name code studentCount } } } }', { f: 100 });
    expect(codes(over)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(over.errors![0].extensions).toMatchObject({ limit: 'cost', value: 501, max: 500 });
  });

  it('tokens: a document past the token limit is refused before it is parsed further', async () => {
    const fields = (n: number) => Array.from({ length: n }, () => 'name').join(' ');
    const ok = await h.anonymous().query(`{ counties { ${fields(390)} } }`);
    expect(ok.errors).toBeUndefined();
    const over = await h.anonymous().query(`{ counties { ${fields(400)} } }`);
    expect(codes(over)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(over.errors![0].extensions!.limit).toBe('tokens');
  });

  it('every answer carries its cost, errors included', async () => {
    const r = await h.anonymous().query('{ schools(first: 1) { totalCount } }');
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.extensions!.cost.requested).toBeGreaterThan(0);
  });
});
