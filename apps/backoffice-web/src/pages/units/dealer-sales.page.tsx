import { DatePicker, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { QueryState } from '../../components/states';
import { MonthSales, useSales } from './units-api';

/** A dealer's units sold per month (its sub-dealers included), warranty cards received, the card return rate and late cards. */
export default function DealerSalesPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const [search, setSearch] = useSearchParams();
  const to = search.get('to') ?? dayjs().format('YYYY-MM');
  const from = search.get('from') ?? dayjs(`${to}-01`).subtract(11, 'month').format('YYYY-MM');
  const sales = useSales(code, from, to);
  const rate = (m: MonthSales) => (m.returnRate.percent === null ? '—' : t('units:sales.rate', { percent: m.returnRate.percent, cards: m.returnRate.cards, sold: m.returnRate.unitsSold }));
  const columns = [
    { key: 'month', dataIndex: 'month', title: t('units:sales.month') },
    { key: 'unitsSold', dataIndex: 'unitsSold', title: t('units:sales.unitsSold'), align: 'right' as const },
    { key: 'cards', dataIndex: 'cards', title: t('units:sales.cards'), align: 'right' as const },
    { key: 'rate', title: t('units:sales.returnRate'), align: 'right' as const, render: (_: unknown, m: MonthSales) => rate(m) },
    { key: 'lateCards', dataIndex: 'lateCards', title: t('units:sales.lateCards'), align: 'right' as const },
  ];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ marginBottom: 0 }}>{t('units:sales.title', { code })}</Typography.Title>
      <Link to={`/dealers/${code}`}>{t('units:sales.back')}</Link>
      <DatePicker.RangePicker
        picker="month"
        format="YYYY-MM"
        allowClear={false}
        aria-label={t('units:sales.range')}
        value={[dayjs(`${from}-01`), dayjs(`${to}-01`)]}
        onChange={(range) => range?.[0] && range[1] && setSearch({ from: range[0].format('YYYY-MM'), to: range[1].format('YYYY-MM') })}
      />
      <QueryState query={sales}>
        {(found) => (
          <>
            <Typography.Text type="secondary">{t('units:sales.dealers', { dealers: found.dealers.join(', ') })}</Typography.Text>
            <Table<MonthSales>
              rowKey="month"
              size="small"
              columns={columns}
              dataSource={found.months}
              pagination={false}
              data-testid="dealer-sales"
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>{t('units:sales.total')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">{found.total.unitsSold}</Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">{found.total.cards}</Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">{rate(found.total)}</Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">{found.total.lateCards}</Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
          </>
        )}
      </QueryState>
    </Space>
  );
}
