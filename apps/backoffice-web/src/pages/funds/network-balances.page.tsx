import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { dataOrThrow } from '../../api/problem';
import { EmptyState, QueryState } from '../../components/states';
import { formatFen, formatNumber } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { DEALER_CODE, QUARTER, quarterOfDate } from '../payments/payment-filters';
import { FundChart } from './fund-chart';
import { RegionBalance, regionBalancesOption } from './fund-chart-options';
import { useChartText } from './use-chart-text';

/** The network's repair funds by region in one quarter (this quarter unless the address names one). */
export default function NetworkBalancesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('quarter')?.toUpperCase() ?? '';
  const quarter = QUARTER.test(asked) ? asked : quarterOfDate(new Date().toISOString().slice(0, 10));
  const query = useQuery({
    queryKey: ['funds', 'regions', quarter],
    queryFn: async () => dataOrThrow(await api.GET('/api/fund-balances', { params: { query: { quarter } } })),
  });

  return (
    <>
      <Typography.Title level={1}>{t('funds:network.title')}</Typography.Title>
      <Form layout="inline" role="search" aria-label={t('funds:network.quarterLabel')} key={quarter} initialValues={{ quarter }}
        onFinish={({ quarter: next }: { quarter: string }) => setParams({ quarter: next.toUpperCase() })} style={{ marginBottom: 16 }}>
        <Form.Item name="quarter" label={t('funds:fields.quarter')} normalize={(v: string) => v.toUpperCase()}
          rules={[{ required: true, pattern: QUARTER, message: t('funds:problems.quarter') }]}>
          <Input placeholder="2026Q4" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item><Button htmlType="submit">{t('funds:network.show')}</Button></Form.Item>
      </Form>
      <QueryState query={query} isEmpty={(data) => data.regions.length === 0} empty={<EmptyState description={t('funds:network.empty', { quarter })} />}>
        {(data) => <RegionBalances regions={data.regions} totals={data.totals} quarter={quarter} />}
      </QueryState>
      <OpenDealerFund />
    </>
  );
}

type Totals = Omit<RegionBalance, 'region'>;

function RegionBalances({ regions, totals, quarter }: { regions: RegionBalance[]; totals: Totals; quarter: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const text = useChartText();
  const regionName = useRegionName();
  const option = useMemo(() => regionBalancesOption(regions, text, regionName), [regions, text, regionName]);
  const columns = useRegionColumns();
  const money = (fen: number) => formatFen(fen, language);
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <FundChart option={option} label={t('funds:network.chartLabel', { quarter })} />
      </Card>
      <Table<RegionBalance> rowKey="region" data-testid="region-balances-table" aria-label={t('funds:network.tableLabel', { quarter })}
        columns={columns} dataSource={regions} pagination={false} scroll={{ x: 'max-content' }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}><strong>{t('funds:network.totals')}</strong></Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">{formatNumber(totals.dealers, language)}</Table.Summary.Cell>
            {[totals.paymentsFen, totals.accrualFen, totals.chargesFen, totals.balanceFen].map((fen, i) => (
              <Table.Summary.Cell key={i} index={i + 2} align="right"><strong>{money(fen)}</strong></Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
    </>
  );
}

function useRegionColumns(): ColumnsType<RegionBalance> {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const money = (fen: number) => formatFen(fen, language);
  return [
    { title: t('funds:fields.region'), dataIndex: 'region', render: useRegionName() },
    { title: t('funds:fields.dealers'), dataIndex: 'dealers', align: 'right', render: (n: number) => formatNumber(n, language) },
    { title: t('funds:fields.payments'), dataIndex: 'paymentsFen', align: 'right', render: money },
    { title: t('funds:fields.accrual'), dataIndex: 'accrualFen', align: 'right', render: money },
    { title: t('funds:fields.charges'), dataIndex: 'chargesFen', align: 'right', render: money },
    { title: t('funds:fields.balance'), dataIndex: 'balanceFen', align: 'right', render: money },
  ];
}

/** A region's name in the UI's language; a region configured later (setting REGIONS) by its code. */
function useRegionName(): (code: string) => string {
  const { t } = useTranslation();
  return useCallback((code: string) => t(`funds:regions.${code}`, { defaultValue: code }), [t]);
}

/** Staff open any dealer's fund from here. */
function OpenDealerFund() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Form layout="inline" aria-label={t('funds:network.openDealer')} style={{ marginTop: 24 }}
      onFinish={({ dealerCode }: { dealerCode: string }) => navigate(`/funds/${encodeURIComponent(dealerCode)}`)}>
      <Form.Item name="dealerCode" label={t('funds:network.openDealer')} normalize={(v: string) => v.toUpperCase()}
        rules={[{ required: true, pattern: DEALER_CODE, message: t('funds:problems.dealerCode') }]}>
        <Input placeholder="D0001" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item><Button htmlType="submit">{t('funds:network.open')}</Button></Form.Item>
    </Form>
  );
}
