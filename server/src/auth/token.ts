import fs from 'node:fs';
import path from 'node:path';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { dataDir } from '../db/data-source';

/**
 * Bearer tokens: compact JWTs (HS256) carrying only the credential's id, the login session's id and
 * the expiry; the viewer and its session are loaded from the database on every request, so a
 * suspended account, a logout or a password change stops the token at once.
 */
export interface TokenClaims {
  sub: number;
  /** The login session (login_session.id) this token belongs to. */
  sid: number;
  iat: number;
  exp: number;
}

export const DEFAULT_TOKEN_TTL_SECONDS = 8 * 3600;

/** TOKEN_SECRET from the environment, or a generated one kept in data/token-secret (embedded default). */
export function loadTokenSecret(): string {
  if (process.env.TOKEN_SECRET) {
    if (process.env.TOKEN_SECRET.length < 32) throw new Error('TOKEN_SECRET must be at least 32 characters');
    return process.env.TOKEN_SECRET;
  }
  if (process.env.NODE_ENV === 'production') throw new Error('TOKEN_SECRET must be set in production');
  const file = path.join(dataDir(), 'token-secret');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const HEADER = b64({ alg: 'HS256', typ: 'JWT' });

export class TokenService {
  constructor(
    private readonly secret: string,
    readonly ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS,
  ) {}

  issue(credentialId: number, sessionId: number, now = Date.now()): { token: string; expiresAt: Date } {
    const iat = Math.floor(now / 1000);
    const claims: TokenClaims = { sub: credentialId, sid: sessionId, iat, exp: iat + this.ttlSeconds };
    const body = `${HEADER}.${b64(claims)}`;
    return { token: `${body}.${this.sign(body)}`, expiresAt: new Date(claims.exp * 1000) };
  }

  /** The claims of a valid, unexpired token; null otherwise. */
  verify(token: string, now = Date.now()): TokenClaims | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return null;
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenClaims;
      if (!Number.isInteger(claims.sub) || !Number.isInteger(claims.sid) || typeof claims.exp !== 'number' || claims.exp * 1000 <= now)
        return null;
      return claims;
    } catch {
      return null;
    }
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}
