import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download, toCsv, toXlsx } from '../../export/table-export';
import { allDealers, DealersQuery } from './dealer-api';
import { dealersTable, exportFileName } from './dealer-export';

/** Exports every dealer the current filter matches (not just this page) to XLSX or CSV (UTF-8 with BOM). */
export function ExportButton({ filter }: { filter: Omit<DealersQuery, 'skip' | 'limit'> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    try {
      const table = dealersTable(await allDealers(filter), t);
      const file = format === 'csv' ? new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }) : await toXlsx(table);
      download(file, exportFileName(format));
    } catch {
      void message.error(t('dealers:export.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: t('dealers:export.xlsx'), onClick: () => void run('xlsx') },
          { key: 'csv', label: t('dealers:export.csv'), onClick: () => void run('csv') },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy} data-testid="export-dealers">
        {t('dealers:export.button')}
      </Button>
    </Dropdown>
  );
}
