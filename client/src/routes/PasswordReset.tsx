import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { errorCode, fieldErrors, retryAfterSeconds } from '../apollo/errors';
import { FormField, FormMessage, inputProps } from '../components/Form';
import { LanguageSwitch } from '../components/Layout';
import { graphql } from '../gql';
import { useI18n } from '../i18n';

const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($login: String!) {
    requestPasswordReset(login: $login)
  }
`);

const RESET_PASSWORD_WITH_TOKEN = graphql(`
  mutation ResetPasswordWithToken($token: String!, $newPassword: String!) {
    resetPasswordWithToken(token: $token, newPassword: $newPassword)
  }
`);

/** The frame of the public password pages: the login page's look, a way back to it. */
function PublicCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="login-page">
      <header className="login-header">
        <LanguageSwitch />
      </header>
      <main id="main" className="login-main">
        <h1 className="login-title">{t('app.title')}</h1>
        <p className="login-subtitle">{t('app.subtitle')}</p>
        <section className="card login-card" aria-labelledby="public-card-heading">
          <h2 id="public-card-heading">{title}</h2>
          {children}
        </section>
        <nav className="card login-links" aria-label={t('nav.publicLabel')}>
          <Link to="/login" data-testid="link-login">
            {t('reset.backToLogin')}
          </Link>
        </nav>
      </main>
    </div>
  );
}

/**
 * 忘記密碼: a username or e-mail address; the server mails a one-time link to the address on file.
 * The answer is the same whatever was entered (it does not tell which logins exist).
 */
export function ForgotPasswordPage() {
  const { t, explain, errorText } = useI18n();
  const [login, setLogin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [request, { loading }] = useMutation(REQUEST_PASSWORD_RESET);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    if (!login.trim()) {
      setError(t('form.error.required'));
      return;
    }
    setError(undefined);
    try {
      await request({ variables: { login: login.trim() } });
      setSent(true);
    } catch (err) {
      const wait = retryAfterSeconds(err as Error);
      const byField = fieldErrors(err as Error);
      if (byField.login) setError(explain(byField.login));
      else if (errorCode(err as Error) === 'RATE_LIMITED' && wait) setFormError(t('reset.rateLimited', { n: Math.ceil(wait / 60) }));
      else setFormError(errorText(err as Error));
    }
  }

  return (
    <PublicCard title={t('reset.forgotTitle')}>
      {sent ? (
        <FormMessage kind="ok" testId="reset-requested">
          {t('reset.requested')}
        </FormMessage>
      ) : (
        <form onSubmit={submit} noValidate data-testid="forgot-form" className="login-form">
          <p className="muted">{t('reset.forgotIntro')}</p>
          {formError && <FormMessage kind="error">{formError}</FormMessage>}
          <FormField id="login" label={t('reset.login')} error={error} required>
            <input
              {...inputProps('login', error)}
              autoComplete="username"
              value={login}
              maxLength={120}
              onChange={(e) => setLogin(e.target.value)}
            />
          </FormField>
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('form.submitting') : t('reset.send')}
          </button>
        </form>
      )}
    </PublicCard>
  );
}

/** The token of the mailed link (`/reset-password#token=...`): in the fragment, so it reaches no server log. */
function tokenOfLink(): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '';
}

/** The page the mailed link opens: the new password twice; errors by the server's reasons; then to the login page. */
export function ResetPasswordPage() {
  const { t, explain, errorText } = useI18n();
  const navigate = useNavigate();
  const [token] = useState(tokenOfLink);
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [reset, { loading }] = useMutation(RESET_PASSWORD_WITH_TOKEN);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    const local: Record<string, string> = {};
    if (!next) local.newPassword = t('form.error.required');
    else if (next !== again) local.newPassword2 = t('form.error.passwordMismatch');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await reset({ variables: { token, newPassword: next } });
      navigate('/login', { replace: true, state: { passwordReset: true } });
    } catch (err) {
      const byField = fieldErrors(err as Error);
      // the link itself (RESET_LINK_INVALID): said above the form, with a way to ask for a new one
      if (byField.token) setFormError(explain(byField.token));
      else if (Object.keys(byField).length > 0) setErrors(Object.fromEntries(Object.entries(byField).map(([k, v]) => [k, explain(v)])));
      else setFormError(errorText(err as Error));
    }
  }

  return (
    <PublicCard title={t('reset.title')}>
      {!token ? (
        <>
          <FormMessage kind="error" testId="reset-no-token">
            {t('reset.noToken')}
          </FormMessage>
          <Link to="/forgot-password">{t('reset.askAgain')}</Link>
        </>
      ) : (
        <form onSubmit={submit} noValidate data-testid="reset-form" className="login-form">
          <p className="muted">{t('reset.intro')}</p>
          {formError && (
            <div data-testid="reset-error">
              <FormMessage kind="error">{formError}</FormMessage>
              <Link to="/forgot-password">{t('reset.askAgain')}</Link>
            </div>
          )}
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
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('form.submitting') : t('reset.submit')}
          </button>
        </form>
      )}
    </PublicCard>
  );
}
