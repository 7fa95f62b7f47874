import { DeciderSpecification, DomainError } from '@aftersales/event-sourcing';
import { DismissFlag, EvaluateFlag, flagDecider } from './flag.decider';
import { Evidence, FlagEvent, flagIdOf } from './flag.events';

const spec = DeciderSpecification(flagDecider);
const flag = { flagId: flagIdOf('repair-on-unknown-serial', 'D0001', 'SN-1'), dealerCode: 'D0001', rule: 'repair-on-unknown-serial' as const, subject: 'SN-1' };
const repair: Evidence = { source: 'feed', dealerCode: 'D0001', submissionId: 'feed-D0001-2026-09-repairs', version: 1, kind: 'repairs', key: 'R-1' };
const found = new EvaluateFlag(flag, { period: '2026-09', evidence: [repair] });
const settled = new EvaluateFlag(flag, undefined);
const raised: FlagEvent = { type: 'FlagRaised', data: { ...flag, period: '2026-09', evidence: [repair] } };
const cleared: FlagEvent = { type: 'FlagCleared', data: { ...flag, period: '2026-09' } };
const dismissed: FlagEvent = { type: 'FlagDismissed', data: { flagId: flag.flagId, dealerCode: 'D0001', reason: 'unit from stock', dismissedBy: 'manager.wu' } };
const dismiss = (dealerCode = 'D0001') => new DismissFlag(flag.flagId, dealerCode, 'unit from stock', 'manager.wu');

describe('a cross-feed flag', () => {
  it('is raised with its evidence when the rule is broken, and once only however often the same facts are evaluated', () => {
    spec.given([]).when(found).then([raised]);
    spec.given([raised]).when(found).thenNothingHappens();
  });

  it('is cleared when a later fact settles it, and raised again when it breaks again', () => {
    spec.given([raised]).when(settled).then([cleared]);
    spec.given([raised, cleared]).when(settled).thenNothingHappens();
    spec.given([raised, cleared]).when(found).then([raised]);
  });

  it('raises nothing when nothing was ever found', () => {
    spec.given([]).when(settled).thenNothingHappens();
  });

  it('is dismissed with a reason and who dismissed it, and then stays dismissed whatever the facts do', () => {
    spec.given([raised]).when(dismiss()).then([dismissed]);
    spec.given([raised, dismissed]).when(settled).thenNothingHappens();
    spec.given([raised, dismissed]).when(found).thenNothingHappens();
  });

  it('refuses to dismiss a flag that is dismissed or cleared (422)', () => {
    const unprocessable = (e: Error) => expect(e).toMatchObject({ kind: 'invalid', field: 'flagId' });
    spec.given([raised, dismissed]).when(dismiss()).thenThrows(/is dismissed/, unprocessable);
    spec.given([raised, cleared]).when(dismiss()).thenThrows(/is cleared/, unprocessable);
  });

  it('knows no flag that was never raised, nor one of another dealer (404)', () => {
    spec.given([]).when(dismiss()).thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'not-found' }));
    spec.given([raised]).when(dismiss('D0002')).thenThrows(/has no flag/);
  });

  it('has an id made of its rule, dealer and subject only', () => {
    expect(flagIdOf('repair-on-unknown-serial', 'D0001', 'SN-1')).toBe(flag.flagId);
    expect(flagIdOf('repair-on-unknown-serial', 'D0002', 'SN-1')).not.toBe(flag.flagId);
    expect(flag.flagId).toMatch(/^[0-9a-f]{24}$/);
  });
});
