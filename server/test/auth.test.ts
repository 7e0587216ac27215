import { DEMO_LOGINS } from '../src/db/seed/generator';
import { TokenService } from '../src/auth/token';
import { hashPassword, verifyPassword } from '../src/auth/password';
import { codes, Harness, TEST_SECRET } from './harness';
import { dbLabel } from './db';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.stop());

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt viewer { username role } } }';

describe(`login and viewer (${dbLabel()})`, () => {
  it.each(DEMO_LOGINS)('%s logs in with the demo password and `me` says who it is', async (username) => {
    const r = await h.anonymous().query(LOGIN, { u: username, p: 'demo1234' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.login.viewer.username).toBe(username);
    expect(new Date(r.data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await h.raw('{ me { username name role } }', {}, `Bearer ${r.data!.login.token}`);
    expect(me.data!.me.username).toBe(username);
  });

  it('gives each demo login its role', async () => {
    const roles: Record<string, string> = {};
    for (const u of DEMO_LOGINS) roles[u] = (await h.as(u).query('{ me { role } }')).data!.me.role;
    expect(roles).toEqual({
      admin: 'PLATFORM_ADMIN',
      analyst: 'ANALYST',
      'district.taipei': 'DISTRICT_ADMIN',
      'chief.demo': 'CHIEF',
      'contact.demo': 'CONTACT',
      'operator.demo': 'OPERATOR',
      'teacher.demo': 'TEACHER',
      'teacher.other': 'TEACHER',
      'chief.other': 'CHIEF',
      'operator.univ': 'OPERATOR',
    });
  });

  it('a wrong password and an unknown user get the same UNAUTHENTICATED error', async () => {
    const wrong = await h.anonymous().query(LOGIN, { u: 'chief.demo', p: 'demo12345' });
    const unknown = await h.anonymous().query(LOGIN, { u: 'no.such.user', p: 'demo1234' });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors).toEqual(unknown.errors);
    expect(wrong.data).toBeNull();
  });

  it('an empty username is BAD_USER_INPUT naming the field', async () => {
    const r = await h.anonymous().query(LOGIN, { u: ' ', p: 'x' });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions!.fields).toEqual(['username']);
  });

  it('accounts whose password was never set cannot log in', async () => {
    const r = await h.anonymous().query(LOGIN, { u: 'chief.010001', p: '' });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const r2 = await h.anonymous().query(LOGIN, { u: 'chief.010001', p: '!no-password-set' });
    expect(codes(r2)).toEqual(['UNAUTHENTICATED']);
  });

  it('stores passwords as scrypt hashes, never in clear', async () => {
    const rows: { password_hash: string }[] = await h.ds.query("SELECT password_hash FROM credential WHERE username = 'admin'");
    expect(rows[0].password_hash).toMatch(/^scrypt\$/);
    expect(rows[0].password_hash).not.toContain('demo1234');
    const other: { password_hash: string }[] = await h.ds.query("SELECT password_hash FROM credential WHERE username = 'analyst'");
    expect(other[0].password_hash).not.toBe(rows[0].password_hash); // salted
  });

  it('nobody is logged in without a token, with a forged or an expired one', async () => {
    expect((await h.anonymous().query('{ me { username } }')).data!.me).toBeNull();
    const good = await h.token('admin');
    const [head, body] = good.split('.');
    const forged = `${head}.${body}.${'A'.repeat(43)}`;
    expect((await h.raw('{ me { username } }', {}, `Bearer ${forged}`)).data!.me).toBeNull();
    const otherSecret = new TokenService('another-secret-another-secret-another-secret').issue(1, 1).token;
    expect((await h.raw('{ me { username } }', {}, `Bearer ${otherSecret}`)).data!.me).toBeNull();
    const expired = new TokenService(TEST_SECRET, 60).issue(1, 1, Date.now() - 3600_000).token;
    expect((await h.raw('{ me { username } }', {}, `Bearer ${expired}`)).data!.me).toBeNull();
    expect((await h.raw('{ me { username } }', {}, `Bearer ${good}`)).data!.me.username).toBe('admin');
  });

  it('protected root fields tell an anonymous caller to log in', async () => {
    const r = await h.anonymous().query('{ schools(first: 1) { totalCount } }');
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.data).toBeNull();
  });

  it('public reference data needs no login', async () => {
    const r = await h.anonymous().query('{ counties { name order } schoolYears { year windows { planKind groupKey } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.counties).toHaveLength(23);
    expect(r.data!.counties[0].name).toBe('新北市');
    expect(r.data!.counties[22].name).toBe('國教署');
    expect(r.data!.schoolYears.map((y: { year: number }) => y.year)).toEqual([108, 109, 110]);
    expect(r.data!.schoolYears[1].windows).toHaveLength(7);
  });
});

describe('password hashing', () => {
  it('verifies the right password only', async () => {
    const hash = await hashPassword('correct horse');
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct hors', hash)).toBe(false);
    expect(await verifyPassword('x', '!no-password-set')).toBe(false);
  });
});
