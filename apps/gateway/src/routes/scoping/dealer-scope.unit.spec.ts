import { permissionsOf } from '../../access/permission-table';
import { Role, SignedInUser } from '../../access/signed-in-user';
import { ForwardedRoute, ROUTES } from '../route-table';
import { RequestParts, scopeOf } from './dealer-scope';

const user = (role: Role, dealerCode: string | null = null): SignedInUser => ({ id: role, username: role, roles: [role], dealerCode, source: 'password' });
const route = (method: string, path: string) => ROUTES.find((r) => r.method === method && r.path === path) as ForwardedRoute;
const parts = (named: Partial<RequestParts>): RequestParts => ({ params: {}, query: {}, body: undefined, ...named });

describe('dealer scoping by the permission table', () => {
  const dealer = user('dealer', 'D0001');
  const asDealer = permissionsOf(dealer, ['D0003']);

  it('lets a dealer user read its own dealer and its sub-dealers; any other dealer is unknown', () => {
    const getDealer = route('GET', '/dealers/{code}');
    expect(scopeOf(getDealer, dealer, asDealer, parts({ params: { code: 'D0001' } }))).toEqual({ forward: true });
    expect(scopeOf(getDealer, dealer, asDealer, parts({ params: { code: 'D0003' } }))).toEqual({ forward: true });
    expect(scopeOf(getDealer, dealer, asDealer, parts({ params: { code: 'D0002' } }))).toEqual({ unknownDealer: 'D0002' });
  });

  it('forces a list to the own dealer, gives an empty page for another, keeps a filter it may see', () => {
    const payments = route('GET', '/payments');
    expect(scopeOf(payments, dealer, asDealer, parts({}))).toEqual({ forward: true, forcedQuery: { dealerCode: 'D0001' } });
    expect(scopeOf(payments, dealer, asDealer, parts({ query: { dealerCode: 'D0003' } }))).toEqual({ forward: true });
    expect(scopeOf(payments, dealer, asDealer, parts({ query: { dealerCode: 'D0002' } }))).toEqual({ emptyPage: { payments: [], total: 0 } });
    expect(scopeOf(payments, dealer, asDealer, parts({ query: { dealerCode: ['D0001', 'D0002'] } }))).toEqual({ emptyPage: { payments: [], total: 0 } });
  });

  it('forces a unit read to the own dealer, and answers another dealer\'s filter as an unknown dealer (404), not an empty page', () => {
    const unit = route('GET', '/units/{serialNo}');
    expect(scopeOf(unit, dealer, asDealer, parts({ params: { serialNo: 'SN-1' } }))).toEqual({ forward: true, forcedQuery: { within: 'D0001' } });
    expect(scopeOf(unit, dealer, asDealer, parts({ query: { within: 'D0003' } }))).toEqual({ forward: true });
    expect(scopeOf(unit, dealer, asDealer, parts({ query: { within: 'D0002' } }))).toEqual({ unknownDealer: 'D0002' });
  });

  it('refuses what a role may not do at all (403), and leaves the staff unscoped', () => {
    expect(scopeOf(route('POST', '/payments'), dealer, asDealer, parts({ body: { dealerCode: 'D0001' } }))).toEqual({ forbidden: 'Your role may not create Payment' });
    expect(scopeOf(route('POST', '/dealers'), user('finance'), permissionsOf(user('finance')), parts({}))).toEqual({ forbidden: 'Your role may not create Dealer' });
    const finance = user('finance');
    expect(scopeOf(route('POST', '/payments'), finance, permissionsOf(finance), parts({ body: { dealerCode: 'D0002' } }))).toEqual({ forward: true });
    expect(scopeOf(route('GET', '/dealers'), finance, permissionsOf(finance), parts({}))).toEqual({ forward: true });
  });
});
