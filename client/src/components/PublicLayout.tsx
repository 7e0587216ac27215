import { Link, NavLink, Outlet } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n';
import { LanguageSwitch } from './Layout';

/** The frame of the pages anyone may use without logging in (lookup, application). */
export function PublicLayout() {
  const { t } = useI18n();
  const { me } = useAuth();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <Link to={me ? '/' : '/login'} className="brand-title brand-link">
            {t('app.title')}
          </Link>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <div className="header-tools">
          <LanguageSwitch />
          <Link to={me ? '/' : '/login'} className="header-link" data-testid="public-login">
            {me ? t('nav.home') : t('login.submit')}
          </Link>
        </div>
      </header>
      <nav className="app-nav" aria-label={t('nav.publicLabel')}>
        <ul>
          <li>
            <NavLink to="/courses" data-testid="nav-courses">
              {t('nav.courses')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/directory" data-testid="nav-directory">
              {t('nav.directory')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/apply" data-testid="nav-apply">
              {t('nav.apply')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
