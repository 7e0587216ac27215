import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorCode, errorReason } from '../../apollo/errors';
import type { BusinessRole, ManagedAccountFragment, Permission } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ACTIVATE, CHANGE_ROLE, DELETE, RESET_PASSWORD, SET_PERMISSIONS, SUSPEND } from './queries';

export type Account = ManagedAccountFragment;

/** A change that may leave a school without an active CHIEF, and so may need a replacement. */
export type ChiefChange = { op: 'suspend' } | { op: 'delete' } | { op: 'role'; role: BusinessRole };

export type DialogState =
  | { kind: 'manage'; account: Account }
  | { kind: 'delete'; account: Account }
  | { kind: 'reset'; account: Account }
  | { kind: 'replacement'; account: Account; change: ChiefChange; message: string }
  | { kind: 'password'; account: Account; username: string; temporaryPassword: string };

/**
 * The changes of the business-account page: each runs one mutation with the row's version, tells
 * the answer in `notice`, reloads the list (`refetch`) and, on LAST_CHIEF, opens the replacement
 * dialog; `dialog` is the dialog open.
 */
export function useAccountActions(refetch: () => Promise<unknown>) {
  const { t, label, errorText } = useI18n();
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [activate] = useMutation(ACTIVATE);
  const [suspend] = useMutation(SUSPEND);
  const [remove] = useMutation(DELETE);
  const [setPermissions] = useMutation(SET_PERMISSIONS);
  const [changeRole] = useMutation(CHANGE_ROLE);
  const [resetPassword] = useMutation(RESET_PASSWORD);

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
      const message = errorText(err as Error);
      if (chief && errorReason(err as Error) === 'LAST_CHIEF') {
        setDialog({ kind: 'replacement', account, change: chief, message });
      } else {
        setNotice({
          kind: 'error',
          text: errorCode(err as Error) === 'NETWORK' ? t('common.networkError') : t('accounts.refused', { message }),
        });
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
      setNotice({ kind: 'error', text: t('accounts.refused', { message: errorText(err as Error) }) });
    } finally {
      setBusy(false);
    }
  }

  return { dialog, setDialog, notice, busy, doActivate, doChief, doPermissions, doReset };
}
