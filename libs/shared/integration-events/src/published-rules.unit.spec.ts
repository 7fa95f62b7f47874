import * as PublishedRules from '@aftersales/published-rules';
import * as IntegrationEvents from './index';

/** The plain rules moved to @aftersales/published-rules so domain code can use them without class-validator. */
describe('the published rules, read through integration-events', () => {
  it('are the very same definitions, so the edge and the domains apply one rule', () => {
    expect(IntegrationEvents.versionInForce).toBe(PublishedRules.versionInForce);
    expect(IntegrationEvents.latestVersion).toBe(PublishedRules.latestVersion);
    expect(IntegrationEvents.RE_RATED_PAYMENTS_PER_EVENT).toBe(PublishedRules.RE_RATED_PAYMENTS_PER_EVENT);
  });

  it('bound settlements.FundReRated at the size the decider splits a correction into', () => {
    const rating = { agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 };
    const payment = (i: number) => ({ paymentId: `p${i}`, paymentFen: 100, receivedOn: '2026-07-01', from: rating, to: rating });
    const event = (count: number) => ({
      dealerCode: 'D001', quarter: '2026Q3', paymentsFen: 100 * count, accrualFen: 3 * count, accrualDeltaFen: 0,
      agreementVersions: [{ agreementVersion: 1, validFrom: '2026-01-01', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 300 }],
      payments: Array.from({ length: count }, (_, i) => payment(i)),
    });
    const limit = PublishedRules.RE_RATED_PAYMENTS_PER_EVENT;
    expect(IntegrationEvents.validatePlain(IntegrationEvents.FundReRatedV1, event(limit))).toMatchObject({ ok: true });
    expect(IntegrationEvents.validatePlain(IntegrationEvents.FundReRatedV1, event(limit + 1))).toEqual({
      ok: false, problems: [{ field: 'payments', reason: expect.stringContaining(`${limit}`) }],
    });
  });
});
