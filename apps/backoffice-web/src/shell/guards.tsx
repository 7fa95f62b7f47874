import { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { mayReach, Role } from '../auth/roles';
import { useSession } from '../auth/session-context';
import { LoadingState, NotFoundState } from '../components/states';

/** Signed-in pages only: the sign-in page otherwise, coming back here after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { ready, user } = useSession();
  const location = useLocation();
  if (!ready) return <LoadingState />;
  if (!user) return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <>{children}</>;
}

/** A page this user's roles do not reach looks like one that does not exist, as the API answers. */
export function RequireRoles({ roles }: { roles?: readonly Role[] }) {
  const { user } = useSession();
  if (!user || !mayReach(user.roles, roles)) return <NotFoundState />;
  return <Outlet />;
}
