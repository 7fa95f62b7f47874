import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useSession } from '../../auth/session-context';
import { mayReach } from '../../auth/roles';
import { EmptyState, ErrorState } from '../../components/states';
import { formatDateTime } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { DEALER_WRITERS } from '../routes';
import { Dealer, useDealers, useRegions } from './dealer-api';
import { DealerListState, dealersQueryOf, listStateOf, PAGE_SIZES, searchParamsOf, sortOf, sortOrderOf } from './dealer-query';
import { ExportButton } from './export-button';

/** The dealers: search, filter by region, sort and page on the server; export what the filter matches. */
export default function DealerListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { user } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = listStateOf(params);
  const update = (change: Partial<DealerListState>) => setParams(searchParamsOf({ ...state, page: 1, ...change }));
  const query = dealersQueryOf(state);
  const dealers = useDealers(query);
  const regions = useRegions();
  const sortable = (field: string) => ({ sorter: true, sortOrder: sortOrderOf(state.sort, field) });

  const columns: TableProps<Dealer>['columns'] = [
    { key: 'code', dataIndex: 'code', title: t('dealers:fields.code'), ...sortable('code'), render: (code: string) => <Link to={`/dealers/${code}`}>{code}</Link> },
    { key: 'name', dataIndex: 'name', title: t('dealers:fields.name'), ...sortable('name') },
    { key: 'region', dataIndex: 'region', title: t('dealers:fields.region'), ...sortable('region'), render: (region: string) => t(`dealers:regions.${region}`, { defaultValue: region }) },
    { key: 'parentDealerCode', dataIndex: 'parentDealerCode', title: t('dealers:fields.parentDealerCode'), render: (parent?: string) => parent && <Link to={`/dealers/${parent}`}>{parent}</Link> },
    { key: 'hotline', dataIndex: 'hotline', title: t('dealers:fields.hotline') },
    {
      key: 'registeredOn',
      dataIndex: 'registeredAt',
      title: t('dealers:fields.registeredAt'),
      ...sortable('registeredOn'),
      render: (at?: string) => at && formatDateTime(at, language),
    },
  ];

  const onChange: TableProps<Dealer>['onChange'] = (pagination, _filters, sorter) => {
    const { columnKey, order } = Array.isArray(sorter) ? sorter[0] ?? {} : sorter;
    const sort = sortOf(columnKey === undefined ? undefined : String(columnKey), order);
    const pageSize = pagination.pageSize ?? state.pageSize;
    setParams(searchParamsOf({ ...state, sort, pageSize, page: sort !== state.sort || pageSize !== state.pageSize ? 1 : pagination.current ?? 1 }));
  };

  return (
    <section aria-labelledby="dealers-title">
      <Typography.Title level={1} id="dealers-title">
        {t('dealers:list.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('dealers:list.search')}
          placeholder={t('dealers:list.search')}
          defaultValue={state.q}
          key={state.q}
          allowClear
          onSearch={(q) => update({ q })}
          style={{ width: 280 }}
          data-testid="dealer-search"
        />
        <Select
          aria-label={t('dealers:list.region')}
          placeholder={t('dealers:list.allRegions')}
          value={state.region || undefined}
          allowClear
          loading={regions.isPending}
          onChange={(region?: string) => update({ region: region ?? '' })}
          style={{ width: 200 }}
          options={(regions.data ?? []).map(({ region }) => ({ value: region, label: t(`dealers:regions.${region}`, { defaultValue: region }) }))}
          data-testid="region-filter"
        />
        <ExportButton filter={{ q: query.q, region: query.region, sort: query.sort }} />
        {user && mayReach(user.roles, DEALER_WRITERS) && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/dealers/new')}>
              {t('dealers:register.title')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => navigate('/dealers/import')}>
              {t('dealers:import.title')}
            </Button>
          </>
        )}
      </Space>
      {dealers.error ? (
        <ErrorState error={dealers.error} onRetry={() => void dealers.refetch()} />
      ) : (
        <Table<Dealer>
          rowKey="code"
          data-testid="dealers-table"
          columns={columns}
          dataSource={dealers.data?.items}
          loading={dealers.isFetching}
          onChange={onChange}
          locale={{ emptyText: dealers.isPending ? ' ' : <EmptyState description={t('dealers:list.empty')} /> }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: dealers.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (total) => t('dealers:list.total', { count: total }),
          }}
          scroll={{ x: true }}
        />
      )}
    </section>
  );
}
