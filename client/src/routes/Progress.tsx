import { useAuth } from '../auth/AuthProvider';
import { NoAccess } from '../components/Status';
import { useI18n } from '../i18n';
import { CountyProgressPage } from './progress/CountyProgress';
import { SchoolProgressPage } from './progress/SchoolProgress';

/**
 * 填報進度: per county for the platform, the analyst and a district (progress/CountyProgress.tsx,
 * with the pending schools, reminders and reopening in progress/PendingAndReminders.tsx), or its
 * teachers for a school's CHIEF/CONTACT (progress/SchoolProgress.tsx).
 */
export function ProgressPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const can = me?.can;
  if (can?.followProgress) return <CountyProgressPage />;
  if (can?.followSchoolProgress && me?.school) return <SchoolProgressPage schoolId={me.school.id} />;
  return (
    <>
      <h1>{t('progress.title')}</h1>
      <NoAccess />
    </>
  );
}
