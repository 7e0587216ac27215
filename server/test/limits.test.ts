import { codes, Harness } from './harness';
import { dbLabel } from './db';

/** Limits before execution: just under each limit passes, just over is refused and nothing runs. */
let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ limits: { maxDepth: 6, maxAliases: 3, maxCost: 500, maxCostAnonymous: 50000, maxTokens: 400 } });
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

  it('cost: a connection costs first x its edges (objects 1, scalars 0); just under passes, just over is refused', async () => {
    const q = (first: number) => `query { schools(first: ${first}) { edges { node { name code county { name } } } } }`;
    // cost = 1 (the connection) + first x (edge 1 + node 1 + county 1) = 1 + 3 x first
    const under = await h.as('admin').query(q(100));
    expect(under.errors).toBeUndefined();
    expect(under.extensions!.cost).toMatchObject({ requested: 301, limit: 500 });
    // 1 + 5 x 100 = 501, with `first` from a variable
    const over = await h
      .as('admin')
      .query(
        'query($f: Int) { schools(first: $f) { edges { node { name county { name } teacherProgress(schoolYear: 110) { teachers } schoolPlan(schoolYear: 110) { status } } } pageInfo { hasNextPage } } }',
        { f: 100 },
      );
    expect(codes(over)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(over.errors![0].extensions).toMatchObject({ limit: 'cost', value: 502, max: 500 });
  });

  it('a connection without first costs its default page (20), not 1', async () => {
    const r = await h.as('admin').query('{ schools { edges { node { name } } } }');
    expect(r.extensions!.cost.requested).toBe(1 + 20 * 2);
    expect(r.data!.schools.edges).toHaveLength(20);
  });

  it('a list without first costs its declared size: the anonymous nested-list attack is refused before it runs', async () => {
    const d = await Harness.start(); // the default limits (anonymous budget 5,000)
    try {
      // 23 counties x 30 school years x (county 1 + 30 x ...): far over the anonymous budget
      const attack = '{ counties { schedules { county { schedules { county { schedules { schoolYear } } } } } } }';
      const r = await d.anonymous().query(attack);
      expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(r.errors![0].extensions).toMatchObject({ limit: 'cost', max: 5000, caller: 'ANONYMOUS' });
      expect(r.errors![0].extensions!.value).toBeGreaterThan(600_000);
      expect(r.data).toBeUndefined();
      // counties are declared 23, a county's schedules 30: 23 x (1 + 30 x 1) = 713
      const small = await d.anonymous().query('{ counties { schedules { schoolYear planGroup } } }');
      expect(small.errors).toBeUndefined();
      expect(small.extensions!.cost).toMatchObject({ requested: 713, limit: 5000 });
    } finally {
      await d.stop();
    }
  });

  it('anonymous callers get the smaller budget, logged-in ones the larger', async () => {
    const q = '{ counties { schedules { county { name } } } }'; // 23 x (1 + 30 x 2) = 1403
    const anonymousSmall = await Harness.start({ limits: { maxCost: 5000, maxCostAnonymous: 1000 } });
    try {
      const anon = await anonymousSmall.anonymous().query(q);
      expect(codes(anon)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(anon.errors![0].extensions).toMatchObject({ value: 1403, max: 1000, caller: 'ANONYMOUS' });
      const admin = await anonymousSmall.as('admin').query(q);
      expect(admin.errors).toBeUndefined();
      expect(admin.extensions!.cost).toMatchObject({ requested: 1403, limit: 5000 });
    } finally {
      await anonymousSmall.stop();
    }
  });

  it('the safety net: a request resolving more objects than the cap is stopped with QUERY_TOO_COMPLEX and no data', async () => {
    const tiny = await Harness.start({ limits: { maxObjects: 10 } });
    try {
      const r = await tiny.anonymous().query('{ counties { name } }'); // 23 objects, cost 23
      expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(r.errors![0].extensions).toMatchObject({ limit: 'objects', max: 10 });
      expect(r.errors).toHaveLength(1);
      expect(r.data).toBeNull();
      const page = await tiny.as('admin').query('{ schools(first: 20) { edges { node { name } } } }'); // cost 41, 21 objects
      expect(codes(page)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(page.data).toBeNull();
      // under the cap: answered
      expect((await tiny.anonymous().query('{ schoolYears { year } }')).errors).toBeUndefined();
    } finally {
      await tiny.stop();
    }
  });

  it('every String argument is capped (literal, variable, nested input): BAD_USER_INPUT naming it, nothing runs', async () => {
    const long = 'x'.repeat(100_000);
    const lit = await h.as('admin').query(`{ schools(first: 1, search: "${'y'.repeat(1001)}") { totalCount } }`);
    expect(codes(lit)).toEqual(['BAD_USER_INPUT']);
    expect(lit.errors![0].extensions).toMatchObject({ fields: ['search'], maxLength: 1000 });
    const viaVar = await h
      .anonymous()
      .query('query($s: String) { businessAccountDirectory(first: 1, search: $s) { totalCount } }', { s: long });
    expect(codes(viaVar)).toEqual(['BAD_USER_INPUT']);
    expect(viaVar.errors![0].extensions!.fields).toEqual(['search']);
    expect(viaVar.errors![0].message).not.toContain('xxxx');
    const nested = await h
      .as('admin')
      .query('query($f: DemandFilterInput) { demand(source: TEACHER_PLANS, dimension: MODE, filter: $f) { k } }', {
        f: { choices: [{ dimension: 'MODE', options: [long] }] },
      });
    expect(nested.errors![0].extensions!.fields).toEqual(['filter.choices.0.options.0']);
    const apply = await h
      .anonymous()
      .query(
        `mutation($n: String!) { applyForBusinessAccount(input: { unitId: "U2Nob29sOjEwMA", role: OPERATOR, name: $n, nationalId: "A123456789", username: "long.name", password: "Passw0rd!", phone: "02-12345678", email: "a@example.tw" }) { id } }`,
        { n: long },
      );
    expect(apply.errors![0].extensions!.fields).toEqual(['input.name']);
    const [{ n }] = await h.ds.query("SELECT COUNT(*) AS n FROM credential WHERE username = 'long.name'");
    expect(Number(n)).toBe(0);
    // just at the limit passes the check (the resolver's own rules then apply)
    expect(codes(await h.as('admin').query(`{ schools(first: 1, search: "${'y'.repeat(1000)}") { totalCount } }`))).toEqual([]);
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
