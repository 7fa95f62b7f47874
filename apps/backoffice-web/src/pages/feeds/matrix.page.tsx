import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Pagination, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import { EmptyState, QueryState } from '../../components/states';
import { useRegions } from '../dealers/dealer-api';
import { CellStatus, DEALERS_PER_PAGE, MatrixState, matrixStateOf, MAX_MONTHS, searchParamsOf, STATUS_COLOURS, submissionsLink } from './matrix-range';

interface Cell { period: string; kind: string; status: CellStatus; version?: number; dueDate?: string; rejections: number }
interface MatrixDealer { dealerCode: string; name: string; region: string; cells: Cell[] }

/** The feed submissions matrix: for each dealer, kinds × months, each cell a coloured tag linking to the dealer's submissions. */
export default function FeedMatrixPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = matrixStateOf(params, dayjs().format('YYYY-MM-DD'));
  const change = (next: Partial<MatrixState>) => setParams(searchParamsOf({ ...state, page: 1, ...next }));
  const regions = useRegions();
  const query = useQuery({
    queryKey: ['feed-matrix', state],
    queryFn: async () => dataOrThrow(await api.GET('/api/feed-matrix', { params: { query: {
      from: state.from, to: state.to, ...(state.region ? { region: state.region } : {}), skip: (state.page - 1) * DEALERS_PER_PAGE, limit: DEALERS_PER_PAGE,
    } } })),
  });

  return (
    <>
      <Typography.Title level={1}>{t('feedMatrix:title')}</Typography.Title>
      <Space wrap role="search" aria-label={t('feedMatrix:filters')} style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker picker="month" format="YYYY-MM" allowClear={false} aria-label={t('feedMatrix:range')} data-testid="matrix-range"
          value={[dayjs(`${state.from}-01`), dayjs(`${state.to}-01`)]}
          disabledDate={(month, { from }) => !!from && Math.abs(month.diff(from, 'month')) >= MAX_MONTHS}
          onChange={(range) => range?.[0] && range[1] && change({ from: range[0].format('YYYY-MM'), to: range[1].format('YYYY-MM') })} />
        <Select allowClear style={{ minWidth: 180 }} placeholder={t('feedMatrix:region')} aria-label={t('feedMatrix:region')} data-testid="matrix-region"
          value={state.region} loading={regions.isPending} onChange={(region?: string) => change({ region })}
          options={(regions.data ?? []).map(({ region }) => ({ value: region, label: t(`dealers:regions.${region}`, { defaultValue: region }) }))} />
        <Legend />
      </Space>
      <QueryState query={query} isEmpty={(data) => data.dealers.length === 0} empty={<EmptyState description={t('feedMatrix:empty')} />}>
        {(data) => (
          <>
            {(data.dealers as MatrixDealer[]).map((dealer) => <DealerMatrix key={dealer.dealerCode} dealer={dealer} months={data.months ?? []} kinds={data.kinds ?? []} />)}
            <Pagination current={state.page} pageSize={DEALERS_PER_PAGE} total={data.total} showSizeChanger={false} hideOnSinglePage
              onChange={(page) => setParams(searchParamsOf({ ...state, page }))} />
          </>
        )}
      </QueryState>
    </>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap aria-label={t('feedMatrix:legend')}>
      {(Object.keys(STATUS_COLOURS) as CellStatus[]).map((status) => <Tag key={status} color={STATUS_COLOURS[status] || undefined} bordered={status !== 'not-due'}>{t(`feedMatrix:status.${status}`)}</Tag>)}
    </Space>
  );
}

/** One dealer: a row per kind, a column per month. */
function DealerMatrix({ dealer, months, kinds }: { dealer: MatrixDealer; months: string[]; kinds: string[] }) {
  const { t } = useTranslation();
  const byKey = new Map(dealer.cells.map((c) => [`${c.period}|${c.kind}`, c]));
  const columns: ColumnsType<{ kind: string }> = [
    { key: 'kind', title: t('feedMatrix:kind'), fixed: 'left', render: (_, { kind }) => t(`feeds:kinds.${kind}`, { defaultValue: kind }) },
    ...months.map((period) => ({
      key: period, title: period, align: 'center' as const,
      render: (_: unknown, { kind }: { kind: string }) => <CellTag dealerCode={dealer.dealerCode} cell={byKey.get(`${period}|${kind}`) ?? { period, kind, status: 'missing', rejections: 0 }} />,
    })),
  ];
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="matrix-dealer"
      title={<Link to={`/dealers/${encodeURIComponent(dealer.dealerCode)}`}>{dealer.dealerCode} {dealer.name}</Link>}
      extra={t(`dealers:regions.${dealer.region}`, { defaultValue: dealer.region })}>
      <Table rowKey="kind" size="small" pagination={false} scroll={{ x: 'max-content' }} columns={columns} dataSource={kinds.map((kind) => ({ kind }))}
        aria-label={t('feedMatrix:tableLabel', { code: dealer.dealerCode })} />
    </Card>
  );
}

function CellTag({ dealerCode, cell }: { dealerCode: string; cell: Cell }) {
  const { t } = useTranslation();
  const text = cell.version ? t(`feedMatrix:cell.${cell.status}`, { version: cell.version }) : t(`feedMatrix:status.${cell.status}`);
  const title = [cell.dueDate ? t('feedMatrix:due', { date: cell.dueDate }) : '', cell.rejections ? t('feedMatrix:rejections', { count: cell.rejections }) : ''].filter(Boolean).join(' · ');
  return (
    <Link to={submissionsLink(dealerCode, cell.period, cell.kind)} title={title || undefined} data-testid={`cell-${cell.period}-${cell.kind}`}>
      <Tag color={STATUS_COLOURS[cell.status] || undefined} bordered={cell.status !== 'not-due'} style={{ marginInlineEnd: 0 }}>{text}{cell.rejections > 0 && cell.status !== 'rejected' ? ' !' : ''}</Tag>
    </Link>
  );
}

