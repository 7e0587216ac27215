import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { errorCode, errorReason, firstError, retryAfterSeconds, type ApiError } from '../apollo/errors';
import { useAuth } from '../auth/AuthProvider';
import { LanguageSwitch } from '../components/Layout';
import { graphql } from '../gql';
import { useI18n, type MessageKey } from '../i18n';

const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      viewer {
        username
        name
        role
      }
    }
  }
`);

const KNOWN: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'RATE_LIMITED', 'BAD_USER_INPUT']);

export function LoginPage() {
  const { t, explain } = useI18n();
  const { token, me, logIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: string; passwordReset?: boolean } | null;
  const from = state?.from ?? '/';
  // sent here by the reset page after a new password was set
  const passwordReset = Boolean(state?.passwordReset);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // A message of ours, or the text of the API error's reason (both switch language with the page).
  const [failure, setFailure] = useState<{ key: MessageKey; vars?: Record<string, number> } | { error: ApiError } | null>(null);
  const setErrorKey = (key: MessageKey | null) => setFailure(key ? { key } : null);
  const errorKey = failure !== null;
  const [login, { loading }] = useMutation(LOGIN);

  if (token && me) return <Navigate to={from} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!username.trim() || !password) {
      setErrorKey('login.required');
      return;
    }
    setErrorKey(null);
    try {
      const { data } = await login({ variables: { username: username.trim(), password } });
      if (!data) throw new Error('no data');
      await logIn(data.login.token);
      navigate(from, { replace: true });
    } catch (err) {
      const code = errorCode(err as Error);
      const reason = errorReason(err as Error);
      const wait = retryAfterSeconds(err as Error);
      const first = firstError(err as Error);
      // a new installation without an administrator, the database away: say so, not "wrong password"
      if (first && (reason === 'NO_ADMINISTRATOR' || reason === 'DATABASE_UNAVAILABLE')) setFailure({ error: first });
      // growing delays after failed logins: the page says how long to wait
      else if (code === 'RATE_LIMITED' && wait) setFailure({ key: 'login.error.RATE_LIMITED_WAIT', vars: { n: wait } });
      else if (code === 'UNAUTHENTICATED' && reason === 'INACTIVE') setErrorKey('login.error.INACTIVE');
      else if (code === 'NETWORK') setErrorKey('login.error.network');
      else if (code && KNOWN.has(code)) setErrorKey(`login.error.${code}` as MessageKey);
      else setErrorKey('login.error.other');
    }
  }

  return (
    <div className="login-page">
      <header className="login-header">
        <LanguageSwitch />
      </header>
      <main id="main" className="login-main">
        <h1 className="login-title">{t('app.title')}</h1>
        <p className="login-subtitle">{t('app.subtitle')}</p>
        <form className="card login-card" onSubmit={submit} noValidate aria-labelledby="login-heading">
          <h2 id="login-heading">{t('login.title')}</h2>
          <p className="muted">{t('login.intro')}</p>
          {passwordReset && !errorKey && (
            <p className="notice notice-ok" role="status" data-testid="password-reset-done">
              {t('login.passwordReset')}
            </p>
          )}
          {errorKey && (
            <p className="notice notice-error" role="alert" id="login-error" data-testid="login-error">
              {failure && ('key' in failure ? t(failure.key, failure.vars) : explain(failure.error))}
            </p>
          )}
          <label htmlFor="username">{t('login.username')}</label>
          <input
            id="username"
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-invalid={errorKey ? true : undefined}
            aria-describedby={errorKey ? 'login-error' : undefined}
            required
          />
          <label htmlFor="password">{t('login.password')}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={errorKey ? true : undefined}
            aria-describedby={errorKey ? 'login-error' : undefined}
            required
          />
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('login.submitting') : t('login.submit')}
          </button>
          <Link to="/forgot-password" className="forgot-link" data-testid="link-forgot-password">
            {t('login.forgot')}
          </Link>
        </form>
        <nav className="card login-links" aria-label={t('nav.publicLabel')}>
          <Link to="/directory" data-testid="link-directory">
            {t('nav.directory')}
          </Link>
          <Link to="/apply" data-testid="link-apply">
            {t('nav.apply')}
          </Link>
        </nav>
      </main>
    </div>
  );
}
