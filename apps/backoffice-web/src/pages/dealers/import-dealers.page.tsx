import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, GetProp, Space, Table, TableProps, Typography, Upload, UploadProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authorizedFetch } from '../../api/client';
import { reasonText } from '../../api/form-problems';
import { ApiProblem } from '../../api/problem';
import { statusText } from '../../api/status-text';
import { download } from '../../export/table-export';
import { useLanguage } from '../../i18n/use-language';
import { countOf, ImportProblem, importReasonKey, ImportResult, inFileOrder, templateFileName } from './import-problems';

/** The file as the Upload hands it over (a File with antd's id). */
type ChosenFile = Parameters<GetProp<UploadProps, 'beforeUpload'>>[0];

/**
 * Import many dealers with their agreements from the XLSX template. All or nothing: when the
 * file has any problem, nothing is applied and every problem is listed beside its sheet, row and column.
 */
export default function ImportDealersPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const upload = useMutation({
    mutationFn: async (xlsx: File) => {
      const body = new FormData();
      body.append('file', xlsx);
      return (await (await authorizedFetch('/api/dealer-imports', { method: 'POST', body })).json()) as ImportResult;
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['dealers'] }),
  });
  const template = useMutation({
    mutationFn: async () => {
      const answer = await authorizedFetch(`/api/dealer-imports/template?lang=${language}`);
      download(await answer.blob(), templateFileName(answer.headers.get('content-disposition'), language));
    },
  });

  const failure = upload.error instanceof ApiProblem ? upload.error : null;
  const problems = inFileOrder((failure?.problem.problems ?? []) as ImportProblem[]);
  const columns: TableProps<ImportProblem>['columns'] = [
    { key: 'sheet', dataIndex: 'sheet', title: t('dealers:import.sheet') },
    { key: 'row', dataIndex: 'row', title: t('dealers:import.row'), render: (row?: number) => row || '' }, // 0: the sheet or file as a whole
    { key: 'column', dataIndex: 'column', title: t('dealers:import.column') },
    { key: 'field', dataIndex: 'field', title: t('dealers:import.field') },
    { key: 'value', dataIndex: 'value', title: t('dealers:import.value'), render: (value: unknown) => (value === undefined || value === null ? '' : String(value)) },
    { key: 'reason', title: t('dealers:import.reason'), render: (_: unknown, problem) => {
        const key = importReasonKey(problem);
        return key ? t(key) : reasonText(problem, t);
      },
    },
  ];

  return (
    <section aria-labelledby="import-title">
      <Typography.Title level={1} id="import-title">
        {t('dealers:import.title')}
      </Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph>{t('dealers:import.intro')}</Typography.Paragraph>
        <Button icon={<DownloadOutlined />} loading={template.isPending} onClick={() => template.mutate()} data-testid="download-template">
          {t('dealers:import.template')}
        </Button>
        {template.error && <Alert type="error" role="alert" showIcon style={{ marginTop: 12 }} title={t('dealers:import.templateFailed')} />}
      </Card>
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <div data-testid="import-file">
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            fileList={file ? [{ uid: file.uid, name: file.name }] : []}
            beforeUpload={(chosen) => {
              setFile(chosen);
              upload.reset();
              return false; // sent by the import button, not on choosing
            }}
            onRemove={() => setFile(null)}
            aria-label={t('dealers:import.choose')}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('dealers:import.choose')}</p>
          </Upload.Dragger>
          </div>
          <Button
            type="primary"
            disabled={!file}
            loading={upload.isPending}
            onClick={() => file && upload.mutate(file)}
            data-testid="import-submit"
          >
            {t('dealers:import.submit')}
          </Button>
          {upload.data && (
            <Alert
              type="success"
              role="status"
              showIcon
              data-testid="import-result"
              title={t('dealers:import.done', { dealers: countOf(upload.data.dealers), agreements: countOf(upload.data.agreements) })}
            />
          )}
          {upload.error && (
            <Alert
              type="error"
              role="alert"
              showIcon
              title={problems.length > 0 ? t('dealers:import.refused', { count: problems.length }) : failure ? statusText(failure, t) : t('common:errors.network')}
            />
          )}
          {problems.length > 0 && (
            <Table<ImportProblem>
              rowKey={(problem) => `${problem.sheet}-${problem.row}-${problem.column}-${problem.field}-${problem.reason}`}
              size="small"
              columns={columns}
              dataSource={problems}
              pagination={problems.length > 50 ? { pageSize: 50 } : false}
              data-testid="import-problems"
            />
          )}
        </Space>
      </Card>
    </section>
  );
}
