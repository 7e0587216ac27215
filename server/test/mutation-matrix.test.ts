import { createHash } from 'node:crypto';
import { codes, demoIds, seededHarness } from './harness';
import { dbLabel } from './db';
import { ALL_MUTATION_CASES, CALLERS, env, PLAN_YEAR, planningYear, TABLES, type Caller, type Key } from './matrix-mutation-cases';

/**
 * The authorization matrix for every mutation: each demo login, each partner key and an anonymous
 * caller tries each one on a target prepared for that attempt; the expected outcome is written out
 * in matrix-mutation-cases.ts, each case naming the rule it exercises. A refused attempt changes
 * nothing: the case's tables, row by row, and every table's row count are the same after it.
 */
beforeAll(async () => {
  env.h = await seededHarness('mutation_matrix');
  env.ids = await demoIds(env.h);
  const county: string = (await env.h.as('admin').query('query($id: ID!) { node(id: $id) { ... on School { county { id } } } }', { id: env.ids.demoSchool })).data!.node.county.id;
  const key = async (scopes: string[], countyId?: string) => {
    const r = await env.h.as('admin').query('mutation($i: NewApiKeyInput!) { createApiKey(input: $i) { secret } }', {
      i: { name: `matrix ${scopes.join('+')}`, scopes, countyId, pointsPerSecond: 100000 },
    });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.createApiKey.secret as string;
  };
  env.secrets = { 'key.sync': await key(['TEACHER_SYNC'], county), 'key.stats': await key(['STATISTICS_READ']) };
}, 120000);
afterAll(() => env.h.stop());

const query = (caller: Caller | null, q: string, v: Record<string, unknown> = {}) => {
  if (caller === null) return env.h.anonymous().query(q, v);
  if (caller.startsWith('key.')) return env.h.raw(q, v, `ApiKey ${env.secrets[caller as Key]}`);
  return env.h.as(caller).query(q, v);
};

let tableNames: string[] = [];
/** The case's tables row by row, and the row count of every table. */
async function snapshot(tables: string[]): Promise<string[]> {
  if (!tableNames.length) {
    const rows: { name: string }[] = env.h.ds.options.type === 'better-sqlite3'
      ? await env.h.ds.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      : await env.h.ds.query('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()');
    tableNames = rows.map((r) => r.name).sort();
  }
  const counts = await env.h.ds.query(tableNames.map((t) => `SELECT '${t}' AS t, COUNT(*) AS n FROM ${t}`).join(' UNION ALL '));
  const out = counts.map((c: { t: string; n: unknown }) => `${c.t}: ${Number(c.n)} rows`);
  for (const t of tables) {
    const rows = await env.h.ds.query(`${t.startsWith('SELECT') ? t : `SELECT * FROM ${t}`} ORDER BY 1`);
    out.push(`${t.slice(0, 40)}: digest ${createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16)}`);
  }
  return out;
}

describe(`mutation authorization matrix (${dbLabel()})`, () => {
  for (const c of ALL_MUTATION_CASES) {
    it(`${c.name} (${c.rule}): ${Array.isArray(c.allowed) ? c.allowed.join(', ') : c.allowed}`, async () => {
      const tables = TABLES[c.rule];
      expect([c.rule, tables?.length]).toEqual([c.rule, expect.any(Number)]);
      const outcome: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const caller of [...CALLERS, null]) {
        const key = caller ?? 'anonymous';
        const isKey = caller?.startsWith('key.') ?? false;
        const allowed = c.allowed === 'everyone' || (caller !== null && (c.allowed === 'logged-in' ? !isKey : c.allowed.includes(caller)));
        expected[key] = allowed ? 'ok' : caller ? (c.denied?.[caller] ?? 'FORBIDDEN') : 'UNAUTHENTICATED';
        const vars = await c.vars();
        if (caller && !isKey) await env.h.token(caller); // its login's own writes happen before the snapshot
        const before = allowed ? [] : await snapshot(tables!);
        const r = await query(caller, c.query, vars);
        outcome[key] = r.errors ? codes(r).join(',') : 'ok';
        if (!allowed) expect([key, 'unchanged', await snapshot(tables!)]).toEqual([key, 'unchanged', before]);
        if (!r.errors && caller && !isKey && c.after) await c.after(caller);
      }
      expect(outcome).toEqual(expected);
    }, 120000);
  }

  it(`a reminder's mail deliveries (Reminder.deliveries, Reminder.deliveryCounts): the platform and the districts`, async () => {
    await planningYear();
    const reminded = await env.h.as('admin').query('mutation($y: Int!) { remindPendingSchools(schoolYear: $y, confirm: true) { __typename } }', { y: PLAN_YEAR });
    expect(reminded.errors).toBeUndefined();
    expect(reminded.data!.remindPendingSchools.length).toBeGreaterThan(0);
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const caller of CALLERS) {
      const r = await query(caller, '{ reminders(schoolYear: 150) { deliveries { status } deliveryCounts { sent } } }');
      if (r.errors) outcome[caller] = codes(r).join(',');
      else {
        // a district reads its county's reminders: some, each with its deliveries
        expect([caller, r.data!.reminders.length > 0]).toEqual([caller, true]);
        expect(r.data!.reminders.every((x: { deliveries: unknown[]; deliveryCounts: object }) => Array.isArray(x.deliveries) && x.deliveryCounts)).toBe(true);
        outcome[caller] = 'value';
      }
      // a partner key's cost budget refuses the nested lists' assumed size before any rule is asked
      expected[caller] = caller === 'admin' || caller === 'district.taipei' ? 'value' : caller.startsWith('key.') ? 'QUERY_TOO_COMPLEX' : 'FORBIDDEN';
    }
    expect(outcome).toEqual(expected);
  }, 60000);
});
