import { createHash } from 'node:crypto';
import { codes, demoIds, freshNationalId, seededHarness } from './harness';
import { dbLabel } from './db';
import {
  account,
  ALL_MUTATION_CASES,
  CALLERS,
  CHOICES,
  courseAt,
  courseInput,
  DAY,
  env,
  iso,
  pendingCorrection,
  PLAN_YEAR,
  planningYear,
  TABLES,
  withAttendee,
  yearInput,
  type Caller,
  type Key,
  type Login,
} from './matrix-mutation-cases';

/**
 * The authorization matrix for every mutation: each demo login, each partner key and an anonymous
 * caller tries each one on a target prepared for that attempt; the expected outcome is written out
 * in matrix-mutation-cases.ts, each case naming the rule it exercises. A refused attempt changes
 * nothing: the case's tables, row by row, and every table's row count are the same after it.
 */
beforeAll(async () => {
  env.h = await seededHarness('mutation_matrix');
  env.ids = await demoIds(env.h);
  const county: string = (
    await env.h.as('admin').query('query($id: ID!) { node(id: $id) { ... on School { county { id } } } }', { id: env.ids.demoSchool })
  ).data!.node.county.id;
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

interface SqliteDb {
  prepare(sql: string): { raw(on: boolean): { all(): unknown[][] } };
  exec(sql: string): void;
}
const sqliteDb = () => (env.h.ds.driver as unknown as { databaseConnection: SqliteDb }).databaseConnection;

/**
 * On SQLite, temporary triggers (on this suite's one connection; the database file is untouched)
 * count every row inserted, updated or deleted in every table. A case's tables must show no row
 * write across a refused attempt (stricter than comparing their rows: rewriting a row with its own
 * values counts too), and every table's row count, computed again only for the tables written since
 * it was last computed, must be the same. (Before, ~900 counts of every table and ~1,400 digests of
 * up to 10,000 rows each were most of the suite's time.) On MariaDB the case's tables are compared row
 * by row (a digest of their rows) and every table's count is computed each time.
 */
const sqlite = () => env.h.ds.options.type === 'better-sqlite3';
let tableNames: string[] = [];
/** Writes to each table so far (SQLite), read in one statement. */
function writes(): Map<string, number> {
  const db = sqliteDb();
  if (!db.prepare("SELECT 1 FROM sqlite_temp_master WHERE name = 'matrix_writes'").raw(true).all().length) {
    db.exec(
      [
        'CREATE TEMP TABLE matrix_writes (t TEXT PRIMARY KEY, n INTEGER NOT NULL);',
        ...tableNames.map((t) => `INSERT INTO temp.matrix_writes (t, n) VALUES ('${t}', 0);`),
        ...tableNames.flatMap((t) =>
          ['INSERT', 'UPDATE', 'DELETE'].map(
            (op) =>
              `CREATE TEMP TRIGGER matrix_${op.toLowerCase()}_${t} AFTER ${op} ON main.${t} BEGIN UPDATE temp.matrix_writes SET n = n + 1 WHERE t = '${t}'; END;`,
          ),
        ),
      ].join('\n'),
    );
  }
  return new Map(db.prepare('SELECT t, n FROM temp.matrix_writes').raw(true).all() as [string, number][]);
}
const counted = new Map<string, { writes: number; rows: number }>();
const baseTable = (entry: string) => (entry.startsWith('SELECT') ? /\bFROM (\w+)/.exec(entry)![1] : entry.split(' ')[0]);

/** The case's tables row by row, and the row count of every table. */
async function snapshot(tables: string[]): Promise<string[]> {
  if (!tableNames.length) {
    const rows: { name: string }[] = sqlite()
      ? await env.h.ds.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      : await env.h.ds.query('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()');
    tableNames = rows.map((r) => r.name).sort();
  }
  const w = sqlite() ? writes() : undefined;
  const stale = tableNames.filter((t) => !w || counted.get(t)?.writes !== w.get(t));
  if (stale.length) {
    const counts = await env.h.ds.query(stale.map((t) => `SELECT '${t}' AS t, COUNT(*) AS n FROM ${t}`).join(' UNION ALL '));
    for (const c of counts as { t: string; n: unknown }[]) counted.set(c.t, { writes: w?.get(c.t) ?? -1, rows: Number(c.n) });
  }
  const out = tableNames.map((t) => `${t}: ${counted.get(t)!.rows} rows`);
  for (const t of tables) {
    const n = w?.get(baseTable(t));
    if (n !== undefined) {
      // SQLite: the triggers count every row inserted, updated or deleted in the table; a refused attempt must
      // leave the count as it was (stricter than the rows' digest: even rewriting a row with its own values fails)
      out.push(`${t.slice(0, 40)}: ${n} row writes`);
      continue;
    }
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
        if (!r.errors && caller && !isKey && c.after) await c.after(caller as Login);
      }
      expect(outcome).toEqual(expected);
    }, 120000);
  }

  it(`a reminder's mail deliveries (Reminder.deliveries, Reminder.deliveryCounts): the platform and the districts`, async () => {
    await planningYear();
    const reminded = await env.h
      .as('admin')
      .query('mutation($y: Int!) { remindPendingSchools(schoolYear: $y, confirm: true) { __typename } }', { y: PLAN_YEAR });
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
        expect(
          r.data!.reminders.every(
            (x: { deliveries: unknown[]; deliveryCounts: object }) => Array.isArray(x.deliveries) && x.deliveryCounts,
          ),
        ).toBe(true);
        outcome[caller] = 'value';
      }
      // a partner key's cost budget refuses the nested lists' assumed size before any rule is asked
      expected[caller] =
        caller === 'admin' || caller === 'district.taipei' ? 'value' : caller.startsWith('key.') ? 'QUERY_TOO_COMPLEX' : 'FORBIDDEN';
    }
    expect(outcome).toEqual(expected);
  }, 60000);
});

/**
 * `viewerCan` and `me.can` say what the UI may offer: each flag must agree with what its mutation
 * does for every caller (true: the mutation is not refused; false: FORBIDDEN, NOT_FOUND or
 * UNAUTHENTICATED). Each attempt reads the flag on a target prepared for it, then tries the mutation.
 */
describe(`viewerCan and me.can agree with the mutations (${dbLabel()})`, () => {
  const REFUSED = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);
  interface CanCase {
    flag: string;
    type?: string;
    target?: () => Promise<string>;
    mutation: string;
    vars: (target: string) => Promise<Record<string, unknown>>;
  }
  const attendees = new Map<string, { session: string; registration: string }>();
  const schoolPlanInput = () => ({ i: { schoolId: env.ids.demoSchool, schoolYear: PLAN_YEAR, ...CHOICES } });
  const CAN: CanCase[] = [
    {
      flag: 'fillPlan',
      type: 'School',
      target: async () => (await planningYear(), env.ids.demoSchool),
      mutation: 'mutation($i: SchoolPlanInput!) { saveSchoolPlan(input: $i) { id } }',
      vars: async () => schoolPlanInput(),
    },
    {
      flag: 'reopenPlans',
      type: 'School',
      target: async () => env.ids.demoSchool,
      mutation: 'mutation($s: ID!, $u: DateTimeISO!) { reopenSchoolPlan(schoolId: $s, schoolYear: 109, until: $u) }',
      vars: async (s) => ({ s, u: iso(2 * DAY) }),
    },
    {
      flag: 'manageTeachers',
      type: 'School',
      target: async () => env.ids.demoSchool,
      mutation: 'mutation($s: ID!) { markTeacherReviewDone(schoolId: $s) { id } }',
      vars: async (s) => ({ s }),
    },
    {
      flag: 'addTeachers',
      type: 'School',
      target: async () => env.ids.demoSchool,
      mutation: 'mutation($i: NewTeacherInput!) { addTeacher(input: $i) { id } }',
      vars: async (s) => ({ i: { schoolId: s, nationalId: freshNationalId(), name: '戊', title: 'ACTING', subjects: ['ARTS'] } }),
    },
    {
      flag: 'correct',
      type: 'Teacher',
      target: async () => env.ids.teacherPeer,
      mutation: 'mutation($t: ID!) { correctTeachers(items: [{ id: $t, title: FULL_TIME }]) { id } }',
      vars: async (t) => ({ t }),
    },
    {
      flag: 'resetPassword',
      type: 'Teacher',
      target: async () => env.ids.teacherPeer,
      mutation: 'mutation($t: ID!) { resetPassword(accountId: $t) { username } }',
      vars: async (t) => ({ t }),
    },
    {
      flag: 'reopenPlan',
      type: 'Teacher',
      target: async () => env.ids.teacherDemo,
      mutation: 'mutation($t: ID!, $u: DateTimeISO!) { reopenTeacherPlan(teacherId: $t, schoolYear: 109, until: $u) }',
      vars: async (t) => ({ t, u: iso(2 * DAY) }),
    },
    {
      flag: 'manage',
      type: 'BusinessAccount',
      target: () => account('CONTACT', 'ACTIVE'),
      mutation: 'mutation($a: ID!) { suspendBusinessAccount(id: $a) { id } }',
      vars: async (a) => ({ a }),
    },
    {
      flag: 'resetPassword',
      type: 'BusinessAccount',
      target: () => account('OPERATOR', 'ACTIVE'),
      mutation: 'mutation($a: ID!) { resetPassword(accountId: $a) { username } }',
      vars: async (a) => ({ a }),
    },
    {
      flag: 'changeRole',
      type: 'BusinessAccount',
      target: () => account('OPERATOR', 'ACTIVE'),
      mutation: 'mutation($a: ID!) { changeBusinessAccountRole(id: $a, role: CONTACT) { id } }',
      vars: async (a) => ({ a }),
    },
    {
      flag: 'update',
      type: 'Course',
      target: () => courseAt('DRAFT'),
      mutation: 'mutation($c: ID!, $i: CourseInput!) { updateCourse(id: $c, input: $i) { id } }',
      vars: async (c) => ({ c, i: courseInput({ title: '改' }) }),
    },
    {
      flag: 'submit',
      type: 'Course',
      target: () => courseAt('DRAFT'),
      mutation: 'mutation($c: ID!) { submitCourse(id: $c) { id } }',
      vars: async (c) => ({ c }),
    },
    {
      flag: 'approve',
      type: 'Course',
      target: () => courseAt('SUBMITTED'),
      mutation: 'mutation($c: ID!) { approveCourse(id: $c) { id } }',
      vars: async (c) => ({ c }),
    },
    {
      flag: 'publish',
      type: 'Course',
      target: () => courseAt('APPROVED'),
      mutation: 'mutation($c: ID!) { publishCourse(id: $c) { id } }',
      vars: async (c) => ({ c }),
    },
    {
      flag: 'cancel',
      type: 'Course',
      target: () => courseAt('PUBLISHED'),
      mutation: 'mutation($c: ID!) { cancelCourse(id: $c, reason: "停辦") { id } }',
      vars: async (c) => ({ c }),
    },
    {
      flag: 'enrol',
      type: 'Course',
      target: () => courseAt('PUBLISHED'),
      mutation: 'mutation($c: ID!) { enrolInCourse(courseId: $c) { id } }',
      vars: async (c) => ({ c }),
    },
    {
      flag: 'recordAttendance',
      type: 'Course',
      target: async () => {
        const a = await withAttendee(0);
        attendees.set(a.course, a);
        return a.course;
      },
      mutation: 'mutation($s: ID!, $e: [AttendanceInput!]!) { recordAttendance(sessionId: $s, entries: $e) { recorded } }',
      vars: async (c) => ({ s: attendees.get(c)!.session, e: [{ registrationId: attendees.get(c)!.registration, status: 'PRESENT' }] }),
    },
    {
      flag: 'issueHours',
      type: 'Course',
      target: async () => {
        const a = await withAttendee(-2 * 86400_000);
        const r = await query(
          'chief.demo',
          'mutation($s: ID!, $e: [AttendanceInput!]!) { recordAttendance(sessionId: $s, entries: $e) { recorded } }',
          {
            s: a.session,
            e: [{ registrationId: a.registration, status: 'PRESENT' }],
          },
        );
        expect(r.errors).toBeUndefined();
        return a.course;
      },
      mutation: 'mutation($c: ID!) { issueHours(courseId: $c) { issued } }',
      vars: async (c) => ({ c }),
    },
    {
      flag: 'decideHoursCorrections',
      mutation: 'mutation($id: ID!) { decideHoursCorrection(id: $id, approve: false) { status } }',
      vars: async () => ({ id: await pendingCorrection() }),
    },
    {
      flag: 'fillTeacherPlan',
      mutation: 'mutation($i: TeacherPlanInput!) { saveMyTeacherPlan(input: $i) { id } }',
      vars: async () => (await planningYear(), { i: { schoolYear: PLAN_YEAR, ...CHOICES } }),
    },
    {
      flag: 'remindAndReopen',
      mutation: 'mutation($y: Int!) { remindPendingSchools(schoolYear: $y, confirm: true) { __typename } }',
      vars: async () => (await planningYear(), { y: PLAN_YEAR }),
    },
    {
      flag: 'manageApiKeys',
      mutation: 'mutation { createApiKey(input: { name: "can", scopes: [DIRECTORY_READ] }) { secret } }',
      vars: async () => ({}),
    },
    { flag: 'startExport', mutation: 'mutation { startExport(kind: TEACHERS) { status } }', vars: async () => ({}) },
    { flag: 'ownProfile', mutation: 'mutation { updateMyProfile(input: { phone: "02-2222-3333" }) { id } }', vars: async () => ({}) },
    {
      flag: 'configureSchoolYears',
      mutation: 'mutation($i: SchoolYearInput!) { configureSchoolYear(input: $i) { year } }',
      vars: async () => ({ i: await yearInput(PLAN_YEAR + 2) }),
    },
  ];

  for (const c of CAN) {
    const where = c.type ? `${c.type}.viewerCan.${c.flag}` : `me.can.${c.flag}`;
    it(`${where} agrees with ${c.mutation.match(/\{ (\w+)\(?/)![1]}`, async () => {
      const disagree: string[] = [];
      const seen = new Set<boolean>();
      for (const caller of CALLERS) {
        const target = c.target ? await c.target() : '';
        const read = c.type
          ? await query(caller, `query($id: ID!) { node(id: $id) { ... on ${c.type} { viewerCan { ${c.flag} } } } }`, { id: target })
          : await query(caller, `{ me { can { ${c.flag} } } }`);
        expect([caller, read.errors]).toEqual([caller, undefined]);
        // a row the caller does not see: nothing to offer
        const can = (c.type ? read.data!.node?.viewerCan?.[c.flag] : read.data!.me.can[c.flag]) === true;
        const r = await query(caller, c.mutation, await c.vars(target));
        const refused = codes(r).some((code) => REFUSED.has(code));
        seen.add(can);
        if (can === refused) disagree.push(`${caller}: says ${can}, mutation ${r.errors ? codes(r).join(',') : 'ok'}`);
      }
      expect(disagree).toEqual([]);
      // both answers occur among the callers: the comparison could fail either way
      expect([...seen].sort()).toEqual([false, true]);
    }, 120000);
  }
});
