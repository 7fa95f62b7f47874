import { Descriptions, Drawer, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/states';
import { formatDate, formatDateTime, formatFen } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { PriceChange, usePriceItem } from './price-list-api';
import { latestOf, newestFirst } from './price-text';

/** One line's every change: its version, from and until, the price or its withdrawal, why, by whom and when. */
export function PriceLineDrawer({ code, onClose }: { code: string; onClose: () => void }) {
  const { t } = useTranslation();
  const query = usePriceItem(code);
  return (
    <Drawer open onClose={onClose} size="large" title={t('prices:history.title', { code })} data-testid="price-line-drawer" destroyOnHidden>
      <QueryState query={query}>{(line) => <History code={line.code} history={line.history} />}</QueryState>
    </Drawer>
  );
}

function History({ code, history }: { code: string; history: PriceChange[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const latest = latestOf(history);
  return (
    <>
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }} items={[
        { key: 'code', label: t('prices:fields.code'), children: code },
        { key: 'name', label: t('prices:fields.name'), children: latest.name ?? '—' },
        { key: 'kind', label: t('prices:fields.kind'), children: latest.kind ? t(`prices:kinds.${latest.kind}`) : '—' },
        { key: 'status', label: t('prices:history.status'), children: latest.withdrawn
          ? <Tag color="red">{t('prices:history.withdrawn')}</Tag> : <Tag color="green">{t('prices:history.listed')}</Tag> },
      ]} />
      <Table<PriceChange> size="small" rowKey="version" dataSource={newestFirst(history)} pagination={false} scroll={{ x: 'max-content' }}
        aria-label={t('prices:history.label', { code })} data-testid="price-history"
        columns={[
          { title: t('prices:fields.version'), dataIndex: 'version', align: 'right' },
          { title: t('prices:fields.effectiveFrom'), dataIndex: 'effectiveFrom', render: (day: string) => formatDate(day, language) },
          { title: t('prices:fields.effectiveTo'), dataIndex: 'effectiveTo', render: (day?: string) => (day ? formatDate(day, language) : '—') },
          { title: t('prices:fields.unitPrice'), key: 'price', align: 'right', render: (_, change) => (change.withdrawn || change.unitPriceFen === undefined
            ? <Tag color="red">{t('prices:history.withdrawn')}</Tag> : formatFen(change.unitPriceFen, language)) },
          { title: t('prices:fields.name'), dataIndex: 'name', render: (name?: string) => name ?? '—' },
          { title: t('prices:fields.reason'), dataIndex: 'reason', render: (reason?: string) => reason ?? '—' },
          { title: t('prices:fields.actor'), dataIndex: 'actor' },
          { title: t('prices:fields.recordedAt'), dataIndex: 'recordedAt', render: (at: string) => formatDateTime(at, language) },
        ]} />
    </>
  );
}
