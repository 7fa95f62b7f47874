import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Layout, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiProblem } from '../../api/problem';
import { session } from '../../auth/session';
import { useSession } from '../../auth/session-context';
import { LanguageSwitch } from '../../shell/language-switch';
import { signInErrorKey } from './sign-in-error';

interface Credentials {
  username: string;
  password: string;
}

/** Sign-in with a username and password; a refusal is said in the UI's language, never which part was wrong. */
export default function SignInPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (user) return <Navigate to={from} replace />;

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      await session.signIn(username, password);
      navigate(from, { replace: true });
    } catch (failure) {
      setError(t(signInErrorKey(failure instanceof ApiProblem ? failure.status : undefined)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Layout style={{ minHeight: '100vh', alignItems: 'center', justifyContent: 'center' }}>
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <main>
        {/* A plain panel: antd's Card brings its tabs along, weight the shell's budget does without. */}
        <div style={{ width: 380, padding: 24, background: '#fff', borderRadius: 8, boxShadow: '0 1px 4px rgba(0,0,0,0.08)' }}>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            {t('auth:signIn.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('common:app.name')}</Typography.Paragraph>
          {error && <Alert type="error" showIcon role="alert" data-testid="sign-in-error" title={error} style={{ marginBottom: 16 }} />}
          <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false} aria-label={t('auth:signIn.title')}>
            <Form.Item name="username" label={t('auth:signIn.username')} rules={[{ required: true, message: t('auth:signIn.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('auth:signIn.password')} rules={[{ required: true, message: t('auth:signIn.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('auth:signIn.submit')}
            </Button>
          </Form>
        </div>
      </main>
    </Layout>
  );
}
