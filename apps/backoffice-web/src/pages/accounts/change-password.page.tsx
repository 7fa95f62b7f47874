import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useFormProblems } from '../../api/form-problems';
import { dataOrThrow } from '../../api/problem';
import { session } from '../../auth/session';
import { useUser } from '../../auth/session-context';
import { renamedProblems } from '../payments/renamed-problems';
import { PasswordItem } from './account-dialogs';

interface PasswordForm { currentPassword: string; newPassword: string; confirmation: string }

/** Every user changes their own password; the gateway then ends the user's other sessions. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const { username } = useUser();
  const [form] = Form.useForm<PasswordForm>();
  const problems = useFormProblems(form);
  const change = useMutation({
    mutationFn: async ({ currentPassword, newPassword }: PasswordForm) =>
      dataOrThrow(await api.POST('/api/auth/password', { body: { currentPassword, newPassword } })),
    // Every session of the user ended; the answer set this one's new refresh cookie, so one refresh takes the new access token.
    onSuccess: async () => {
      form.resetFields();
      await session.refresh();
    },
    // The gateway's one refusal of its own here, said in the UI's language.
    onError: (error) => problems.show(renamedProblems(error, (field) => field, ({ field }) =>
      (field === 'currentPassword' ? t('accounts:problems.currentPassword') : undefined))),
  });
  return (
    <>
      <Typography.Title level={1}>{t('accounts:password.title')}</Typography.Title>
      {change.isSuccess && <Alert type="success" showIcon role="status" title={t('accounts:password.done')} style={{ marginBottom: 16 }} />}
      {problems.banner}
      <Form<PasswordForm> form={form} layout="vertical" style={{ maxWidth: 400 }} aria-label={t('accounts:password.title')}
        onFinish={(values) => { problems.clear(); change.mutate(values); }}>
        {/* Whose password this is, for password managers and screen readers. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <Form.Item name="currentPassword" label={t('accounts:fields.currentPassword')} rules={[{ required: true, message: t('accounts:problems.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <PasswordItem name="newPassword" label={t('accounts:fields.newPassword')} />
        <Form.Item name="confirmation" label={t('accounts:fields.confirmation')} dependencies={['newPassword']}
          rules={[{ required: true, message: t('accounts:problems.required') }, ({ getFieldValue }) => ({
            validator: async (_, value?: string) => { if (value && value !== getFieldValue('newPassword')) throw new Error(t('accounts:problems.confirmation')); },
          })]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>{t('accounts:password.submit')}</Button>
      </Form>
    </>
  );
}
