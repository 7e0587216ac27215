import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { fieldErrors } from '../apollo/errors';
import { useAuth } from '../auth/AuthProvider';
import { FormField, FormMessage, inputProps } from '../components/Form';
import { graphql } from '../gql';
import { useI18n } from '../i18n';

const CHANGE_MY_PASSWORD = graphql(`
  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/**
 * Change your own password. After a reset the server allows nothing else until this is done
 * (`me.mustChangePassword`), so such a viewer is sent here from every page.
 */
export function ChangePasswordPage() {
  const { t, explain, errorText } = useI18n();
  const { me, refresh } = useAuth();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [ok, setOk] = useState(false);
  const [change, { loading }] = useMutation(CHANGE_MY_PASSWORD);
  const forced = Boolean(me?.mustChangePassword);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setOk(false);
    setFormError(null);
    const local: Record<string, string> = {};
    if (!current) local.currentPassword = t('form.error.required');
    if (next.length < 8 || !/[A-Za-z]/.test(next) || !/[0-9]/.test(next)) local.newPassword = t('form.error.password');
    else if (next === current) local.newPassword = t('password.error.same');
    else if (next !== again) local.newPassword2 = t('form.error.passwordMismatch');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await change({ variables: { currentPassword: current, newPassword: next } });
      setCurrent('');
      setNext('');
      setAgain('');
      setOk(true);
      await refresh();
      if (forced) navigate('/', { replace: true });
    } catch (err) {
      const byField = fieldErrors(err as Error);
      if (Object.keys(byField).length > 0) setErrors(Object.fromEntries(Object.entries(byField).map(([k, v]) => [k, explain(v)])));
      else setFormError(errorText(err as Error));
    }
  }

  return (
    <>
      <h1>{t('password.title')}</h1>
      {forced && (
        <p className="notice notice-info" role="alert" data-testid="must-change-password">
          {t('password.forced')}
        </p>
      )}
      <form className="card form-narrow" onSubmit={submit} noValidate data-testid="password-form">
        {ok && (
          <FormMessage kind="ok" testId="password-changed">
            {t('password.changed')}
          </FormMessage>
        )}
        {formError && <FormMessage kind="error">{formError}</FormMessage>}
        <FormField id="currentPassword" label={t('password.current')} error={errors.currentPassword} required>
          <input
            {...inputProps('currentPassword', errors.currentPassword)}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </FormField>
        <FormField id="newPassword" label={t('password.new')} error={errors.newPassword} hint={t('form.hint.password')} required>
          <input
            {...inputProps('newPassword', errors.newPassword, true)}
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
        </FormField>
        <FormField id="newPassword2" label={t('form.passwordAgain')} error={errors.newPassword2} required>
          <input
            {...inputProps('newPassword2', errors.newPassword2)}
            type="password"
            autoComplete="new-password"
            value={again}
            onChange={(e) => setAgain(e.target.value)}
          />
        </FormField>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('form.submitting') : t('password.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
