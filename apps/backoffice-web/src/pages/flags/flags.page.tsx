import { DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useUser } from '../../auth/session-context';
import { EmptyState, ErrorState } from '../../components/states';
import { formatDateTime } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { FlagDrawer } from './flag-drawer';
import { DEALER_CODE, FLAG_RULES, FLAG_STATUSES, FlagFilters, filtersOf, PAGE_SIZE, paramsOf, STATUS_COLOURS } from './flag-filters';
import { Flag, useFlags } from './flags-api';

/** Cross-feed consistency flags: filters in the address, a page of flags, a drawer with one flag's evidence and history. */
export default function FlagsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const show = (next: Partial<FlagFilters>) => setParams(paramsOf({ ...filters, page: 1, ...next }));
  const query = useFlags(filters);

  return (
    <>
      <Typography.Title level={1}>{t('flags:title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('flags:intro')}</Typography.Paragraph>
      <Space wrap role="search" aria-label={t('flags:filters.label')} style={{ marginBottom: 16 }}>
        {!user.roles.includes('dealer') && (
          <Input.Search allowClear placeholder="D0001" aria-label={t('flags:fields.dealerCode')} data-testid="flags-dealer" style={{ width: 180 }}
            defaultValue={filters.dealerCode} key={filters.dealerCode ?? ''}
            onSearch={(value) => { const code = value.trim().toUpperCase(); show({ dealerCode: DEALER_CODE.test(code) ? code : undefined }); }} />
        )}
        <DatePicker picker="month" format="YYYY-MM" aria-label={t('flags:fields.period')} placeholder={t('flags:fields.period')} data-testid="flags-period"
          value={filters.period ? dayjs(`${filters.period}-01`) : null} onChange={(month) => show({ period: month ? month.format('YYYY-MM') : undefined })} />
        <Select allowClear style={{ minWidth: 240 }} placeholder={t('flags:fields.rule')} aria-label={t('flags:fields.rule')} data-testid="flags-rule"
          value={filters.rule} onChange={(rule?: FlagFilters['rule']) => show({ rule })}
          options={FLAG_RULES.map((rule) => ({ value: rule, label: t(`flags:rules.${rule}.name`) }))} />
        <Select allowClear style={{ minWidth: 140 }} placeholder={t('flags:fields.status')} aria-label={t('flags:fields.status')} data-testid="flags-status"
          value={filters.status} onChange={(status?: FlagFilters['status']) => show({ status })}
          options={FLAG_STATUSES.map((status) => ({ value: status, label: t(`flags:status.${status}`) }))} />
      </Space>
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : (
        <Table<Flag>
          rowKey="flagId" data-testid="flags-table" aria-label={t('flags:title')} columns={useFlagColumns(filters, show)}
          dataSource={query.data?.flags ?? []} loading={query.isFetching} scroll={{ x: 'max-content' }}
          locale={{ emptyText: query.isPending ? ' ' : <EmptyState description={t('flags:empty')} /> }}
          pagination={{ current: filters.page, pageSize: PAGE_SIZE, total: query.data?.total ?? 0, showSizeChanger: false,
            showTotal: (total) => t('flags:total', { count: total }), onChange: (page) => setParams(paramsOf({ ...filters, page })) }} />
      )}
      {filters.open && <FlagDrawer open={filters.open} onClose={() => setParams(paramsOf({ ...filters, open: undefined }))} />}
    </>
  );
}

function useFlagColumns(filters: FlagFilters, show: (next: Partial<FlagFilters>) => void): ColumnsType<Flag> {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const opener = (flag: Flag) => () => show({ page: filters.page, open: { dealerCode: flag.dealerCode, flagId: flag.flagId } });
  return [
    { title: t('flags:fields.period'), dataIndex: 'period' },
    { title: t('flags:fields.dealerCode'), dataIndex: 'dealerCode', render: (code: string) => <Link to={`/dealers/${encodeURIComponent(code)}`}>{code}</Link> },
    { title: t('flags:fields.rule'), dataIndex: 'rule', render: (rule: string, flag) => (
      <Typography.Link onClick={opener(flag)} data-testid={`open-${flag.flagId}`}>{t(`flags:rules.${rule}.name`)}</Typography.Link>
    ) },
    { title: t('flags:fields.subject'), dataIndex: 'subject' },
    { title: t('flags:fields.status'), dataIndex: 'status', render: (status: Flag['status']) => <Tag color={STATUS_COLOURS[status]}>{t(`flags:status.${status}`)}</Tag> },
    { title: t('flags:fields.evidence'), key: 'evidence', align: 'right', render: (_, flag) => flag.evidence.length },
    { title: t('flags:fields.raisedAt'), dataIndex: 'raisedAt', render: (at: string) => formatDateTime(at, language) },
  ];
}
