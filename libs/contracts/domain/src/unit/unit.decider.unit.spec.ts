import { DeciderSpecification, DomainError } from '@aftersales/event-sourcing';
import { Delivery, DeliverUnit, RegisterUnit, unitDecider, UnitEvent, WarrantyCard } from './unit.decider';

const spec = DeciderSpecification(unitDecider);
const MONTH_TO_RETURN = { cardReturnMonths: 1 };
const SHIPPED: Delivery = { serialNo: 'SN-1001', model: 'LQ-690K', dealerCode: 'D0001', receivedOn: '2026-03-02' };
const CARD: WarrantyCard = { serialNo: 'SN-1001', model: 'LQ-690K', dealerCode: 'D0001', cardNo: 'C-1', saleDate: '2026-03-10', customerName: '王小明', source: 'manual' };
const delivered = (more: Partial<Delivery> = {}): UnitEvent => ({ type: 'UnitDelivered', data: { ...SHIPPED, ...more } });
const registered = (more: Partial<WarrantyCard> = {}, receivedOn = '2026-03-20', late = false): UnitEvent =>
  ({ type: 'UnitRegistered', data: { ...CARD, ...more, receivedOn, late } });
const card = (more: Partial<WarrantyCard> = {}, receivedOn = '2026-03-20') => new RegisterUnit({ ...CARD, ...more }, receivedOn);

describe('units shipped to dealers (第五條 2: the receipt starts the DOA window)', () => {
  it('given no unit SN-1001, when it is delivered to D0001, then it is delivered with its receipt day', () => {
    spec.given([]).when(new DeliverUnit(SHIPPED), MONTH_TO_RETURN).then([delivered()]);
  });

  it('given SN-1001 delivered, when the same delivery is recorded again, then nothing happens', () => {
    spec.given([delivered()]).when(new DeliverUnit(SHIPPED), MONTH_TO_RETURN).thenNothingHappens();
  });

  it.each([['another dealer', { dealerCode: 'D0002' }], ['another model', { model: 'LQ-730K' }], ['another day', { receivedOn: '2026-03-03' }]])(
    'given SN-1001 delivered, when it is delivered again to %s, then it is refused naming the serial', (_what, other) => {
      spec.given([delivered()]).when(new DeliverUnit({ ...SHIPPED, ...other }), MONTH_TO_RETURN)
        .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'invalid', field: 'serialNo', message: expect.stringMatching(/SN-1001 was delivered already: to D0001/) }));
    });
});

describe('warranty cards (第五條 1: the warranty starts at the sale; 聖寶龍 四 6: a card within a month)', () => {
  it('given SN-1001 delivered, when its card comes in ten days after the sale, then the unit is registered, not late', () => {
    spec.given([delivered()]).when(card(), MONTH_TO_RETURN).then([registered()]);
  });

  it('given no delivery, when a card comes in, then the unit is registered all the same (the flags report the missing delivery)', () => {
    spec.given([]).when(card(), MONTH_TO_RETURN).then([registered()]);
  });

  it('when the card comes in on the last day of the month after the sale, then it is on time; a day later, late', () => {
    spec.given([]).when(card({}, '2026-04-09'), MONTH_TO_RETURN).then([registered({}, '2026-04-09', false)]);
    spec.given([]).when(card({}, '2026-04-10'), MONTH_TO_RETURN).then([registered({}, '2026-04-10', true)]);
  });

  it('given SN-1001 registered by card C-1, when the same card comes in again, then nothing happens', () => {
    spec.given([registered()]).when(card({}, '2026-05-30'), MONTH_TO_RETURN).thenNothingHappens();
  });

  it('given C-1 registered, when D0001 corrects C-1 (another customer name), then it is registered again, keeping the day it came in', () => {
    spec.given([registered()]).when(card({ customerName: '王大明' }, '2026-05-30'), MONTH_TO_RETURN).then([registered({ customerName: '王大明' })]);
  });

  it('given C-1 of D0001 registered, when D0002 cards the serial, then it is flagged as carded by two dealers, the first card staying', () => {
    spec.given([registered()]).when(card({ dealerCode: 'D0002', cardNo: 'X-9' }), MONTH_TO_RETURN).then([{
      type: 'RegistrationConflictFlagged',
      data: { serialNo: 'SN-1001', dealerCode: 'D0002', conflict: 'carded-by-two-dealers', cardNo: 'X-9', registeredCardNo: 'C-1', registeredDealerCode: 'D0001', saleDate: '2026-03-10' },
    }]);
  });

  it('given C-1 registered, when D0001 cards the serial under C-2, then it is flagged as carded under two card numbers; again, nothing more', () => {
    const flagged: UnitEvent = {
      type: 'RegistrationConflictFlagged',
      data: { serialNo: 'SN-1001', dealerCode: 'D0001', conflict: 'carded-under-two-card-numbers', cardNo: 'C-2', registeredCardNo: 'C-1', registeredDealerCode: 'D0001', saleDate: '2026-03-10' },
    };
    spec.given([registered()]).when(card({ cardNo: 'C-2' }), MONTH_TO_RETURN).then([flagged]);
    spec.given([registered(), flagged]).when(card({ cardNo: 'C-2' }), MONTH_TO_RETURN).thenNothingHappens();
  });
});
