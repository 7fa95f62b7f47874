import { Table, TableProps, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { inFileOrder } from './feed-helpers';
import type { FeedProblem } from './feed-types';

/**
 * The problems of a feed file as the dealer sees its file: the row as its spreadsheet numbers it,
 * the column by the dealer's own header, the value as typed, and the message in the UI's language
 * (the service writes it in the language the page asked for).
 */
export function FeedProblemsTable({ problems, pagination, testId = 'feed-problems' }: {
  problems: readonly FeedProblem[];
  /** Server paging (a stored submission's problems); client paging past 50 when absent. */
  pagination?: TableProps<FeedProblem>['pagination'];
  testId?: string;
}) {
  const { t } = useTranslation();
  const ordered = pagination ? [...problems] : inFileOrder(problems);
  const showSheet = problems.some((problem) => problem.sheet);
  const columns: TableProps<FeedProblem>['columns'] = [
    ...(showSheet ? [{ key: 'sheet', dataIndex: 'sheet', title: t('feeds:problems.sheet') }] : []),
    { key: 'row', dataIndex: 'row', title: t('feeds:problems.row'), width: 80, render: (row: number) => (row > 0 ? row : t('feeds:problems.wholeFile')) },
    { key: 'column', title: t('feeds:problems.column'), render: (_: unknown, problem) => problem.header ?? problem.column ?? '' },
    { key: 'value', dataIndex: 'value', title: t('feeds:problems.value'), render: (value?: string) => (value === undefined || value === null ? '' : String(value)) },
    {
      key: 'severity', dataIndex: 'severity', title: t('feeds:problems.severity'), width: 90,
      render: (severity: FeedProblem['severity']) => <Tag color={severity === 'error' ? 'red' : 'gold'}>{t(`feeds:problems.${severity}`)}</Tag>,
    },
    { key: 'message', dataIndex: 'message', title: t('feeds:problems.message') },
  ];
  return (
    <Table<FeedProblem>
      rowKey={(problem) => `${problem.sheet ?? ''}-${problem.row}-${problem.column ?? ''}-${problem.code}-${problem.value ?? ''}`}
      size="small"
      columns={columns}
      dataSource={ordered}
      pagination={pagination ?? (ordered.length > 50 ? { pageSize: 50, showSizeChanger: false } : false)}
      data-testid={testId}
    />
  );
}
