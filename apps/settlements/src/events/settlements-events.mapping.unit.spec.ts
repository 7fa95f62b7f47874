import { pickDefined, PublishedEvent, UnknownEventType } from '@aftersales/event-sourcing';
import { published, SettlementsEvents, upcast, validatePlain } from '@aftersales/integration-events';
import {
  AccruePayment, AgreementFundTerms, fundDecider, FundEvent, FundState, PaymentEvent, ReRateFund,
} from '@aftersales/settlements-domain';
import { fundEvents } from './fund-events.mapping';
import { paymentEvents } from './payment-events.mapping';

const V1: AgreementFundTerms = { agreementVersion: 1, validFrom: '2026-01-01', validTo: '2027-12-31', fundModel: 'revenue-share', fundRateBp: 300 };
const V2: AgreementFundTerms = { agreementVersion: 2, validFrom: '2026-08-01', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 500 };
const PER_UNIT: AgreementFundTerms = { agreementVersion: 3, validFrom: '2026-09-01', validTo: '2026-09-15', fundModel: 'per-unit' };

const recorded: PaymentEvent = { type: 'PaymentRecorded', data: { paymentId: 'P1', dealerCode: 'D0001', receivedOn: '2026-08-03',
  amountFen: 10_000_000, quarter: '2026Q3', agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 } };
const accrued: FundEvent = { type: 'FundAccrued', data: { dealerCode: 'D0001', quarter: '2026Q3', paymentId: 'P1', paymentFen: 10_000_000,
  receivedOn: '2026-08-03', agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300, paymentsFen: 10_000_000, accrualFen: 300_000,
  accrualDeltaFen: 300_000 } };
const reRated: FundEvent = { type: 'FundReRated', data: { dealerCode: 'D0001', quarter: '2026Q3', agreementVersions: [V1, V2],
  payments: [{ paymentId: 'P1', paymentFen: 10_000_000, receivedOn: '2026-08-03', from: { agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 },
    to: { fundRateBp: 0 } }], paymentsFen: 10_000_000, accrualFen: 0, accrualDeltaFen: -300_000 } };
const termsUpdated: FundEvent = { type: 'FundTermsUpdated', data: { dealerCode: 'D0001', quarter: '2026Q3', agreementVersions: [V1, PER_UNIT] } };

/** The published JSON of each event type, written out: a change here is a change of the published language. */
const PUBLISHED: [PaymentEvent | FundEvent, PublishedEvent][] = [
  [recorded, { type: 'settlements.PaymentRecorded', schemaVersion: 1, data: { paymentId: 'P1', dealerCode: 'D0001', receivedOn: '2026-08-03',
    amountFen: 10_000_000, quarter: '2026Q3', agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 } }],
  [accrued, { type: 'settlements.FundAccrued', schemaVersion: 2, data: { dealerCode: 'D0001', quarter: '2026Q3', paymentId: 'P1',
    paymentFen: 10_000_000, receivedOn: '2026-08-03', agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300,
    paymentsFen: 10_000_000, accrualFen: 300_000, accrualDeltaFen: 300_000 } }],
  [reRated, { type: 'settlements.FundReRated', schemaVersion: 1, data: { dealerCode: 'D0001', quarter: '2026Q3',
    agreementVersions: [
      { agreementVersion: 1, validFrom: '2026-01-01', validTo: '2027-12-31', fundModel: 'revenue-share', fundRateBp: 300 },
      { agreementVersion: 2, validFrom: '2026-08-01', validTo: '2026-12-31', fundModel: 'revenue-share', fundRateBp: 500 }],
    payments: [{ paymentId: 'P1', paymentFen: 10_000_000, receivedOn: '2026-08-03',
      from: { agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 }, to: { fundRateBp: 0 } }],
    paymentsFen: 10_000_000, accrualFen: 0, accrualDeltaFen: -300_000 } }],
  [termsUpdated, { type: 'settlements.FundTermsUpdated', schemaVersion: 1, data: { dealerCode: 'D0001', quarter: '2026Q3',
    agreementVersions: [
      { agreementVersion: 1, validFrom: '2026-01-01', validTo: '2027-12-31', fundModel: 'revenue-share', fundRateBp: 300 },
      { agreementVersion: 3, validFrom: '2026-09-01', validTo: '2026-09-15', fundModel: 'per-unit' }] } }],
];

const toPublished = (event: PaymentEvent | FundEvent) =>
  event.type === 'PaymentRecorded' ? paymentEvents.toPublished(event) : fundEvents.toPublished(event);
const fromPublished = (event: PublishedEvent) =>
  event.type === 'settlements.PaymentRecorded' ? paymentEvents.fromPublished(event) : fundEvents.fromPublished(event);
/** As it is stored and sent: JSON, nothing undefined. */
const asJson = (event: PublishedEvent) => JSON.parse(JSON.stringify(event)) as PublishedEvent;

describe('settlements events at the edge: the domain events ↔ the published schemas', () => {
  it.each(PUBLISHED.map(([event, json]) => [event.type, event, json] as const))('publishes %s as the schema has it', (_type, event, json) => {
    expect(toPublished(event)).toStrictEqual(json);
    expect(fromPublished(asJson(json))).toStrictEqual(event);
  });

  it('publishes nothing the schema does not have: a field only the domain knows stays in the domain', () => {
    for (const [event, json] of PUBLISHED) {
      const grown = { ...event, data: { ...event.data, settledBy: 'finance@maker' } } as unknown as typeof event;
      expect(toPublished(grown)).toStrictEqual(json);
    }
  });

  it('names each published field where the domain has it: a field the domain renames fails to compile until the codec maps it', () => {
    type Renamed = Omit<PaymentEvent['data'], 'amountFen'> & { amount: number }; // a domain-only rename
    const { amountFen, ...rest } = recorded.data;
    const renamed: Renamed = { ...rest, amount: amountFen };
    // @ts-expect-error amountFen is no longer a field of the domain's payment: the codec's list no longer compiles
    expect(pickDefined(renamed, ['amountFen'])).toEqual({});
    const mapped = { ...pickDefined(renamed, ['paymentId', 'dealerCode', 'receivedOn', 'quarter', 'agreementVersion', 'fundModel', 'fundRateBp']),
      amountFen: renamed.amount }; // the codec, once it maps the rename
    expect(published(SettlementsEvents.PaymentRecorded, mapped)).toStrictEqual(PUBLISHED[0]![1]);
  });

  it('leaves out an absent optional field (never `undefined`, which the store would write as null)', () => {
    const perUnit: PaymentEvent = { type: 'PaymentRecorded', data: { ...recorded.data, fundModel: 'per-unit', fundRateBp: undefined } };
    expect(Object.keys(toPublished(perUnit).data)).not.toContain('fundRateBp');
  });

  it('folds a FundAccrued first written at schema version 1, once the store has upcast it', () => {
    const { fundModel: _v1HasNone, receivedOn: _notKept, ...v1 } = accrued.data;
    const stored = { type: 'settlements.FundAccrued', ...upcast('settlements.FundAccrued', 1, { ...v1, fundModel: 'revenue-share' }) };
    const { receivedOn: _absent, ...withoutDate } = accrued.data;
    expect(fundEvents.fromPublished(stored)).toStrictEqual({ type: 'FundAccrued', data: withoutDate });
  });

  it('refuses an event its stream never holds', () => {
    expect(() => fundEvents.fromPublished(toPublished(recorded))).toThrow(UnknownEventType);
    expect(() => paymentEvents.fromPublished({ ...toPublished(recorded), schemaVersion: 2 })).toThrow(/PaymentRecorded@2/);
  });
});

describe('the events a fund books are valid published events', () => {
  const schemas = new Map<string, new () => object>(Object.values(SettlementsEvents).map((d) => [d.type, d.schema]));
  const pay = (paymentId: string, paymentFen: number, receivedOn: string): AccruePayment => ({ type: 'AccruePayment',
    data: { dealerCode: 'D0001', quarter: '2026Q3', paymentId, paymentFen, receivedOn, agreementVersion: 1, fundModel: 'revenue-share', fundRateBp: 300 } });
  const reRate = (...agreementVersions: AgreementFundTerms[]): ReRateFund => ({ type: 'ReRateFund', data: { dealerCode: 'D0001', quarter: '2026Q3', agreementVersions } });

  it('validates accruals, corrections to a version, to per-unit and to none, and terms updates', () => {
    const events: FundEvent[] = [];
    let state: FundState = fundDecider.initialState();
    for (const command of [reRate(V1), pay('P1', 1_000_000, '2026-07-15'), pay('P2', 2_000_000, '2026-08-20'), pay('P3', 333, '2026-09-10'),
      pay('P6', 7, '2026-09-20'), reRate(V1, { ...V2, validTo: '2026-08-31' }, PER_UNIT)]) {
      const decided = fundDecider.decide(command, state);
      events.push(...decided);
      state = decided.reduce(fundDecider.evolve, state);
    }
    const to = events.flatMap((e) => (e.type === 'FundReRated' ? e.data.payments.map((p) => p.to.fundModel ?? 'none') : []));
    expect(to.sort()).toEqual(['none', 'per-unit', 'revenue-share']);
    const problems = events.map((e) => asJson(fundEvents.toPublished(e))).flatMap((published) => {
      const checked = validatePlain(schemas.get(published.type)!, published.data);
      return checked.ok ? [] : [{ type: published.type, problems: checked.problems }];
    });
    expect(problems).toEqual([]);
  });
});
