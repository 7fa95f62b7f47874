import { Alert, Card, DatePicker, Descriptions, Input, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { QueryState } from '../../components/states';
import { CoverageTimeline } from './coverage-timeline';
import { Conflict, useCoverage, useUnit } from './units-api';

const today = () => dayjs().format('YYYY-MM-DD');

/** Look a unit up by its serial: its delivery, its registration, second cards flagged, and its warranty clocks on a day. */
export default function UnitLookupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const serial = useParams().serial ?? '';
  const [search, setSearch] = useSearchParams();
  const on = search.get('on') ?? today();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ marginBottom: 0 }}>{t('units:lookup.title')}</Typography.Title>
      <Input.Search
        defaultValue={serial}
        key={serial}
        enterButton={t('units:lookup.find')}
        placeholder={t('units:lookup.placeholder')}
        aria-label={t('units:lookup.placeholder')}
        data-testid="unit-search"
        onSearch={(value) => value.trim() && navigate(`/units/${encodeURIComponent(value.trim())}`)}
        style={{ maxWidth: 480 }}
      />
      {serial && <UnitDetail serial={serial} on={on} onDay={(day) => setSearch(day ? { on: day } : {})} />}
    </Space>
  );
}

function UnitDetail({ serial, on, onDay }: { serial: string; on: string; onDay: (day?: string) => void }) {
  const { t } = useTranslation();
  const unit = useUnit(serial);
  const coverage = useCoverage(serial, on);
  const conflictColumns = [
    { key: 'conflict', title: t('units:conflicts.kind'), render: (_: unknown, c: Conflict) => t(`units:conflicts.kinds.${c.conflict}`) },
    { key: 'dealerCode', dataIndex: 'dealerCode', title: t('units:conflicts.dealer') },
    { key: 'cardNo', dataIndex: 'cardNo', title: t('units:conflicts.cardNo') },
    { key: 'saleDate', dataIndex: 'saleDate', title: t('units:fields.saleDate') },
  ];
  return (
    <QueryState query={unit}>
      {(found) => (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('units:lookup.unit', { serial: found.serialNo, model: found.model })}</h2>}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="unit-facts">
              <Descriptions.Item label={t('units:fields.deliveredTo')}>{found.delivery ? `${found.delivery.dealerCode} · ${found.delivery.receivedOn}` : t('units:lookup.noDelivery')}</Descriptions.Item>
              <Descriptions.Item label={t('units:fields.registration')}>
                {found.registration
                  ? t('units:lookup.registered', { card: found.registration.cardNo, dealer: found.registration.dealerCode, sale: found.registration.saleDate, customer: found.registration.customerName })
                  : t('units:lookup.notRegistered')}
              </Descriptions.Item>
              {found.registration && (
                <Descriptions.Item label={t('units:fields.cardReceived')}>
                  {found.registration.receivedOn}{found.registration.late ? ` · ${t('units:lookup.late')}` : ''}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card
            title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('units:coverage.title')}</h2>}
            extra={<DatePicker format="YYYY-MM-DD" allowClear={false} aria-label={t('units:coverage.on')} data-testid="coverage-on"
              value={dayjs(on)} onChange={(day) => onDay(day ? day.format('YYYY-MM-DD') : undefined)} />}
          >
            <QueryState query={coverage} inline>
              {(clocks) => (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {!clocks.warrantyStarted && <Alert type="info" showIcon data-testid="warranty-not-started" title={t('units:coverage.notStarted')} />}
                  {clocks.agreement
                    ? <Typography.Text type="secondary">{t('units:coverage.agreement', { dealer: clocks.agreement.dealerCode, version: clocks.agreement.agreementVersion, from: clocks.agreement.validFrom, to: clocks.agreement.validTo })}</Typography.Text>
                    : <Typography.Text type="warning">{t('units:coverage.noAgreement')}</Typography.Text>}
                  <CoverageTimeline clocks={clocks.clocks} on={clocks.on} />
                  {clocks.newSpareParts && <Typography.Text>{t('units:coverage.newSpareParts', { months: clocks.newSpareParts.months })}</Typography.Text>}
                  {clocks.excludedCategories.length > 0 && (
                    <Typography.Text>{t('units:coverage.excluded', { categories: clocks.excludedCategories.join(', ') })}</Typography.Text>
                  )}
                </Space>
              )}
            </QueryState>
          </Card>
          {found.conflicts.length > 0 && (
            <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('units:conflicts.title')}</h2>}>
              <Table<Conflict> rowKey={(c) => `${c.dealerCode}-${c.cardNo}`} size="small" pagination={false} columns={conflictColumns} dataSource={found.conflicts} data-testid="unit-conflicts" />
            </Card>
          )}
        </Space>
      )}
    </QueryState>
  );
}
