import { codes, freshNationalId, Harness, seededHarness, demoIds } from './harness';
import { dbLabel } from './db';
import { PRODUCTION_SCRYPT_N, scryptCost } from '../src/auth/password';

/**
 * Issue 9, item 3: logins as an attacker tries them. Parallel guesses all count, a flood from one
 * address is refused without starving others, nobody can lock an account for good, an unknown
 * username costs the same work as a wrong password, and usernames compare one normalized form on
 * every database.
 */
let h: Harness;
beforeAll(async () => {
  // a roomy hashing queue: the 300 parallel guesses below must all be hashed (and counted)
  h = await seededHarness('logins', undefined, { hashQueue: 1000, inFlightPerAddress: 1000 });
}, 120000);
afterAll(() => h.stop());

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token viewer { username role } } }';
const APPLY = 'mutation($input: ApplyForBusinessAccountInput!) { applyForBusinessAccount(input: $input) { id } }';
const login = (u: string, p: string, address: string) => h.raw(LOGIN, { u, p }, undefined, address);

let seq = 0;
async function activeAccount() {
  seq++;
  const ids = await demoIds(h);
  const input = {
    unitId: ids.demoSchool,
    role: 'CONTACT',
    name: '登入測試',
    nationalId: freshNationalId(),
    username: `guessed${seq}`,
    password: 'Passw0rd!',
    phone: '02-2345-6789',
    email: `guessed${seq}@example.tw`,
  };
  const a = await h.anonymous().query(APPLY, { input });
  const id = a.data!.applyForBusinessAccount.id;
  expect(
    (await h.as('chief.demo').query('mutation($id: ID!) { activateBusinessAccount(id: $id) { status } }', { id })).errors,
  ).toBeUndefined();
  return { ...input, id };
}

describe(`logins under attack (${dbLabel()})`, () => {
  it('300 parallel wrong passwords all count (failed_logins + 1 in the database) and the account is then delayed', async () => {
    const a = await activeAccount();
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) => login(a.username, `wrong-guess${i}`, `10.1.${i >> 8}.${i & 255}`)),
    );
    const refused = results.filter((r) => codes(r)[0] === 'UNAUTHENTICATED').length;
    expect(refused).toBe(300);
    const [{ failed_logins }] = await h.ds.query('SELECT failed_logins FROM credential WHERE username = ?', [a.username]);
    expect(Number(failed_logins)).toBe(300);
    // the right password from yet another address now waits (no hash, no token)
    const r = await login(a.username, a.password, '10.2.0.1');
    expect(codes(r)).toEqual(['RATE_LIMITED']);
    expect(r.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(60);
  }, 120000);

  it('the delay is no lock anyone can set: the address of the last successful login is not held by it', async () => {
    const a = await activeAccount();
    expect((await login(a.username, a.password, '10.3.0.1')).errors).toBeUndefined(); // the holder's usual address
    for (let i = 0; i < 8; i++) await login(a.username, 'wrong-guess1', '10.3.0.66');
    expect(codes(await login(a.username, a.password, '10.3.0.67'))).toEqual(['RATE_LIMITED']);
    expect((await login(a.username, a.password, '10.3.0.1')).errors).toBeUndefined();
    // the success cleared the count
    const [{ failed_logins }] = await h.ds.query('SELECT failed_logins FROM credential WHERE username = ?', [a.username]);
    expect(Number(failed_logins)).toBe(0);
  });

  it('a flood from one address is refused with RATE_LIMITED beyond its allowance, while a login from another address succeeds', async () => {
    const flood = await Promise.all(Array.from({ length: 100 }, (_, i) => login(`nobody${i}`, 'bogus-pass1', '10.4.0.1')));
    const refused = flood.filter((r) => codes(r)[0] === 'RATE_LIMITED');
    const allowance = h.app.services.accounts.guard.limits.attemptsPerMinute;
    expect(flood.length - refused.length).toBeLessThanOrEqual(allowance);
    expect(refused.length).toBeGreaterThanOrEqual(100 - allowance);
    expect(refused[0].errors![0].extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const real = await login('teacher.demo', 'demo1234', '10.4.0.2');
    expect(real.errors).toBeUndefined();
    expect(real.data!.login.viewer.username).toBe('teacher.demo');
    // and the flooding address stays refused
    expect(codes(await login('teacher.demo', 'demo1234', '10.4.0.1'))).toEqual(['RATE_LIMITED']);
  });

  it('an unknown username earns the same delays as an existing one (a delay does not tell which usernames exist)', async () => {
    for (let i = 0; i < 5; i++) expect(codes(await login('no.such.user', 'wrong-guess1', `10.5.0.${i}`))).toEqual(['UNAUTHENTICATED']);
    const r = await login('no.such.user', 'wrong-guess1', '10.5.0.9');
    expect(codes(r)).toEqual(['RATE_LIMITED']);
    expect(r.errors![0].extensions!.reason).toBe('ACCOUNT_DELAY');
  });

  it('a wrong password and an unknown username run the same hash once, of the same cost', async () => {
    const hasher = h.app.services.accounts.hasher;
    const spy = jest.spyOn(hasher, 'verify');
    try {
      expect(codes(await login('teacher.other', 'wrong-guess1', '10.6.0.1'))).toEqual(['UNAUTHENTICATED']);
      expect(spy).toHaveBeenCalledTimes(1);
      const known = spy.mock.calls[0][1];
      spy.mockClear();
      expect(codes(await login('nobody.here', 'wrong-guess1', '10.6.0.2'))).toEqual(['UNAUTHENTICATED']);
      expect(spy).toHaveBeenCalledTimes(1);
      const dummy = spy.mock.calls[0][1];
      expect(dummy).not.toBe(known);
      // the same scrypt parameters: scrypt$N$r$p$...
      expect(dummy.split('$').slice(0, 4)).toEqual(known.split('$').slice(0, 4));
      // both errors are the same
      const a = await login('teacher.other', 'wrong-guess1', '10.6.0.3');
      const b = await login('nobody.here', 'wrong-guess1', '10.6.0.4');
      expect(a.errors![0]).toEqual({ ...b.errors![0] });
    } finally {
      spy.mockRestore();
    }
  });

  it('usernames compare one normalized form (NFKC, lower case) on every database: ADMIN logs in, ádmín does not', async () => {
    expect((await login('ADMIN', 'demo1234', '10.7.0.1')).data!.login.viewer.username).toBe('admin');
    expect((await login('Ａｄｍｉｎ', 'demo1234', '10.7.0.2')).data!.login.viewer.username).toBe('admin'); // full-width: NFKC
    expect(codes(await login('ádmín', 'demo1234', '10.7.0.3'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await login('ADMİN', 'demo1234', '10.7.0.4'))).toEqual(['UNAUTHENTICATED']);
    // two usernames differing only in case cannot both exist
    const ids = await demoIds(h);
    const input = {
      unitId: ids.demoSchool,
      role: 'CONTACT',
      name: '大小寫',
      nationalId: freshNationalId(),
      username: 'Chief.Demo',
      password: 'Passw0rd!',
      phone: '02-2345-6789',
      email: 'case@example.tw',
    };
    const r = await h.anonymous().query(APPLY, { input });
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(r.errors![0].extensions!.fields).toEqual(['username']);
    // and in the database itself: the stored forms are compared binary (no accent- or case-insensitive match)
    const rows = await h.ds.query('SELECT username FROM credential WHERE username = ?', ['ádmín']);
    expect(rows).toEqual([]);
  });
});

describe("scrypt's cost", () => {
  it('is the production cost under every NODE_ENV but test; the suite alone may lower it (INSERVICE_TEST_SCRYPT_N)', () => {
    const knob = { INSERVICE_TEST_SCRYPT_N: '1024' };
    expect(scryptCost({ ...knob, NODE_ENV: 'test' })).toBe(1024);
    for (const NODE_ENV of ['production', 'development', '', undefined])
      expect(scryptCost({ ...knob, NODE_ENV })).toBe(PRODUCTION_SCRYPT_N);
    expect(scryptCost({ NODE_ENV: 'test' })).toBe(PRODUCTION_SCRYPT_N);
    // only a lower power of two
    for (const n of ['1000', '32768', '0', '1', 'x'])
      expect(scryptCost({ INSERVICE_TEST_SCRYPT_N: n, NODE_ENV: 'test' })).toBe(PRODUCTION_SCRYPT_N);
    expect(PRODUCTION_SCRYPT_N).toBe(16384);
  });
});

describe(`the password-hashing queue is bounded (${dbLabel()})`, () => {
  it('beyond its slots and queue a login is refused with RATE_LIMITED at once rather than queued without end', async () => {
    const small = await Harness.start({ ds: h.ds, login: { hashConcurrency: 1, hashQueue: 2 } });
    // each hash takes at least 100 ms, as one at the production cost does: at the suite's lower cost
    // (INSERVICE_TEST_SCRYPT_N) the first could end before the twelfth login arrives
    const hasher = small.app.services.accounts.hasher;
    const verify = hasher.verify.bind(hasher);
    const spy = jest
      .spyOn(hasher, 'verify')
      .mockImplementation(async (p, stored) => (await new Promise((r) => setTimeout(r, 100)), verify(p, stored)));
    try {
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => small.raw(LOGIN, { u: `nobody${i}`, p: 'bogus-pass1' }, undefined, `10.8.0.${i}`)),
      );
      const busy = results.filter((r) => r.errors?.[0].extensions?.reason === 'BUSY');
      expect(busy.length).toBeGreaterThanOrEqual(12 - 3);
      expect(codes(busy[0])).toEqual(['RATE_LIMITED']);
      expect(small.app.services.accounts.guard.pool).toEqual({ hashing: 0, waiting: 0 });
    } finally {
      spy.mockRestore();
      await small.app.apollo.stop();
    }
  });
});

describe('the hashing pool is fair between addresses', () => {
  it('one address holds at most its share of the slots, and a freed slot goes to the address with the fewest running', async () => {
    const { LoginGuard } = await import('../src/auth/login-guard');
    const g = new LoginGuard({ hashConcurrency: 2, hashesPerAddress: 1, hashQueue: 10 });
    const order: string[] = [];
    const gates: (() => void)[] = [];
    const job = (who: string) =>
      g.hash(
        who.split(':')[0],
        () =>
          new Promise<void>((resolve) => {
            order.push(who);
            gates.push(resolve);
          }),
      );
    const flood = [1, 2, 3, 4].map((i) => job(`A:${i}`));
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['A:1']); // A's share is one slot; the other stays free
    const real = job('B:1');
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['A:1', 'B:1']); // B starts at once, ahead of A's queue
    while (gates.length) {
      gates.shift()!();
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all([...flood, real]);
    expect(order).toEqual(['A:1', 'B:1', 'A:2', 'A:3', 'A:4']);
    expect(g.pool).toEqual({ hashing: 0, waiting: 0 });
  });
});
