import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { type Me } from '../../auth/AuthProvider';
import { Dialog } from '../../components/Dialog';
import { LoadError, Loading } from '../../components/Status';
import { ALL_PERMISSIONS } from '../../domain/accounts';
import type { BusinessRole, Permission } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { UNIT_ACCOUNTS_QUERY } from './queries';
import type { Account } from './useAccountActions';

/** 刪除: asks first; the account is marked deleted (the platform still lists it). */
export function DeleteDialog({
  account,
  busy,
  onClose,
  onConfirm,
}: {
  account: Account;
  busy: boolean;
  onClose(): void;
  onConfirm(): void;
}) {
  const { t } = useI18n();
  return (
    <Dialog
      open
      title={t('accounts.deleteTitle')}
      onClose={onClose}
      testId="confirm-delete"
      closeText={t('common.cancel')}
      actions={
        <button type="button" className="danger" disabled={busy} onClick={onConfirm} data-testid="confirm-delete-yes">
          {t('accounts.deleteYes')}
        </button>
      }
    >
      <p>{t('accounts.deleteConfirm', { name: account.name, unit: account.unit.name })}</p>
      <p className="muted">{t('accounts.deleteNote')}</p>
    </Dialog>
  );
}

/** 重設密碼: asks first; the temporary password is then shown once (TemporaryPasswordDialog). */
export function ResetDialog({
  account,
  busy,
  onClose,
  onConfirm,
}: {
  account: Account;
  busy: boolean;
  onClose(): void;
  onConfirm(): void;
}) {
  const { t } = useI18n();
  return (
    <Dialog
      open
      title={t('accounts.resetTitle')}
      onClose={onClose}
      testId="confirm-reset"
      closeText={t('common.cancel')}
      actions={
        <button type="button" className="primary" disabled={busy} onClick={onConfirm} data-testid="confirm-reset-yes">
          {t('accounts.resetYes')}
        </button>
      }
    >
      <p>{t('accounts.resetConfirm', { name: account.name })}</p>
    </Dialog>
  );
}

export function ManageDialog({
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
  // the server's answer: the roles and permissions this viewer may give this account
  const roles = a.assignableRoles;
  const [role, setRole] = useState<BusinessRole>(a.role);
  const allowed = new Set(a.grantablePermissions);
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
        <button
          type="button"
          className="primary"
          disabled={busy || samePermissions}
          onClick={() => onPermissions(ALL_PERMISSIONS.filter((p) => permissions.includes(p)))}
          data-testid="save-permissions"
        >
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
              <button
                type="button"
                className="primary"
                disabled={busy || role === a.role}
                onClick={() => onRole(role)}
                data-testid="save-role"
              >
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
          {a.viewerCan.resetPassword && (
            <button type="button" disabled={busy} onClick={onReset} data-testid="reset-password">
              {t('accounts.resetPassword')}
            </button>
          )}
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
export function TemporaryPasswordDialog({
  name,
  username,
  password,
  onClose,
}: {
  name: string;
  username: string;
  password: string;
  onClose(): void;
}) {
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
export function ReplacementDialog({
  account,
  message,
  busy,
  onClose,
  onPick,
}: {
  account: Account;
  message: string;
  busy: boolean;
  onClose(): void;
  onPick(id: string): void;
}) {
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
        <button
          type="button"
          className="primary"
          disabled={busy || !picked}
          onClick={() => picked && onPick(picked)}
          data-testid="replacement-yes"
        >
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
