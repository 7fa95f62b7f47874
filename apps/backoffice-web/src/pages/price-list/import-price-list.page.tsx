import { ArrowLeftOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, GetProp, Input, Space, Table, TableProps, Typography, Upload, UploadProps } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { authorizedFetch } from '../../api/client';
import { reasonText } from '../../api/form-problems';
import { ApiProblem } from '../../api/problem';
import { namePathOf } from '../../api/problem-reasons';
import { statusText } from '../../api/status-text';
import { download } from '../../export/table-export';
import { formatDate } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { ImportProblem } from '../dealers/import-problems';
import { cellText, priceTemplateName, splitImportProblems } from './price-import';
import { Revision, useImportPriceList } from './price-list-api';

type ChosenFile = Parameters<GetProp<UploadProps, 'beforeUpload'>>[0];
interface ImportForm {
  effectiveFrom: Dayjs;
  reason?: string;
}

const REASON_MAX = 500;

/**
 * A new version of the price list from a CSV or XLSX file (the template's columns: code, kind,
 * name, unit price in yuan), in force from a day. All or nothing: a file with any problem imports
 * nothing, and every problem is listed at its row and column in the UI's language. The lines the
 * file no longer holds are withdrawn from that day.
 */
export default function ImportPriceListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<ImportForm>();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const upload = useImportPriceList();
  const template = useMutation({
    mutationFn: async (format: 'csv' | 'xlsx') => {
      const answer = await authorizedFetch(`/api/price-list/template?format=${format}&lang=${language}`);
      download(await answer.blob(), priceTemplateName(answer.headers.get('content-disposition'), format, language));
    },
  });
  const failure = upload.error instanceof ApiProblem ? upload.error : null;
  const { beside, table: problems } = splitImportProblems(failure?.problem.problems ?? []);
  const send = ({ effectiveFrom, reason }: ImportForm) => {
    if (!file) return;
    upload.mutate({ file, effectiveFrom: effectiveFrom.format('YYYY-MM-DD'), reason: reason?.trim() || undefined, language }, {
      // The form's problems (the day, the reason) beside their fields, in the UI's language where known.
      onError: (error) => {
        if (!(error instanceof ApiProblem)) return;
        form.setFields(splitImportProblems(error.problem.problems).beside.map((problem) => ({ name: namePathOf(problem.field) as never, errors: [reasonText(problem, t)] })));
      },
    });
  };
  const columns: TableProps<ImportProblem>['columns'] = [
    { key: 'row', dataIndex: 'row', title: t('prices:import.row'), render: (row?: number) => row || '' },
    { key: 'column', dataIndex: 'column', title: t('prices:import.column') },
    { key: 'field', dataIndex: 'field', title: t('prices:import.field') },
    { key: 'value', dataIndex: 'value', title: t('prices:import.value'), render: cellText },
    { key: 'reason', dataIndex: 'reason', title: t('prices:import.reason') },
  ];
  return (
    <section aria-labelledby="price-import-title">
      <Link to="/price-list"><ArrowLeftOutlined aria-hidden /> {t('prices:import.back')}</Link>
      <Typography.Title level={1} id="price-import-title">{t('prices:import.title')}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph>{t('prices:import.intro')}</Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={template.isPending && template.variables === 'xlsx'} onClick={() => template.mutate('xlsx')} data-testid="price-template-xlsx">
            {t('prices:import.templateXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} loading={template.isPending && template.variables === 'csv'} onClick={() => template.mutate('csv')} data-testid="price-template-csv">
            {t('prices:import.templateCsv')}
          </Button>
        </Space>
        {template.error && <Alert type="error" role="alert" showIcon style={{ marginTop: 12 }} title={t('prices:import.templateFailed')} />}
      </Card>
      <Card>
        <Form<ImportForm> form={form} name="priceImport" layout="vertical" aria-label={t('prices:import.title')} style={{ maxWidth: 640 }}
          initialValues={{ effectiveFrom: dayjs(), reason: '' }} onFinish={send}>
          <Form.Item name="effectiveFrom" label={t('prices:fields.effectiveFrom')} extra={t('prices:import.effectiveHelp')}
            rules={[{ required: true, message: t('prices:problems.required') }]}>
            <DatePicker format="YYYY-MM-DD" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="reason" label={t('prices:import.reasonLabel')} rules={[{ max: REASON_MAX, message: t('prices:problems.tooLong', { max: REASON_MAX }) }]}>
            <Input autoComplete="off" maxLength={REASON_MAX} />
          </Form.Item>
          <Form.Item label={t('prices:import.file')} required>
            <div data-testid="price-file">
              <Upload.Dragger
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                maxCount={1}
                fileList={file ? [{ uid: file.uid, name: file.name }] : []}
                beforeUpload={(chosen) => { setFile(chosen); upload.reset(); return false; }}
                onRemove={() => { setFile(null); upload.reset(); }}
                aria-label={t('prices:import.choose')}
              >
                <p className="ant-upload-drag-icon"><InboxOutlined /></p>
                <p>{t('prices:import.choose')}</p>
              </Upload.Dragger>
            </div>
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={!file} loading={upload.isPending} data-testid="price-import-submit">
            {t('prices:import.submit')}
          </Button>
        </Form>
        <div style={{ marginTop: 16 }}>
          {upload.data && <ImportResult revision={upload.data} />}
          {upload.error && (
            <Alert type="error" role="alert" showIcon data-testid="price-import-refused"
              title={problems.length > 0 || beside.length > 0 ? t('prices:import.refused', { count: problems.length + beside.length }) : failure ? statusText(failure, t) : t('common:errors.network')} />
          )}
          {problems.length > 0 && (
            <Table<ImportProblem>
              rowKey={(p) => `${p.row}-${p.column}-${p.field}-${p.reason}`}
              size="small"
              style={{ marginTop: 16 }}
              columns={columns}
              dataSource={problems}
              pagination={problems.length > 50 ? { pageSize: 50 } : false}
              aria-label={t('prices:import.problems')}
              data-testid="price-import-problems"
            />
          )}
        </div>
      </Card>
    </section>
  );
}

/** A 201: the version made and its counts, with the list in force from its day; a 200: the file holds the list in force already. */
function ImportResult({ revision }: { revision: Revision }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const values = { version: revision.version, from: formatDate(revision.effectiveFrom, language), set: revision.set, withdrawn: revision.withdrawn, lines: revision.lineCount };
  return (
    <Alert type={revision.created ? 'success' : 'info'} role="status" showIcon data-testid="price-import-result"
      title={revision.created ? t('prices:import.done', values) : t('prices:import.unchanged', values)}
      description={(
        <Space wrap>
          <Link to={`/price-list?on=${revision.effectiveFrom}`} data-testid="price-import-list">{t('prices:import.toList', values)}</Link>
          <Link to="/price-list?view=versions">{t('prices:import.toVersions')}</Link>
        </Space>
      )} />
  );
}
