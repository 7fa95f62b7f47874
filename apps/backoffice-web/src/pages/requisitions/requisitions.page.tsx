import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useUser } from '../../auth/session-context';
import { EmptyState, ErrorState } from '../../components/states';
import { formatDate, formatDateTime } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import {
  DEALER_CODE, filtersOf, isFiltered, PAGE_SIZES, paramsOf, queryOf, REQUISITION_STATUSES, RequisitionFilters, requisitionPath, WAITING_FOR,
} from './requisition-filters';
import { maySubmitFor } from './requisition-roles';
import { AwaitingTags, ShipBy, StatusTag, UrgencyText } from './requisition-tags';
import type { RequisitionSummary } from './requisition-types';
import { useRequisitions } from './requisitions-api';

/**
 * The requisitions (維修配件備料單), newest first: the parts clerk's queue (waiting for the review,
 * a payment, the check, the shipment; overdue), filtered in the address and paged by the server. At
 * /dealers/{code}/requisitions one dealer's (and its sub-dealers'): a dealer user's own.
 */
export default function RequisitionsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const fixedDealer = useParams().code?.toUpperCase();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const show = (next: Partial<RequisitionFilters>) => setParams(paramsOf({ ...filters, page: 1, ...next }));
  const query = useRequisitions(queryOf(filters, fixedDealer));
  const own = !!user.dealerCode && (fixedDealer === undefined || fixedDealer === user.dealerCode);
  const title = fixedDealer && !own ? t('requisitions:list.titleOf', { code: fixedDealer }) : own ? t('requisitions:list.own') : t('requisitions:list.title');
  const newFor = fixedDealer ?? filters.dealerCode;
  const mayCreate = maySubmitFor(user, user.dealerCode ? user.dealerCode : newFor);

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1}>{title}</Typography.Title>
        {mayCreate && (
          <Button type="primary" icon={<PlusOutlined />} data-testid="requisition-new"
            onClick={() => navigate(`/requisitions/new${!user.dealerCode && newFor ? `?dealer=${encodeURIComponent(newFor)}` : ''}`)}>
            {t('requisitions:list.new')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t(own ? 'requisitions:list.introOwn' : 'requisitions:list.intro')}</Typography.Paragraph>
      <Space wrap role="search" aria-label={t('requisitions:filters.label')} style={{ marginBottom: 16 }}>
        {!fixedDealer && !user.dealerCode && (
          <Input.Search allowClear placeholder="D0001" aria-label={t('requisitions:fields.dealerCode')} data-testid="requisitions-dealer" style={{ width: 180 }}
            defaultValue={filters.dealerCode} key={filters.dealerCode ?? ''}
            onSearch={(value) => { const code = value.trim().toUpperCase(); show({ dealerCode: DEALER_CODE.test(code) ? code : undefined }); }} />
        )}
        <Select allowClear style={{ minWidth: 160 }} placeholder={t('requisitions:fields.status')} aria-label={t('requisitions:fields.status')}
          data-testid="requisitions-status" value={filters.status} onChange={(status?: RequisitionFilters['status']) => show({ status })}
          options={REQUISITION_STATUSES.map((status) => ({ value: status, label: t(`requisitions:status.${status}`) }))} />
        <Select allowClear style={{ minWidth: 200 }} placeholder={t('requisitions:filters.waiting')} aria-label={t('requisitions:filters.waiting')}
          data-testid="requisitions-waiting" value={filters.waiting} onChange={(waiting?: RequisitionFilters['waiting']) => show({ waiting })}
          options={WAITING_FOR.map((waiting) => ({ value: waiting, label: t(`requisitions:waiting.${waiting}`) }))} />
        <Checkbox checked={filters.overdue} onChange={(event) => show({ overdue: event.target.checked })} data-testid="requisitions-overdue">
          {t('requisitions:filters.overdue')}
        </Checkbox>
      </Space>
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : (
        <Table<RequisitionSummary>
          rowKey={(r) => `${r.dealerCode}/${r.requisitionId}`} data-testid="requisitions-table" aria-label={title}
          columns={useRequisitionColumns()} dataSource={query.data?.requisitions ?? []}
          loading={query.isFetching} scroll={{ x: 'max-content' }}
          onRow={(r) => ({ onClick: () => navigate(requisitionPath(r.dealerCode, r.requisitionId)), style: { cursor: 'pointer' } })}
          locale={{ emptyText: query.isPending ? ' ' : <EmptyState description={t(isFiltered(filters) ? 'requisitions:list.noMatch' : 'requisitions:list.empty')} /> }}
          pagination={{
            current: filters.page, pageSize: filters.pageSize, total: query.data?.total ?? 0, pageSizeOptions: PAGE_SIZES.map(String), showSizeChanger: true,
            showTotal: (total) => t('requisitions:list.total', { count: total }),
            onChange: (page, pageSize) => show({ page: pageSize === filters.pageSize ? page : 1, pageSize }),
          }} />
      )}
    </>
  );
}

function useRequisitionColumns(): ColumnsType<RequisitionSummary> {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return [
    { title: t('requisitions:fields.requisitionId'), dataIndex: 'requisitionId', render: (id: string, r) => (
      // A link as well as the row: reachable by keyboard, opens in a new tab.
      <Link to={requisitionPath(r.dealerCode, id)} onClick={(event) => event.stopPropagation()} data-testid={`requisition-${id}`}>{id}</Link>
    ) },
    { title: t('requisitions:fields.dealerCode'), dataIndex: 'dealerCode' },
    { title: t('requisitions:fields.status'), dataIndex: 'status', render: (status: RequisitionSummary['status']) => <StatusTag status={status} /> },
    { title: t('requisitions:fields.urgency'), dataIndex: 'urgency', render: (urgency: RequisitionSummary['urgency']) => <UrgencyText urgency={urgency} /> },
    { title: t('requisitions:fields.submittedOn'), dataIndex: 'submittedOn', render: (day: string) => formatDate(day, language) },
    { title: t('requisitions:fields.shipBy'), dataIndex: 'shipBy', render: (day: string | undefined, r) => <ShipBy shipBy={day} overdue={r.overdue} /> },
    { title: t('requisitions:fields.lineCount'), dataIndex: 'lineCount', align: 'right' },
    { title: t('requisitions:fields.openUnits'), dataIndex: 'openUnits', align: 'right' },
    { title: t('requisitions:fields.waitingFor'), key: 'awaiting', render: (_: unknown, r) => <AwaitingTags awaitingPayment={r.awaitingPayment} awaitingCheck={r.awaitingCheck} /> },
    { title: t('requisitions:fields.updatedAt'), dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at, language) },
  ];
}
