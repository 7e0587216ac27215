import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { BusinessAccountsPage } from './routes/BusinessAccounts';
import { HomePage } from './routes/Home';
import { LoginPage } from './routes/Login';
import { NotFoundPage } from './routes/NotFound';
import { RequireAuth } from './routes/RequireAuth';
import { SchoolTeachersPage } from './routes/SchoolTeachers';
import { SchoolsPage } from './routes/Schools';
import { TeachersPage } from './routes/Teachers';

/**
 * Routes. Pages a viewer may not use are still routed (a bookmarked link shows the server's
 * "no access" answer); the navigation offers only what `me.can` allows.
 */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="schools" element={<SchoolsPage />} />
            <Route path="schools/:id/teachers" element={<SchoolTeachersPage />} />
            <Route path="teachers" element={<TeachersPage />} />
            <Route path="business-accounts" element={<BusinessAccountsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
