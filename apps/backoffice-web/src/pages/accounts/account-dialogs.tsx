import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useFormProblems } from '../../api/form-problems';
import { dataOrThrow } from '../../api/problem';
import { accountChange, DEALER_CODE, PASSWORD_MAX, PASSWORD_MIN, Role, roleProblem, ROLES, USERNAME } from './account-rules';

export interface Account { username: string; roles: Role[]; dealerCode: string | null; disabled: boolean; createdAt?: string }

interface AccountForm { username: string; password?: string; roles: Role[]; dealerCode?: string; disabled: boolean }

/** POST /api/users for a new account, PATCH /api/users/{username} with only what changed for one that exists. */
function useSaveAccount(account: Account | undefined, onSaved: () => void, onError: (error: unknown) => void) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (values: AccountForm) => {
      const dealerCode = values.roles.includes('dealer') ? values.dealerCode || null : null;
      if (!account) {
        const body = { username: values.username, password: values.password ?? '', roles: values.roles, dealerCode };
        return dataOrThrow(await api.POST('/api/users', { body }));
      }
      const body = accountChange(account, { roles: values.roles, dealerCode, disabled: values.disabled });
      return dataOrThrow(await api.PATCH('/api/users/{username}', { params: { path: { username: account.username } }, body }));
    },
    onSuccess: async () => { await queries.invalidateQueries({ queryKey: ['accounts'] }); onSaved(); },
    onError,
  });
}

/** Creates an account, or changes an account's roles, dealer and whether it is disabled (which ends its sessions). */
export function AccountDialog({ account, onClose }: { account?: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AccountForm>();
  const problems = useFormProblems(form);
  const roles = (Form.useWatch('roles', form) ?? []) as Role[];
  const save = useSaveAccount(account, onClose, problems.show);
  const roleRule = (field: 'roles' | 'dealerCode') => ({
    validator: async () => {
      const found = roleProblem(form.getFieldValue('roles') ?? [], form.getFieldValue('dealerCode'));
      if (found?.field === field) throw new Error(t(`accounts:problems.${found.problem}`));
    },
  });
  return (
    <Modal open title={account ? t('accounts:edit.title', { username: account.username }) : t('accounts:create.title')}
      okText={t('accounts:actions.save')} cancelText={t('accounts:actions.cancel')} onCancel={onClose}
      onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      {problems.banner}
      <Form<AccountForm> form={form} layout="vertical" onFinish={(values) => { problems.clear(); save.mutate(values); }}
        initialValues={account ? { ...account, dealerCode: account.dealerCode ?? '' } : { roles: [], disabled: false }}>
        <Form.Item name="username" label={t('accounts:fields.username')}
          rules={[{ required: true, message: t('accounts:problems.required') }, { pattern: USERNAME, message: t('accounts:problems.username') }]}>
          <Input disabled={Boolean(account)} autoComplete="off" />
        </Form.Item>
        {!account && <PasswordItem name="password" label={t('accounts:fields.password')} />}
        <Form.Item name="roles" label={t('accounts:fields.roles')} rules={[roleRule('roles')]} dependencies={['dealerCode']}>
          <Select mode="multiple" options={ROLES.map((role) => ({ value: role, label: t(`accounts:roles.${role}`) }))} />
        </Form.Item>
        {roles.includes('dealer') && (
          <Form.Item name="dealerCode" label={t('accounts:fields.dealerCode')} normalize={(v: string) => v.toUpperCase()} dependencies={['roles']}
            rules={[roleRule('dealerCode'), { pattern: DEALER_CODE, message: t('accounts:problems.dealerCode') }]}>
            <Input placeholder="D0001" autoComplete="off" />
          </Form.Item>
        )}
        {account && (
          <Form.Item name="disabled" label={t('accounts:fields.disabled')} valuePropName="checked" extra={t('accounts:edit.disabledHelp')}>
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** An admin sets a new password for an account (its sessions end). */
export function ResetPasswordDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password: string }>();
  const problems = useFormProblems(form);
  const reset = useMutation({
    mutationFn: async ({ password }: { password: string }) =>
      dataOrThrow(await api.POST('/api/users/{username}/password', { params: { path: { username: account.username } }, body: { password } })),
    onSuccess: onClose,
    onError: problems.show,
  });
  return (
    <Modal open title={t('accounts:reset.title', { username: account.username })} okText={t('accounts:actions.save')}
      cancelText={t('accounts:actions.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={reset.isPending} destroyOnHidden>
      {problems.banner}
      <Form form={form} layout="vertical" onFinish={(values) => { problems.clear(); reset.mutate(values); }}>
        <PasswordItem name="password" label={t('accounts:fields.newPassword')} />
      </Form>
    </Modal>
  );
}

/** A new password: PASSWORD_MIN to PASSWORD_MAX characters, as the gateway takes it. */
export function PasswordItem({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} extra={t('accounts:problems.passwordLength', { min: PASSWORD_MIN, max: PASSWORD_MAX })}
      rules={[{ required: true, message: t('accounts:problems.required') },
        { min: PASSWORD_MIN, max: PASSWORD_MAX, message: t('accounts:problems.passwordLength', { min: PASSWORD_MIN, max: PASSWORD_MAX }) }]}>
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
