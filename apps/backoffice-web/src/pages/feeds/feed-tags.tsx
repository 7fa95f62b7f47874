import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FeedKind, SubmissionSummary } from './feed-types';

/**
 * A form's name in the UI's language; a rejected file whose form was not recognised has none, and a
 * rejected workbook of several forms (`kinds`) names each of them.
 */
export function KindName({ kind, kinds }: { kind?: FeedKind; kinds?: readonly FeedKind[] }) {
  const { t, i18n } = useTranslation();
  return <>{kindNames(t, i18n.language, kind, kinds)}</>;
}

export function kindNames(t: (key: string) => string, language: string, kind?: FeedKind, kinds?: readonly FeedKind[]): string {
  if (kinds && kinds.length > 1) return new Intl.ListFormat(language, { type: 'conjunction' }).format(kinds.map((k) => t(`feeds:kinds.${k}`)));
  return kind ? t(`feeds:kinds.${kind}`) : t('feeds:kinds.unknown');
}

/** A submission's status as tags: accepted vN (green), late (orange), rejected (red). */
export function SubmissionTags({ submission }: { submission: Pick<SubmissionSummary, 'status' | 'version' | 'late'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap data-testid="submission-tags">
      {submission.status === 'accepted' ? (
        <Tag color="green">{t('feeds:status.acceptedVersion', { version: submission.version ?? 1 })}</Tag>
      ) : (
        <Tag color="red">{t('feeds:status.rejected')}</Tag>
      )}
      {submission.late && <Tag color="orange">{t('feeds:status.late')}</Tag>}
    </Space>
  );
}
