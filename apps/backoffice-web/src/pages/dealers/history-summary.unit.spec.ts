import { TFunction } from 'i18next';
import { historySummary } from './history-summary';

/** The key and its values, so the test sees what would be said. */
const t = ((key: string, values: Record<string, unknown>) => `${key} ${JSON.stringify(values)}`) as unknown as TFunction;

describe('what a history event says', () => {
  it('a payment: its amount in yuan from fen and the day it was received', () => {
    expect(historySummary('settlements.PaymentRecorded', { amountFen: 12_345_678, receivedOn: '2026-06-30' }, 'en', t)).toBe(
      'dealers:history.payment {"amount":"¥123,456.78","on":"Jun 30, 2026"}',
    );
  });

  it('an agreement: its version and validity; a registration: the dealer name', () => {
    expect(historySummary('contracts.AgreementSigned', { agreementVersion: 2, validFrom: '2026-10-01', validTo: '2027-12-31' }, 'zh-Hans', t)).toBe(
      'dealers:history.agreement {"version":2,"from":"2026年10月1日","to":"2027年12月31日"}',
    );
    expect(historySummary('contracts.DealerRegistered', { name: '北京華信' }, 'en', t)).toBe('北京華信');
  });

  it('says nothing for a type it does not know, or data not as expected', () => {
    expect(historySummary('settlements.SomethingNew', { amountFen: 1 }, 'en', t)).toBe('');
    expect(historySummary('settlements.PaymentRecorded', { amountFen: 'much' }, 'en', t)).toBe('');
    expect(historySummary('settlements.PaymentRecorded', undefined, 'en', t)).toBe('');
  });
});
