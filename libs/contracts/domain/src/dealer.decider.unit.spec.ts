import { DeciderSpecification, DomainError } from '@aftersales/event-sourcing';
import { Dealer, DealerApplication, dealerDecider, DealerEvent, DealerFacts, RegisterDealer } from './dealer.decider';

const spec = DeciderSpecification(dealerDecider);
const HUANAN: DealerApplication = { code: 'D0001', name: '華南辦公設備有限公司', region: 'south', hotline: '020-8888-0000', timeZone: 'Asia/Shanghai' };
/** The south region is classed far (the configured region list). */
const IN_THE_SOUTH: DealerFacts = { serviceClass: 'far' };
const register = (details: Partial<DealerApplication> = {}) => new RegisterDealer({ ...HUANAN, ...details });
const registered = (details: Partial<Dealer> = {}): DealerEvent => ({ type: 'DealerRegistered', data: { ...HUANAN, serviceClass: 'far', ...details } as Dealer });

describe('dealers of the network (docs/domain.md "Parties and words": 乙方 / 經銷商, 分銷商)', () => {
  it('given no dealer D0001, when 華南 registers as D0001 in the south region (classed far), then D0001 is registered with its details and the class', () => {
    spec.given([]).when(register(), IN_THE_SOUTH).then([registered()]);
  });

  it('given no dealer D0001, when it registers naming no time zone, then it is registered in Asia/Shanghai', () => {
    spec.given([]).when(register({ timeZone: undefined }), IN_THE_SOUTH).then([registered({ timeZone: 'Asia/Shanghai' })]);
  });

  it('given no dealer D0001-01, when a sub-dealer (分銷商) registers naming the registered D0001 as its parent, then it is registered with its parent', () => {
    const sub = { code: 'D0001-01', name: '佛山分銷', parentDealerCode: 'D0001' };
    spec.given([]).when(register(sub), { ...IN_THE_SOUTH, parentDealerRegistered: true }).then([registered(sub)]);
  });

  it('given no dealer D0001-01, when a sub-dealer registers naming a parent that is not registered, then it is refused naming parentDealerCode', () => {
    spec.given([]).when(register({ code: 'D0001-01', parentDealerCode: 'D9999' }), { ...IN_THE_SOUTH, parentDealerRegistered: false })
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'invalid', field: 'parentDealerCode', message: expect.stringMatching(/D9999 is not registered/) }));
  });

  it('given D0001 is registered, when the same details are registered again, then nothing happens (a retried request)', () => {
    spec.given([registered()]).when(register(), IN_THE_SOUTH).thenNothingHappens();
  });

  it('given D0001 is registered in a region then classed far, when it registers again after the region was re-classed near, then nothing happens: the class comes from the region list, not the dealer', () => {
    spec.given([registered({ serviceClass: 'far' })]).when(register(), { serviceClass: 'near' }).thenNothingHappens();
  });

  it('given D0001 is registered, when other details are registered under its code, then it is refused as a conflict naming the code', () => {
    spec.given([registered()]).when(register({ name: '華南辦公設備(集團)有限公司' }), IN_THE_SOUTH)
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'conflict', field: 'code', message: expect.stringMatching(/D0001 is already registered/) }));
  });

  it('given D0001 is registered with a hotline, when it registers again without one, then it is refused: a missing detail is another detail', () => {
    spec.given([registered()]).when(register({ hotline: undefined }), IN_THE_SOUTH).thenThrows(DomainError);
  });

  it('reads an absent detail and an undefined one alike, whatever the order of the details', () => {
    const { hotline: _none, ...withoutHotline } = HUANAN;
    const reordered = Object.fromEntries(Object.entries({ ...withoutHotline, address: undefined }).reverse()) as unknown as DealerApplication;
    spec.given([registered({ hotline: undefined })]).when(new RegisterDealer(reordered), IN_THE_SOUTH).thenNothingHappens();
  });
});
