import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { accountScope, readsBusinessAccounts } from './business-account.policy';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { PasswordHasher, scryptHasher } from '../../auth/password';
import { delaySeconds, LoginGuard, rateLimited } from '../../auth/login-guard';
import { normalizeUsername } from '../../shared/validate';
import { LoginSessionEntity } from './login-session.entity';
import { PENDING_DAYS } from './business-account.service';
import { Clock, systemClock } from '../../shared/clock';
import type { TokenService } from '../../auth/token';
import { AppError, forbidden, unauthenticated } from '../../shared/errors';
import { bitsToPermissions } from '../../shared/enums';
import type { BusinessRole, StaffRole, UnitKind } from '../../shared/enums';
import type { Page, PageArgs } from '../../shared/pagination';
import { containsPattern, foldedColumn, foldName, LIKE_ESCAPE, nameOrCodeContains, searchText } from '../../shared/like';
import { allOf, dateParam, oneOf, pageOf, Scope } from '../../shared/scoped-query';
import { hydrate, prefixedColumns } from '../../shared/loaders';
import { TeacherEntity } from '../directory';
import { CredentialEntity } from './credential.entity';
import { BusinessAccountEntity } from './business-account.entity';

export interface AccountFilter {
  unitId?: number | null;
  roles?: string[] | null;
  statuses?: string[] | null;
  unitKinds?: string[] | null;
  /** Part of the holder's name, the username or the unit's name, or the unit code. */
  search?: string | null;
}

const ACCOUNTS = { target: BusinessAccountEntity, from: 'business_account a', alias: 'a' };

const INVALID_LOGIN = 'Wrong username or password (帳號或密碼錯誤)';

/** A hash of a client address (the known address of a login is kept only as this). */
export const addressHash = (address: string) => createHash('sha256').update(`login-address:${address}`).digest('hex');

/** Statuses as the API shows them: PENDING only while not expired, EXPIRED a pending one filed before the cutoff. */
function statusFilter(statuses: string[], cutoff: Date | string): Scope {
  const parts: string[] = [];
  const params: unknown[] = [];
  const plain = statuses.filter((st) => st !== 'PENDING' && st !== 'EXPIRED');
  if (plain.length) {
    parts.push(`a.status IN (${plain.map(() => '?').join(', ')})`);
    params.push(...plain);
  }
  if (statuses.includes('PENDING')) {
    parts.push("(a.status = 'PENDING' AND (a.applied_at IS NULL OR a.applied_at > ?))");
    params.push(cutoff);
  }
  if (statuses.includes('EXPIRED')) {
    parts.push("(a.status = 'PENDING' AND a.applied_at <= ?)");
    params.push(cutoff);
  }
  return { sql: parts.join(' OR '), params };
}

/** One row of viewerBy's statement. */
interface ViewerRow {
  id: number;
  username: string;
  must_change: number | boolean;
  kind: string;
  t_id: number | null;
  t_name: string | null;
  t_school: number | null;
  t_county: number | null;
  a_id: number | null;
  a_name: string | null;
  a_status: string | null;
  a_unit: number | null;
  a_role: BusinessRole | null;
  a_permissions: number | null;
  a_unit_kind: UnitKind | null;
  a_county: number | null;
  s_id: number | null;
  s_name: string | null;
  s_role: StaffRole | null;
  s_unit: number | null;
  s_county: number | null;
}

export class AccountsService {
  constructor(
    private readonly ds: DataSource,
    private readonly tokens: TokenService,
    readonly guard: LoginGuard = new LoginGuard(),
    readonly hasher: PasswordHasher = scryptHasher,
    private readonly clock: Clock = systemClock,
  ) {
    void hasher.dummy(); // computed now, not on the first unknown username
  }

  /**
   * Checks the password and issues a token (docs/API.md, "Logins and sessions"). Each path does the
   * same work: an unknown username is checked against a dummy hash of the same cost, a wrong
   * password runs the full compare, and a refusal for a delay hashes nothing for either.
   * 1. the address: attempts per minute, attempts at once, its own growing delay (LoginGuard);
   * 2. the account (or the unknown username): after 5 failures a growing delay 1 s, 2 s, 4 s ...
   *    15 min, answered RATE_LIMITED with retryAfterSeconds, except from the address of the
   *    account's last successful login;
   * 3. one scrypt verification in the bounded hashing pool (RATE_LIMITED when it is full);
   * 4. a failure counts atomically in the database (failed_logins = failed_logins + 1).
   */
  async login(
    usernameInput: string,
    password: string,
    clientAddress = 'local',
  ): Promise<{ token: string; expiresAt: Date; viewer: Viewer }> {
    const username = normalizeUsername(usernameInput);
    const release = this.guard.admit(clientAddress);
    let succeeded = false;
    try {
      const repo = this.ds.getRepository(CredentialEntity);
      const cred = await repo.findOneBy({ username });
      const now = this.clock.now();
      const fromKnownAddress = !!cred?.knownAddressHash && cred.knownAddressHash === addressHash(clientAddress);
      const wait = cred
        ? cred.lockedUntil && cred.lockedUntil > now && !fromKnownAddress
          ? (cred.lockedUntil.getTime() - now.getTime()) / 1000
          : 0
        : this.guard.unknownDelay(username, now.getTime());
      if (wait > 0) throw rateLimited(wait, 'ACCOUNT_DELAY');
      const stored = cred?.passwordHash ?? (await this.hasher.dummy());
      const ok = await this.guard.hash(clientAddress, () => this.hasher.verify(password, stored));
      if (!cred || !ok) {
        this.guard.addressFailed(clientAddress);
        if (cred) await this.countFailure(cred.id);
        else this.guard.unknownFailed(username);
        throw unauthenticated('INVALID_LOGIN', INVALID_LOGIN);
      }
      const viewer = await this.viewerBy(cred.id);
      if (!viewer) throw new AppError('UNAUTHENTICATED', 'INACTIVE', 'This account is not active (帳號未啟用或已停用)');
      await repo.update(cred.id, { failedLogins: 0, lockedUntil: null, knownAddressHash: addressHash(clientAddress) });
      const session = await this.startSession(cred.id, now);
      succeeded = true;
      return { ...this.tokens.issue(cred.id, session.id, now.getTime()), viewer: { ...viewer, sessionId: session.id } as Viewer };
    } finally {
      release(succeeded);
    }
  }

  /** failed_logins + 1 in the database (parallel failures all count), then the delay it earns, only ever raised. */
  private async countFailure(credentialId: number): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .update(CredentialEntity)
      .set({ failedLogins: () => 'failed_logins + 1' })
      .where('id = :id', { id: credentialId })
      .execute();
    const row = await this.ds
      .getRepository(CredentialEntity)
      .findOne({ where: { id: credentialId }, select: { id: true, failedLogins: true } });
    const d = delaySeconds(row?.failedLogins ?? 0, this.guard.limits.freeFailures, this.guard.limits.maxDelaySeconds);
    if (!d) return;
    const until = new Date(this.clock.now().getTime() + d * 1000);
    await this.ds
      .createQueryBuilder()
      .update(CredentialEntity)
      .set({ lockedUntil: until })
      .where('id = :id AND (locked_until IS NULL OR locked_until < :until)', { id: credentialId, until })
      .execute();
  }

  private async startSession(credentialId: number, now: Date): Promise<LoginSessionEntity> {
    const sessions = this.ds.getRepository(LoginSessionEntity);
    // sessions past their expiry are of no use to anyone
    await sessions.createQueryBuilder().delete().where('credential_id = :c AND expires_at < :now', { c: credentialId, now }).execute();
    return sessions.save(
      sessions.create({
        credentialId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.tokens.ttlSeconds * 1000),
        endedAt: null,
      }),
    );
  }

  /** The viewer a token stands for, from the database as it is now (null if no longer active or its session ended). */
  async viewerFromToken(token: string): Promise<Viewer | null> {
    return (await this.sessionFromToken(token))?.viewer ?? null;
  }

  /**
   * The viewer of a token and, for a teacher, its own teacher row, read in the same statement (`me {
   * teacher }` of a query answers with it: Context.ownTeacher).
   */
  async sessionFromToken(token: string): Promise<{ viewer: Viewer; ownTeacher: TeacherEntity | null } | null> {
    const now = this.clock.now();
    const claims = this.tokens.verify(token, now.getTime());
    if (!claims) return null;
    const found = await this.viewerRowBy(claims.sub, { id: claims.sid, now }, true);
    if (!found) return null;
    return { viewer: { ...found.viewer, sessionId: claims.sid } as Viewer, ownTeacher: found.ownTeacher };
  }

  /** Ends this token's session. */
  async logout(v: Viewer): Promise<void> {
    if (v.kind === 'ANONYMOUS' || v.kind === 'PARTNER') throw unauthenticated();
    if (v.sessionId) await endSessions(this.ds.manager, { sessionId: v.sessionId }, this.clock.now());
  }

  /**
   * Ends every session of the person: all logins of the same national ID (its teacher login and its
   * business accounts'), or the staff account's own login.
   */
  async logoutEverywhere(v: Viewer): Promise<number> {
    if (v.kind === 'ANONYMOUS' || v.kind === 'PARTNER') throw unauthenticated();
    const ids = new Set<number>([v.credentialId]);
    let nationalId: string | null = null;
    if (v.kind === 'TEACHER') nationalId = (await this.ds.getRepository(TeacherEntity).findOneBy({ id: v.teacherId }))?.nationalId ?? null;
    if (v.kind === 'BUSINESS')
      nationalId = (await this.ds.getRepository(BusinessAccountEntity).findOneBy({ id: v.accountId }))?.nationalId ?? null;
    if (nationalId) {
      const rows: { id: number }[] = await this.ds.query(
        `SELECT c.id FROM credential c
          WHERE c.teacher_id IN (SELECT t.id FROM teacher t WHERE t.national_id = ?)
             OR c.business_account_id IN (SELECT a.id FROM business_account a WHERE a.national_id = ?)`,
        [nationalId, nationalId],
      );
      for (const r of rows) ids.add(Number(r.id));
    }
    return endSessions(this.ds.manager, { credentialIds: [...ids] }, this.clock.now());
  }

  /**
   * The viewer of a login as it is now, without a session (for work done on its behalf later, e.g. a
   * bulk export running in the background): null when the login is gone or no longer active.
   */
  async viewerOfCredential(credentialId: number): Promise<Viewer | null> {
    return this.viewerBy(credentialId);
  }

  /**
   * A login's viewer in one statement: the credential (with `session`: only while that session is
   * live), its teacher, business account or staff account, and their unit's county. Every request
   * of a logged-in caller asks; through the entity manager this was three or four statements, each
   * built and hydrated by TypeORM (most of a small request's database time on the test suites).
   */
  private async viewerBy(credentialId: number, session?: { id: number; now: Date }): Promise<Viewer | null> {
    return (await this.viewerRowBy(credentialId, session, false))?.viewer ?? null;
  }

  /** The teacher's columns, named `tr__<column>` in the viewer's statement (asked for by sessionFromToken). */
  private teacherColumns?: string;

  private async viewerRowBy(
    credentialId: number,
    session: { id: number; now: Date } | undefined,
    withTeacher: boolean,
  ): Promise<{ viewer: Viewer; ownTeacher: TeacherEntity | null } | null> {
    this.teacherColumns ??= prefixedColumns(this.ds, TeacherEntity, 't', 'tr__');
    const rows: (ViewerRow & Record<string, unknown>)[] = await this.ds.query(
      `SELECT c.id, c.username, c.must_change_password AS must_change, c.principal_kind AS kind,
              t.id AS t_id, t.name AS t_name, t.school_id AS t_school, tu.county_id AS t_county${withTeacher ? this.teacherColumns : ''},
              a.id AS a_id, a.name AS a_name, a.status AS a_status, a.unit_id AS a_unit, a.role AS a_role, a.permissions AS a_permissions,
              au.kind AS a_unit_kind, au.county_id AS a_county,
              s.id AS s_id, s.name AS s_name, s.role AS s_role, s.unit_id AS s_unit, su.county_id AS s_county
         FROM credential c
         ${session ? 'JOIN login_session ls ON ls.credential_id = c.id AND ls.id = ? AND ls.ended_at IS NULL AND ls.expires_at > ?' : ''}
         LEFT JOIN teacher t ON c.principal_kind = 'TEACHER' AND t.id = c.teacher_id
         LEFT JOIN unit tu ON tu.id = t.school_id
         LEFT JOIN business_account a ON c.principal_kind = 'BUSINESS' AND a.id = c.business_account_id
         LEFT JOIN unit au ON au.id = a.unit_id
         LEFT JOIN staff_account s ON c.principal_kind = 'STAFF' AND s.id = c.staff_account_id
         LEFT JOIN unit su ON su.id = s.unit_id
        WHERE c.id = ?`,
      [...(session ? [session.id, dateParam(this.ds, session.now)] : []), credentialId],
    );
    const r = rows[0];
    if (!r) return null;
    const viewer = this.viewerOfRow(r);
    if (!viewer) return null;
    const ownTeacher = withTeacher && viewer.kind === 'TEACHER' ? hydrate(this.ds, TeacherEntity, [r], 'tr__')[0] : null;
    return { viewer, ownTeacher };
  }

  private viewerOfRow(r: ViewerRow): Viewer | null {
    const n = (x: number | string | null) => (x == null ? null : Number(x));
    const base = { credentialId: Number(r.id), username: r.username, mustChangePassword: !!Number(r.must_change) };
    if (r.kind === 'TEACHER' && r.t_id != null)
      return {
        kind: 'TEACHER',
        ...base,
        name: r.t_name!,
        teacherId: Number(r.t_id),
        schoolId: Number(r.t_school),
        countyId: n(r.t_county),
      };
    if (r.kind === 'BUSINESS' && r.a_id != null) {
      if (r.a_status !== 'ACTIVE' || r.a_unit_kind == null) return null;
      return {
        kind: 'BUSINESS',
        ...base,
        name: r.a_name!,
        accountId: Number(r.a_id),
        unitId: Number(r.a_unit),
        unitKind: r.a_unit_kind,
        countyId: n(r.a_county),
        role: r.a_role!,
        permissions: bitsToPermissions(Number(r.a_permissions)),
      };
    }
    if (r.kind === 'STAFF' && r.s_id != null)
      return {
        kind: 'STAFF',
        ...base,
        name: r.s_name!,
        staffId: Number(r.s_id),
        role: r.s_role!,
        unitId: n(r.s_unit),
        countyId: r.s_role === 'DISTRICT_ADMIN' ? n(r.s_county) : null,
      };
    return null;
  }

  businessAccounts(v: Viewer, f: AccountFilter, args: PageArgs): Promise<Page<BusinessAccountEntity> & { totalCount: number }> {
    if (!readsBusinessAccounts(v)) throw forbidden();
    const search = searchText('search', f.search);
    const like = search ? containsPattern(search) : null;
    return pageOf(
      this.ds,
      ACCOUNTS,
      allOf(
        accountScope(v),
        f.unitId != null && { sql: 'a.unit_id = ?', params: [f.unitId] },
        !!f.roles?.length && { sql: `a.role IN (${f.roles.map(() => '?').join(', ')})`, params: f.roles },
        !!f.statuses?.length &&
          statusFilter(f.statuses, dateParam(this.ds, new Date(this.clock.now().getTime() - PENDING_DAYS * 86_400_000))),
        !!f.unitKinds?.length && {
          sql: `a.unit_id IN (SELECT ku.id FROM unit ku WHERE ku.kind IN (${f.unitKinds.map(() => '?').join(', ')}))`,
          params: f.unitKinds,
        },
        !!like &&
          !!search &&
          (() => {
            const unit = nameOrCodeContains('su2.name', 'su2.code', search);
            return {
              sql:
                `${foldedColumn('a.name')} LIKE ? ${LIKE_ESCAPE} OR a.id IN (SELECT c.business_account_id FROM credential c WHERE c.username LIKE ? ${LIKE_ESCAPE})` +
                ` OR a.unit_id IN (SELECT su2.id FROM unit su2 WHERE ${unit.sql})`,
              params: [containsPattern(foldName(search)), like, ...unit.params],
            };
          })(),
      ),
      args,
    );
  }

  /** One business account if the viewer may see it (its holder always may). */
  businessAccountFor(v: Viewer, id: number): Promise<BusinessAccountEntity | null> {
    if (v.kind === 'BUSINESS' && v.accountId === id) return this.ds.getRepository(BusinessAccountEntity).findOneBy({ id });
    return readsBusinessAccounts(v) ? oneOf(this.ds, ACCOUNTS, accountScope(v), id) : Promise.resolve(null);
  }
}

/**
 * Ends sessions (their tokens stop at the next request): one, all of some credentials, or all of
 * some credentials but one (a password change keeps the session that changed it).
 */
export async function endSessions(
  em: EntityManager,
  which: { sessionId?: number; credentialIds?: number[]; except?: number | null },
  now: Date,
): Promise<number> {
  const qb = em.createQueryBuilder().update(LoginSessionEntity).set({ endedAt: now }).where('ended_at IS NULL');
  if (which.sessionId != null) qb.andWhere('id = :sid', { sid: which.sessionId });
  else if (which.credentialIds?.length) qb.andWhere('credential_id IN (:...cids)', { cids: which.credentialIds });
  else return 0;
  if (which.except != null) qb.andWhere('id <> :except', { except: which.except });
  const r = await qb.execute();
  return r.affected ?? 0;
}
