import { randomInt } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { hashPassword, verifyPassword } from '../../auth/password';
import { badInput, forbidden, notFound, unauthenticated } from '../../shared/errors';
import { check } from '../../shared/validate';
import { inTransaction } from '../../shared/tx';
import type { NodeType } from '../../shared/global-id';
import { UnitEntity } from '../directory';
import { resetsLoginOf } from './business-account.policy';
import { resetsTeacherLoginAt } from './login.policy';
import { TeacherEntity } from '../directory';
import type { AuditService } from '../audit';
import { BusinessAccountEntity } from './business-account.entity';
import { CredentialEntity } from './credential.entity';
import { endSessions } from './accounts.service';
import { Clock, systemClock } from '../../shared/clock';

/** 12 characters from an alphabet without look-alikes, with letters and digits. */
function temporaryPassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz';
  const digits = '23456789';
  const all = letters + digits;
  const chars = [letters[randomInt(letters.length)], digits[randomInt(digits.length)]];
  while (chars.length < 12) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

export class PasswordService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Changes the viewer's own password (and ends a forced change after a reset). */
  async changeOwn(v: Viewer, current: string, next: string): Promise<void> {
    if (v.kind === 'ANONYMOUS') throw unauthenticated();
    check.password('newPassword', next);
    if (current === next) throw badInput('newPassword', 'PASSWORD_UNCHANGED', 'The new password must differ from the current one');
    const cred = await this.ds.getRepository(CredentialEntity).findOneBy({ id: v.credentialId });
    if (!cred || !(await verifyPassword(current, cred.passwordHash)))
      throw badInput('currentPassword', 'WRONG_CURRENT_PASSWORD', 'The current password is wrong (目前密碼錯誤)');
    const passwordHash = await hashPassword(next);
    await inTransaction(this.ds, async (em) => {
      await em
        .getRepository(CredentialEntity)
        .update(cred.id, { passwordHash, mustChangePassword: false, failedLogins: 0, lockedUntil: null });
      // every other token of this login ends; the one that changed the password goes on
      await endSessions(em, { credentialIds: [cred.id], except: (v as { sessionId?: number }).sessionId ?? null }, this.clock.now());
      await this.audit.record(em, v, {
        operation: 'changeMyPassword',
        targetType: 'Credential',
        targetId: cred.id,
        targetUnitId: v.kind === 'TEACHER' ? v.schoolId : v.unitId,
        countyId: v.countyId,
        after: { password: 'x' },
      });
    });
  }

  /**
   * A manager resets a subordinate's password: a one-time password, shown once, that must be
   * changed at the next login. A teacher without a login yet gets one (username teacher.<id>).
   */
  async reset(v: Viewer, target: { type: NodeType; id: number }): Promise<{ username: string; temporaryPassword: string }> {
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    return inTransaction(this.ds, async (em) => {
      const creds = em.getRepository(CredentialEntity);
      const { cred: found, unit, teacherId, targetType } = await this.managedCredential(em, v, target);
      let cred = found;
      if (!cred) {
        if (teacherId == null) throw notFound('NO_LOGIN', 'This account has no login');
        await creds.insert({
          username: `teacher.${teacherId}`,
          passwordHash,
          principalKind: 'TEACHER',
          teacherId,
          failedLogins: 0,
          mustChangePassword: true,
        });
        cred = await creds.findOneByOrFail({ teacherId });
      }
      await creds.update(cred.id, { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null });
      await endSessions(em, { credentialIds: [cred.id] }, this.clock.now()); // whoever held the old password is out
      await this.audit.record(em, v, {
        operation: 'resetPassword',
        targetType,
        targetId: target.id,
        targetUnitId: unit.id,
        countyId: unit.countyId,
        after: { password: 'x', mustChangePassword: true },
      });
      return { username: cred.username, temporaryPassword: password };
    });
  }

  /** A manager clears a login's failed-login count and delay (the same managers as for a reset). */
  async unlock(v: Viewer, target: { type: NodeType; id: number }): Promise<void> {
    await inTransaction(this.ds, async (em) => {
      const { cred, unit, targetType } = await this.managedCredential(em, v, target);
      if (!cred) throw notFound('NO_LOGIN', 'This account has no login');
      await em.getRepository(CredentialEntity).update(cred.id, { failedLogins: 0, lockedUntil: null });
      await this.audit.record(em, v, {
        operation: 'unlockLogin',
        targetType,
        targetId: target.id,
        targetUnitId: unit.id,
        countyId: unit.countyId,
        before: { failedLogins: cred.failedLogins, delayed: !!cred.lockedUntil },
        after: { failedLogins: 0, delayed: false },
      });
    });
  }

  /** The login of a business account or teacher the viewer manages (FORBIDDEN otherwise); null if it has none yet. */
  private async managedCredential(
    em: EntityManager,
    v: Viewer,
    target: { type: NodeType; id: number },
  ): Promise<{ cred: CredentialEntity | null; unit: UnitEntity; teacherId: number | null; targetType: 'BusinessAccount' | 'Teacher' }> {
    const creds = em.getRepository(CredentialEntity);
    if (target.type === 'BusinessAccount') {
      const a = await em.getRepository(BusinessAccountEntity).findOneBy({ id: target.id });
      if (!a || a.status === 'DELETED') throw notFound('NO_SUCH_BUSINESS_ACCOUNT', 'No such business account');
      const unit = await em.getRepository(UnitEntity).findOneBy({ id: a.unitId });
      if (!unit || !resetsLoginOf(v, unit, a)) {
        throw forbidden('NOT_YOUR_ACCOUNT', 'You do not manage this account');
      }
      return { cred: await creds.findOneBy({ businessAccountId: a.id }), unit, teacherId: null, targetType: 'BusinessAccount' };
    }
    if (target.type === 'Teacher') {
      const t = await em.getRepository(TeacherEntity).findOneBy({ id: target.id });
      if (!t) throw notFound('NO_SUCH_TEACHER', 'No such teacher');
      const unit = await em.getRepository(UnitEntity).findOneBy({ id: t.schoolId });
      if (!unit || !resetsTeacherLoginAt(v, unit)) throw forbidden('NOT_YOUR_TEACHERS', "You do not keep this teacher's records");
      return { cred: await creds.findOneBy({ teacherId: t.id }), unit, teacherId: t.id, targetType: 'Teacher' };
    }
    throw badInput('accountId', 'WRONG_ID_TYPE', 'Expected the ID of a BusinessAccount or a Teacher', {
      expected: ['BusinessAccount', 'Teacher'],
    });
  }
}
