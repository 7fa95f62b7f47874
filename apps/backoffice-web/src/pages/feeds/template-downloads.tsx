import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { downloadTemplate } from './feeds-api';
import { FEED_KINDS, FeedKind } from './feed-types';

/** Each kind's template as CSV (UTF-8 with BOM) and XLSX, headers in the UI's language beside the English key. */
export function TemplateDownloads() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const template = useMutation({ mutationFn: ({ kind, format }: { kind: FeedKind; format: 'csv' | 'xlsx' }) => downloadTemplate(kind, format, language) });
  const busy = (kind: FeedKind, format: string) => template.isPending && template.variables?.kind === kind && template.variables.format === format;
  return (
    <>
      <Table<{ kind: FeedKind }>
        size="small"
        pagination={false}
        rowKey="kind"
        dataSource={FEED_KINDS.map((kind) => ({ kind }))}
        data-testid="feed-templates"
        columns={[
          { key: 'kind', title: t('feeds:fields.kind'), render: (_: unknown, { kind }) => t(`feeds:kinds.${kind}`) },
          {
            key: 'download', title: t('feeds:templates.download'),
            render: (_: unknown, { kind }) => (
              <Space>
                {(['csv', 'xlsx'] as const).map((format) => (
                  <Button key={format} size="small" icon={<DownloadOutlined />} loading={busy(kind, format)}
                    onClick={() => template.mutate({ kind, format })} data-testid={`template-${kind}-${format}`}>
                    {format.toUpperCase()}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {template.error && <Alert type="error" role="alert" showIcon style={{ marginTop: 12 }} title={t('feeds:templates.failed')} />}
    </>
  );
}
