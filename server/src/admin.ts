import type { DataSource } from 'typeorm';
import { hashPassword } from './auth/password';
import { check } from './shared/validate';
import { conflict } from './shared/errors';
import { inTransaction } from './shared/tx';
import { AuditService } from './modules/audit';
import { UnitEntity } from './modules/directory';
import { StaffAccountEntity } from './modules/accounts';
import { CredentialEntity } from './modules/accounts';
import type { Viewer } from './auth/viewer';

/** The platform's own unit (the demo seed uses the same code and name). */
export const PLATFORM_UNIT = { kind: 'PLATFORM', code: 'INSERVICE', name: '全國教師在職進修資訊網' } as const;

export interface NewAdministrator {
  username: string;
  name: string;
  password: string;
}

/**
 * A platform administrator (staff account PLATFORM_ADMIN of the platform unit, with a login), the way
 * the demo seed makes `admin`: what `npm run admin:create` calls on a production database, where
 * nothing is seeded. Creates the platform unit if the database has none. Audited as the new account's own act.
 */
export async function createPlatformAdministrator(ds: DataSource, input: NewAdministrator): Promise<{ staffId: number; username: string }> {
  const username = check.username('username', input.username);
  const name = check.name('name', input.name);
  const password = check.password('password', input.password);
  const passwordHash = await hashPassword(password);
  return inTransaction(ds, async (em) => {
    if (await em.getRepository(CredentialEntity).findOneBy({ username }))
      throw conflict('USERNAME_TAKEN', 'This username is taken (帳號已被使用)');
    const units = em.getRepository(UnitEntity);
    let unit = await units.findOneBy({ kind: PLATFORM_UNIT.kind });
    if (!unit) {
      await units.insert({ kind: PLATFORM_UNIT.kind, code: PLATFORM_UNIT.code, name: PLATFORM_UNIT.name } as Partial<UnitEntity>);
      unit = await units.findOneByOrFail({ kind: PLATFORM_UNIT.kind });
    }
    const staff = await em
      .getRepository(StaffAccountEntity)
      .save(Object.assign(new StaffAccountEntity(), { role: 'PLATFORM_ADMIN', name, unitId: unit.id }));
    await em.getRepository(CredentialEntity).insert({
      username,
      passwordHash,
      principalKind: 'STAFF',
      staffAccountId: staff.id,
      failedLogins: 0,
      mustChangePassword: false,
    });
    const cred = await em.getRepository(CredentialEntity).findOneByOrFail({ username });
    const actor: Viewer = {
      kind: 'STAFF',
      credentialId: cred.id,
      username,
      mustChangePassword: false,
      name,
      staffId: staff.id,
      role: 'PLATFORM_ADMIN',
      unitId: unit.id,
      countyId: null,
    } as Viewer;
    await new AuditService(ds).record(em, actor, {
      operation: 'createPlatformAdministrator',
      targetType: 'StaffAccount',
      targetId: staff.id,
      targetUnitId: unit.id,
      countyId: null,
      after: { role: 'PLATFORM_ADMIN', name, username },
    });
    return { staffId: staff.id, username };
  });
}
