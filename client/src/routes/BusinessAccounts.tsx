import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorCode, errorMessage, errorReason, forbiddenFields, hasErrorAt } from '../apollo/errors';
import { useAuth, type Me } from '../auth/AuthProvider';
import { Dialog } from '../components/Dialog';
import { fieldLabels } from '../components/fieldNames';
import { Pager, useCursorPager } from '../components/Pager';
import { ForbiddenFieldsNote, LoadError, Loading, NoAccess } from '../components/Status';
import { Value } from '../components/Value';
import { ALL_PERMISSIONS, assignableRoles, offersManagement, ROLE_PERMISSIONS, ROLES } from '../domain/accounts';
import { graphql } from '../gql';
import type { AccountStatus, BusinessRole, ManagedAccountFragment, Permission } from '../gql/graphql';
import { useI18n } from '../i18n';

const PAGE_SIZE = 50;
/**
 * The page asks the API for one unit only; role, status and kind of unit are filtered on the loaded
 * page (the API could filter them too: `roles`, `statuses`, `unitKinds`), so a filtered page loads
 * more rows at once.
 */
const FILTERED_PAGE_SIZE = 100;

graphql(`
  fragment ManagedAccount on BusinessAccount {
    id
    name
    role
    status
    username
    nationalIdMasked
    email
    phone
    permissions
    version
    unit {
      id
      code
      name
      kind
      county {
        id
        name
        nameEn
      }
    }
  }
`);

/** Business accounts the viewer manages: all (platform), its county's (district), its unit's (CHIEF). */
const BUSINESS_ACCOUNTS_QUERY = graphql(`
  query BusinessAccounts($first: Int!, $after: String, $unitId: ID) {
    businessAccounts(first: $first, after: $after, unitId: $unitId) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...ManagedAccount
        }
      }
    }
  }
`);

/** The other live accounts of a school, to name a replacement CHIEF. */
const UNIT_ACCOUNTS_QUERY = graphql(`
  query UnitAccounts($unitId: ID!) {
    businessAccounts(first: 100, unitId: $unitId) {
      edges {
        node {
          id
          name
          role
          status
          username
        }
      }
    }
  }
`);

const ACTIVATE = graphql(`
  mutation ActivateBusinessAccount($id: ID!, $version: Int) {
    activateBusinessAccount(id: $id, version: $version) {
      ...ManagedAccount
    }
  }
`);

const SUSPEND = graphql(`
  mutation SuspendBusinessAccount($id: ID!, $version: Int, $replacementId: ID) {
    suspendBusinessAccount(id: $id, version: $version, replacementId: $replacementId) {
      ...ManagedAccount
    }
  }
`);

const DELETE = graphql(`
  mutation DeleteBusinessAccount($id: ID!, $version: Int, $replacementId: ID) {
    deleteBusinessAccount(id: $id, version: $version, replacementId: $replacementId) {
      id
      status
    }
  }
`);

const SET_PERMISSIONS = graphql(`
  mutation SetBusinessAccountPermissions($id: ID!, $permissions: [Permission!]!, $version: Int) {
    setBusinessAccountPermissions(id: $id, permissions: $permissions, version: $version) {
      ...ManagedAccount
    }
  }
`);

const CHANGE_ROLE = graphql(`
  mutation ChangeBusinessAccountRole($id: ID!, $role: BusinessRole!, $version: Int, $replacementId: ID) {
    changeBusinessAccountRole(id: $id, role: $role, version: $version, replacementId: $replacementId) {
      ...ManagedAccount
    }
  }
`);

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($accountId: ID!) {
    resetPassword(accountId: $accountId) {
      username
      temporaryPassword
    }
  }
`);

type Account = ManagedAccountFragment;

/** A change that may leave a school without an active CHIEF, and so may need a replacement. */
type ChiefChange = { op: 'suspend' } | { op: 'delete' } | { op: 'role'; role: BusinessRole };

type DialogState =
  | { kind: 'manage'; account: Account }
  | { kind: 'delete'; account: Account }
  | { kind: 'reset'; account: Account }
  | { kind: 'replacement'; account: Account; change: ChiefChange; message: string }
  | { kind: 'password'; account: Account; username: string; temporaryPassword: string };

type UnitScope = 'ALL' | 'SCHOOLS' | 'ORGANISERS';
const STATUSES: AccountStatus[] = ['PENDING', 'ACTIVE', 'SUSPENDED', 'DELETED'];

function defaultRole(me: Me): BusinessRole | '' {
  return me.role === 'DISTRICT_ADMIN' ? 'CHIEF' : '';
}

export function BusinessAccountsPage() {
  const { t, label, num, pick, server } = useI18n();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') || null;
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

  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [activate] = useMutation(ACTIVATE);
  const [suspend] = useMutation(SUSPEND);
  const [remove] = useMutation(DELETE);
  const [setPermissions] = useMutation(SET_PERMISSIONS);
  const [changeRole] = useMutation(CHANGE_ROLE);
  const [resetPassword] = useMutation(RESET_PASSWORD);

  function update(key: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  }

  /** Runs one change; on refusal shows the server's words, on LAST_CHIEF offers a replacement. */
  async function run(account: Account, doneText: string, action: () => Promise<unknown>, chief?: ChiefChange): Promise<boolean> {
    setBusy(true);
    setNotice(null);
    try {
      await action();
      setNotice({ kind: 'ok', text: doneText });
      setDialog(null);
      await refetch();
      return true;
    } catch (err) {
      const message = server(errorMessage(err as Error) ?? '');
      if (chief && errorReason(err as Error) === 'LAST_CHIEF') {
        setDialog({ kind: 'replacement', account, change: chief, message });
      } else {
        setNotice({ kind: 'error', text: errorCode(err as Error) === 'NETWORK' ? t('common.networkError') : t('accounts.refused', { message }) });
        setDialog(null);
        if (errorCode(err as Error) === 'CONFLICT') await refetch();
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  const vars = (a: Account) => ({ id: a.id, version: a.version ?? null });
  const doActivate = (a: Account) => run(a, t('accounts.done.activated', { name: a.name }), () => activate({ variables: vars(a) }));
  const doChief = (a: Account, change: ChiefChange, replacementId: string | null = null) => {
    const v = { ...vars(a), replacementId };
    if (change.op === 'suspend') return run(a, t('accounts.done.suspended', { name: a.name }), () => suspend({ variables: v }), change);
    if (change.op === 'delete') return run(a, t('accounts.done.deleted', { name: a.name }), () => remove({ variables: v }), change);
    return run(
      a,
      t('accounts.done.role', { name: a.name, role: label('BusinessRole', change.role) }),
      () => changeRole({ variables: { ...v, role: change.role } }),
      change,
    );
  };
  const doPermissions = (a: Account, permissions: Permission[]) =>
    run(a, t('accounts.done.permissions', { name: a.name }), () => setPermissions({ variables: { ...vars(a), permissions } }));
  async function doReset(a: Account) {
    setBusy(true);
    setNotice(null);
    try {
      const { data: d } = await resetPassword({ variables: { accountId: a.id } });
      if (!d) throw new Error('no data');
      setDialog({ kind: 'password', account: a, ...d.resetPassword });
    } catch (err) {
      setDialog(null);
      setNotice({ kind: 'error', text: t('accounts.refused', { message: server(errorMessage(err as Error) ?? '') }) });
    } finally {
      setBusy(false);
    }
  }

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
      {hasErrorAt(error, 'FORBIDDEN', ['businessAccounts']) && !conn ? (
        <NoAccess />
      ) : !conn ? (
        loading ? <Loading /> : <LoadError error={error} />
      ) : (
        <>
          <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
            <div className="field">
              <label htmlFor="f-role">{t('field.role')}</label>
              <select id="f-role" value={role} onChange={(e) => update('role', e.target.value || 'ANY')}>
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
              <select id="f-status" value={status} onChange={(e) => update('status', e.target.value || null)}>
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
                <select id="f-units" value={unitScope} onChange={(e) => update('units', e.target.value === 'ALL' ? null : e.target.value)}>
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
                  <button type="button" className="link-button" onClick={() => update('unit', null)} aria-label={t('accounts.allUnits')}>
                    ×
                  </button>
                </span>
              </div>
            )}
          </form>

          <p className="muted" data-testid="accounts-count">
            {t('accounts.count', { total: num(conn.totalCount) })}
            {filtered && <> · {t('accounts.filteredOnPage', { shown: num(rows.length), loaded: num(all.length) })}</>}
          </p>
          {notice && (
            <p className={notice.kind === 'ok' ? 'notice notice-ok' : 'notice notice-error'} role={notice.kind === 'ok' ? 'status' : 'alert'} data-testid={notice.kind === 'ok' ? 'action-ok' : 'action-error'}>
              {notice.text}
            </p>
          )}
          <ForbiddenFieldsNote fields={fieldLabels(withheld, t)} />
          <LoadError error={error} />
          {rows.length === 0 ? (
            <p className="empty">{filtered && conn.pageInfo.hasNextPage ? t('accounts.noneOnPage') : t('common.empty')}</p>
          ) : (
            <div className="table-wrap" aria-busy={loading}>
              <table className="data" data-testid="accounts-table">
                <caption className="sr-only">{t('accounts.caption')}</caption>
                <thead>
                  <tr>
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
                  </tr>
                </thead>
                <tbody>
                  {rows.map((a) => {
                    // A deleted account (the platform still lists it) has nothing left to manage.
                    const manage = offersManagement(me, a) && a.status !== 'DELETED' && a.version !== null && a.version !== undefined;
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
                  })}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            page={pager.page}
            total={conn.totalCount}
            pageSize={pageSize}
            hasPrevious={pager.hasPrevious}
            hasNext={conn.pageInfo.hasNextPage}
            endCursor={conn.pageInfo.endCursor}
            onPrevious={pager.previous}
            onNext={pager.next}
            countText={t('accounts.count', { total: conn.totalCount })}
            busy={loading}
          />
        </>
      )}

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
        <Dialog
          open
          title={t('accounts.deleteTitle')}
          onClose={() => setDialog(null)}
          testId="confirm-delete"
          closeText={t('common.cancel')}
          actions={
            <button type="button" className="danger" disabled={busy} onClick={() => doChief(dialog.account, { op: 'delete' })} data-testid="confirm-delete-yes">
              {t('accounts.deleteYes')}
            </button>
          }
        >
          <p>{t('accounts.deleteConfirm', { name: dialog.account.name, unit: dialog.account.unit.name })}</p>
          <p className="muted">{t('accounts.deleteNote')}</p>
        </Dialog>
      )}
      {dialog?.kind === 'reset' && (
        <Dialog
          open
          title={t('accounts.resetTitle')}
          onClose={() => setDialog(null)}
          testId="confirm-reset"
          closeText={t('common.cancel')}
          actions={
            <button type="button" className="primary" disabled={busy} onClick={() => doReset(dialog.account)} data-testid="confirm-reset-yes">
              {t('accounts.resetYes')}
            </button>
          }
        >
          <p>{t('accounts.resetConfirm', { name: dialog.account.name })}</p>
        </Dialog>
      )}
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

function ManageDialog({
  me,
  account: a,
  busy,
  onClose,
  onPermissions,
  onRole,
  onReset,
  onDelete,
}: {
  me: Me;
  account: Account;
  busy: boolean;
  onClose(): void;
  onPermissions(p: Permission[]): void;
  onRole(r: BusinessRole): void;
  onReset(): void;
  onDelete(): void;
}) {
  const { t, label } = useI18n();
  const [permissions, setPermissions] = useState<Permission[]>(a.permissions ?? []);
  const roles = assignableRoles(me, a.unit.kind);
  const [role, setRole] = useState<BusinessRole>(a.role);
  const allowed = new Set(ROLE_PERMISSIONS[a.role]);
  const samePermissions = [...permissions].sort().join() === [...(a.permissions ?? [])].sort().join();
  return (
    <Dialog open title={t('accounts.manageTitle', { name: a.name })} onClose={onClose} testId="manage-dialog">
      <p className="muted">
        {a.unit.name} · {label('BusinessRole', a.role)} · <span className="mono">{a.username}</span>
      </p>
      <section aria-labelledby="perm-heading" className="dialog-section">
        <h3 id="perm-heading">{t('field.permissions')}</h3>
        <p className="muted small">{t('accounts.permissionsHelp', { role: label('BusinessRole', a.role) })}</p>
        <fieldset className="checks" data-testid="permissions">
          <legend className="sr-only">{t('field.permissions')}</legend>
          <div className="checks-list">
            {ALL_PERMISSIONS.map((p) => (
              <label key={p} className={allowed.has(p) ? 'check' : 'check check-disabled'}>
                <input
                  type="checkbox"
                  value={p}
                  checked={permissions.includes(p)}
                  disabled={!allowed.has(p)}
                  onChange={(e) => setPermissions(e.target.checked ? [...permissions, p] : permissions.filter((x) => x !== p))}
                />
                {label('Permission', p)}
                {!allowed.has(p) && <span className="muted small"> {t('accounts.notForRole')}</span>}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="button" className="primary" disabled={busy || samePermissions} onClick={() => onPermissions(ALL_PERMISSIONS.filter((p) => permissions.includes(p)))} data-testid="save-permissions">
          {t('accounts.savePermissions')}
        </button>
      </section>
      {roles.length > 1 && (
        <section aria-labelledby="role-heading" className="dialog-section">
          <h3 id="role-heading">{t('accounts.changeRole')}</h3>
          <div className="inline-form">
            <div className="field">
              <label htmlFor="new-role">{t('field.role')}</label>
              <select id="new-role" value={role} onChange={(e) => setRole(e.target.value as BusinessRole)}>
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {label('BusinessRole', r)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field field-actions">
              <button type="button" className="primary" disabled={busy || role === a.role} onClick={() => onRole(role)} data-testid="save-role">
                {t('accounts.saveRole')}
              </button>
            </div>
          </div>
          <p className="muted small">{t('accounts.roleHelp')}</p>
        </section>
      )}
      <section aria-labelledby="more-heading" className="dialog-section">
        <h3 id="more-heading">{t('accounts.more')}</h3>
        <div className="row-actions">
          <button type="button" disabled={busy} onClick={onReset} data-testid="reset-password">
            {t('accounts.resetPassword')}
          </button>
          <button type="button" className="danger" disabled={busy} onClick={onDelete} data-testid="delete">
            {t('accounts.delete')}
          </button>
          {me.can.readAudit && (
            <Link to={`/audit?target=${encodeURIComponent(a.id)}`} onClick={onClose}>
              {t('accounts.history')}
            </Link>
          )}
        </div>
      </section>
    </Dialog>
  );
}

/** The one-time password: shown once, here, to be handed to the person. */
function TemporaryPasswordDialog({ name, username, password, onClose }: { name: string; username: string; password: string; onClose(): void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <Dialog open title={t('accounts.tempTitle')} onClose={onClose} testId="temporary-password" closeText={t('accounts.tempDone')}>
      <p>{t('accounts.tempIntro', { name })}</p>
      <dl className="dl temp-password">
        <div className="dl-row">
          <dt>{t('field.username')}</dt>
          <dd className="mono" data-testid="temp-username">
            {username}
          </dd>
        </div>
        <div className="dl-row">
          <dt>{t('accounts.tempPassword')}</dt>
          <dd className="mono big" data-testid="temp-password">
            {password}
          </dd>
        </div>
      </dl>
      <p className="notice notice-info">{t('accounts.tempOnce')}</p>
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(password);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        {copied ? t('accounts.copied') : t('accounts.copy')}
      </button>
    </Dialog>
  );
}

/** LAST_CHIEF: the school would be left without an active CHIEF; name another of its accounts to become CHIEF. */
function ReplacementDialog({ account, message, busy, onClose, onPick }: { account: Account; message: string; busy: boolean; onClose(): void; onPick(id: string): void }) {
  const { t, label } = useI18n();
  const { data, loading, error } = useQuery(UNIT_ACCOUNTS_QUERY, { variables: { unitId: account.unit.id }, fetchPolicy: 'network-only' });
  const [picked, setPicked] = useState<string | null>(null);
  const candidates = (data?.businessAccounts.edges ?? []).map((e) => e.node).filter((x) => x.id !== account.id && x.status !== 'DELETED');
  return (
    <Dialog
      open
      title={t('accounts.replacementTitle')}
      onClose={onClose}
      testId="replacement-dialog"
      closeText={t('common.cancel')}
      actions={
        <button type="button" className="primary" disabled={busy || !picked} onClick={() => picked && onPick(picked)} data-testid="replacement-yes">
          {t('accounts.replacementYes')}
        </button>
      }
    >
      <p className="notice notice-info" role="alert">
        {message}
      </p>
      <p>{t('accounts.replacementIntro', { unit: account.unit.name })}</p>
      {loading && <Loading />}
      <LoadError error={error} />
      {data && candidates.length === 0 && <p className="empty">{t('accounts.noCandidates')}</p>}
      {candidates.length > 0 && (
        <fieldset className="unit-choices">
          <legend className="sr-only">{t('accounts.replacementTitle')}</legend>
          {candidates.map((c) => (
            <label key={c.id} className={picked === c.id ? 'unit-choice selected' : 'unit-choice'}>
              <input type="radio" name="replacement" value={c.id} checked={picked === c.id} onChange={() => setPicked(c.id)} />
              <span className="unit-name">{c.name}</span>
              <span className="muted small">
                {label('BusinessRole', c.role)}
                {c.status && <> · {label('AccountStatus', c.status)}</>}
                {c.username && (
                  <>
                    {' '}
                    · <span className="mono">{c.username}</span>
                  </>
                )}
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}
