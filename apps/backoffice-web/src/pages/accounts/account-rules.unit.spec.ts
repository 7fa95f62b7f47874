import { accountChange, roleProblem } from './account-rules';

describe('an account’s roles and dealer, as the gateway takes them', () => {
  it('takes staff roles without a dealer, and the dealer role alone with its dealer', () => {
    expect(roleProblem(['finance', 'auditor'], null)).toBeUndefined();
    expect(roleProblem(['dealer'], 'D0001')).toBeUndefined();
  });

  it.each([
    [[], null, 'roles', 'rolesRequired'],
    [['dealer', 'finance'], 'D0001', 'roles', 'dealerAlone'],
    [['dealer'], '', 'dealerCode', 'dealerRequired'],
    [['finance'], 'D0001', 'dealerCode', 'dealerOnlyForDealerRole'],
  ] as const)('refuses roles %j with dealer %j beside %s: %s', (roles, dealerCode, field, problem) => {
    expect(roleProblem(roles, dealerCode)).toEqual({ field, problem });
  });

  it('sends only what changed', () => {
    const before = { roles: ['finance', 'auditor'] as const, dealerCode: null, disabled: false };
    expect(accountChange(before, { roles: ['auditor', 'finance'], dealerCode: null, disabled: false })).toEqual({});
    expect(accountChange(before, { ...before, disabled: true })).toEqual({ disabled: true });
    expect(accountChange(before, { roles: ['dealer'], dealerCode: 'D0002', disabled: false })).toEqual({ roles: ['dealer'], dealerCode: 'D0002' });
  });

  it('clears the dealer of an account that is no dealer’s any more', () => {
    expect(accountChange({ roles: ['dealer'], dealerCode: 'D0002', disabled: false }, { roles: ['auditor'], dealerCode: 'D0002', disabled: false }))
      .toEqual({ roles: ['auditor'], dealerCode: null });
  });
});
