import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { forbiddenFields, hasErrorAt } from '../apollo/errors';
import { useAuth, type Me } from '../auth/AuthProvider';
import { DataList, Filters, useUrlFilters } from '../components/DataList';
import { useCursorPager } from '../components/Pager';
import { Value } from '../components/Value';
import { ROLES } from '../domain/accounts';
import type { AccountStatus, BusinessRole } from '../gql/graphql';
import { useI18n } from '../i18n';
import { DeleteDialog, ManageDialog, ReplacementDialog, ResetDialog, TemporaryPasswordDialog } from './business-accounts/dialogs';
import { BUSINESS_ACCOUNTS_QUERY } from './business-accounts/queries';
import { useAccountActions } from './business-accounts/useAccountActions';

const PAGE_SIZE = 50;
/**
 * The page asks the API for one unit only; role, status and kind of unit are filtered on the loaded
 * page (the API could filter them too: `roles`, `statuses`, `unitKinds`), so a filtered page loads
 * more rows at once.
 */
const FILTERED_PAGE_SIZE = 100;

type UnitScope = 'ALL' | 'SCHOOLS' | 'ORGANISERS';
const STATUSES: AccountStatus[] = ['PENDING', 'ACTIVE', 'SUSPENDED', 'DELETED'];

function defaultRole(me: Me): BusinessRole | '' {
  return me.role === 'DISTRICT_ADMIN' ? 'CHIEF' : '';
}

export function BusinessAccountsPage() {
  const { t, label, num, pick } = useI18n();
  const { me } = useAuth();
  const filters = useUrlFilters();
  const { params } = filters;
  const unitId = filters.get('unit');
  const roleParam = params.get('role');
  const role: BusinessRole | '' = roleParam === 'ANY' ? '' : ROLES.find((r) => r === roleParam) ?? (me ? defaultRole(me) : '');
  const status = STATUSES.find((s) => s === params.get('status')) ?? '';
  const scopeParam = params.get('units');
  const unitScope: UnitScope = scopeParam === 'SCHOOLS' || scopeParam === 'ORGANISERS' ? scopeParam : 'ALL';

  const filtered = Boolean(role || status || unitScope !== 'ALL');
  const pageSize = filtered ? FILTERED_PAGE_SIZE : PAGE_SIZE;
  const pager = useCursorPager(JSON.stringify([unitId, pageSize]));
  const { data, previousData, loading, error, refetch } = useQuery(BUSINESS_ACCOUNTS_QUERY, {
    variables: { first: pageSize, after: pager.after, unitId },
    fetchPolicy: 'network-only',
  });
  const conn = (data ?? previousData)?.businessAccounts;
  const withheld = forbiddenFields(error, ['businessAccounts', 'edges']);
  const no = (f: string) => withheld.has(f);

  const { dialog, setDialog, notice, busy, doActivate, doChief, doPermissions, doReset } = useAccountActions(refetch);

  if (!me) return null;
  const all = conn?.edges.map((e) => e.node) ?? [];
  const rows = all.filter(
    (a) =>
      (!role || a.role === role) &&
      (!status || a.status === status) &&
      (unitScope === 'ALL' || (unitScope === 'SCHOOLS' ? a.unit.kind === 'SCHOOL' : a.unit.kind !== 'SCHOOL')),
  );
  const unitName = unitId ? all.find((a) => a.unit.id === unitId)?.unit.name : null;

  return (
    <>
      <h1>{t('accounts.title')}</h1>
      <p className="muted">{t(me.role === 'PLATFORM_ADMIN' ? 'accounts.intro.platform' : me.role === 'DISTRICT_ADMIN' ? 'accounts.intro.district' : 'accounts.intro.school')}</p>
      <DataList
        conn={conn}
        loading={loading}
        error={error}
        noAccess={hasErrorAt(error, 'FORBIDDEN', ['businessAccounts'])}
        withheld={withheld}
        pager={pager}
        pageSize={pageSize}
        countText={(total) => t('accounts.count', { total })}
        countTestId="accounts-count"
        filters={
          <Filters>
            <div className="field">
              <label htmlFor="f-role">{t('field.role')}</label>
              <select id="f-role" value={role} onChange={(e) => filters.set('role', e.target.value || 'ANY')}>
                <option value="">{t('common.all')}</option>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {label('BusinessRole', r)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-status">{t('field.status')}</label>
              <select id="f-status" value={status} onChange={(e) => filters.set('status', e.target.value || null)}>
                <option value="">{t('common.all')}</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {label('AccountStatus', s)}
                  </option>
                ))}
              </select>
            </div>
            {me.role === 'PLATFORM_ADMIN' && (
              <div className="field">
                <label htmlFor="f-units">{t('accounts.unitScope')}</label>
                <select id="f-units" value={unitScope} onChange={(e) => filters.set('units', e.target.value === 'ALL' ? null : e.target.value)}>
                  <option value="ALL">{t('common.all')}</option>
                  <option value="SCHOOLS">{t('accounts.unitScope.schools')}</option>
                  <option value="ORGANISERS">{t('accounts.unitScope.organisers')}</option>
                </select>
              </div>
            )}
            {unitId && (
              <div className="field field-actions">
                <span className="chip">
                  {t('accounts.onlyUnit', { unit: unitName ?? '…' })}
                  <button type="button" className="link-button" onClick={() => filters.set('unit', null)} aria-label={t('accounts.allUnits')}>
                    ×
                  </button>
                </span>
              </div>
            )}
          </Filters>
        }
        countExtra={filtered && <> · {t('accounts.filteredOnPage', { shown: num(rows.length), loaded: num(all.length) })}</>}
        notes={
          notice && (
            <p className={notice.kind === 'ok' ? 'notice notice-ok' : 'notice notice-error'} role={notice.kind === 'ok' ? 'status' : 'alert'} data-testid={notice.kind === 'ok' ? 'action-ok' : 'action-error'}>
              {notice.text}
            </p>
          )
        }
        rows={rows}
        emptyText={filtered && conn?.pageInfo.hasNextPage ? t('accounts.noneOnPage') : undefined}
        table={{
          testId: 'accounts-table',
          caption: t('accounts.caption'),
          columns: (
            <>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.unit')}</th>
              <th scope="col">{t('field.role')}</th>
              <th scope="col">{t('field.username')}</th>
              <th scope="col">{t('field.status')}</th>
              <th scope="col">{t('field.nationalIdMasked')}</th>
              <th scope="col">{t('field.email')}</th>
              <th scope="col">{t('field.phone')}</th>
              <th scope="col">{t('field.permissions')}</th>
              <th scope="col">{t('accounts.actions')}</th>
            </>
          ),
          row: (a) => {
            // A deleted account (the platform still lists it) has nothing left to manage.
            const manage = a.viewerCan.manage && a.status !== 'DELETED' && a.version !== null && a.version !== undefined;
            return (
              <tr key={a.id} data-username={a.username ?? undefined} data-testid="account-row">
                <th scope="row" className="nowrap">
                  {a.name}
                </th>
                <td className="unit-cell" title={label('UnitKind', a.unit.kind)}>
                  {unitId ? (
                    a.unit.name
                  ) : (
                    <Link to={`?${new URLSearchParams({ ...Object.fromEntries(params), unit: a.unit.id })}`} title={t('accounts.onlyUnit', { unit: a.unit.name })}>
                      {a.unit.name}
                    </Link>
                  )}
                  {a.unit.county && me.role === 'PLATFORM_ADMIN' && <span className="muted small"> · {pick(a.unit.county.name, a.unit.county.nameEn)}</span>}
                </td>
                <td className="nowrap" data-col="role">
                  {label('BusinessRole', a.role)}
                </td>
                <td className="nowrap">
                  <Value value={a.username} forbidden={no('username')} mono />
                </td>
                <td className="nowrap" data-col="status">
                  {a.status ? <span className={`badge badge-${a.status.toLowerCase()}`}>{label('AccountStatus', a.status)}</span> : <Value value={null} forbidden={no('status')} />}
                </td>
                <td data-col="nationalIdMasked" className="nowrap">
                  <Value value={a.nationalIdMasked} forbidden={no('nationalIdMasked')} mono />
                </td>
                <td data-col="email">
                  <Value value={a.email} forbidden={no('email')} />
                </td>
                <td data-col="phone" className="nowrap">
                  <Value value={a.phone} forbidden={no('phone')} mono />
                </td>
                <td className="permissions" data-col="permissions">
                  {a.permissions ? (
                    <details>
                      <summary>{t('accounts.permissionCount', { n: a.permissions.length })}</summary>
                      <ul className="tags">
                        {a.permissions.map((p) => (
                          <li key={p}>{label('Permission', p)}</li>
                        ))}
                      </ul>
                    </details>
                  ) : (
                    <Value value={null} forbidden={no('permissions')} />
                  )}
                </td>
                <td className="actions">
                  {manage ? (
                    <div className="row-actions">
                      {(a.status === 'PENDING' || a.status === 'SUSPENDED') && (
                        <button type="button" className="primary small-button" disabled={busy} onClick={() => doActivate(a)} data-testid="activate">
                          {t('accounts.activate')}
                        </button>
                      )}
                      {a.status === 'ACTIVE' && (
                        <button type="button" className="small-button" disabled={busy} onClick={() => doChief(a, { op: 'suspend' })} data-testid="suspend">
                          {t('accounts.suspend')}
                        </button>
                      )}
                      <button type="button" className="small-button" disabled={busy} onClick={() => setDialog({ kind: 'manage', account: a })} data-testid="manage" aria-label={t('accounts.manageOf', { name: a.name })}>
                        {t('accounts.manage')}
                      </button>
                    </div>
                  ) : (
                    <span className="muted small">{t('accounts.viewOnly')}</span>
                  )}
                </td>
              </tr>
            );
          },
        }}
      />

      {dialog?.kind === 'manage' && (
        <ManageDialog
          me={me}
          account={dialog.account}
          busy={busy}
          onClose={() => setDialog(null)}
          onPermissions={(p) => doPermissions(dialog.account, p)}
          onRole={(r) => doChief(dialog.account, { op: 'role', role: r })}
          onReset={() => setDialog({ kind: 'reset', account: dialog.account })}
          onDelete={() => setDialog({ kind: 'delete', account: dialog.account })}
        />
      )}
      {dialog?.kind === 'delete' && <DeleteDialog account={dialog.account} busy={busy} onClose={() => setDialog(null)} onConfirm={() => doChief(dialog.account, { op: 'delete' })} />}
      {dialog?.kind === 'reset' && <ResetDialog account={dialog.account} busy={busy} onClose={() => setDialog(null)} onConfirm={() => doReset(dialog.account)} />}
      {dialog?.kind === 'password' && <TemporaryPasswordDialog name={dialog.account.name} username={dialog.username} password={dialog.temporaryPassword} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'replacement' && (
        <ReplacementDialog
          account={dialog.account}
          message={dialog.message}
          busy={busy}
          onClose={() => setDialog(null)}
          onPick={(replacementId) => doChief(dialog.account, dialog.change, replacementId)}
        />
      )}
    </>
  );
}
