import { Harness, seededHarness, TestClock } from './harness';
import { dbLabel, tempDir } from './db';
import { Dispatcher, FileMailer } from '../src/modules/messaging';

/**
 * The planning windows' notices (issue 14: "window opening and closing soon"): raised from the
 * dispatcher's tick once per window and stage, whichever process checks, to those who still have to act.
 */
const clock = new TestClock();
let h: Harness;
const dispatcher = (id: string) =>
  new Dispatcher(h.ds, clock, { id, mailer: new FileMailer(tempDir(`notice-mail-${id}`)), windowNotices: true });
const eventsOf = async (type: string) => Number((await h.ds.query('SELECT COUNT(*) AS n FROM outbox_event WHERE type = ?', [type]))[0].n);

let w: { id: number; school_year: number; opens_at: Date | string; closes_at: Date | string };

beforeAll(async () => {
  clock.set('2020-01-01T00:00:00Z');
  h = await seededHarness('window_notices', clock);
  [w] = await h.ds.query("SELECT * FROM plan_window WHERE plan_kind = 'SCHOOL_PLAN' ORDER BY school_year DESC, group_key LIMIT 1");
}, 300_000);

afterAll(() => h?.stop());

describe(`planning window notices (${dbLabel()})`, () => {
  it('a window opening is told once to the schools that have not submitted, however many dispatchers check', async () => {
    const year = Number(w.school_year);
    // the school plans of this window's schools are not submitted yet when it opens
    await h.ds.query('UPDATE school_plan SET status = ? WHERE school_year = ?', ['DRAFT', year]);
    const submitted: { school_id: number }[] = await h.ds.query('SELECT school_id FROM school_plan WHERE school_year = ? LIMIT 1', [year]);
    if (submitted.length)
      await h.ds.query('UPDATE school_plan SET status = ? WHERE school_id = ? AND school_year = ?', [
        'SUBMITTED',
        submitted[0].school_id,
        year,
      ]);
    clock.set(new Date(new Date(w.opens_at).getTime() + 60_000).toISOString());
    await Promise.all([dispatcher('a').runOnce(), dispatcher('b').runOnce()]);
    const opened = await eventsOf('PLANNING_WINDOW_OPENED');
    expect(opened).toBeGreaterThan(0);
    const notices: { window_id: number; stage: string; events: number }[] = await h.ds.query('SELECT * FROM plan_window_notice');
    expect(notices.filter((n) => n.stage === 'OPENED').reduce((s, n) => s + Number(n.events), 0)).toBe(opened);
    expect(notices.some((n) => Number(n.window_id) === Number(w.id) && n.stage === 'OPENED')).toBe(true);
    // the school that submitted is not told
    if (submitted.length) {
      const told = await h.ds.query(
        "SELECT COUNT(*) AS n FROM outbox_event WHERE type = 'PLANNING_WINDOW_OPENED' AND unit_id = ? AND payload LIKE ?",
        [submitted[0].school_id, `%"schoolYear":${year}%"SCHOOL_PLAN"%`],
      );
      expect(Number(told[0].n)).toBe(0);
    }
    // later checks raise nothing again
    clock.set(new Date(clock.now().getTime() + 10 * 60_000).toISOString());
    await dispatcher('c').runOnce();
    expect(await eventsOf('PLANNING_WINDOW_OPENED')).toBe(opened);
    // delivered: the schools' CHIEFs/CONTACTs find it in their inbox, in Chinese
    const d = dispatcher('d');
    for (let i = 0; i < 100; i++) {
      const r = await d.runOnce();
      if (r.expanded + r.sent + r.retried + r.failed === 0) break;
    }
    const [n] = await h.ds.query("SELECT title FROM notification WHERE type = 'PLANNING_WINDOW_OPENED' ORDER BY id LIMIT 1");
    expect(n.title).toContain('開始填報');
  });

  it('closing soon (3 days before) is told once, to those still pending', async () => {
    clock.set(new Date(new Date(w.closes_at).getTime() - 2 * 86_400_000).toISOString());
    await dispatcher('e').runOnce();
    const closing = await eventsOf('PLANNING_WINDOW_CLOSING');
    expect(closing).toBeGreaterThan(0);
    clock.set(new Date(clock.now().getTime() + 3_600_000).toISOString());
    await dispatcher('f').runOnce();
    expect(await eventsOf('PLANNING_WINDOW_CLOSING')).toBe(closing);
    const [e] = await h.ds.query("SELECT payload FROM outbox_event WHERE type = 'PLANNING_WINDOW_CLOSING' ORDER BY id LIMIT 1");
    expect(JSON.parse(e.payload)).toHaveProperty('closesOn');
  });
});
