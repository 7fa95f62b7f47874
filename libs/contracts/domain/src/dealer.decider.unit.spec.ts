import { DeciderSpecification, DomainError } from '@aftersales/event-sourcing';
import { Dealer, dealerDecider, DealerEvent, RegisterDealer } from './dealer.decider';

const spec = DeciderSpecification(dealerDecider);
const HUANAN: Dealer = { code: 'D0001', name: '華南辦公設備有限公司', region: 'south', serviceClass: 'far', hotline: '020-8888-0000', timeZone: 'Asia/Shanghai' };
const register = (details: Partial<Dealer> = {}): RegisterDealer => ({ type: 'RegisterDealer', data: { ...HUANAN, ...details } });
const registered = (details: Partial<Dealer> = {}): DealerEvent => ({ type: 'DealerRegistered', data: { ...HUANAN, ...details } });

describe('dealers of the network (DOMAIN.md "Parties and words": 乙方 / 經銷商, 分銷商)', () => {
  it('given no dealer D0001, when 華南 registers as D0001 in the south region, then D0001 is registered with its details', () => {
    spec.given([]).when(register()).then([registered()]);
  });

  it('given no dealer D0001-01, when a sub-dealer (分銷商) registers naming D0001 as its parent, then it is registered with its parent (the register-dealer handler checks that the parent exists)', () => {
    const sub = { code: 'D0001-01', name: '佛山分銷', parentDealerCode: 'D0001' };
    spec.given([]).when(register(sub)).then([registered(sub)]);
  });

  it('given D0001 is registered, when the same details are registered again, then nothing happens (a retried request)', () => {
    spec.given([registered()]).when(register()).thenNothingHappens();
  });

  it('given D0001 is registered in a region then classed far, when it registers again after the region was re-classed near, then nothing happens: the class comes from the region list, not the dealer', () => {
    spec.given([registered({ serviceClass: 'far' })]).when(register({ serviceClass: 'near' })).thenNothingHappens();
  });

  it('given D0001 is registered, when other details are registered under its code, then it is refused as a conflict naming the code', () => {
    spec.given([registered()]).when(register({ name: '華南辦公設備(集團)有限公司' }))
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'conflict', field: 'code', message: expect.stringMatching(/D0001 is already registered/) }));
  });

  it('given D0001 is registered with a hotline, when it registers again without one, then it is refused: a missing detail is another detail', () => {
    spec.given([registered()]).when(register({ hotline: undefined })).thenThrows(DomainError);
  });

  it('reads an absent detail and an undefined one alike, whatever the order of the details', () => {
    const { hotline: _none, ...withoutHotline } = HUANAN;
    const reordered = Object.fromEntries(Object.entries({ ...withoutHotline, address: undefined }).reverse()) as unknown as Dealer;
    spec.given([registered({ hotline: undefined })]).when({ type: 'RegisterDealer', data: reordered }).thenNothingHappens();
  });
});
