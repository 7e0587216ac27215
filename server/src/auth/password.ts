import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt parameters; stored with each hash so they can be raised later without breaking logins. */
export const PRODUCTION_SCRYPT_N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 32;

/**
 * The cost N new hashes get: PRODUCTION_SCRYPT_N, except in the test suite (NODE_ENV=test, which
 * jest sets) when INSERVICE_TEST_SCRYPT_N names a lower power of two (the global setup sets 1024:
 * thousands of logins per run). Under any other NODE_ENV the variable is ignored; production.test
 * checks that an administrator created by the production build, with the variable set, gets 16384.
 */
export function scryptCost(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.INSERVICE_TEST_SCRYPT_N);
  if (env.NODE_ENV === 'test' && Number.isInteger(n) && n >= 2 && n < PRODUCTION_SCRYPT_N && (n & (n - 1)) === 0) return n;
  return PRODUCTION_SCRYPT_N;
}

function scryptAsync(password: string, salt: Buffer, n: number, r: number, p: number, keylen: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keylen, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const n = scryptCost();
  const key = await scryptAsync(password, salt, n, R, P, KEYLEN);
  return ['scrypt', n, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, hash] = parts;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p), expected.length);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** The password check logins use (a seam so tests can count the hashes each path runs). */
export interface PasswordHasher {
  verify(password: string, stored: string): Promise<boolean>;
  /** The hash an unknown username is checked against: the same parameters, so the same work. */
  dummy(): Promise<string>;
}

export const scryptHasher: PasswordHasher = { verify: verifyPassword, dummy: () => dummyPasswordHash() };

/** A hash to verify against when the username is unknown, so both failures take the same time. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(12).toString('hex'));
  return dummyHash;
}
