import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import { useUser } from '../../auth/session-context';
import { EmptyState, QueryState } from '../../components/states';
import { formatDateTime } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { AccountDialog, Account, ResetPasswordDialog } from './account-dialogs';

type Dialog = { kind: 'create' } | { kind: 'edit'; account: Account } | { kind: 'reset'; account: Account } | null;

/** The gateway's accounts: an admin creates and changes them; an auditor reads them. */
export default function AccountsPage() {
  const { t } = useTranslation();
  const admin = useUser().roles.includes('admin');
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useQuery({ queryKey: ['accounts'], queryFn: async () => dataOrThrow(await api.GET('/api/users')) });
  const columns = useAccountColumns(admin, setDialog);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1}>{t('accounts:list.title')}</Typography.Title>
        {admin && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>{t('accounts:list.create')}</Button>}
      </Space>
      <QueryState query={query} isEmpty={(data) => data.length === 0} empty={<EmptyState description={t('accounts:list.empty')} />}>
        {(data) => (
          <Table<Account> rowKey="username" data-testid="accounts-table" aria-label={t('accounts:list.title')} columns={columns}
            dataSource={data as Account[]} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 'max-content' }} />
        )}
      </QueryState>
      {dialog?.kind === 'create' && <AccountDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <AccountDialog account={dialog.account} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog account={dialog.account} onClose={() => setDialog(null)} />}
    </>
  );
}

function useAccountColumns(admin: boolean, open: (dialog: Dialog) => void): ColumnsType<Account> {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const columns: ColumnsType<Account> = [
    { title: t('accounts:fields.username'), dataIndex: 'username' },
    { title: t('accounts:fields.roles'), dataIndex: 'roles', render: (roles: string[]) => roles.map((role) => <Tag key={role}>{t(`accounts:roles.${role}`)}</Tag>) },
    { title: t('accounts:fields.dealerCode'), dataIndex: 'dealerCode', render: (code: string | null) => code ?? '—' },
    {
      title: t('accounts:fields.status'), dataIndex: 'disabled',
      render: (disabled: boolean) => <Tag color={disabled ? 'default' : 'green'}>{t(disabled ? 'accounts:status.disabled' : 'accounts:status.active')}</Tag>,
    },
    { title: t('accounts:fields.createdAt'), dataIndex: 'createdAt', render: (at?: string) => (at ? formatDateTime(at, language) : '—') },
  ];
  if (!admin) return columns;
  return [...columns, {
    title: t('accounts:fields.actions'), key: 'actions',
    render: (_, account) => (
      <Space wrap>
        <Button size="small" onClick={() => open({ kind: 'edit', account })} aria-label={t('accounts:actions.editOf', { username: account.username })}>
          {t('accounts:actions.edit')}
        </Button>
        <Button size="small" onClick={() => open({ kind: 'reset', account })} aria-label={t('accounts:actions.resetOf', { username: account.username })}>
          {t('accounts:actions.reset')}
        </Button>
      </Space>
    ),
  }];
}
