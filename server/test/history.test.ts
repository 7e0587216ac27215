import { PARTICIPATION_HISTORY } from '../src/db/seed/reference';
import { Harness } from './harness';
import { builtDatabase, dbLabel } from './db';
import { seed } from '../src/db/seed/generator';

/**
 * 伍、各學年度參與縣市資料: the generator's history mode makes school years 99-108 with exactly the
 * participating schools and teachers of the seed's table (scaled to the demo population: 120 of
 * 4,000 schools, 3,000 of 200,000 teachers), and the participation report gives them back.
 */
let h: Harness;
beforeAll(async () => {
  const ds = await builtDatabase('history', (d) => seed(d, { scale: 'demo', history: true }).then(() => undefined));
  h = await Harness.start({ ds });
}, 180000);
afterAll(() => h?.stop());

describe(`participation history (${dbLabel()})`, () => {
  it('reproduces the seed table, year by year, from the participation report', async () => {
    const years = Object.keys(PARTICIPATION_HISTORY).map(Number);
    // the platform: exact counts; the analyst: each county's count perturbed by at most 2 (disclosure control)
    const r = await h
      .as('admin')
      .query('query($y: [Int!]!) { participation(schoolYears: $y) { schoolYear county { order } schoolsSubmitted teachersSubmitted } }', {
        y: years,
      });
    expect(r.errors).toBeUndefined();
    const analyst = await h
      .as('analyst')
      .query('query($y: [Int!]!) { participation(schoolYears: $y) { schoolYear county { order } schoolsSubmitted teachersSubmitted } }', {
        y: years,
      });
    expect(analyst.data!.participation).toHaveLength(r.data!.participation.length);
    r.data!.participation.forEach((x: any, i: number) => {
      const a = analyst.data!.participation[i];
      expect(Math.abs(a.teachersSubmitted - x.teachersSubmitted)).toBeLessThanOrEqual(2);
      expect(Math.abs(a.schoolsSubmitted - x.schoolsSubmitted)).toBeLessThanOrEqual(2);
    });
    for (const y of years) {
      const rows = r.data!.participation.filter((x: any) => x.schoolYear === y);
      const want = PARTICIPATION_HISTORY[y];
      expect({
        year: y,
        schools: rows.reduce((a: number, x: any) => a + x.schoolsSubmitted, 0),
        teachers: rows.reduce((a: number, x: any) => a + x.teachersSubmitted, 0),
      }).toEqual({ year: y, schools: Math.round(want.schools * 0.03), teachers: Math.round(want.teachers * 0.015) });
      // only the counties that took part that year
      expect(rows.every((x: any) => want.counties.includes(x.county.order))).toBe(true);
    }
    const none = r.data!.participation.filter((x: any) => x.schoolYear === 104);
    expect(none).toEqual([]);
  });
});
