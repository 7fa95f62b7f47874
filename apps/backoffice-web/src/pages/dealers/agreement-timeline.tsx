import { Timeline, Typography } from 'antd';
import { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '../../components/states';
import { formatBasisPoints, formatDate, formatFen } from '../../format';
import { Language } from '../../i18n/languages';
import { useLanguage } from '../../i18n/use-language';
import { TermChange } from '../agreements/term-changes';
import { useAgreements } from './dealer-api';
import { versionEntries } from './agreement-versions';

/** A term's value as people read it: rates in percent, money in yuan, yes/no, lists joined. */
function valueText({ term }: TermChange, value: unknown, language: Language, t: TFunction): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'dealers:agreements.yes' : 'dealers:agreements.no');
  if (typeof value === 'number' && term.endsWith('Bp')) return formatBasisPoints(value, language);
  if (typeof value === 'number' && term.endsWith('Fen')) return formatFen(value, language);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' ? Object.values(item as object).join(' ') : String(item))).join(', ');
  return String(value);
}

/** The dealer's agreement versions as a timeline, newest first, each with the terms it changed. */
export function AgreementTimeline({ code }: { code: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const agreements = useAgreements(code);
  return (
    <QueryState inline query={agreements} isEmpty={(list) => list.length === 0} empty={<EmptyState description={t('dealers:agreements.none')} />}>
      {(list) => (
        <Timeline
          data-testid="agreement-timeline"
          items={versionEntries(list).map(({ agreement, changes, first }) => ({
            key: agreement.agreementVersion,
            content: (
              <section aria-label={t('dealers:agreements.version', { version: agreement.agreementVersion })}>
                <Typography.Text strong>{t('dealers:agreements.version', { version: agreement.agreementVersion })}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {t('dealers:agreements.validity', { from: formatDate(agreement.validFrom, language), to: formatDate(agreement.validTo, language) })}
                </Typography.Text>
                {first ? (
                  <div>{t('dealers:agreements.first')}</div>
                ) : changes.length === 0 ? (
                  <div>{t('dealers:agreements.noChanges')}</div>
                ) : (
                  <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
                    {changes.map((change) => (
                      <li key={change.term}>
                        {t(`agreements:terms.${change.term}`, { defaultValue: change.term })}: {valueText(change, change.before, language, t)} →{' '}
                        <Typography.Text mark>{valueText(change, change.after, language, t)}</Typography.Text>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ),
          }))}
        />
      )}
    </QueryState>
  );
}
