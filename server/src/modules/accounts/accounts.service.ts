import type { DataSource } from 'typeorm';
import { isDistrict, isPlatform, Viewer } from '../../auth/viewer';
import { readsBusinessAccounts } from '../../auth/rules';
import { dummyPasswordHash, verifyPassword } from '../../auth/password';
import type { TokenService } from '../../auth/token';
import { AppError, forbidden, unauthenticated } from '../../shared/errors';
import { bitsToPermissions } from '../../shared/enums';
import type { Page, PageArgs } from '../../shared/pagination';
import { containsPattern, LIKE_ESCAPE, searchText } from '../../shared/like';
import { ALL_ROWS, allOf, NO_ROWS, oneOf, pageOf, Scope } from '../../shared/scoped-query';
import { UnitEntity } from '../directory/unit.entity';
import { TeacherEntity } from '../directory/teacher.entity';
import { CredentialEntity } from './credential.entity';
import { BusinessAccountEntity } from './business-account.entity';
import { StaffAccountEntity } from './staff-account.entity';

/**
 * The person row scope of business accounts: all (platform), its county's schools' (district), its
 * unit's (CHIEF/CONTACT with account management), and always the holder's own. Every field that
 * returns a BusinessAccount reads through it (the lists, node(id:), the loaders).
 */
export function accountScope(v: Viewer, alias = 'a'): Scope {
  if (isPlatform(v)) return ALL_ROWS;
  const live = `${alias}.status <> 'DELETED'`;
  if (isDistrict(v) && v.countyId !== null) {
    return {
      sql: `${live} AND ${alias}.unit_id IN (SELECT su.id FROM unit su WHERE su.county_id = ? AND su.kind = 'SCHOOL')`,
      params: [v.countyId],
    };
  }
  if (v.kind === 'BUSINESS' && v.permissions.includes('UNIT_ACCOUNT_MANAGEMENT')) {
    return { sql: `((${live} AND ${alias}.unit_id = ?) OR ${alias}.id = ?)`, params: [v.unitId, v.accountId] };
  }
  // the holder always reads its own account
  if (v.kind === 'BUSINESS') return { sql: `${alias}.id = ?`, params: [v.accountId] };
  return NO_ROWS;
}

export interface AccountFilter {
  unitId?: number | null;
  roles?: string[] | null;
  statuses?: string[] | null;
  unitKinds?: string[] | null;
  /** Part of the holder's name, the username or the unit's name, or the unit code. */
  search?: string | null;
}

const ACCOUNTS = { target: BusinessAccountEntity, from: 'business_account a', alias: 'a' };

/** Failed logins in a row before a lock, and how long it lasts. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

const INVALID_LOGIN = 'Wrong username or password (帳號或密碼錯誤)';

export class AccountsService {
  constructor(private readonly ds: DataSource, private readonly tokens: TokenService) {}

  /**
   * Checks the password and issues a token. An unknown user and a wrong password get the same
   * error after the same work (a scrypt verification either way).
   */
  async login(username: string, password: string): Promise<{ token: string; expiresAt: Date; viewer: Viewer }> {
    const repo = this.ds.getRepository(CredentialEntity);
    const cred = await repo.findOneBy({ username: username.trim().toLowerCase() });
    const now = new Date();
    if (cred?.lockedUntil && cred.lockedUntil > now) {
      const minutes = Math.ceil((cred.lockedUntil.getTime() - now.getTime()) / 60000);
      throw new AppError('UNAUTHENTICATED', `Too many failed logins: locked for ${minutes} more minute(s) (登入失敗次數過多，請 ${minutes} 分鐘後再試)`, {
        reason: 'LOCKED',
        retryAfterSeconds: Math.ceil((cred.lockedUntil.getTime() - now.getTime()) / 1000),
      });
    }
    const ok = await verifyPassword(password, cred?.passwordHash ?? (await dummyPasswordHash()));
    if (!cred || !ok) {
      if (cred) {
        const failed = cred.failedLogins + 1;
        const lock = failed >= MAX_FAILED_LOGINS;
        await repo.update(cred.id, {
          failedLogins: lock ? 0 : failed,
          lockedUntil: lock ? new Date(now.getTime() + LOCK_MINUTES * 60000) : null,
        });
      }
      throw unauthenticated(INVALID_LOGIN);
    }
    if (cred.failedLogins || cred.lockedUntil) await repo.update(cred.id, { failedLogins: 0, lockedUntil: null });
    const viewer = await this.viewerOf(cred);
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'This account is not active (帳號未啟用或已停用)', { reason: 'INACTIVE' });
    return { ...this.tokens.issue(cred.id), viewer };
  }

  /** The viewer a token stands for, from the database as it is now (null if no longer active). */
  async viewerFromToken(token: string): Promise<Viewer | null> {
    const claims = this.tokens.verify(token);
    if (!claims) return null;
    const cred = await this.ds.getRepository(CredentialEntity).findOneBy({ id: claims.sub });
    return cred ? this.viewerOf(cred) : null;
  }

  private async viewerOf(cred: CredentialEntity): Promise<Viewer | null> {
    const base = { credentialId: cred.id, username: cred.username, mustChangePassword: cred.mustChangePassword };
    if (cred.principalKind === 'TEACHER' && cred.teacherId) {
      const t = await this.ds.getRepository(TeacherEntity).findOneBy({ id: cred.teacherId });
      if (!t) return null;
      const school = await this.ds.getRepository(UnitEntity).findOneBy({ id: t.schoolId });
      return { kind: 'TEACHER', ...base, name: t.name, teacherId: t.id, schoolId: t.schoolId, countyId: school?.countyId ?? null };
    }
    if (cred.principalKind === 'BUSINESS' && cred.businessAccountId) {
      const a = await this.ds.getRepository(BusinessAccountEntity).findOneBy({ id: cred.businessAccountId });
      if (!a || a.status !== 'ACTIVE') return null;
      const unit = await this.ds.getRepository(UnitEntity).findOneBy({ id: a.unitId });
      if (!unit) return null;
      return {
        kind: 'BUSINESS', ...base, name: a.name, accountId: a.id, unitId: a.unitId, unitKind: unit.kind,
        countyId: unit.countyId, role: a.role, permissions: bitsToPermissions(a.permissions),
      };
    }
    if (cred.principalKind === 'STAFF' && cred.staffAccountId) {
      const s = await this.ds.getRepository(StaffAccountEntity).findOneBy({ id: cred.staffAccountId });
      if (!s) return null;
      const unit = s.unitId ? await this.ds.getRepository(UnitEntity).findOneBy({ id: s.unitId }) : null;
      return {
        kind: 'STAFF', ...base, name: s.name, staffId: s.id, role: s.role, unitId: s.unitId,
        countyId: s.role === 'DISTRICT_ADMIN' ? (unit?.countyId ?? null) : null,
      };
    }
    return null;
  }

  businessAccounts(v: Viewer, f: AccountFilter, args: PageArgs): Promise<Page<BusinessAccountEntity> & { totalCount: number }> {
    if (!readsBusinessAccounts(v)) throw forbidden();
    const search = searchText('search', f.search);
    const like = search ? containsPattern(search) : null;
    return pageOf(this.ds, ACCOUNTS, allOf(
      accountScope(v),
      f.unitId != null && { sql: 'a.unit_id = ?', params: [f.unitId] },
      !!f.roles?.length && { sql: `a.role IN (${f.roles.map(() => '?').join(', ')})`, params: f.roles },
      !!f.statuses?.length && { sql: `a.status IN (${f.statuses.map(() => '?').join(', ')})`, params: f.statuses },
      !!f.unitKinds?.length && {
        sql: `a.unit_id IN (SELECT ku.id FROM unit ku WHERE ku.kind IN (${f.unitKinds.map(() => '?').join(', ')}))`, params: f.unitKinds,
      },
      !!like && {
        sql: `a.name LIKE ? ${LIKE_ESCAPE} OR a.id IN (SELECT c.business_account_id FROM credential c WHERE c.username LIKE ? ${LIKE_ESCAPE})` +
          ` OR a.unit_id IN (SELECT su2.id FROM unit su2 WHERE su2.name LIKE ? ${LIKE_ESCAPE} OR su2.code = ?)`,
        params: [like, like, like, search],
      },
    ), args);
  }

  /** One business account if the viewer may see it (its holder always may). */
  businessAccountFor(v: Viewer, id: number): Promise<BusinessAccountEntity | null> {
    if (v.kind === 'BUSINESS' && v.accountId === id) return this.ds.getRepository(BusinessAccountEntity).findOneBy({ id });
    return readsBusinessAccounts(v) ? oneOf(this.ds, ACCOUNTS, accountScope(v), id) : Promise.resolve(null);
  }
}
