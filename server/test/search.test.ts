import { foldName } from '../src/shared/like';
import { dbLabel } from './db';
import { Harness } from './harness';

/**
 * Search finds what people type (issue 13): 台/臺 and the other common variant characters alike,
 * 國小/國民小學 and the other short forms of school names, partial codes; in every search (schools,
 * the units of the public application, the public account lookup, business accounts).
 */
describe(`search finds what people type (${dbLabel()})`, () => {
  let h: Harness;
  let demo: { name: string; code: string };
  beforeAll(async () => {
    h = await Harness.start();
    const [row] = await h.ds.query("SELECT name, code FROM unit WHERE code = '020001'");
    demo = { name: row.name, code: row.code };
  });
  afterAll(() => h.stop());

  it('folds what was typed: variants, short forms, full-width and spaces', () => {
    expect(foldName('臺北市立大安國民小學')).toBe('台北市立大安國小');
    expect(foldName('台北市立 大安國小')).toBe('台北市立大安國小');
    expect(foldName('國立臺中高級工業職業學校')).toBe('國立台中高工');
    expect(foldName('ＡＢＣ１２３')).toBe('ABC123');
  });

  it('the demo school is stored in its long form (the test would prove nothing otherwise)', () => {
    expect(demo.name).toMatch(/^臺北市立大安國民小學/);
  });

  const SCHOOLS = 'query($s: String) { schools(first: 100, search: $s) { totalCount edges { node { code name county { name } } } } }';
  const schoolCodes = async (s: string) =>
    ((await h.as('admin').query(SCHOOLS, { s })).data!.schools.edges as { node: { code: string; name: string; county: { name: string } } }[]).map((e) => e.node);

  it.each(['台北市立大安國小', '臺北市立大安國民小學', '大安國小', '大安國民小學', '台北市立大安國民小學', '臺北市立大安國小'])('schools(search: %s) finds the demo school', async (s) => {
    expect((await schoolCodes(s)).map((n) => n.code)).toContain('020001');
  });

  it('台北 finds the schools of 臺北市, and only names that contain it', async () => {
    const found = await schoolCodes('台北');
    expect(found.length).toBeGreaterThan(0);
    for (const n of found) expect(foldName(n.name)).toContain('台北');
    expect(found.some((n) => n.county.name === '臺北市')).toBe(true);
  });

  it('a partial code finds its school; a code of nothing finds nothing', async () => {
    expect((await schoolCodes(demo.code.slice(0, 5))).map((n) => n.code)).toContain('020001');
    expect(await schoolCodes('ZZ9999')).toEqual([]);
  });

  it('a search for something else does not match everything (the folding is not a wildcard)', async () => {
    const found = await schoolCodes('大安國中');
    expect(found.map((n) => n.code)).not.toContain('020001');
  });

  it('% and _ typed by a person match literally, after folding', async () => {
    expect(await schoolCodes('大安%國小')).toEqual([]);
    expect(await schoolCodes('_')).toEqual([]);
  });

  it('the public application lookup (unitsByName) folds the same way', async () => {
    const r = await h.anonymous().query('query($s: String!) { unitsByName(search: $s) { code name } }', { s: '台北市立大安國小' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.unitsByName.map((u: { code: string }) => u.code)).toContain('020001');
  });

  it('the public account lookup (businessAccountDirectory) folds the same way', async () => {
    const r = await h.anonymous().query('query($s: String) { businessAccountDirectory(first: 50, search: $s) { edges { node { unitCode } } } }', { s: '大安國小' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.businessAccountDirectory.edges.map((e: { node: { unitCode: string } }) => e.node.unitCode)).toContain('020001');
  });

  it('business accounts by unit name fold the same way (the platform finds chief.demo by 台北市立大安國小)', async () => {
    const r = await h.as('admin').query('query($s: String) { businessAccounts(first: 100, search: $s) { edges { node { unit { code } } } } }', { s: '台北市立大安國小' });
    expect(r.errors).toBeUndefined();
    const codes = r.data!.businessAccounts.edges.map((e: { node: { unit: { code: string } } }) => e.node.unit.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes).toContain('020001');
  });
});
