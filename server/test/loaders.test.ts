import { SafeLogger } from '../src/db/logger';
import { teacherSheet } from '../src/modules/directory';
import { reminderSheet, rewardSheet } from '../src/modules/planning';
import { ReminderEntity } from '../src/modules/planning';
import { toGlobalId } from '../src/shared/global-id';
import { Harness } from './harness';
import { dbLabel } from './db';

/** Counts the SQL statements the API sends. */
class CountingLogger extends SafeLogger {
  statements: string[] = [];
  override logQuery(query: string): void {
    if (!/^(START TRANSACTION|BEGIN|COMMIT|SELECT VERSION|PRAGMA)/i.test(query.trim())) this.statements.push(query);
  }
}

/** Every field of School.planning and School.teacherProgress, and the teachers' plans beneath. */
const NESTED = `query($n: Int!, $y: Int!) {
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
      planning(schoolYear: $y) {
        window { schoolYear planKind groupKey opensAt closesAt serviceOpensAt serviceClosesAt reopenedUntil open inService secondsLeft }
        plan { id schoolYear status version modes times places levels methods domains { domain themes hours } teacherCount submittedAt updatedAt }
        canFill canReopen surveyAnswered
      }
      teacherProgress(schoolYear: $y) {
        teachers submitted
        pending { id name title subjects nationalIdMasked email school { code } }
      }
    } }
  }
}`;

const YEAR = 110;

describe(`DataLoaders (${dbLabel()})`, () => {
  let h: Harness;
  const logger = new CountingLogger();

  beforeAll(async () => {
    // the nested query of 50 schools is over the default cost budget: the budget is not what is measured here
    h = await Harness.start({ logger, limits: { maxCost: 10_000_000, maxObjects: 10_000_000 } });
    await h.token('admin'); // log in first: the login's own statements are not counted
  });
  afterAll(() => h.stop());

  async function statementsFor(n: number, user = 'admin') {
    await h.token(user);
    logger.statements = [];
    const r = await h.as(user).query(NESTED, { n, y: YEAR });
    expect(r.errors).toBeUndefined();
    const schools = r.data!.schools.edges.map((e: any) => e.node);
    const teachers = schools.flatMap((s: any) => s.teachers.edges);
    const plans = teachers.flatMap((e: any) => e.node.plans);
    const pending = schools.flatMap((s: any) => s.teacherProgress.pending);
    const windows = schools.filter((s: any) => s.planning.window.opensAt);
    return {
      count: logger.statements.length,
      schools: schools.length,
      teachers: teachers.length,
      plans: plans.length,
      pending: pending.length,
      windows: windows.length,
    };
  }

  it('a query of 50 schools with their teachers, plans, planning and teacher progress costs what 5 schools cost', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(large.schools).toBe(50);
    expect(large.teachers).toBeGreaterThan(500);
    expect(large.plans).toBeGreaterThan(large.teachers);
    expect(large.pending).toBeGreaterThan(small.pending);
    expect(large.windows).toBe(50);
    // the same statements whatever the counts: one per relation, batched
    if (process.env.SHOW_STATEMENTS) console.log(logger.statements.map((q) => q.replace(/\s+/g, ' ').slice(0, 160)).join('\n'));
    console.log(
      `[loaders] 5 schools: ${small.count} SQL statements; 50 schools, ${large.teachers} teachers, ${large.plans} plans, ${large.pending} pending: ${large.count}`,
    );
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(26);
  });

  it('the pending teachers keep the person scope: a teacher sees itself among them, never its colleagues', async () => {
    const [{ id: teacherId, school_id: schoolId }] = await h.ds.query(
      "SELECT t.id, t.school_id FROM teacher t JOIN credential c ON c.teacher_id = t.id WHERE c.username = 'teacher.demo'",
    );
    const doc =
      'query($id: ID!, $y: Int!) { node(id: $id) { ... on School { teacherProgress(schoolYear: $y) { teachers submitted pending { id } } } } }';
    const asTeacher = (await h.as('teacher.demo').query(doc, { id: toGlobalId('School', Number(schoolId)), y: YEAR })).data!.node
      .teacherProgress;
    const asAdmin = (await h.as('admin').query(doc, { id: toGlobalId('School', Number(schoolId)), y: YEAR })).data!.node.teacherProgress;
    expect(asAdmin.teachers).toBe(asTeacher.teachers);
    expect(asAdmin.pending.length).toBeGreaterThan(1);
    // exactly itself when it is pending (as the platform sees it), else nobody
    const self = toGlobalId('Teacher', Number(teacherId));
    const pendingForAdmin = asAdmin.pending.map((t: { id: string }) => t.id);
    expect(asTeacher.pending.map((t: { id: string }) => t.id)).toEqual(pendingForAdmin.includes(self) ? [self] : []);
  });

  it('loaders are per request: a second request reads again', async () => {
    const a = await statementsFor(3);
    const b = await statementsFor(3);
    expect(b.count).toBe(a.count);
    expect(a.count).toBeGreaterThan(0);
  });

  it("a teacher's 我的研習 costs one statement per relation (its registrations with their courses in one), and the courses read with its registrations are those node(id:) gives", async () => {
    // a teacher with a login, registrations and records of one year
    const [row] = await h.ds.query(
      `SELECT c.username, sr.school_year AS y FROM credential c JOIN study_record sr ON sr.teacher_id = c.teacher_id
       WHERE EXISTS (SELECT 1 FROM course_registration r WHERE r.teacher_id = c.teacher_id)
       GROUP BY c.username, sr.school_year ORDER BY COUNT(*) DESC, c.username LIMIT 1`,
    );
    expect(row).toBeDefined();
    const user = String(row.username);
    await h.token(user);
    const mine = `query($y: Int!) { me { teacher {
      id name email nationalIdMasked title
      registrations(first: 20) { totalCount edges { node { status course { id title startsAt hours organiser { name } } } } }
      studyRecords(first: 20) { totalCount edges { node { title hours certificateNumber } } }
      hours(schoolYear: $y) { total byDomain { domain hours } }
      attainment(schoolYear: $y) { hasPlan plannedTotal earnedTotal domains { domain planned earned } } } } }`;
    logger.statements = [];
    const r = await h.as(user).query(mine, { y: Number(row.y) });
    const count = logger.statements.length;
    expect(r.errors).toBeUndefined();
    const t = r.data!.me.teacher;
    expect(t.registrations.edges.length).toBeGreaterThan(0);
    expect(t.studyRecords.edges.length).toBeGreaterThan(0);
    // the viewer with its own teacher row, its registrations with their courses, its records, its year's plan
    // and hours; and the courses' organisers (a nested field the page does not ask for)
    if (process.env.SHOW_STATEMENTS) console.log(logger.statements.map((q) => q.replace(/\s+/g, ' ').slice(0, 160)).join('\n'));
    expect(count).toBe(5);
    // the teacher row that came with the session is the one the teacher loader reads
    const own = (
      await h.as(user).query('query($id: ID!) { node(id: $id) { ... on Teacher { id name email nationalIdMasked title } } }', {
        id: t.id,
      })
    ).data!.node;
    expect(own).toEqual({ id: t.id, name: t.name, email: t.email, nationalIdMasked: t.nationalIdMasked, title: t.title });
    expect(own.name).toBeTruthy();
    for (const e of t.registrations.edges) {
      const one = await h
        .as(user)
        .query('query($id: ID!) { node(id: $id) { ... on Course { id title startsAt hours organiser { name } } } }', {
          id: e.node.course.id,
        });
      expect(one.data!.node).toEqual(e.node.course);
    }
    // the year's hours and the attainment's earned hours are the same sums
    expect(t.attainment.earnedTotal).toBeCloseTo(t.hours.total, 5);
    for (const d of t.hours.byDomain)
      expect(t.attainment.domains.find((x: { domain: string }) => x.domain === d.domain)?.earned).toBe(d.hours);
  });

  describe('downloads cost a fixed number of statements, whatever the number of rows', () => {
    const ctxOf = async (user: string) => h.app.context(`Bearer ${await h.token(user)}`);
    /** Each measurement in a request of its own (fresh loaders, nothing cached from the one before). */
    async function counted<T>(
      user: string,
      fn: (ctx: Awaited<ReturnType<typeof ctxOf>>) => Promise<T>,
    ): Promise<{ out: T; count: number }> {
      const ctx = await ctxOf(user);
      logger.statements = [];
      const out = await fn(ctx);
      return { out, count: logger.statements.length };
    }

    it('the teacher list of a small school costs what a large one costs', async () => {
      const sizes: { school_id: number; n: number }[] = await h.ds.query(
        "SELECT t.school_id, COUNT(*) AS n FROM teacher t JOIN unit u ON u.id = t.school_id AND u.kind = 'SCHOOL' GROUP BY t.school_id ORDER BY COUNT(*), t.school_id",
      );
      const smallest = sizes[0];
      const largest = sizes[sizes.length - 1];
      expect(Number(largest.n)).toBeGreaterThan(Number(smallest.n) * 3);
      expect(Number(largest.n)).toBeGreaterThan(100); // more than one page of the scoped query
      const small = await counted('admin', (ctx) => teacherSheet(ctx, toGlobalId('School', Number(smallest.school_id))));
      const large = await counted('admin', (ctx) => teacherSheet(ctx, toGlobalId('School', Number(largest.school_id))));
      expect(large.out.sheet.rows).toHaveLength(Number(largest.n));
      expect(large.out.sheet.rows.every((r) => String(r[5]).length > 0)).toBe(true); // subjects filled
      expect(large.count).toBe(small.count);
    });

    it('the reminders of one school cost what the reminders of many schools cost', async () => {
      const schools: { id: number; county_id: number }[] = await h.ds.query(
        "SELECT id, county_id FROM unit WHERE kind = 'SCHOOL' ORDER BY id",
      );
      // reminders of a year no other test reads (108), removed afterwards
      const insert = (rows: { id: number; county_id: number }[]) =>
        h.ds.getRepository(ReminderEntity).insert(
          rows.map((s, i) => ({
            schoolYear: 108,
            planKind: 'SCHOOL_PLAN' as const,
            schoolId: Number(s.id),
            countyId: Number(s.county_id),
            sentAt: new Date('2019-09-01T02:00:00Z'),
            sentBy: 'admin',
            recipientIds: '1,2',
            pendingTeachers: i,
          })),
        );
      try {
        await insert(schools.slice(0, 1));
        const url = new URL('http://x/exports/reminders.csv?schoolYear=108');
        const one = await counted('admin', (ctx) => reminderSheet(ctx, url));
        expect(one.out.sheets[0].rows).toHaveLength(1);
        await insert(schools.slice(1, 120));
        const many = await counted('admin', (ctx) => reminderSheet(ctx, url));
        expect(many.out.sheets[0].rows).toHaveLength(Math.min(120, schools.length));
        expect(new Set(many.out.sheets[0].rows.map((r) => r[0])).size).toBeGreaterThan(1); // several counties, each named
        expect(many.out.sheets[0].rows.every((r) => String(r[0]).length > 0 && String(r[2]).length > 0)).toBe(true);
        expect(many.count).toBe(one.count);
      } finally {
        await h.ds.query('DELETE FROM reminder WHERE school_year = 108');
      }
    });

    it('the reward list of one county costs what the whole list costs', async () => {
      const all = await counted('admin', (ctx) => rewardSheet(ctx, new URL(`http://x/exports/rewards.csv?schoolYear=${YEAR}`)));
      const rows = all.out.sheets[0].rows;
      expect(rows.length).toBeGreaterThan(10);
      const [{ id: countyId }] = await h.ds.query('SELECT id FROM county WHERE name = ?', [rows[0][0]]);
      const one = await counted('admin', (ctx) =>
        rewardSheet(ctx, new URL(`http://x/exports/rewards.csv?schoolYear=${YEAR}&countyId=${toGlobalId('County', Number(countyId))}`)),
      );
      expect(one.out.sheets[0].rows.length).toBeGreaterThan(0);
      expect(one.out.sheets[0].rows.length).toBeLessThan(rows.length);
      expect(all.count).toBe(one.count);
    });
  });
});
