import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { hashPassword } from '../../auth/password';
import { badInput, conflict, forbidden, notFound } from '../../shared/errors';
import { AuditOperation, BusinessRole, bitsToPermissions, Permission, permissionsToBits, ROLE_PERMISSIONS } from '../../shared/enums';
import { check } from '../../shared/validate';
import { inTransaction, lockForUpdate, uniqueViolation } from '../../shared/tx';
import type { Page, PageArgs } from '../../shared/pagination';
import { allOf, pageOf } from '../../shared/scoped-query';
import { UnitEntity } from '../directory';
import type { AuditService } from '../audit';
import { BusinessAccountEntity } from './business-account.entity';
import { managesAccountsOf, rolesFor } from './business-account.policy';
import { CredentialEntity } from './credential.entity';
import { nameOrCodeContains, searchText } from '../../shared/like';
import { endSessions } from './accounts.service';
import { Clock, systemClock } from '../../shared/clock';
import { enqueue } from '../../shared/outbox';

export interface ApplyInput {
  unitId: number;
  role: BusinessRole;
  name: string;
  nationalId: string;
  username: string;
  password: string;
  phone: string;
  email: string;
}

/** A PENDING application not activated within this many days expires: not activatable, no longer shown as pending. */
export const PENDING_DAYS = 30;

export function pendingExpired(a: { status: string; appliedAt: Date | null }, now: Date): boolean {
  return a.status === 'PENDING' && !!a.appliedAt && a.appliedAt.getTime() + PENDING_DAYS * 86_400_000 <= now.getTime();
}

export const NATIONAL_ID_TAKEN =
  'This national ID already holds a live business account; each person may hold one (每一身分證字號僅能申請一組業務帳號)';
export const USERNAME_TAKEN = 'This username is taken (帳號名稱已被使用)';
export const LAST_CHIEF =
  'A school must keep at least one active CHIEF: name a replacement to activate in the same operation (學校至少須有一位啟用中的總負責人)';

const nationalIdTaken = () => conflict('NATIONAL_ID_TAKEN', NATIONAL_ID_TAKEN, { fields: ['nationalId'] });
const usernameTaken = () => conflict('USERNAME_TAKEN', USERNAME_TAKEN, { fields: ['username'] });

/** The fields of an account the audit trail shows before -> after. */
const snapshot = (a: BusinessAccountEntity) => ({
  role: a.role,
  status: a.status,
  permissions: bitsToPermissions(a.permissions),
});

/**
 * The business-account lifecycle of 附件二, every rule enforced here (the API and the UI only ask):
 * apply -> PENDING; the right manager activates, suspends, narrows or restores permissions,
 * changes the role or deletes; one live account per national ID; a school never loses its last
 * active CHIEF; accounts are personal (holder, national ID and unit never change).
 */
export class BusinessAccountService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Whether a PENDING application has expired (PENDING_DAYS after it was filed, by the Clock). */
  isExpired(a: BusinessAccountEntity): boolean {
    return pendingExpired(a, this.clock.now());
  }

  async apply(v: Viewer, input: ApplyInput): Promise<BusinessAccountEntity> {
    const nationalId = check.nationalId('nationalId', input.nationalId);
    const name = check.name('name', input.name);
    const username = check.username('username', input.username);
    const password = check.password('password', input.password);
    const phone = check.phone('phone', input.phone);
    const email = check.email('email', input.email);
    const unit = await this.ds.getRepository(UnitEntity).findOneBy({ id: input.unitId });
    if (!unit) throw badInput('unitId', 'NO_SUCH_UNIT', 'No such unit (查無此單位)');
    this.checkRoleForUnit(unit, input.role, 'role');
    const passwordHash = await hashPassword(password);
    try {
      return await inTransaction(this.ds, async (em) => {
        // no question about the national ID: the answer is the same whether or not it holds an
        // account, and pending applications of one ID do not block each other (the manager decides)
        if (await em.getRepository(CredentialEntity).exists({ where: { username } })) throw usernameTaken();
        const a = em.getRepository(BusinessAccountEntity).create({
          nationalId,
          liveNationalId: null,
          name,
          unitId: unit.id,
          role: input.role,
          permissions: permissionsToBits(ROLE_PERMISSIONS[input.role]),
          status: 'PENDING',
          email,
          phone,
          appliedAt: this.clock.now(),
        });
        await em.save(a);
        await em.getRepository(CredentialEntity).insert({
          username,
          passwordHash,
          principalKind: 'BUSINESS',
          businessAccountId: a.id,
          failedLogins: 0,
          mustChangePassword: false,
        });
        await this.audit.record(em, v, {
          operation: 'applyForBusinessAccount',
          targetType: 'BusinessAccount',
          targetId: a.id,
          targetUnitId: unit.id,
          countyId: unit.countyId,
          after: { ...snapshot(a), name, nationalId, email, phone, username },
        });
        return a;
      });
    } catch (e) {
      throw this.asConflict(e);
    }
  }

  activate(v: Viewer, id: number, version?: number | null) {
    return this.change(v, id, version, 'activateBusinessAccount', async (a, em, unit) => {
      if (a.status === 'ACTIVE') return;
      if (a.status !== 'PENDING' && a.status !== 'SUSPENDED')
        throw conflict('CANNOT_ACTIVATE', `A ${a.status} account cannot be activated (此帳號狀態無法啟用)`, { status: a.status });
      if (a.status === 'PENDING') {
        if (this.isExpired(a)) {
          throw conflict('EXPIRED', `This application expired after ${PENDING_DAYS} days: apply again (申請已逾期，請重新申請)`, {
            days: PENDING_DAYS,
          });
        }
        // the manager sees the pending applications of an ID and activates one; never beside a live account
        const live = await em.getRepository(BusinessAccountEntity).findOneBy({ liveNationalId: a.nationalId });
        if (live && live.id !== a.id) throw nationalIdTaken();
        a.liveNationalId = a.nationalId; // the unique index decides a race
      }
      a.status = 'ACTIVE';
      await enqueue(em, {
        type: 'ACCOUNT_ACTIVATED',
        subjectType: 'BusinessAccount',
        subjectId: a.id,
        at: this.clock.now(),
        unitId: unit.id,
        countyId: unit.countyId,
        recipients: [{ kind: 'BUSINESS', id: a.id }],
        data: { unitName: unit.name },
      });
    });
  }

  suspend(v: Viewer, id: number, version?: number | null, replacementId?: number | null) {
    return this.change(
      v,
      id,
      version,
      'suspendBusinessAccount',
      async (a, em, unit) => {
        if (a.status === 'SUSPENDED') return;
        if (a.status !== 'ACTIVE')
          throw conflict('CANNOT_SUSPEND', `A ${a.status} account cannot be suspended (此帳號狀態無法停用)`, { status: a.status });
        a.status = 'SUSPENDED';
        // its tokens end now: a later re-activation does not revive them
        const cred = await em.getRepository(CredentialEntity).findOneBy({ businessAccountId: a.id });
        if (cred) await endSessions(em, { credentialIds: [cred.id] }, this.clock.now());
        await enqueue(em, {
          type: 'ACCOUNT_SUSPENDED',
          subjectType: 'BusinessAccount',
          subjectId: a.id,
          at: this.clock.now(),
          unitId: unit.id,
          countyId: unit.countyId,
          recipients: [{ kind: 'BUSINESS', id: a.id }],
          data: { unitName: unit.name },
        });
      },
      replacementId,
    );
  }

  delete(v: Viewer, id: number, version?: number | null, replacementId?: number | null) {
    return this.change(
      v,
      id,
      version,
      'deleteBusinessAccount',
      async (a, em) => {
        a.status = 'DELETED';
        a.liveNationalId = null; // the national ID may apply again
        await em.getRepository(CredentialEntity).delete({ businessAccountId: a.id }); // the username is free again
      },
      replacementId,
    );
  }

  setPermissions(v: Viewer, id: number, permissions: Permission[], version?: number | null) {
    return this.change(v, id, version, 'setBusinessAccountPermissions', async (a) => {
      const allowed = new Set(ROLE_PERMISSIONS[a.role]);
      const beyond = permissions.filter((p) => !allowed.has(p));
      if (beyond.length)
        throw badInput(
          'permissions',
          'BEYOND_ROLE_PERMISSIONS',
          `Beyond the ${a.role} role's defaults: ${beyond.join(', ')} (不得超出身分預設權限)`,
        );
      a.permissions = permissionsToBits(permissions);
    });
  }

  changeRole(v: Viewer, id: number, role: BusinessRole, version?: number | null, replacementId?: number | null) {
    return this.change(
      v,
      id,
      version,
      'changeBusinessAccountRole',
      async (a, _em, unit) => {
        if (a.role === role) return;
        this.checkRoleForUnit(unit, role, 'role');
        // the manager of the current role changes it; only a manager of CHIEFs makes a CHIEF
        if (role === 'CHIEF' && !managesAccountsOf(v, unit, 'CHIEF')) {
          throw forbidden('CHIEF_BY_DISTRICT_ONLY', 'Only the district centre (or the platform) appoints a CHIEF (總負責人由區管中心管理)');
        }
        a.role = role;
        a.permissions = permissionsToBits(ROLE_PERMISSIONS[role]); // a new role starts from its defaults
      },
      replacementId,
    );
  }

  /** The public lookup: active CHIEFs and CONTACTs with unit, name, phone and e-mail. */
  directory(
    filter: { countyId?: number | null; search?: string | null },
    args: PageArgs,
  ): Promise<Page<BusinessAccountEntity> & { totalCount: number }> {
    const search = searchText('search', filter.search);
    return pageOf(
      this.ds,
      { target: BusinessAccountEntity, from: 'business_account a JOIN unit du ON du.id = a.unit_id', alias: 'a' },
      allOf(
        { sql: "a.status = 'ACTIVE' AND a.role IN ('CHIEF', 'CONTACT')", params: [] },
        filter.countyId != null && { sql: 'du.county_id = ?', params: [filter.countyId] },
        !!search && nameOrCodeContains('du.name', 'du.code', search),
      ),
      args,
    );
  }

  private checkRoleForUnit(unit: UnitEntity, role: BusinessRole, field: string) {
    const accepted = rolesFor(unit.kind);
    if (!accepted.length)
      throw badInput(
        'unitId',
        'UNIT_TAKES_NO_ACCOUNTS',
        'Business accounts are for schools and course organisers (此單位不受理業務帳號申請)',
      );
    if (!accepted.includes(role))
      throw badInput(
        field,
        'OPERATOR_ONLY_UNIT',
        'Universities, legal entities and social-education institutions get OPERATOR accounts only (僅提供作業人員)',
      );
  }

  /**
   * One account change in a transaction: lock the unit, check the manager and the version, apply,
   * activate a replacement CHIEF if one is named, then check that the school still has an active
   * CHIEF (if it had one), record the audit event.
   */
  private async change(
    v: Viewer,
    id: number,
    version: number | null | undefined,
    operation: AuditOperation,
    apply: (a: BusinessAccountEntity, em: EntityManager, unit: UnitEntity) => Promise<void>,
    replacementId?: number | null,
  ): Promise<BusinessAccountEntity> {
    try {
      return await inTransaction(this.ds, async (em) => {
        const accounts = em.getRepository(BusinessAccountEntity);
        const found = await accounts.findOneBy({ id });
        if (!found) throw notFound('NO_SUCH_BUSINESS_ACCOUNT', 'No such business account (查無此業務帳號)');
        await lockForUpdate(em, 'unit', [found.unitId]);
        const a = (await accounts.findOneBy({ id }))!;
        const unit = (await em.getRepository(UnitEntity).findOneBy({ id: a.unitId }))!;
        if (!managesAccountsOf(v, unit, a.role))
          throw forbidden('NOT_YOUR_ACCOUNT', 'You do not manage this account (您不是此帳號的管理者)');
        if (a.status === 'DELETED') throw notFound('ACCOUNT_DELETED', 'This account was deleted (此帳號已刪除)');
        if (version != null && version !== a.version)
          throw conflict('STALE_VERSION', 'The account changed since you read it: reload and try again (資料已被更新)');
        const activeChiefsBefore = await this.activeChiefs(em, unit.id);
        const before = snapshot(a);
        await apply(a, em, unit);
        await em.save(a);
        await this.audit.record(em, v, {
          operation,
          targetType: 'BusinessAccount',
          targetId: a.id,
          targetUnitId: unit.id,
          countyId: unit.countyId,
          before,
          after: snapshot(a),
        });
        if (replacementId != null) await this.activateReplacement(em, v, unit, replacementId, a.id);
        if (unit.kind === 'SCHOOL' && activeChiefsBefore > 0 && (await this.activeChiefs(em, unit.id)) === 0) {
          throw conflict('LAST_CHIEF', LAST_CHIEF);
        }
        return a;
      });
    } catch (e) {
      throw this.asConflict(e);
    }
  }

  /** Makes another account of the same school an active CHIEF (only a manager of CHIEFs may). */
  private async activateReplacement(em: EntityManager, v: Viewer, unit: UnitEntity, replacementId: number, changedId: number) {
    if (replacementId === changedId)
      throw badInput('replacementId', 'REPLACEMENT_SAME_ACCOUNT', 'The replacement must be another account (接任者須為另一個帳號)');
    const r = await em.getRepository(BusinessAccountEntity).findOneBy({ id: replacementId });
    if (!r || r.unitId !== unit.id || r.status === 'DELETED')
      throw badInput(
        'replacementId',
        'REPLACEMENT_NOT_IN_SCHOOL',
        'The replacement must be a live account of the same school (接任者須為同校帳號)',
      );
    if (!managesAccountsOf(v, unit, 'CHIEF'))
      throw forbidden('CHIEF_BY_DISTRICT_ONLY', 'Only the district centre (or the platform) appoints a CHIEF (總負責人由區管中心管理)');
    const before = snapshot(r);
    r.role = 'CHIEF';
    r.permissions = permissionsToBits(ROLE_PERMISSIONS.CHIEF);
    r.status = 'ACTIVE';
    await em.save(r);
    await this.audit.record(em, v, {
      operation: 'appointReplacementChief',
      targetType: 'BusinessAccount',
      targetId: r.id,
      targetUnitId: unit.id,
      countyId: unit.countyId,
      before,
      after: snapshot(r),
    });
  }

  private async activeChiefs(em: EntityManager, unitId: number): Promise<number> {
    return em.getRepository(BusinessAccountEntity).countBy({ unitId, role: 'CHIEF', status: 'ACTIVE' });
  }

  /** A unique index that refused a racing write: the same CONFLICT the checks give. */
  private asConflict(e: unknown): unknown {
    const which = uniqueViolation(e);
    if (!which) return e;
    if (/live_national_id/.test(which)) return nationalIdTaken();
    if (/username/.test(which)) return usernameTaken();
    return conflict('DUPLICATE_REFUSED', 'A duplicate was refused');
  }
}
