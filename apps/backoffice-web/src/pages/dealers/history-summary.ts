import { TFunction } from 'i18next';
import { formatDate, formatFen } from '../../format';
import { Language } from '../../i18n/languages';

type Data = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const whole = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined);

/** A line about what an event says, by its type (the history's "what" beside its name); empty for a type without one. */
const SUMMARIES: Partial<Record<string, (data: Data, language: Language, t: TFunction) => string>> = {
  'contracts.DealerRegistered': (data) => text(data.name),
  'contracts.AgreementSigned': (data, language, t) =>
    t('dealers:history.agreement', {
      version: whole(data.agreementVersion) ?? '',
      from: data.validFrom ? formatDate(text(data.validFrom), language) : '',
      to: data.validTo ? formatDate(text(data.validTo), language) : '',
    }),
  'settlements.PaymentRecorded': (data, language, t) => {
    const amount = whole(data.amountFen);
    return amount === undefined ? '' : t('dealers:history.payment', { amount: formatFen(amount, language), on: formatDate(text(data.receivedOn), language) });
  },
  'settlements.FundAccrued': (data, language, t) => {
    const accrual = whole(data.accrualDeltaFen);
    return accrual === undefined ? '' : t('dealers:history.accrual', { quarter: text(data.quarter), amount: formatFen(accrual, language) });
  },
};

export function historySummary(type: string, data: Data | undefined, language: Language, t: TFunction): string {
  const summary = SUMMARIES[type];
  return summary && data ? summary(data, language, t) : '';
}
