import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider';
import { Loading } from '../components/Status';
import { useI18n } from '../i18n';

/** Pages behind the login: without a token, go to /login and come back after. */
export function RequireAuth() {
  const { token, me, loading, error, retry } = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  if (!token) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  // After a password reset the server allows nothing but changing it: go there first.
  if (me?.mustChangePassword && location.pathname !== '/change-password') return <Navigate to="/change-password" replace />;
  if (me) return <Outlet />;
  if (error && !loading) {
    return (
      <main id="main" className="app-main">
        <p className="notice notice-error" role="alert">
          {t('common.error', { message: error })}
        </p>
        <button type="button" onClick={retry}>
          {t('common.retry')}
        </button>
      </main>
    );
  }
  return <Loading />;
}
