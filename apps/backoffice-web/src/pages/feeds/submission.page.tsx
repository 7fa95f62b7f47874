import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Table, TableProps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { QueryState } from '../../components/states';
import { formatDate, formatDateTime } from '../../format';
import { useLanguage } from '../../i18n/use-language';
import { FeedProblemsTable } from './feed-problems-table';
import { FeedRowsTable } from './feed-rows-table';
import { kindNames, SubmissionTags } from './feed-tags';
import type { SubmissionDetail, SubmissionSummary } from './feed-types';
import { downloadErrorReport, useSubmission, useSubmissionProblems } from './feeds-api';

const heading = (text: string) => <h2 style={{ margin: 0, fontSize: 18 }}>{text}</h2>;
const PROBLEMS_PAGE = 50;

/** A rejected submission's stored problems, in the UI's language, and its XLSX error report. */
function RejectedProblems({ code, submissionId }: { code: string; submissionId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [page, setPage] = useState(1);
  const problems = useSubmissionProblems(code, submissionId, language, (page - 1) * PROBLEMS_PAGE, PROBLEMS_PAGE);
  const report = useMutation({ mutationFn: () => downloadErrorReport(code, submissionId, language) });
  return (
    <Card title={heading(t('feeds:submission.problems'))}
      extra={<Button icon={<DownloadOutlined />} loading={report.isPending} onClick={() => report.mutate()} data-testid="error-report">{t('feeds:upload.errorReport')}</Button>}>
      {report.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('feeds:upload.errorReportFailed')} />}
      <QueryState query={problems} inline>
        {(found) => <FeedProblemsTable problems={found.items}
          pagination={{ current: page, pageSize: PROBLEMS_PAGE, total: found.total, showSizeChanger: false, onChange: setPage }} />}
      </QueryState>
    </Card>
  );
}

function Versions({ code, current, versions }: { code: string; current: string; versions: SubmissionSummary[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const columns: TableProps<SubmissionSummary>['columns'] = [
    { key: 'status', title: t('feeds:fields.status'), render: (_: unknown, s) => <SubmissionTags submission={s} /> },
    { key: 'receivedAt', dataIndex: 'receivedAt', title: t('feeds:fields.receivedAt'), render: (at: string) => formatDateTime(at, language) },
    { key: 'fileName', dataIndex: 'fileName', title: t('feeds:fields.fileName') },
    { key: 'uploadedBy', dataIndex: 'uploadedBy', title: t('feeds:fields.uploadedBy') },
    { key: 'counts', title: t('feeds:fields.changes'), render: (_: unknown, s) => s.status === 'accepted'
        ? t('feeds:diff.counts', { recorded: s.recorded ?? 0, corrected: s.corrected ?? 0, withdrawn: s.withdrawn ?? 0 })
        : t('feeds:list.problems', { errors: s.errors ?? 0, warnings: s.warnings ?? 0 }) },
    { key: 'open', title: '', render: (_: unknown, s) => s.submissionId === current
        ? <Typography.Text type="secondary">{t('feeds:submission.thisOne')}</Typography.Text>
        : <Link to={`/dealers/${code}/feeds/${s.submissionId}`}>{t('feeds:list.open')}</Link> },
  ];
  return <Table<SubmissionSummary> rowKey="submissionId" size="small" pagination={false} columns={columns} dataSource={versions} data-testid="feed-versions" />;
}

function SubmissionView({ code, submission }: { code: string; submission: SubmissionDetail }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const accepted = submission.status === 'accepted';
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ marginBottom: 0 }}>
        {t('feeds:submission.title', { kind: kindNames(t, language, submission.kind, submission.kinds), period: submission.period, code })}
      </Typography.Title>
      <Link to={`/dealers/${code}/feeds`}>{t('feeds:submission.back', { code })}</Link>
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} data-testid="submission-summary">
        <Descriptions.Item label={t('feeds:fields.status')}><SubmissionTags submission={submission} /></Descriptions.Item>
        <Descriptions.Item label={t('feeds:fields.fileName')}>{submission.fileName}</Descriptions.Item>
        <Descriptions.Item label={t('feeds:fields.receivedAt')}>{formatDateTime(submission.receivedAt, language)}</Descriptions.Item>
        {submission.dueDate && <Descriptions.Item label={t('feeds:fields.dueDate')}>{formatDate(submission.dueDate, language)}</Descriptions.Item>}
        {submission.uploadedBy && <Descriptions.Item label={t('feeds:fields.uploadedBy')}>{submission.uploadedBy}</Descriptions.Item>}
        {accepted ? (
          <>
            <Descriptions.Item label={t('feeds:fields.rows')}>{submission.rows ?? 0}</Descriptions.Item>
            <Descriptions.Item label={t('feeds:fields.changes')}>
              {t('feeds:diff.counts', { recorded: submission.recorded ?? 0, corrected: submission.corrected ?? 0, withdrawn: submission.withdrawn ?? 0 })}
            </Descriptions.Item>
          </>
        ) : (
          <Descriptions.Item label={t('feeds:fields.problems')}>{t('feeds:list.problems', { errors: submission.errors ?? 0, warnings: submission.warnings ?? 0 })}</Descriptions.Item>
        )}
      </Descriptions>
      <Card title={heading(t('feeds:submission.versions'))}>
        <Versions code={code} current={submission.submissionId} versions={submission.versions ?? []} />
      </Card>
      {accepted && submission.kind ? (
        <Card title={heading((submission.version ?? 1) > 1 ? t('feeds:submission.diff', { version: submission.version }) : t('feeds:submission.rows'))}>
          <FeedRowsTable code={code} submissionId={submission.submissionId} kind={submission.kind}
            diff={(submission.version ?? 1) > 1 ? { recorded: submission.recorded ?? 0, corrected: submission.corrected ?? 0, withdrawn: submission.withdrawn ?? 0 } : undefined} />
        </Card>
      ) : (
        <RejectedProblems code={code} submissionId={submission.submissionId} />
      )}
    </Space>
  );
}

/** One submission: its status, its feed's versions and attempts, its rows or diff, or its problems. */
export default function SubmissionPage() {
  const params = useParams();
  const code = params.code ?? '';
  const submissionId = params.submissionId ?? '';
  const submission = useSubmission(code, submissionId);
  return <QueryState query={submission}>{(found) => <SubmissionView code={code} submission={found} />}</QueryState>;
}
