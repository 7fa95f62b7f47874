import { CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { EmptyState, ErrorState } from '../../components/states';
import { formatDate, formatDateTime, formatFen } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { filtersOf, PAGE_SIZES, paramsOf, PRICE_KINDS, PriceFilters, PriceView, SEARCH_MAX } from './price-filters';
import { PriceDialog, PriceLineDialog } from './price-line-dialogs';
import { PriceLineDrawer } from './price-line-drawer';
import { PriceItem, PriceVersion, Revision, usePriceItems, usePriceVersions } from './price-list-api';
import { useMayWritePrices } from './price-roles';

/**
 * The price list (維修收費標准): the lines in force on a day, searched by code or name and kind,
 * each line's history in a drawer; the versions. Parts clerks and admins change, add and withdraw
 * lines, and import a new version from a file.
 */
export default function PriceListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const show = (next: Partial<PriceFilters>) => setParams(paramsOf({ ...filters, page: 1, ...next }));
  const mayWrite = useMayWritePrices();
  const [dialog, setDialog] = useState<PriceDialog>();
  const [revision, setRevision] = useState<Revision>();
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1}>{t('prices:title')}</Typography.Title>
        {mayWrite && (
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'change' })} data-testid="price-new-line">
              {t('prices:actions.change')}
            </Button>
            <Button icon={<CloudUploadOutlined />} onClick={() => navigate('/price-list/import')} data-testid="price-import-link">
              {t('prices:actions.import')}
            </Button>
          </Space>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t('prices:intro')}</Typography.Paragraph>
      {revision && <RevisionNotice revision={revision} onClose={() => setRevision(undefined)} />}
      <Tabs activeKey={filters.view} onChange={(view) => show({ view: view as PriceView, item: undefined })} items={[
        { key: 'items', label: t('prices:tabs.items'), children: filters.view === 'items' && <Items filters={filters} show={show} onDialog={mayWrite ? setDialog : undefined} /> },
        { key: 'versions', label: t('prices:tabs.versions'), children: filters.view === 'versions' && <Versions filters={filters} show={show} /> },
      ]} />
      {filters.item && <PriceLineDrawer code={filters.item} onClose={() => setParams(paramsOf({ ...filters, item: undefined }))} />}
      {dialog && <PriceLineDialog dialog={dialog} onClose={() => setDialog(undefined)} onDone={(made) => { setRevision(made); setDialog(undefined); }} />}
    </>
  );
}

/** What a change or withdrawal made: its version and counts, or that the line was so already. */
function RevisionNotice({ revision, onClose }: { revision: Revision; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const values = { version: revision.version, from: formatDate(revision.effectiveFrom, language), set: revision.set, withdrawn: revision.withdrawn, lines: revision.lineCount };
  return (
    <Alert type={revision.created ? 'success' : 'info'} role="status" showIcon closable={{ onClose }} style={{ marginBottom: 16 }} data-testid="price-revision"
      title={revision.created ? t('prices:revision.created', values) : t('prices:revision.unchanged', values)} />
  );
}

function Items({ filters, show, onDialog }: { filters: PriceFilters; show: (next: Partial<PriceFilters>) => void; onDialog?: (dialog: PriceDialog) => void }) {
  const { t } = useTranslation();
  const query = usePriceItems(filters);
  const on = filters.on ?? query.data?.on;
  const open = (item: PriceItem) => show({ page: filters.page, item: item.code });
  return (
    <>
      <Space wrap role="search" aria-label={t('prices:filters.label')} style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('prices:filters.searchPlaceholder')} aria-label={t('prices:filters.search')} data-testid="price-search"
          style={{ width: 280 }} maxLength={SEARCH_MAX} defaultValue={filters.q} key={filters.q ?? ''} onSearch={(value) => show({ q: value.trim() || undefined })} />
        <Select allowClear style={{ minWidth: 140 }} placeholder={t('prices:filters.kind')} aria-label={t('prices:filters.kind')} data-testid="price-kind"
          value={filters.kind} onChange={(kind?: PriceFilters['kind']) => show({ kind })}
          options={PRICE_KINDS.map((kind) => ({ value: kind, label: t(`prices:kinds.${kind}`) }))} />
        <Space size={4}>
          <label htmlFor="price-on">{t('prices:filters.on')}</label>
          <DatePicker id="price-on" format="YYYY-MM-DD" aria-label={t('prices:filters.on')} data-testid="price-on" placeholder={t('prices:filters.today')}
            value={on ? dayjs(on) : null} allowClear={!!filters.on} onChange={(day) => show({ on: day ? day.format('YYYY-MM-DD') : undefined })} />
        </Space>
      </Space>
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : (
        <Table<PriceItem>
          rowKey="code" data-testid="price-items" aria-label={t('prices:tabs.items')} columns={useItemColumns(open, onDialog)}
          dataSource={query.data?.items ?? []} loading={query.isFetching} scroll={{ x: 'max-content' }}
          onRow={(item) => ({ onClick: () => open(item), style: { cursor: 'pointer' } })}
          locale={{ emptyText: query.isPending ? ' ' : <EmptyState description={t(filters.q || filters.kind ? 'prices:list.noMatch' : 'prices:list.empty', { on: on ?? '' })} /> }}
          pagination={{
            current: filters.page, pageSize: filters.pageSize, total: query.data?.total ?? 0, pageSizeOptions: PAGE_SIZES.map(String), showSizeChanger: true,
            showTotal: (total) => t('prices:list.total', { count: total, on: on ?? '' }),
            onChange: (page, pageSize) => show({ page: pageSize === filters.pageSize ? page : 1, pageSize }),
          }} />
      )}
    </>
  );
}

function useItemColumns(open: (item: PriceItem) => void, onDialog?: (dialog: PriceDialog) => void): ColumnsType<PriceItem> {
  const { t } = useTranslation();
  const { language } = useLanguage();
  // A button in a row acts alone: the click does not also open the row's history.
  const act = (dialog: PriceDialog) => (event: { stopPropagation: () => void }) => { event.stopPropagation(); onDialog?.(dialog); };
  return [
    { title: t('prices:fields.code'), dataIndex: 'code', render: (code: string, item) => (
      <Typography.Link onClick={(event) => { event.stopPropagation(); open(item); }} data-testid={`price-line-${code}`}>{code}</Typography.Link>
    ) },
    { title: t('prices:fields.kind'), dataIndex: 'kind', render: (kind: PriceItem['kind']) => <Tag color={kind === 'part' ? 'blue' : 'purple'}>{t(`prices:kinds.${kind}`)}</Tag> },
    { title: t('prices:fields.name'), dataIndex: 'name' },
    { title: t('prices:fields.unitPrice'), dataIndex: 'unitPriceFen', align: 'right', render: (fen: number) => formatFen(fen, language) },
    { title: t('prices:fields.version'), dataIndex: 'version', align: 'right' },
    { title: t('prices:fields.effectiveFrom'), dataIndex: 'effectiveFrom', render: (day: string) => formatDate(day, language) },
    { title: t('prices:fields.effectiveTo'), dataIndex: 'effectiveTo', render: (day?: string) => (day ? formatDate(day, language) : '—') },
    ...(onDialog ? [{
      title: t('prices:fields.actions'), key: 'actions', render: (_: unknown, item: PriceItem) => (
        <Space>
          <Button size="small" onClick={act({ kind: 'change', item })} data-testid={`price-change-${item.code}`}>{t('prices:actions.changeLine')}</Button>
          <Button size="small" danger onClick={act({ kind: 'withdraw', item })} data-testid={`price-withdraw-${item.code}`}>{t('prices:actions.withdraw')}</Button>
        </Space>
      ),
    }] : []),
  ];
}

function Versions({ filters, show }: { filters: PriceFilters; show: (next: Partial<PriceFilters>) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const query = usePriceVersions(filters);
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Table<PriceVersion>
      rowKey="version" data-testid="price-versions" aria-label={t('prices:tabs.versions')} scroll={{ x: 'max-content' }}
      dataSource={query.data?.versions ?? []} loading={query.isFetching}
      locale={{ emptyText: query.isPending ? ' ' : <EmptyState description={t('prices:versions.empty')} /> }}
      pagination={{
        current: filters.page, pageSize: filters.pageSize, total: query.data?.total ?? 0, pageSizeOptions: PAGE_SIZES.map(String), showSizeChanger: true,
        showTotal: (total) => t('prices:versions.total', { count: total }),
        onChange: (page, pageSize) => show({ page: pageSize === filters.pageSize ? page : 1, pageSize }),
      }}
      columns={[
        { title: t('prices:fields.version'), dataIndex: 'version', align: 'right' },
        { title: t('prices:fields.effectiveFrom'), dataIndex: 'effectiveFrom', render: (day: string) => formatDate(day, language) },
        { title: t('prices:fields.source'), dataIndex: 'source', render: (source: PriceVersion['source']) => (
          <Tag color={source === 'import' ? 'geekblue' : 'gold'}>{t(`prices:sources.${source}`)}</Tag>
        ) },
        { title: t('prices:fields.fileName'), dataIndex: 'fileName', render: (name?: string) => name ?? '—' },
        { title: t('prices:fields.reason'), dataIndex: 'reason', render: (reason?: string) => reason ?? '—' },
        { title: t('prices:fields.set'), dataIndex: 'set', align: 'right' },
        { title: t('prices:fields.withdrawn'), dataIndex: 'withdrawn', align: 'right' },
        { title: t('prices:fields.lineCount'), dataIndex: 'lineCount', align: 'right' },
        { title: t('prices:fields.actor'), dataIndex: 'actor' },
        { title: t('prices:fields.recordedAt'), dataIndex: 'recordedAt', render: (at: string) => formatDateTime(at, language) },
      ]} />
  );
}
