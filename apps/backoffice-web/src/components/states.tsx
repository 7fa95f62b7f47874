import { CloseCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Empty, Spin, Typography } from 'antd';
import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { statusText } from '../api/status-text';
import { ApiProblem } from '../api/problem';

/** While a page's data loads: a spinner that screen readers announce. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" data-testid="loading-state" style={{ padding: 48, textAlign: 'center' }}>
      <Spin size="large" />
      <div style={{ marginTop: 12 }}>{label ?? t('common:states.loading')}</div>
    </div>
  );
}

/** Nothing to show yet, with what the reader can do about it. */
export function EmptyState({ description, action }: { description?: ReactNode; action?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Empty data-testid="empty-state" description={description ?? t('common:states.empty')}>
      {action}
    </Empty>
  );
}

/** A centred notice with an icon, a heading and what to do; antd's Result carries large illustrations the shell does without. */
function Notice({ icon, title, children, testId }: { icon: ReactNode; title: string; children: ReactNode; testId: string }) {
  return (
    <section data-testid={testId} style={{ padding: '48px 16px', textAlign: 'center' }}>
      <div style={{ fontSize: 48, color: '#bfbfbf' }} aria-hidden>
        {icon}
      </div>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** A dealer or page that does not exist, or that this user may not see: both look the same (no existence leak). */
export function NotFoundState() {
  const { t } = useTranslation();
  return (
    <Notice icon={<QuestionCircleOutlined />} title={t('common:states.notFoundTitle')} testId="not-found-state">
      <Typography.Paragraph type="secondary">{t('common:states.notFound')}</Typography.Paragraph>
      <Link to="/">{t('common:states.home')}</Link>
    </Notice>
  );
}

/**
 * A failed load: the reason in the UI's language and a retry. For a page a 404 is the not-found
 * state; a part of a page (`inline`) says only that its part failed, under the page's headings.
 */
export function ErrorState({ error, onRetry, inline }: { error: unknown; onRetry?: () => void; inline?: boolean }) {
  const { t } = useTranslation();
  if (error instanceof ApiProblem && error.status === 404 && !inline) return <NotFoundState />;
  const reason = error instanceof ApiProblem ? statusText(error, t) : t('common:errors.network');
  if (inline) {
    return (
      <div data-testid="error-state" role="alert">
        <Typography.Text type="danger">
          <CloseCircleOutlined aria-hidden /> {t('common:states.error')}: {reason}
        </Typography.Text>{' '}
        {onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common:actions.retry')}
          </Button>
        )}
      </div>
    );
  }
  return (
    <Notice icon={<CloseCircleOutlined />} title={t('common:states.error')} testId="error-state">
      <Typography.Paragraph type="secondary" role="alert">
        {reason}
      </Typography.Paragraph>
      {onRetry && <Button onClick={onRetry}>{t('common:actions.retry')}</Button>}
    </Notice>
  );
}

/**
 * A TanStack query's three states and its data: `<QueryState query={q}>{(data) => ...}</QueryState>`.
 * `isEmpty` decides when the data is nothing to show.
 */
export function QueryState<T>({
  query,
  isEmpty,
  empty,
  inline,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** A part of a page: its failure is said in place, not as the page's. */
  inline?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <LoadingState />;
  if (query.error || query.data === undefined) return <ErrorState error={query.error} inline={inline} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <>{empty ?? <EmptyState />}</>;
  return <>{children(query.data)}</>;
}
