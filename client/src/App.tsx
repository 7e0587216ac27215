import { lazy, Suspense } from 'react';
import { createBrowserRouter, createRoutesFromElements, Route, RouterProvider } from 'react-router-dom';
import { Layout } from './components/Layout';
import { PublicLayout } from './components/PublicLayout';
import { SiteLayout } from './components/SiteLayout';
import { Loading } from './components/Status';
import { AnalysisPage } from './routes/Analysis';
import { AlignmentView } from './routes/analysis/Alignment';
import { MapView } from './routes/analysis/MapView';
import { SupplyView } from './routes/analysis/SupplyView';
import { DemandReferencePage } from './routes/DemandReference';
import { OverviewView } from './routes/analysis/Overview';
import { ParticipationView } from './routes/analysis/Participation';
import { TrendView } from './routes/analysis/Trend';
import { ApiKeysPage } from './routes/ApiKeys';
import { ExportsPage } from './routes/Exports';
import { ApplyPage } from './routes/Apply';
import { AuditPage } from './routes/Audit';
import { BusinessAccountsPage } from './routes/BusinessAccounts';
import { ChangePasswordPage } from './routes/ChangePassword';
import { CatalogPage } from './routes/courses/Catalog';
import { CourseAdminPage } from './routes/courses/CourseAdmin';
import { CourseEditPage } from './routes/courses/CourseEdit';
import { CoursePage } from './routes/courses/CoursePage';
import { CourseReviewPage } from './routes/courses/CourseReview';
import { HoursCorrectionsPage } from './routes/courses/HoursCorrections';
import { MyRegistrationsPage } from './routes/courses/MyRegistrations';
import { SchoolRegistrationsPage } from './routes/courses/SchoolRegistrations';
import { SignInCodePage } from './routes/courses/SignInCode';
import { DirectoryPage } from './routes/Directory';
import { HomePage } from './routes/Home';
import { LoginPage } from './routes/Login';
import { ForgotPasswordPage, ResetPasswordPage } from './routes/PasswordReset';
import { NotFoundPage } from './routes/NotFound';
import { ProfilePage } from './routes/Profile';
import { ProgressPage } from './routes/Progress';
import { RequireAuth } from './routes/RequireAuth';
import { RewardsPage } from './routes/Rewards';
import { SchoolPlanPage } from './routes/SchoolPlan';
import { SchoolStatisticsPage } from './routes/SchoolStatistics';
import { SchoolTeachersPage } from './routes/SchoolTeachers';
import { SchoolsPage } from './routes/Schools';
import { SchoolYearsPage } from './routes/SchoolYears';
import { SurveyPage } from './routes/Survey';
import { SurveyResultsPage } from './routes/SurveyResults';
import { TeacherPlanPage } from './routes/TeacherPlan';
import { TeachersPage } from './routes/Teachers';
import { UnsubscribePage } from './routes/Unsubscribe';
import { VerifyPage } from './routes/Verify';

// The GraphQL explorer is large (its editor, Monaco): it loads only when opened.
const ExplorerPage = lazy(() => import('./routes/Explorer'));

/**
 * Routes. Pages a viewer may not use are still routed (a bookmarked link shows the server's
 * "no access" answer); the navigation offers only what `me.can` allows. The lookup and the
 * application are public; a viewer who must change its password is sent to /change-password.
 * The analysis (/analysis and its views) keeps its question in the address.
 * A data router (createBrowserRouter): the plan forms block leaving with unsaved edits (useBlocker).
 */
const router = createBrowserRouter(
  createRoutesFromElements(
    <>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route element={<PublicLayout />}>
        <Route path="directory" element={<DirectoryPage />} />
        <Route path="apply" element={<ApplyPage />} />
        <Route path="unsubscribe" element={<UnsubscribePage />} />
        <Route path="verify" element={<VerifyPage />} />
      </Route>
      {/* The course catalog and a course's page: public, in the app's frame for a logged-in viewer. */}
      <Route element={<SiteLayout />}>
        <Route path="courses" element={<CatalogPage />} />
        <Route path="courses/:id" element={<CoursePage />} />
      </Route>
      <Route element={<RequireAuth />}>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="schools" element={<SchoolsPage />} />
          <Route path="schools/:id/teachers" element={<SchoolTeachersPage />} />
          <Route path="teachers" element={<TeachersPage />} />
          <Route path="profile" element={<ProfilePage />} />
          <Route path="business-accounts" element={<BusinessAccountsPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="planning/school" element={<SchoolPlanPage />} />
          <Route path="planning/teacher" element={<TeacherPlanPage />} />
          <Route path="survey" element={<SurveyPage />} />
          <Route path="progress" element={<ProgressPage />} />
          <Route path="rewards" element={<RewardsPage />} />
          <Route path="survey-results" element={<SurveyResultsPage />} />
          <Route path="school-years" element={<SchoolYearsPage />} />
          <Route path="analysis" element={<AnalysisPage />}>
            <Route index element={<OverviewView />} />
            <Route path="map" element={<MapView />} />
            <Route path="supply" element={<SupplyView />} />
            <Route path="trend" element={<TrendView />} />
            <Route path="participation" element={<ParticipationView />} />
            <Route path="alignment" element={<AlignmentView />} />
          </Route>
          <Route path="api-keys" element={<ApiKeysPage />} />
          <Route path="exports" element={<ExportsPage />} />
          <Route path="school-statistics" element={<SchoolStatisticsPage />} />
          <Route path="demand-reference" element={<DemandReferencePage />} />
          <Route path="my-courses" element={<MyRegistrationsPage />} />
          <Route path="course-admin" element={<CourseAdminPage />} />
          <Route path="course-admin/new" element={<CourseEditPage />} />
          <Route path="course-admin/:id" element={<CourseEditPage />} />
          <Route path="course-review" element={<CourseReviewPage />} />
          <Route path="hours-corrections" element={<HoursCorrectionsPage />} />
          <Route path="sign-in-code" element={<SignInCodePage />} />
          <Route path="school-registrations" element={<SchoolRegistrationsPage />} />
          <Route
            path="explorer"
            element={
              <Suspense fallback={<Loading />}>
                <ExplorerPage />
              </Suspense>
            }
          />
          <Route path="change-password" element={<ChangePasswordPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </>,
  ),
);

export function App() {
  return <RouterProvider router={router} />;
}
