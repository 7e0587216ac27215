import { SafeLogger } from '../src/db/logger';
import { Harness } from './harness';
import { dbLabel } from './db';

/** Counts the SQL statements the API sends. */
class CountingLogger extends SafeLogger {
  statements: string[] = [];
  override logQuery(query: string): void {
    if (!/^(START TRANSACTION|BEGIN|COMMIT|SELECT VERSION|PRAGMA)/i.test(query.trim())) this.statements.push(query);
  }
}

const NESTED = `query($n: Int!) {
  schools(first: $n) {
    totalCount
    edges { node {
      name county { name } stages
      teachers(first: 100) {
        totalCount
        edges { node {
          name title subjects nationalIdMasked email school { code }
          plans { schoolYear status modes times places levels methods domains { domain hours } }
        } }
      }
      businessAccounts { role username }
      schoolPlans { schoolYear modes domains { domain } teacherCount }
    } }
  }
}`;

describe(`DataLoaders (${dbLabel()})`, () => {
  let h: Harness;
  const logger = new CountingLogger();

  beforeAll(async () => {
    h = await Harness.start({ logger });
    await h.token('admin'); // log in first: the login's own statements are not counted
  });
  afterAll(() => h.stop());

  async function statementsFor(n: number): Promise<{ count: number; schools: number; teachers: number; plans: number }> {
    logger.statements = [];
    const r = await h.as('admin').query(NESTED, { n });
    expect(r.errors).toBeUndefined();
    const schools = r.data!.schools.edges;
    const teachers = schools.flatMap((e: any) => e.node.teachers.edges);
    const plans = teachers.flatMap((e: any) => e.node.plans);
    return { count: logger.statements.length, schools: schools.length, teachers: teachers.length, plans: plans.length };
  }

  it('a query of 50 schools with their teachers and those teachers\' plans costs a fixed number of statements', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(large.schools).toBe(50);
    expect(large.teachers).toBeGreaterThan(500);
    expect(large.plans).toBeGreaterThan(large.teachers);
    // the same statements whatever the counts: one per relation, batched
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(18);
    if (process.env.SHOW_STATEMENTS) console.log(logger.statements.map((q) => q.replace(/\s+/g, ' ').slice(0, 140)).join('\n'));
    console.log(`[loaders] 50 schools, ${large.teachers} teachers, ${large.plans} plans: ${large.count} SQL statements`);
  });

  it('loaders are per request: a second request reads again', async () => {
    const a = await statementsFor(3);
    const b = await statementsFor(3);
    expect(b.count).toBe(a.count);
    expect(a.count).toBeGreaterThan(0);
  });
});
