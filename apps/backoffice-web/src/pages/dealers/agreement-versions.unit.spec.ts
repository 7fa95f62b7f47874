import { versionEntries } from './agreement-versions';
import type { Agreement } from './dealer-api';

const version = (agreementVersion: number, fundRateBp: number, noticeDays = 7) =>
  ({ agreementId: `a${agreementVersion}`, dealerCode: 'D0001', agreementVersion, validFrom: '2026-01-01', validTo: '2026-12-31', terms: { fundModel: 'revenue-share', fundRateBp, noticeDays } }) as unknown as Agreement;

describe('the agreement timeline', () => {
  it('shows the newest version first, each with the terms it changed against the version before', () => {
    const entries = versionEntries([version(2, 350, 14), version(1, 300), version(3, 350, 14)]);
    expect(entries.map((entry) => [entry.agreement.agreementVersion, entry.first, entry.changes])).toEqual([
      [3, false, []],
      [2, false, [{ term: 'fundRateBp', before: 300, after: 350 }, { term: 'noticeDays', before: 7, after: 14 }]],
      [1, true, []],
    ]);
  });

  it('has nothing to show for a dealer without an agreement', () => {
    expect(versionEntries([])).toEqual([]);
  });
});
