import { createBrowserRouter, Navigate, RouteObject } from 'react-router-dom';
import { useUser } from '../auth/session-context';
import { LoadingState, NotFoundState } from '../components/states';
import { PAGES } from '../pages/routes';
import { RequireRoles, RequireSession } from './guards';
import { ShellLayout } from './layout';

/** The first page after sign-in: a dealer user's own dealer, the dealers list for staff. */
function Home() {
  const user = useUser();
  return <Navigate to={user.dealerCode ? `/dealers/${user.dealerCode}` : '/dealers'} replace />;
}

const pages: RouteObject[] = PAGES.map(({ path, page, roles }) => ({
  element: <RequireRoles roles={roles} />,
  children: [{ path, lazy: async () => ({ Component: (await page()).default }) }],
}));

export const router = createBrowserRouter([
  { path: '/sign-in', HydrateFallback: LoadingState, lazy: async () => ({ Component: (await import('../pages/sign-in/sign-in.page')).default }) },
  {
    path: '/',
    HydrateFallback: LoadingState,
    element: (
      <RequireSession>
        <ShellLayout />
      </RequireSession>
    ),
    children: [{ index: true, element: <Home /> }, ...pages, { path: '*', element: <NotFoundState /> }],
  },
]);
