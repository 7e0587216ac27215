import { useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth, type Me } from '../auth/AuthProvider';
import { useI18n, type I18n } from '../i18n';

export interface NavItem {
  to: string;
  text: string;
  id: string;
}

/**
 * What the viewer may use, from `me.can` (the server's answer). A viewer who must change its
 * password first is offered nothing else.
 */
export function navigationOf(me: Me, t: I18n['t']): NavItem[] {
  if (me.mustChangePassword) return [{ to: '/change-password', text: t('nav.changePassword'), id: 'change-password' }];
  const items: NavItem[] = [{ to: '/', text: t('nav.home'), id: 'home' }];
  if (me.can.ownProfile) items.push({ to: '/profile', text: t('nav.profile'), id: 'profile' });
  const can = me.can;
  if (can.fillSchoolPlan && me.school) items.push({ to: '/planning/school', text: t('nav.schoolPlan'), id: 'school-plan' });
  if (can.fillTeacherPlan) items.push({ to: '/planning/teacher', text: t('nav.teacherPlan'), id: 'teacher-plan' });
  if (can.answerSurvey) items.push({ to: '/survey', text: t('nav.survey'), id: 'survey' });
  items.push({ to: '/courses', text: t('nav.courses'), id: 'courses' });
  if (can.enrolInCourses) items.push({ to: '/my-courses', text: t('nav.myCourses'), id: 'my-courses' });
  if (can.registerCourses || can.manageCourses) items.push({ to: '/course-admin', text: t('nav.courseAdmin'), id: 'course-admin' });
  if (can.approveCourses) items.push({ to: '/course-review', text: t('nav.courseReview'), id: 'course-review' });
  if (can.approveCourses || can.manageCourses)
    items.push({ to: '/hours-corrections', text: t('nav.hoursCorrections'), id: 'hours-corrections' });
  if (can.readDemandReference) items.push({ to: '/demand-reference', text: t('nav.demandReference'), id: 'demand-reference' });
  if (can.decideCourseRegistrations && me.school)
    items.push({ to: '/school-registrations', text: t('nav.schoolRegistrations'), id: 'school-registrations' });
  if (can.followSchoolProgress) items.push({ to: '/progress', text: t('nav.schoolProgress'), id: 'progress' });
  // 學校 and 教師 are lists to browse (platform, ministry, district); a school's CHIEF/CONTACT has one
  // entry for its school (本校教師名單), a teacher its profile
  if (me.can.browseSchools) items.push({ to: '/schools', text: t('nav.schools'), id: 'schools' });
  if (me.can.browseTeachers) items.push({ to: '/teachers', text: t('nav.teachers'), id: 'teachers' });
  if (me.can.manageTeachers && me.school) {
    items.push({ to: `/schools/${encodeURIComponent(me.school.id)}/teachers`, text: t('nav.schoolTeachers'), id: 'school-teachers' });
  }
  if (me.can.readBusinessAccounts || me.can.manageBusinessAccounts)
    items.push({ to: '/business-accounts', text: t('nav.businessAccounts'), id: 'business-accounts' });
  if (me.can.readAudit) items.push({ to: '/audit', text: t('nav.audit'), id: 'audit' });
  if (can.followProgress)
    items.push({ to: '/progress', text: t(can.remindAndReopen ? 'nav.progress' : 'nav.progressRead'), id: 'progress' });
  if (can.readRewards) items.push({ to: '/rewards', text: t('nav.rewards'), id: 'rewards' });
  if (can.readSurveyResults) items.push({ to: '/survey-results', text: t('nav.surveyResults'), id: 'survey-results' });
  if (can.configureSchoolYears) items.push({ to: '/school-years', text: t('nav.schoolYears'), id: 'school-years' });
  if (me.can.readStatistics) items.push({ to: '/analysis', text: t('nav.analysis'), id: 'analysis' });
  if (me.can.readSchoolStatistics && me.school)
    items.push({ to: '/school-statistics', text: t('nav.schoolStatistics'), id: 'school-statistics' });
  if (can.manageApiKeys) items.push({ to: '/api-keys', text: t('nav.apiKeys'), id: 'api-keys' });
  if (me.can.startExport) items.push({ to: '/exports', text: t('nav.exports'), id: 'exports' });
  if (me.can.readStatistics) items.push({ to: '/explorer', text: t('nav.explorer'), id: 'explorer' });
  return items;
}

export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  const other = lang === 'en' ? 'zh-TW' : 'en';
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other === 'en' ? 'en' : 'zh-Hant-TW'}
      title={t('lang.switchLabel')}
      data-testid="lang-switch"
      onClick={() => setLang(other)}
    >
      {t('lang.switch')}
    </button>
  );
}

/** Header, navigation (only what the viewer may use, from `me.can`) and the page. */
export function Layout() {
  const { t, label } = useI18n();
  const { me, logOut } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Small screens (<= 640 px): the navigation folds under a 選單 button; it closes when a page is chosen.
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuFor, setMenuFor] = useState(pathname);
  if (menuFor !== pathname) {
    setMenuFor(pathname);
    setMenuOpen(false);
  }
  if (!me) return null;

  const items = navigationOf(me, t);
  const current = items.find((i) => (i.to === '/' ? pathname === '/' : pathname === i.to || pathname.startsWith(`${i.to}/`)));

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-title">{t('app.title')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <div className="header-tools">
          <span className="who" data-testid="who">
            <span className="sr-only">{t('nav.signedInAs')}: </span>
            {me.name}
            <span className="role-badge">{label('ViewerRole', me.role)}</span>
          </span>
          {!me.mustChangePassword && (
            <Link to="/change-password" className="header-link" data-testid="nav-change-password">
              {t('nav.changePassword')}
            </Link>
          )}
          <LanguageSwitch />
          <button
            type="button"
            className="logout"
            data-testid="logout"
            onClick={async () => {
              await logOut();
              navigate('/login', { replace: true });
            }}
          >
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <nav className={menuOpen ? 'app-nav open' : 'app-nav'} aria-label={t('nav.label')}>
        <button
          type="button"
          className="nav-toggle"
          aria-expanded={menuOpen}
          aria-controls="app-nav-list"
          onClick={() => setMenuOpen(!menuOpen)}
          data-testid="nav-toggle"
        >
          <span aria-hidden="true">☰</span> {t('nav.menu')}
          {current && <span className="nav-current"> · {current.text}</span>}
        </button>
        <ul id="app-nav-list">
          {items.map((i) => (
            <li key={i.to}>
              {/* A more specific entry (本校教師名單 under /schools) takes the highlight from its parent. */}
              <NavLink
                to={i.to}
                end={i.to === '/' || items.some((o) => o.to.startsWith(`${i.to}/`))}
                data-testid={`nav-${i.id}`}
                onClick={() => setMenuOpen(false)}
              >
                {i.text}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
