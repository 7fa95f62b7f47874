import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, GetProp, Select, Space, Typography, Upload, UploadProps } from 'antd';
import dayjs, { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiProblem } from '../../api/problem';
import { statusText } from '../../api/status-text';
import { useUser } from '../../auth/session-context';
import { useLanguage } from '../../i18n/use-language';
import { DealerCodeInput } from '../payments/dealer-code-input';
import { DEALER_CODE } from '../payments/payment-filters';
import { lastMonth } from './feed-helpers';
import { FEED_KINDS, FeedKind } from './feed-types';
import { uploadFeed, useUploadProgress } from './feed-upload';
import { TemplateDownloads } from './template-downloads';
import { UploadProgressBar, UploadResultView } from './upload-result';

type ChosenFile = Parameters<GetProp<UploadProps, 'beforeUpload'>>[0];
interface UploadForm {
  dealerCode: string;
  kind: FeedKind | '';
  period: Dayjs;
}

/**
 * A dealer's monthly feed file: CSV, XLSX (a kind per sheet) or JSON Lines for a month. A dealer
 * user sends its own; a service manager or admin chooses the dealer. All or nothing: the answer
 * is each kind accepted with its version and diff, or every problem of the file.
 */
export default function UploadFeedPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const user = useUser();
  const queryClient = useQueryClient();
  const ownDealer = user.roles.includes('dealer') ? user.dealerCode : null;
  const [form] = Form.useForm<UploadForm>();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [uploadId, setUploadId] = useState<string>();
  const [sent, setSent] = useState<{ sent: number; total: number }>();
  const dealerCode = (Form.useWatch('dealerCode', form) ?? ownDealer ?? '').trim();
  const upload = useMutation({
    mutationFn: async ({ dealerCode: code, kind, period, chosen }: UploadForm & { chosen: File }) => {
      const id = crypto.randomUUID();
      setUploadId(id);
      setSent(undefined);
      return uploadFeed({ dealerCode: code, period: period.format('YYYY-MM'), kind: kind || undefined, file: chosen, language, uploadId: id,
        onSent: (s, total) => setSent({ sent: s, total }) });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['feed-submissions'] }),
  });
  const progress = useUploadProgress(dealerCode, uploadId, upload.isPending);
  const failure = upload.error instanceof ApiProblem ? upload.error : null;

  return (
    <section aria-labelledby="upload-title">
      <Typography.Title level={1} id="upload-title">{t('feeds:upload.title')}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Form<UploadForm> form={form} layout="vertical" requiredMark={false}
          initialValues={{ dealerCode: ownDealer ?? '', kind: '', period: dayjs(`${lastMonth(new Date())}-01`) }}
          onFinish={(values) => file && upload.mutate({ ...values, dealerCode: (ownDealer ?? values.dealerCode).trim(), chosen: file })}>
          <Space wrap align="start" size="large">
            {ownDealer ? (
              <Form.Item label={t('feeds:fields.dealer')}><Typography.Text strong data-testid="upload-dealer">{ownDealer}</Typography.Text></Form.Item>
            ) : (
              <Form.Item name="dealerCode" label={t('feeds:fields.dealer')} style={{ minWidth: 220 }}
                rules={[{ required: true, pattern: DEALER_CODE, message: t('feeds:upload.dealerRequired') }]}>
                <DealerCodeInput />
              </Form.Item>
            )}
            <Form.Item name="kind" label={t('feeds:fields.kind')} style={{ minWidth: 220 }}>
              <Select data-testid="upload-kind" options={[{ value: '', label: t('feeds:upload.kindFromFile') },
                ...FEED_KINDS.map((kind) => ({ value: kind, label: t(`feeds:kinds.${kind}`) }))]} />
            </Form.Item>
            <Form.Item name="period" label={t('feeds:fields.period')} rules={[{ required: true, message: t('feeds:upload.periodRequired') }]}>
              <DatePicker picker="month" format="YYYY-MM" allowClear={false} data-testid="upload-period" />
            </Form.Item>
          </Space>
          <div data-testid="feed-file">
            <Upload.Dragger accept=".csv,.txt,.xlsx,.jsonl,.ndjson" maxCount={1}
              fileList={file ? [{ uid: file.uid, name: file.name }] : []}
              beforeUpload={(chosen) => {
                setFile(chosen);
                upload.reset();
                return false; // sent by the button, with the kind and period
              }}
              onRemove={() => setFile(null)} aria-label={t('feeds:upload.choose')}>
              <p className="ant-upload-drag-icon"><InboxOutlined /></p>
              <p>{t('feeds:upload.choose')}</p>
              <p className="ant-upload-hint">{t('feeds:upload.formats')}</p>
            </Upload.Dragger>
          </div>
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" disabled={!file} loading={upload.isPending} data-testid="upload-submit">{t('feeds:upload.submit')}</Button>
            {DEALER_CODE.test(dealerCode) && <Link to={`/dealers/${dealerCode}/feeds`}>{t('feeds:upload.submissionsOf', { code: dealerCode })}</Link>}
          </Space>
        </Form>
        <div style={{ marginTop: 16 }}>
          {upload.isPending && <UploadProgressBar sent={sent} progress={progress} />}
          {upload.data && <UploadResultView dealerCode={dealerCode} result={upload.data} />}
          {upload.error && (
            <Alert type="error" role="alert" showIcon data-testid="upload-failed"
              title={failure ? statusText(failure, t) : t('common:errors.network')}
              description={failure?.problem.problems.map((p) => `${p.field}: ${p.reason}`).join('; ') || undefined} />
          )}
        </div>
      </Card>
      <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('feeds:templates.title')}</h2>}>
        <Typography.Paragraph type="secondary">{t('feeds:templates.intro')}</Typography.Paragraph>
        <TemplateDownloads />
      </Card>
    </section>
  );
}
