import { Navigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider';
import { Layout } from './Layout';
import { PublicLayout } from './PublicLayout';
import { Loading } from './Status';

/**
 * The frame of pages anyone may read (the course catalog and a course's page): the app's frame
 * with its navigation for a logged-in viewer, the public frame for everyone else.
 */
export function SiteLayout() {
  const { token, me, loading } = useAuth();
  if (me?.mustChangePassword) return <Navigate to="/change-password" replace />;
  if (token && me) return <Layout />;
  if (token && loading) return <Loading />;
  return <PublicLayout />;
}
