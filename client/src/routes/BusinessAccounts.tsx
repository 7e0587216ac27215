import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { forbiddenFields, hasErrorAt } from '../apollo/errors';
import { useAuth, type Me } from '../auth/AuthProvider';
import { DataList, Filters, useUrlFilters } from '../components/DataList';
import { useCursorPager } from '../components/Pager';
import { Value } from '../components/Value';
import { ROLES } from '../domain/accounts';
import type { AccountStatus, BusinessRole, UnitKind } from '../gql/graphql';
import { useI18n } from '../i18n';
import { DeleteDialog, ManageDialog, ReplacementDialog, ResetDialog, TemporaryPasswordDialog } from './business-accounts/dialogs';
import { BUSINESS_ACCOUNTS_QUERY } from './business-accounts/queries';
import { useAccountActions } from './business-accounts/useAccountActions';

const PAGE_SIZE = 50;
/** How long typing rests before the search is asked (ms). */
const DEBOUNCE_MS = 350;
const ORGANISER_KINDS: UnitKind[] = ['UNIVERSITY', 'LEGAL_ENTITY', 'SOCIAL_EDUCATION'];

type UnitScope = 'ALL' | 'SCHOOLS' | 'ORGANISERS';
const STATUSES: AccountStatus[] = ['PENDING', 'ACTIVE', 'SUSPENDED', 'DELETED'];

function defaultRole(me: Me): BusinessRole | '' {
  return me.role === 'DISTRICT_ADMIN' ? 'CHIEF' : '';
}

export function BusinessAccountsPage() {
  const { t, label, pick } = useI18n();
  const { me } = useAuth();
  const filters = useUrlFilters();
  const { params } = filters;
  const unitId = filters.get('unit');
  const roleParam = params.get('role');
  const role: BusinessRole | '' = roleParam === 'ANY' ? '' : (ROLES.find((r) => r === roleParam) ?? (me ? defaultRole(me) : ''));
  const status = STATUSES.find((s) => s === params.get('status')) ?? '';
  const scopeParam = params.get('units');
  const unitScope: UnitScope = scopeParam === 'SCHOOLS' || scopeParam === 'ORGANISERS' ? scopeParam : 'ALL';

  const search = filters.get('q');
  // Every filter and the search are asked of the server (roles, statuses, unitKinds, search): the count and the pages are of what matches.
  const variables = {
    unitId,
    search,
    roles: role ? [role] : null,
    statuses: status ? [status] : null,
    unitKinds: unitScope === 'ALL' ? null : unitScope === 'SCHOOLS' ? (['SCHOOL'] as UnitKind[]) : ORGANISER_KINDS,
  };
  const pageSize = PAGE_SIZE;
  const pager = useCursorPager(JSON.stringify(variables));
  const { data, previousData, loading, error, refetch } = useQuery(BUSINESS_ACCOUNTS_QUERY, {
    variables: { first: pageSize, after: pager.after, ...variables },
    fetchPolicy: 'network-only',
  });
  const [text, setText] = useState(search ?? '');
  const [typedFor, setTypedFor] = useState(search ?? '');
  // The address changed (back button, another filter link): the box follows it.
  if (typedFor !== (search ?? '')) {
    setTypedFor(search ?? '');
    setText(search ?? '');
  }
  const { params: urlParams, setParams } = filters;
  useEffect(() => {
    const q = text.trim();
    if (q === (search ?? '')) return;
    const timer = setTimeout(() => {
      const next = new URLSearchParams(urlParams);
      if (q) next.set('q', q);
      else next.delete('q');
      setTypedFor(q);
      setParams(next, { replace: true });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, search, urlParams, setParams]);
  const conn = (data ?? previousData)?.businessAccounts;
  const withheld = forbiddenFields(error, ['businessAccounts', 'edges']);
  const no = (f: string) => withheld.has(f);

  const { dialog, setDialog, notice, busy, doActivate, doChief, doPermissions, doReset } = useAccountActions(refetch);

  if (!me) return null;
  const all = conn?.edges.map((e) => e.node) ?? [];
  const unitName = unitId ? all.find((a) => a.unit.id === unitId)?.unit.name : null;

  return (
    <>
      <h1>{t('accounts.title')}</h1>
      <p className="muted">
        {t(
          me.role === 'PLATFORM_ADMIN'
            ? 'accounts.intro.platform'
            : me.role === 'DISTRICT_ADMIN'
              ? 'accounts.intro.district'
              : 'accounts.intro.school',
        )}
      </p>
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
            <div className="field field-grow">
              <label htmlFor="f-search">{t('accounts.search')}</label>
              <input
                id="f-search"
                type="search"
                value={text}
                maxLength={50}
                onChange={(e) => setText(e.target.value)}
                placeholder={t('accounts.searchHint')}
                data-testid="accounts-search"
              />
            </div>
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
                <select
                  id="f-units"
                  value={unitScope}
                  onChange={(e) => filters.set('units', e.target.value === 'ALL' ? null : e.target.value)}
                >
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
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => filters.set('unit', null)}
                    aria-label={t('accounts.allUnits')}
                  >
                    ×
                  </button>
                </span>
              </div>
            )}
          </Filters>
        }
        notes={
          notice && (
            <p
              className={notice.kind === 'ok' ? 'notice notice-ok' : 'notice notice-error'}
              role={notice.kind === 'ok' ? 'status' : 'alert'}
              data-testid={notice.kind === 'ok' ? 'action-ok' : 'action-error'}
            >
              {notice.text}
            </p>
          )
        }
        emptyText={search || role || status || unitScope !== 'ALL' ? t('accounts.noneMatch') : undefined}
        table={{
          testId: 'accounts-table',
          // the name stays at the left and the actions at the right while the other columns scroll (table.sticky-ends)
          className: 'sticky-ends',
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
              <th scope="col" className="actions">
                {t('accounts.actions')}
              </th>
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
                    <Link
                      to={`?${new URLSearchParams({ ...Object.fromEntries(params), unit: a.unit.id })}`}
                      title={t('accounts.onlyUnit', { unit: a.unit.name })}
                    >
                      {a.unit.name}
                    </Link>
                  )}
                  {a.unit.county && me.role === 'PLATFORM_ADMIN' && (
                    <span className="muted small"> · {pick(a.unit.county.name, a.unit.county.nameEn)}</span>
                  )}
                </td>
                <td className="nowrap" data-col="role">
                  {label('BusinessRole', a.role)}
                </td>
                <td className="nowrap">
                  <Value value={a.username} forbidden={no('username')} mono />
                </td>
                <td className="nowrap" data-col="status">
                  {a.status ? (
                    <span className={`badge badge-${a.status.toLowerCase()}`}>{label('AccountStatus', a.status)}</span>
                  ) : (
                    <Value value={null} forbidden={no('status')} />
                  )}
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
                        <button
                          type="button"
                          className="primary small-button"
                          disabled={busy}
                          onClick={() => doActivate(a)}
                          data-testid="activate"
                        >
                          {t('accounts.activate')}
                        </button>
                      )}
                      {a.status === 'ACTIVE' && (
                        <button
                          type="button"
                          className="small-button"
                          disabled={busy}
                          onClick={() => doChief(a, { op: 'suspend' })}
                          data-testid="suspend"
                        >
                          {t('accounts.suspend')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="small-button"
                        disabled={busy}
                        onClick={() => setDialog({ kind: 'manage', account: a })}
                        data-testid="manage"
                        aria-label={t('accounts.manageOf', { name: a.name })}
                      >
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
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          account={dialog.account}
          busy={busy}
          onClose={() => setDialog(null)}
          onConfirm={() => doChief(dialog.account, { op: 'delete' })}
        />
      )}
      {dialog?.kind === 'reset' && (
        <ResetDialog account={dialog.account} busy={busy} onClose={() => setDialog(null)} onConfirm={() => doReset(dialog.account)} />
      )}
      {dialog?.kind === 'password' && (
        <TemporaryPasswordDialog
          name={dialog.account.name}
          username={dialog.username}
          password={dialog.temporaryPassword}
          onClose={() => setDialog(null)}
        />
      )}
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
