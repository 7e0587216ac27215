import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { managesAccountsOf, managesTeachersOf } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import { hashPassword, verifyPassword } from '../../auth/password';
import { badInput, forbidden, notFound, unauthenticated } from '../../shared/errors';
import { check } from '../../shared/validate';
import { inTransaction } from '../../shared/tx';
import type { NodeType } from '../../shared/global-id';
import { UnitEntity } from '../directory/unit.entity';
import { TeacherEntity } from '../directory/teacher.entity';
import type { AuditService } from '../audit/audit.service';
import { BusinessAccountEntity } from './business-account.entity';
import { CredentialEntity } from './credential.entity';

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
  constructor(private readonly ds: DataSource, private readonly audit: AuditService) {}

  /** Changes the viewer's own password (and ends a forced change after a reset). */
  async changeOwn(v: Viewer, current: string, next: string): Promise<void> {
    if (v.kind === 'ANONYMOUS') throw unauthenticated();
    check.password('newPassword', next);
    if (current === next) throw badInput('newPassword', 'The new password must differ from the current one');
    const cred = await this.ds.getRepository(CredentialEntity).findOneBy({ id: v.credentialId });
    if (!cred || !(await verifyPassword(current, cred.passwordHash))) throw badInput('currentPassword', 'The current password is wrong (目前密碼錯誤)');
    const passwordHash = await hashPassword(next);
    await inTransaction(this.ds, async (em) => {
      await em.getRepository(CredentialEntity).update(cred.id, { passwordHash, mustChangePassword: false, failedLogins: 0, lockedUntil: null });
      await this.audit.record(em, v, {
        operation: 'changeMyPassword', targetType: 'Credential', targetId: cred.id,
        targetUnitId: v.kind === 'TEACHER' ? v.schoolId : v.unitId, countyId: v.countyId, after: { password: 'x' },
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
      let cred: CredentialEntity | null;
      let unit: UnitEntity | null;
      if (target.type === 'BusinessAccount') {
        const a = await em.getRepository(BusinessAccountEntity).findOneBy({ id: target.id });
        if (!a || a.status === 'DELETED') throw notFound('No such business account');
        unit = await em.getRepository(UnitEntity).findOneBy({ id: a.unitId });
        if (!unit || !managesAccountsOf(v, unit, a.role) || (v.kind === 'BUSINESS' && v.accountId === a.id)) {
          throw forbidden('You do not manage this account');
        }
        cred = await creds.findOneBy({ businessAccountId: a.id });
        if (!cred) throw notFound('This account has no login');
      } else if (target.type === 'Teacher') {
        const t = await em.getRepository(TeacherEntity).findOneBy({ id: target.id });
        if (!t) throw notFound('No such teacher');
        unit = await em.getRepository(UnitEntity).findOneBy({ id: t.schoolId });
        if (!unit || !managesTeachersOf(v, unit)) throw forbidden('You do not keep this teacher\'s records');
        cred = await creds.findOneBy({ teacherId: t.id });
        if (!cred) {
          await creds.insert({ username: `teacher.${t.id}`, passwordHash, principalKind: 'TEACHER', teacherId: t.id, failedLogins: 0, mustChangePassword: true });
          cred = await creds.findOneByOrFail({ teacherId: t.id });
        }
      } else {
        throw badInput('accountId', 'Expected the ID of a BusinessAccount or a Teacher');
      }
      await creds.update(cred.id, { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null });
      await this.audit.record(em, v, {
        operation: 'resetPassword', targetType: target.type, targetId: target.id, targetUnitId: unit.id, countyId: unit.countyId,
        after: { password: 'x', mustChangePassword: true },
      });
      return { username: cred.username, temporaryPassword: password };
    });
  }
}

