import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import { mayReach } from '../../auth/roles';
import { useUser } from '../../auth/session-context';
import { EmptyState, ErrorState } from '../../components/states';
import { PAYMENT_WRITERS } from '../routes';
import { formatDate, formatDateTime, formatFen } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { DEALER_CODE, filtersOf, PAGE_SIZES, paramsOf, PaymentFilters, PaymentSort, QUARTER, queryOf, sortOf } from './payment-filters';

interface Payment {
  paymentId: string;
  dealerCode: string;
  receivedOn: string;
  amountFen: number;
  quarter: string;
  agreementVersion?: number;
  recordedAt?: string;
  actor?: string | null;
}

/** Payments, newest first, filtered by dealer and quarter and paged by the server. */
export default function PaymentsListPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const query = useQuery({
    queryKey: ['payments', filters],
    queryFn: async () => dataOrThrow(await api.GET('/api/payments', { params: { query: queryOf(filters) } })),
    placeholderData: keepPreviousData,
  });
  const show = (next: PaymentFilters) => setParams(paramsOf(next));

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1}>{t('payments:list.title')}</Typography.Title>
        {mayReach(user.roles, PAYMENT_WRITERS) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`/payments/new${filters.dealerCode ? `?dealer=${filters.dealerCode}` : ''}`)}>
            {t('payments:list.record')}
          </Button>
        )}
      </Space>
      <PaymentFilterForm filters={filters} onChange={(f) => show({ ...filters, ...f, page: 1 })} />
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : <PaymentsTable query={query} filters={filters} show={show} />}
    </>
  );
}

type PaymentsQuery = { data?: { payments: Payment[]; total: number }; isFetching: boolean; isPending: boolean };

/** One page of payments; paging and sorting change the address, and the server answers that page. */
function PaymentsTable({ query, filters, show }: { query: PaymentsQuery; filters: PaymentFilters; show: (next: PaymentFilters) => void }) {
  const { t } = useTranslation();
  return (
    <Table<Payment>
      rowKey="paymentId"
      data-testid="payments-table"
      aria-label={t('payments:list.title')}
      columns={usePaymentColumns(filters.sort)}
      dataSource={query.data?.payments ?? []}
      loading={query.isFetching}
      locale={{ emptyText: query.isPending ? ' ' : <EmptyState description={t('payments:list.empty')} /> }}
      pagination={{
        current: filters.page,
        pageSize: filters.pageSize,
        total: query.data?.total ?? 0,
        pageSizeOptions: PAGE_SIZES.map(String),
        showSizeChanger: true,
        showTotal: (total) => t('payments:list.total', { count: total }),
        onChange: (page, pageSize) => show({ ...filters, page: pageSize === filters.pageSize ? page : 1, pageSize }),
      }}
      scroll={{ x: 'max-content' }}
      onChange={(_pagination, _filters, sorter, { action }) => {
        if (action !== 'sort') return;
        const column = Array.isArray(sorter) ? sorter[0] : sorter;
        show({ ...filters, sort: sortOf(column?.field, column?.order), page: 1 });
      }}
    />
  );
}

function PaymentFilterForm({ filters, onChange }: { filters: PaymentFilters; onChange: (f: Partial<PaymentFilters>) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ dealerCode?: string; quarter?: string }>();
  const apply = (values: { dealerCode?: string; quarter?: string }) =>
    onChange({ dealerCode: values.dealerCode?.trim().toUpperCase() || undefined, quarter: values.quarter?.trim().toUpperCase() || undefined });
  return (
    <Form form={form} layout="inline" role="search" aria-label={t('payments:filters.label')} style={{ marginBottom: 16 }}
      initialValues={{ dealerCode: filters.dealerCode ?? '', quarter: filters.quarter ?? '' }} onFinish={apply} key={`${filters.dealerCode}|${filters.quarter}`}>
      <Form.Item name="dealerCode" label={t('payments:fields.dealerCode')} normalize={(v: string) => v.toUpperCase()}
        rules={[{ pattern: DEALER_CODE, message: t('payments:problems.dealerCode') }]}>
        <Input allowClear placeholder="D0001" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="quarter" label={t('payments:fields.quarter')} normalize={(v: string) => v.toUpperCase()}
        rules={[{ pattern: QUARTER, message: t('payments:problems.quarter') }]}>
        <Input allowClear placeholder="2026Q4" style={{ width: 120 }} />
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit">{t('payments:filters.apply')}</Button>
      </Form.Item>
    </Form>
  );
}

/** The column's order as the address holds it (the server sorts). */
function orderOf(field: string, sort: PaymentSort | undefined): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  return sort === `-${field}` ? 'descend' : null;
}

function usePaymentColumns(sort: PaymentSort | undefined): ColumnsType<Payment> {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const sortable = (field: string) => ({ sorter: true, sortOrder: orderOf(field, sort), sortDirections: ['descend', 'ascend'] as ('descend' | 'ascend')[] });
  return [
    { title: t('payments:fields.paymentId'), dataIndex: 'paymentId' },
    { title: t('payments:fields.dealerCode'), dataIndex: 'dealerCode', render: (code: string) => <Link to={`/dealers/${code}`}>{code}</Link> },
    { title: t('payments:fields.receivedOn'), dataIndex: 'receivedOn', ...sortable('receivedOn'), render: (date: string) => formatDate(date, language) },
    { title: t('payments:fields.amount'), dataIndex: 'amountFen', align: 'right', ...sortable('amountFen'), render: (fen: number) => formatFen(fen, language) },
    { title: t('payments:fields.quarter'), dataIndex: 'quarter', render: (q: string, p) => <Link to={`/funds/${p.dealerCode}`}>{q}</Link> },
    { title: t('payments:fields.agreementVersion'), dataIndex: 'agreementVersion', align: 'right' },
    { title: t('payments:fields.recordedAt'), dataIndex: 'recordedAt', ...sortable('recordedAt'), render: (at?: string) => (at ? formatDateTime(at, language) : '') },
    { title: t('payments:fields.actor'), dataIndex: 'actor' },
  ];
}
