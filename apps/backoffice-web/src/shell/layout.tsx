import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { mayReach, SessionUser } from '../auth/roles';
import { session } from '../auth/session';
import { useUser } from '../auth/session-context';
import { LoadingState } from '../components/states';
import { PAGES } from '../pages/routes';
import { LanguageSwitch } from './language-switch';

/** The menu entries this user may reach, in the registry's order. */
function menuItems(user: SessionUser, t: (key: string) => string) {
  return PAGES.filter((page) => page.menu && mayReach(user.roles, page.menu.roles ?? page.roles)).map((page) => {
    const to = page.menu?.to?.(user) ?? `/${page.path}`;
    return { key: to, icon: page.menu?.icon, label: <Link to={to}>{t(page.menu?.label ?? '')}</Link> };
  });
}

/** Every signed-in page: the menu filtered by the user's roles, the user, sign-out and the language switch. */
export function ShellLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = menuItems(user, t);
  // The deepest menu entry that contains the current path is the selected one.
  const selected = items.map((item) => item.key).filter((key) => pathname === key || pathname.startsWith(`${key}/`));
  const queryClient = useQueryClient();
  const signOut = async () => {
    await session.signOut();
    queryClient.clear(); // the next user of this tab sees nothing of this one's data
    navigate('/sign-in', { replace: true });
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={220}>
        <div style={{ padding: 16 }}>
          <Typography.Text strong>{t('common:app.name')}</Typography.Text>
        </div>
        <nav aria-label={t('common:menu.label')}>
          <Menu mode="inline" items={items} selectedKeys={selected.slice(-1)} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: 'transparent', display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}>
          <Space size="middle">
            <LanguageSwitch />
            <span data-testid="current-user">
              <UserOutlined aria-hidden /> {user.username}
            </span>
            <Button icon={<LogoutOutlined />} onClick={signOut}>
              {t('common:actions.signOut')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: '0 24px 24px' }}>
          <main>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
