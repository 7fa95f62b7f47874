import { Card, Empty, List, Typography } from 'antd';
import { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatBasisPoints, formatFen } from '../../format';
import { Language } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';
import { TermChange } from './term-changes';

/** What the new version changes, before it is signed: against the version in force, or the defaults for a first agreement. */
export function TermChangeList({ changes, against }: { changes: TermChange[] | undefined; against: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('agreements:changes.title', { against })}</h2>} style={{ marginBottom: 16 }}
      data-testid="term-changes">
      {changes === undefined ? (
        <Typography.Text type="secondary">{t('agreements:changes.incomplete')}</Typography.Text>
      ) : changes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('agreements:changes.none')} />
      ) : (
        <List size="small" aria-live="polite" dataSource={changes} renderItem={(change) => (
          <List.Item>
            <Typography.Text strong>{t(`agreements:terms.${change.term}`, { defaultValue: change.term })}</Typography.Text>
            {': '}
            <Typography.Text delete>{valueText(change.term, change.before, language, t)}</Typography.Text>
            {' → '}
            <Typography.Text mark>{valueText(change.term, change.after, language, t)}</Typography.Text>
          </List.Item>
        )} />
      )}
    </Card>
  );
}

/** A term's value as a reader reads it: rates in percent, money as ¥, lists item by item. */
function valueText(term: string, value: unknown, language: Language, t: TFunction): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'agreements:changes.yes' : 'agreements:changes.no');
  if (typeof value === 'number' && term.endsWith('Bp')) return formatBasisPoints(value, language);
  if (typeof value === 'number' && term.endsWith('Fen')) return formatFen(value, language);
  if (term === 'fundModel') return t(`agreements:fundModels.${String(value)}`);
  if (term === 'feeSchedule' && Array.isArray(value)) {
    return (value as { operation: string; feeFen: number; freeQuota: number }[])
      .map((fee) => t('agreements:changes.fee', { operation: fee.operation, fee: formatFen(fee.feeFen, language), free: fee.freeQuota })).join('; ') || '—';
  }
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' ? Object.values(item as object).join(' ') : String(item))).join(', ') || '—';
  return String(value);
}
