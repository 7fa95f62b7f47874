import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { downloadErrorReport } from './feeds-api';
import { FeedProblemsTable } from './feed-problems-table';
import { SubmissionTags } from './feed-tags';
import type { AcceptedSubmission, UploadProgress, UploadResult } from './feed-types';

/** Where an upload is: the bytes sent, then the service's phase and rows read (of the total when known). */
export function UploadProgressBar({ sent, progress }: { sent?: { sent: number; total: number }; progress?: UploadProgress }) {
  const { t } = useTranslation();
  const phase = progress?.phase ?? 'receiving';
  const percent = progress?.rowsTotal
    ? Math.min(99, Math.round((progress.rowsRead / progress.rowsTotal) * 100))
    : sent && sent.total > 0 && phase === 'receiving' ? Math.round((sent.sent / sent.total) * 100) : undefined;
  return (
    <div role="status" aria-live="polite" data-testid="upload-progress">
      <Progress percent={percent ?? 0} status="active" showInfo={percent !== undefined} />
      <Typography.Text type="secondary">
        {t(`feeds:upload.phase.${phase}`)}
        {progress && progress.rowsRead > 0 &&
          ` · ${progress.rowsTotal ? t('feeds:upload.rowsOf', { read: progress.rowsRead, total: progress.rowsTotal }) : t('feeds:upload.rows', { read: progress.rowsRead })}`}
      </Typography.Text>
    </div>
  );
}

function AcceptedVersion({ submission }: { submission: AcceptedSubmission }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const link = `/dealers/${submission.dealerCode}/feeds/${submission.submissionId}`;
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} title={t(`feeds:kinds.${submission.kind}`)}
      extra={<Link to={link} data-testid="accepted-link">{submission.version > 1 ? t('feeds:upload.showDiff') : t('feeds:upload.showRows')}</Link>}>
      <Descriptions.Item label={t('feeds:fields.status')}><SubmissionTags submission={{ status: 'accepted', version: submission.version, late: submission.late }} /></Descriptions.Item>
      <Descriptions.Item label={t('feeds:fields.period')}>{submission.period}</Descriptions.Item>
      {submission.dueDate && <Descriptions.Item label={t('feeds:fields.dueDate')}>{formatDate(submission.dueDate, language)}</Descriptions.Item>}
      <Descriptions.Item label={t('feeds:fields.rows')}>{submission.rows}</Descriptions.Item>
      <Descriptions.Item label={t('feeds:fields.changes')} span={2}>
        <span data-testid="diff-counts">{t('feeds:diff.counts', { recorded: submission.recorded, corrected: submission.corrected, withdrawn: submission.withdrawn })}</span>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** What the service answered: every kind the file held accepted (with its version and diff), or the file rejected with every problem. */
export function UploadResultView({ dealerCode, result }: { dealerCode: string; result: UploadResult }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const report = useMutation({ mutationFn: (submissionId: string) => downloadErrorReport(dealerCode, submissionId, language) });
  if (result.status === 'rejected') {
    return (
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="upload-rejected">
        <Alert type="error" role="alert" showIcon
          title={t('feeds:upload.rejected', { errors: result.errors, warnings: result.warnings })}
          description={result.problemsTruncated ? t('feeds:upload.truncated', { shown: result.problems.length }) : undefined}
          action={
            <Button icon={<DownloadOutlined />} loading={report.isPending} onClick={() => report.mutate(result.submissionId)} data-testid="error-report">
              {t('feeds:upload.errorReport')}
            </Button>
          } />
        {report.error && <Alert type="error" showIcon title={t('feeds:upload.errorReportFailed')} />}
        <FeedProblemsTable problems={result.problems} />
      </Space>
    );
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="upload-accepted">
      <Alert type="success" role="status" showIcon
        title={result.repeated ? t('feeds:upload.repeated') : t('feeds:upload.accepted', { kinds: result.submissions.length })} />
      {result.submissions.map((submission) => <AcceptedVersion key={submission.submissionId} submission={submission} />)}
      {result.warnings.length > 0 && (
        <>
          <Typography.Text strong>{t('feeds:upload.warnings', { n: result.warnings.length })}</Typography.Text>
          <FeedProblemsTable problems={result.warnings} testId="feed-warnings" />
        </>
      )}
    </Space>
  );
}
