import { Segmented, Space, Table, TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/states';
import { cellText, changedColumns, columnsOf } from './feed-helpers';
import type { FeedKind, FeedRow, RowChange } from './feed-types';
import { useSubmissionRows } from './feeds-api';

const PAGE_SIZE = 50;
const CODED = new Set(['service_mode', 'category']);
const CHANGE_COLOURS: Record<RowChange, string> = { recorded: 'green', corrected: 'blue', withdrawn: 'red' };

/**
 * A version's rows, paged, in the columns of its kind; or its diff from the previous version:
 * rows recorded, corrected (each changed cell beside the value it replaced) and withdrawn.
 */
export function FeedRowsTable({ code, submissionId, kind, diff }: {
  code: string;
  submissionId: string;
  kind: FeedKind;
  /** A resubmission's counts of changed rows: its diff is shown first, from the first change it has. */
  diff?: Record<RowChange, number>;
}) {
  const { t } = useTranslation();
  const [change, setChange] = useState<RowChange | 'all'>(() => (diff ? (['corrected', 'recorded', 'withdrawn'] as const).find((c) => diff[c] > 0) ?? 'all' : 'all'));
  const [page, setPage] = useState(1);
  const rows = useSubmissionRows(code, submissionId, change, (page - 1) * PAGE_SIZE, PAGE_SIZE);
  const words = { yes: t('feeds:rows.yes'), no: t('feeds:rows.no') };
  // a coded value (service mode, opinion category) in the UI's words, else as published
  const textOf = (key: string, value: string | number | boolean | undefined) =>
    CODED.has(key) && typeof value === 'string' ? t(`feeds:values.${key}.${value}`, { defaultValue: value }) : cellText(key, value, words);
  const choices: (RowChange | 'all')[] = diff ? ['corrected', 'recorded', 'withdrawn', 'all'] : ['all'];

  const tableOf = (items: FeedRow[], total: number) => {
    const keys = columnsOf(kind, items.map((item) => item.row ?? item.previous));
    const columns: TableProps<FeedRow>['columns'] = [
      ...(change !== 'all' || items.some((item) => item.change) ? [{
        key: 'change', title: t('feeds:rows.change'), fixed: 'left' as const,
        render: (_: unknown, item: FeedRow) => item.change && <Tag color={CHANGE_COLOURS[item.change]}>{t(`feeds:diff.${item.change}`)}</Tag>,
      }] : []),
      ...keys.map((key) => ({
        key, title: t(`feeds:columns.${key}`, { defaultValue: key }),
        render: (_: unknown, item: FeedRow) => {
          const shown = item.row ?? item.previous;
          const text = textOf(key, shown?.[key]);
          if (!changedColumns(item.row, item.previous).has(key)) return item.change === 'withdrawn' ? <Typography.Text delete>{text}</Typography.Text> : text;
          return (
            <Space orientation="vertical" size={0} data-testid="changed-cell">
              <Typography.Text mark>{text}</Typography.Text>
              <Typography.Text type="secondary" delete>{textOf(key, item.previous?.[key]) || '—'}</Typography.Text>
            </Space>
          );
        },
      })),
    ];
    return (
      <Table<FeedRow> rowKey="key" size="small" columns={columns} dataSource={items} scroll={{ x: 'max-content' }} data-testid="feed-rows"
        locale={{ emptyText: t('feeds:rows.empty') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total, showSizeChanger: false, onChange: setPage }} />
    );
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {choices.length > 1 && (
        <Segmented<RowChange | 'all'> value={change} data-testid="diff-choice"
          options={choices.map((value) => ({ value, label: value === 'all' ? t('feeds:rows.allRows') : `${t(`feeds:diff.${value}`)} (${diff?.[value] ?? 0})` }))}
          onChange={(value) => { setChange(value); setPage(1); }} />
      )}
      <QueryState query={rows} inline>{(found) => tableOf(found.items, found.total)}</QueryState>
    </Space>
  );
}
