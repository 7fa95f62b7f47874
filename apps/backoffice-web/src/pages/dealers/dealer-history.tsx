import { Button, Table, TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { formatDateTime } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { HistoryEvent, useDealerHistory } from './dealer-api';
import { historySummary } from './history-summary';

/** Every event about the dealer from every service: what, when, who; newest first, "load more" for older ones. */
export function DealerHistory({ code }: { code: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const history = useDealerHistory(code);
  if (history.isPending) return <LoadingState />;
  if (history.error) return <ErrorState inline error={history.error} onRetry={() => void history.refetch()} />;
  const events = history.data.pages.flatMap((page) => page.items);
  if (events.length === 0) return <EmptyState description={t('dealers:history.none')} />;
  const columns: TableProps<HistoryEvent>['columns'] = [
    { key: 'what', title: t('dealers:history.what'), dataIndex: 'type', render: (type: string) => t(`dealers:events.${type}`, { defaultValue: type }) },
    {
      key: 'detail',
      title: t('dealers:history.detail'),
      render: (_: unknown, event: HistoryEvent) => historySummary(event.type, event.data, language, t),
    },
    { key: 'when', title: t('dealers:history.when'), dataIndex: 'occurredAt', render: (at: string) => formatDateTime(at, language) },
    { key: 'who', title: t('dealers:history.who'), dataIndex: 'actor', render: (actor?: string | null) => actor || t('dealers:history.system') },
  ];
  return (
    <>
      <Table<HistoryEvent> rowKey="eventId" size="small" columns={columns} dataSource={events} pagination={false} data-testid="dealer-history" />
      {history.hasNextPage && (
        <Button style={{ marginTop: 12 }} loading={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
          {t('common:actions.loadMore')}
        </Button>
      )}
    </>
  );
}
