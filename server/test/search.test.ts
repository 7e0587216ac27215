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
    (
      (await h.as('admin').query(SCHOOLS, { s })).data!.schools.edges as {
        node: { code: string; name: string; county: { name: string } };
      }[]
    ).map((e) => e.node);

  it.each(['台北市立大安國小', '臺北市立大安國民小學', '大安國小', '大安國民小學', '台北市立大安國民小學', '臺北市立大安國小'])(
    'schools(search: %s) finds the demo school',
    async (s) => {
      expect((await schoolCodes(s)).map((n) => n.code)).toContain('020001');
    },
  );

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
    const r = await h
      .anonymous()
      .query('query($s: String) { businessAccountDirectory(first: 50, search: $s) { edges { node { unitCode } } } }', { s: '大安國小' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.businessAccountDirectory.edges.map((e: { node: { unitCode: string } }) => e.node.unitCode)).toContain('020001');
  });

  it('business accounts by unit name fold the same way (the platform finds chief.demo by 台北市立大安國小)', async () => {
    const r = await h
      .as('admin')
      .query('query($s: String) { businessAccounts(first: 100, search: $s) { edges { node { unit { code } } } } }', {
        s: '台北市立大安國小',
      });
    expect(r.errors).toBeUndefined();
    const codes = r.data!.businessAccounts.edges.map((e: { node: { unit: { code: string } } }) => e.node.unit.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes).toContain('020001');
  });

  describe('teachers: search and filters on the server', () => {
    const TEACHERS = `query($s: String, $school: ID, $title: TeacherTitle, $subject: Subject, $confirmed: Boolean) {
      teachers(first: 100, search: $s, schoolId: $school, title: $title, subject: $subject, confirmed: $confirmed) {
        totalCount edges { node { id name nationalIdMasked title subjects school { code } profileConfirmation { current } } }
      }
    }`;
    type T = {
      id: string;
      name: string;
      nationalIdMasked: string;
      title: string;
      subjects: string[];
      school: { code: string };
      profileConfirmation: { current: boolean } | null;
    };
    const find = async (who: string, v: Record<string, unknown>) => {
      const r = await h.as(who).query(TEACHERS, v);
      expect(r.errors).toBeUndefined();
      return { total: r.data!.teachers.totalCount as number, nodes: (r.data!.teachers.edges as { node: T }[]).map((e) => e.node) };
    };
    let sample: T;
    beforeAll(async () => {
      sample = (await find('chief.demo', {})).nodes.find((t) => t.title === 'HOMEROOM')!;
    });

    it('by part of the name', async () => {
      const { nodes } = await find('chief.demo', { s: sample.name.slice(1) });
      expect(nodes.map((t) => t.id)).toContain(sample.id);
      for (const t of nodes) expect(t.name).toContain(sample.name.slice(1));
    });

    it("by the school as people write it (the district finds its schools' teachers by 大安國小)", async () => {
      const { total, nodes } = await find('district.taipei', { s: '大安國小' });
      expect(total).toBeGreaterThan(0);
      expect(nodes.every((t) => t.school.code === '020001' || t.school.code.startsWith('02'))).toBe(true);
      expect(nodes.map((t) => t.school.code)).toContain('020001');
    });

    it('by the masked national ID as shown, and by its first characters; never by the hidden digits', async () => {
      const masked = sample.nationalIdMasked;
      expect(masked).toMatch(/^[A-Z]\d{2}\*{4}\d{3}$/);
      expect((await find('chief.demo', { s: masked })).nodes.map((t) => t.id)).toContain(sample.id);
      const prefix = await find('chief.demo', { s: masked.slice(0, 3).toLowerCase() });
      expect(prefix.nodes.map((t) => t.id)).toContain(sample.id);
      for (const t of prefix.nodes) expect(t.nationalIdMasked.startsWith(masked.slice(0, 3))).toBe(true);
      // the full ID (which the chief cannot read) finds nothing: the search is no oracle for hidden digits
      const [row] = await h.ds.query('SELECT national_id FROM teacher WHERE name = ? LIMIT 1', [sample.name]);
      expect((await find('chief.demo', { s: row.national_id })).total).toBe(0);
    });

    it('by title, subject and confirmation, combined with the scope', async () => {
      const all = await find('chief.demo', {});
      const homeroom = await find('chief.demo', { title: 'HOMEROOM' });
      expect(homeroom.total).toBeGreaterThan(0);
      expect(homeroom.total).toBeLessThan(all.total);
      expect(homeroom.nodes.every((t) => t.title === 'HOMEROOM')).toBe(true);
      const subject = sample.subjects[0];
      const bySubject = await find('chief.demo', { subject });
      expect(bySubject.nodes.map((t) => t.id)).toContain(sample.id);
      expect(bySubject.nodes.every((t) => t.subjects.includes(subject))).toBe(true);
      const yes = await find('chief.demo', { confirmed: true });
      const no = await find('chief.demo', { confirmed: false });
      expect(yes.total + no.total).toBe(all.total);
      expect(yes.nodes.every((t) => t.profileConfirmation?.current === true)).toBe(true);
      expect(no.nodes.every((t) => t.profileConfirmation?.current !== true)).toBe(true);
    });

    it("a search never widens the scope: chief.demo searching another county's school finds nobody", async () => {
      const other = await find('admin', { s: '臺中' });
      expect(other.total).toBeGreaterThan(0);
      expect((await find('chief.demo', { s: '臺中' })).total).toBe(0);
    });
  });
});
