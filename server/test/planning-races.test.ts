import type { Viewer } from '../src/auth/viewer';
import { summaryDifferences } from '../src/modules/planning';
import { Harness, seededHarness, TestClock } from './harness';
import { dbLabel } from './db';

/**
 * Many submissions and edits fired at the same plans at once (on MariaDB on separate connections):
 * no update is lost (each plan's version counts exactly the writes that succeeded) and the
 * statistics equal a recount from the plans.
 */
const clock = new TestClock();
let h: Harness;
beforeAll(async () => {
  clock.set('2020-08-15T10:00:00+08:00'); // 109, group A open
  h = await seededHarness('planning_races', clock);
}, 120000);
afterAll(() => h.stop());

const OPTIONS = {
  modes: ['NON_CREDIT', 'CREDIT_MASTER'],
  times: ['WEEKDAY_DAYTIME', 'SATURDAY', 'SUMMER_VACATION'],
  places: ['OWN_SCHOOL', 'ONLINE'],
  levels: ['BASIC', 'ADVANCED'],
  methods: ['WORKSHOP', 'LECTURE', 'DIGITAL_COURSE'],
  domains: ['CURRICULUM_TEACHING_ASSESSMENT', 'EMERGING_POLICY', 'PRACTICAL_LITERACY'] as const,
};

function content(i: number) {
  const pick = <T>(a: readonly T[], n: number) => a.filter((_, k) => (i + k) % 2 === 0 || k === n % a.length);
  return {
    modes: pick(OPTIONS.modes, i),
    times: pick(OPTIONS.times, i),
    places: pick(OPTIONS.places, i),
    levels: [OPTIONS.levels[i % 2]],
    methods: pick(OPTIONS.methods, i),
    domains: pick(OPTIONS.domains, i).map((domain, k) => ({ domain, themes: `主題${i}`, hours: 3 * (i % 5) + k })),
  };
}

describe(`parallel plan writes (${dbLabel()})`, () => {
  it('ends with no lost update and statistics equal to a recount', async () => {
    // ten group-A schools that have no 109 plan yet, filled by a CHIEF of each
    const schools: { id: number }[] = await h.ds.query(
      `SELECT u.id FROM unit u JOIN county_school_year cs ON cs.county_id = u.county_id AND cs.school_year = 109 AND cs.plan_group = 'A'
       WHERE u.kind = 'SCHOOL' AND NOT EXISTS (SELECT 1 FROM school_plan sp WHERE sp.school_id = u.id AND sp.school_year = 109)
       ORDER BY u.id`,
    );
    const extra: { id: number }[] = await h.ds.query(
      `SELECT u.id FROM unit u JOIN county_school_year cs ON cs.county_id = u.county_id AND cs.school_year = 109 AND cs.plan_group = 'A'
       JOIN school_plan sp ON sp.school_id = u.id AND sp.school_year = 109 AND sp.status = 'DRAFT' WHERE u.kind = 'SCHOOL' ORDER BY u.id`,
    );
    const targets = [...schools, ...extra].slice(0, 10).map((s) => Number(s.id));
    expect(targets.length).toBeGreaterThanOrEqual(4);
    const viewerFor = (schoolId: number): Viewer => ({
      kind: 'BUSINESS',
      credentialId: 0,
      username: `race.${schoolId}`,
      name: 'race',
      mustChangePassword: false,
      accountId: 0,
      unitId: schoolId,
      unitKind: 'SCHOOL',
      countyId: null,
      role: 'CHIEF',
      permissions: ['UNIT_TEACHER_MANAGEMENT', 'STATISTICS'],
    });
    const plans = h.app.services.plans;
    const versionOf = async (schoolId: number) =>
      Number((await h.ds.query('SELECT version FROM school_plan WHERE school_id = ? AND school_year = 109', [schoolId]))[0]?.version ?? 0);
    const startVersions = new Map<number, number>();
    for (const s of targets) startVersions.set(s, await versionOf(s));

    const returned = new Map<number, { version: number; save: boolean }[]>();
    const outcomes: string[] = [];
    for (let round = 0; round < 4; round++) {
      const ops: Promise<void>[] = [];
      for (const s of targets) {
        const v = await versionOf(s);
        for (let k = 0; k < 4; k++) {
          const i = round * 7 + k + s;
          const op =
            k === 3
              ? plans.submitSchoolPlan(viewerFor(s), s, 109, v || null)
              : plans.saveSchoolPlan(viewerFor(s), s, 109, content(i), v || null);
          ops.push(
            op.then(
              (p) => {
                outcomes.push('ok');
                const list = returned.get(s) ?? [];
                list.push({ version: p.version, save: k !== 3 });
                returned.set(s, list);
              },
              (e) => {
                outcomes.push(String(e?.extensions?.code ?? e?.message));
              },
            ),
          );
        }
      }
      await Promise.all(ops);
    }
    // CONFLICT: a stale version or a plan created at the same moment; NOT_FOUND: a submit before any save
    expect(outcomes.filter((o) => !['ok', 'CONFLICT', 'NOT_FOUND'].includes(o))).toEqual([]);
    expect(outcomes.filter((o) => o === 'CONFLICT').length).toBeGreaterThan(0);
    // no lost update: every successful save made a version of its own, and the versions run without a gap
    // from the start to the end (a repeated submit returns the plan as it is and makes none)
    for (const s of targets) {
      const start = startVersions.get(s)!;
      const end = await versionOf(s);
      const list = returned.get(s) ?? [];
      const saves = list.filter((x) => x.save).map((x) => x.version);
      expect(new Set(saves).size).toBe(saves.length);
      const made = new Set(list.map((x) => x.version).filter((v) => v > start));
      expect([...made].sort((a, b) => a - b)).toEqual(Array.from({ length: end - start }, (_, i) => start + 1 + i));
    }
    expect(await summaryDifferences(h.ds)).toEqual({ demand: [], participation: [] });
  });
});
