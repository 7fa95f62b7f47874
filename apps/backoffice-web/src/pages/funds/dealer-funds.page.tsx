import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { ApiProblem, dataOrThrow } from '../../api/problem';
import { mayReach } from '../../auth/roles';
import { useUser } from '../../auth/session-context';
import { EmptyState, NotFoundState, QueryState } from '../../components/states';
import { formatDateTime, formatFen } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { PAYMENT_WRITERS } from '../routes';
import { FundChart } from './fund-chart';
import { dealerQuartersOption, FundQuarter } from './fund-chart-options';
import { useChartText } from './use-chart-text';

/** A dealer's repair fund, quarter by quarter (oldest first): a chart and the same figures as a table. */
export default function DealerFundsPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const user = useUser();
  const navigate = useNavigate();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const query = useQuery({
    queryKey: ['funds', code, 'quarters'],
    queryFn: async () =>
      dataOrThrow(await api.GET('/api/funds/{dealerCode}/quarters', { params: { path: { dealerCode: code } } })),
  });

  // A dealer that does not exist and one this user may not see look the same: nothing of it is shown, not even its code as a title.
  if (query.error instanceof ApiProblem && query.error.status === 404) return <NotFoundState />;
  return (
    <>
      <Typography.Title level={1}>{t('funds:dealer.title', { code })}</Typography.Title>
      {notice && <Alert type="success" showIcon role="status" data-testid="payment-recorded" title={notice} style={{ marginBottom: 16 }} />}
      <Space style={{ marginBottom: 16 }} wrap>
        <Link to={`/payments?dealer=${encodeURIComponent(code)}`}>{t('funds:dealer.payments')}</Link>
        {mayReach(user.roles, PAYMENT_WRITERS) && (
          <Button onClick={() => navigate(`/payments/new?dealer=${encodeURIComponent(code)}`)}>{t('funds:dealer.record')}</Button>
        )}
      </Space>
      <QueryState query={query} isEmpty={(data) => data.quarters.length === 0} empty={<EmptyState description={t('funds:dealer.empty')} />}>
        {(data) => <DealerQuarters quarters={data.quarters} code={code} />}
      </QueryState>
    </>
  );
}

function DealerQuarters({ quarters, code }: { quarters: FundQuarter[]; code: string }) {
  const { t } = useTranslation();
  const text = useChartText();
  const option = useMemo(() => dealerQuartersOption(quarters, text), [quarters, text]);
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <FundChart option={option} label={t('funds:dealer.chartLabel', { code })} />
      </Card>
      <Table<FundQuarter> rowKey="quarter" data-testid="fund-quarters-table" aria-label={t('funds:dealer.tableLabel', { code })}
        columns={useQuarterColumns()} dataSource={[...quarters].reverse()} pagination={false} scroll={{ x: 'max-content' }} />
    </>
  );
}

function useQuarterColumns(): ColumnsType<FundQuarter> {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const money = (fen: number) => formatFen(fen, language);
  return [
    { title: t('funds:fields.quarter'), dataIndex: 'quarter' },
    { title: t('funds:fields.carriedIn'), dataIndex: 'carriedInFen', align: 'right', render: money },
    { title: t('funds:fields.payments'), dataIndex: 'paymentsFen', align: 'right', render: money },
    { title: t('funds:fields.accrual'), dataIndex: 'accrualFen', align: 'right', render: money },
    { title: t('funds:fields.charges'), dataIndex: 'chargesFen', align: 'right', render: money },
    { title: t('funds:fields.balance'), dataIndex: 'balanceFen', align: 'right', render: (fen: number) => <strong>{money(fen)}</strong> },
    { title: t('funds:fields.asOf'), dataIndex: 'asOf', render: (at?: string | null) => (at ? formatDateTime(at, language) : t('funds:fields.notYet')) },
  ];
}
