import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { groupUnder, hydrate, oneUnder, placeholders } from '../../shared/loaders';
import { BusinessAccountEntity } from './business-account.entity';
import { CredentialEntity } from './credential.entity';
import { accountScope } from './business-account.policy';

export function accountsLoaders(ds: DataSource, viewer: Viewer) {
  const scope = accountScope(viewer);
  return {
    /** A business account by ID if it lies in the viewer's person scope, else null. */
    businessAccount: new DataLoader<number, BusinessAccountEntity | null>(async (ids) => {
      const raw = await ds.query(`SELECT a.* FROM business_account a WHERE a.id IN (${placeholders(ids.length)}) AND (${scope.sql})`, [
        ...ids,
        ...scope.params,
      ]);
      return oneUnder(ids, hydrate(ds, BusinessAccountEntity, raw), (a) => a.id);
    }),
    /** Each unit's business accounts in the viewer's scope. */
    businessAccountsByUnit: new DataLoader<number, BusinessAccountEntity[]>(async (unitIds) => {
      const raw = await ds.query(
        `SELECT a.* FROM business_account a WHERE a.unit_id IN (${placeholders(unitIds.length)}) AND (${scope.sql}) ORDER BY a.id`,
        [...unitIds, ...scope.params],
      );
      return groupUnder(unitIds, hydrate(ds, BusinessAccountEntity, raw), (a) => a.unitId);
    }),
    usernameByBusinessAccount: new DataLoader<number, string | null>(async (ids) => {
      const rows = await ds.getRepository(CredentialEntity).find({
        select: { businessAccountId: true, username: true },
        where: { businessAccountId: In([...ids]) },
      });
      return oneUnder(ids, rows, (c) => c.businessAccountId!).map((c) => c?.username ?? null);
    }),
  };
}
