import { dbLabel } from './db';
import { Harness } from './harness';

/**
 * Each role sees its own (issue 13 item 6): `me.can` says which lists a viewer browses, and a list's
 * contact columns are asked only by viewers who may read them, answered by the same policies as the lists.
 */
describe(`me.can: what each role browses (${dbLabel()})`, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.stop());

  const ME = '{ me { can { browseSchools browseTeachers readTeacherContacts readSchools readTeachers manageTeachers } } }';
  const SCHOOLS = '{ schools(first: 100) { totalCount } }';
  const TEACHERS = '{ teachers(first: 100) { totalCount edges { node { school { id } } } } }';

  it.each([
    ['admin', true, true, true],
    ['district.taipei', true, true, false],
    ['analyst', true, false, false],
    ['chief.demo', false, false, true],
    ['contact.demo', false, false, true],
    ['teacher.demo', false, false, true],
  ])('%s: browseSchools %s, browseTeachers %s, readTeacherContacts %s', async (user, schools, teachers, contacts) => {
    const r = await h.as(user).query(ME);
    expect(r.errors).toBeUndefined();
    expect(r.data!.me.can).toMatchObject({ browseSchools: schools, browseTeachers: teachers, readTeacherContacts: contacts });
  });

  it('browsing flags agree with the lists: those without browseSchools list at most their own school, without browseTeachers one school at most', async () => {
    for (const user of ['chief.demo', 'teacher.demo', 'operator.univ']) {
      const s = await h.as(user).query(SCHOOLS);
      expect(s.data!.schools.totalCount).toBeLessThanOrEqual(1);
      const t = await h.as(user).query(TEACHERS);
      const schools = new Set((t.data?.teachers?.edges ?? []).map((e: { node: { school: { id: string } } }) => e.node.school.id));
      expect(schools.size).toBeLessThanOrEqual(1);
    }
    expect((await h.as('district.taipei').query(SCHOOLS)).data!.schools.totalCount).toBeGreaterThan(1);
    expect((await h.as('admin').query(SCHOOLS)).data!.schools.totalCount).toBeGreaterThan(1);
  });

  it('readTeacherContacts agrees with the fields: a district asking e-mail is refused, a CHIEF and a teacher are answered', async () => {
    const Q = '{ teachers(first: 5) { edges { node { email phone } } } }';
    const district = await h.as('district.taipei').query(Q);
    expect(district.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const user of ['chief.demo', 'teacher.demo', 'admin']) {
      const r = await h.as(user).query(Q);
      expect(r.errors).toBeUndefined();
      expect(r.data!.teachers.edges.length).toBeGreaterThan(0);
    }
  });
});
