import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, GetProp, Space, Table, TableProps, Typography, Upload, UploadProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authorizedFetch } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { statusText } from '../../api/status-text';
import { download } from '../../export/table-export';
import { useLanguage } from '../../i18n/use-language';
import { ImportProblem, inFileOrder, templateFileName } from '../dealers/import-problems';
import { DeliveryImport } from './units-api';

type ChosenFile = Parameters<GetProp<UploadProps, 'beforeUpload'>>[0];

/**
 * Record the units shipped to dealers from a CSV or XLSX file. All or nothing: a file with any
 * problem records nothing, and every problem is listed at its row and column, in the UI's language.
 */
export default function ImportDeliveriesPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const upload = useMutation({
    mutationFn: async (chosen: File) => {
      const body = new FormData();
      body.append('file', chosen);
      return (await (await authorizedFetch(`/api/unit-deliveries/imports?lang=${language}`, { method: 'POST', body })).json()) as DeliveryImport;
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['unit'] }),
  });
  const template = useMutation({
    mutationFn: async (format: 'csv' | 'xlsx') => {
      const answer = await authorizedFetch(`/api/unit-deliveries/template?format=${format}&lang=${language}`);
      download(await answer.blob(), templateFileName(answer.headers.get('content-disposition'), language));
    },
  });
  const failure = upload.error instanceof ApiProblem ? upload.error : null;
  const problems = inFileOrder((failure?.problem.problems ?? []) as ImportProblem[]);
  const columns: TableProps<ImportProblem>['columns'] = [
    { key: 'row', dataIndex: 'row', title: t('units:import.row'), render: (row?: number) => row || '' },
    { key: 'column', dataIndex: 'column', title: t('units:import.column') },
    { key: 'field', dataIndex: 'field', title: t('units:import.field') },
    { key: 'value', dataIndex: 'value', title: t('units:import.value'), render: (value: unknown) => (value === undefined || value === null ? '' : String(value)) },
    { key: 'reason', dataIndex: 'reason', title: t('units:import.reason') },
  ];
  const created = upload.data?.units.filter((u) => u.created).length ?? 0;
  return (
    <section aria-labelledby="deliveries-title">
      <Typography.Title level={1} id="deliveries-title">{t('units:import.title')}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph>{t('units:import.intro')}</Typography.Paragraph>
        <Space>
          <Button icon={<DownloadOutlined />} loading={template.isPending} onClick={() => template.mutate('xlsx')} data-testid="delivery-template-xlsx">
            {t('units:import.templateXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} loading={template.isPending} onClick={() => template.mutate('csv')} data-testid="delivery-template-csv">
            {t('units:import.templateCsv')}
          </Button>
        </Space>
        {template.error && <Alert type="error" role="alert" showIcon style={{ marginTop: 12 }} title={t('units:import.templateFailed')} />}
      </Card>
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <div data-testid="delivery-file">
            <Upload.Dragger
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              fileList={file ? [{ uid: file.uid, name: file.name }] : []}
              beforeUpload={(chosen) => { setFile(chosen); upload.reset(); return false; }}
              onRemove={() => setFile(null)}
              aria-label={t('units:import.choose')}
            >
              <p className="ant-upload-drag-icon"><InboxOutlined /></p>
              <p>{t('units:import.choose')}</p>
            </Upload.Dragger>
          </div>
          <Button type="primary" disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)} data-testid="delivery-submit">
            {t('units:import.submit')}
          </Button>
          {upload.data && (
            <Alert type="success" role="status" showIcon data-testid="delivery-result"
              title={t('units:import.done', { units: upload.data.units.length, created })} />
          )}
          {upload.error && (
            <Alert type="error" role="alert" showIcon
              title={problems.length > 0 ? t('units:import.refused', { count: problems.length }) : failure ? statusText(failure, t) : t('common:errors.network')} />
          )}
          {problems.length > 0 && (
            <Table<ImportProblem>
              rowKey={(p) => `${p.row}-${p.column}-${p.field}-${p.reason}`}
              size="small"
              columns={columns}
              dataSource={problems}
              pagination={problems.length > 50 ? { pageSize: 50 } : false}
              data-testid="delivery-problems"
            />
          )}
        </Space>
      </Card>
    </section>
  );
}
