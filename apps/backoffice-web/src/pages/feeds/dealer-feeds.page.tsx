import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Select, Space, Table, TableProps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useUser } from '../../auth/session-context';
import { mayReach } from '../../auth/roles';
import { QueryState } from '../../components/states';
import { formatDateTime } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { FEED_UPLOADERS } from './feed-roles';
import { filtersOf, paramsOf, SubmissionFilters } from './feed-helpers';
import { KindName, SubmissionTags } from './feed-tags';
import { FEED_KINDS, SubmissionSummary } from './feed-types';
import { useSubmissions } from './feeds-api';

const PAGE_SIZE = 20;

/**
 * A dealer's feed submissions, newest first: every version and every rejected attempt, with its
 * status; filtered by month, kind and status in the address (the matrix links here).
 */
export default function DealerFeedsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const user = useUser();
  const code = useParams().code ?? '';
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const submissions = useSubmissions(code, { period: filters.period, kind: filters.kind, status: filters.status, skip: (filters.page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const change = (next: Partial<SubmissionFilters>) => setParams(paramsOf({ ...filters, page: 1, ...next }));
  const mayUpload = mayReach(user.roles, FEED_UPLOADERS) && (!user.roles.includes('dealer') || user.dealerCode === code);

  const columns: TableProps<SubmissionSummary>['columns'] = [
    { key: 'period', dataIndex: 'period', title: t('feeds:fields.period') },
    { key: 'kind', title: t('feeds:fields.kind'), render: (_: unknown, s) => <KindName kind={s.kind} kinds={s.kinds} /> },
    { key: 'status', title: t('feeds:fields.status'), render: (_: unknown, s) => <SubmissionTags submission={s} /> },
    { key: 'counts', title: t('feeds:fields.changes'), render: (_: unknown, s) => s.status === 'accepted'
        ? t('feeds:diff.counts', { recorded: s.recorded ?? 0, corrected: s.corrected ?? 0, withdrawn: s.withdrawn ?? 0 })
        : t('feeds:list.problems', { errors: s.errors ?? 0, warnings: s.warnings ?? 0 }) },
    { key: 'rows', dataIndex: 'rows', title: t('feeds:fields.rows') },
    { key: 'fileName', dataIndex: 'fileName', title: t('feeds:fields.fileName') },
    { key: 'receivedAt', dataIndex: 'receivedAt', title: t('feeds:fields.receivedAt'), render: (at: string) => formatDateTime(at, language) },
    { key: 'open', title: '', render: (_: unknown, s) => <Link to={`/dealers/${code}/feeds/${s.submissionId}`}>{t('feeds:list.open')}</Link> },
  ];

  return (
    <section aria-labelledby="feeds-title">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1} id="feeds-title">{t('feeds:list.title', { code })}</Typography.Title>
        {mayUpload && <Link to="/feeds/upload"><Button type="primary" icon={<UploadOutlined />}>{t('feeds:list.upload')}</Button></Link>}
      </Space>
      <Card>
        <Space wrap style={{ marginBottom: 16 }} data-testid="feed-filters">
          <DatePicker picker="month" format="YYYY-MM" placeholder={t('feeds:fields.period')} aria-label={t('feeds:fields.period')}
            value={filters.period ? dayjs(`${filters.period}-01`) : null} onChange={(month) => change({ period: month ? month.format('YYYY-MM') : undefined })} />
          <Select allowClear style={{ minWidth: 200 }} placeholder={t('feeds:fields.kind')} aria-label={t('feeds:fields.kind')} value={filters.kind}
            onChange={(kind) => change({ kind })} options={FEED_KINDS.map((kind) => ({ value: kind, label: t(`feeds:kinds.${kind}`) }))} />
          <Select allowClear style={{ minWidth: 160 }} placeholder={t('feeds:fields.status')} aria-label={t('feeds:fields.status')} value={filters.status}
            onChange={(status) => change({ status })} options={[{ value: 'accepted', label: t('feeds:status.accepted') }, { value: 'rejected', label: t('feeds:status.rejected') }]} />
        </Space>
        <QueryState query={submissions}>
          {(page) => (
            <Table<SubmissionSummary> rowKey="submissionId" size="small" columns={columns} dataSource={page.items} data-testid="feed-submissions"
              locale={{ emptyText: t('feeds:list.empty') }} scroll={{ x: true }}
              pagination={{ current: filters.page, pageSize: PAGE_SIZE, total: page.total, showSizeChanger: false, onChange: (p) => change({ page: p }) }} />
          )}
        </QueryState>
      </Card>
    </section>
  );
}
