import { DeciderSpecification, DomainError } from '@aftersales/event-sourcing';
import { RequestedTerms, withDefaultTerms } from './agreement-defaults';
import { agreementDecider, SignAgreement, versionInForce } from './agreement.decider';
import { AgreementEvent, AgreementSigned } from './agreement.events';

const spec = DeciderSpecification(agreementDecider);
const REVENUE_SHARE = { fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true } as const;
/** The terms as signed: what the request left out takes the default. */
const TERMS = withDefaultTerms(REVENUE_SHARE);

const sign = (validFrom: string, validTo: string, terms: RequestedTerms = REVENUE_SHARE) =>
  new SignAgreement(`A-${validFrom}`, 'D0001', validFrom, validTo, terms);
const signed = (agreementVersion: number, validFrom: string, validTo: string): AgreementEvent => {
  const data: AgreementSigned['data'] = { agreementId: `A-${validFrom}`, dealerCode: 'D0001', validFrom, validTo, terms: TERMS, agreementVersion };
  if (agreementVersion > 1) data.supersedesVersion = agreementVersion - 1;
  return { type: 'AgreementSigned', data };
};

/** The dealer's versions as every reader folds them. */
const versions = (...events: AgreementEvent[]) => events.map((e) => e.data);

describe('agreement versions (docs/domain.md "Agreements and their versions": a version supersedes every earlier one from its validFrom on)', () => {
  const v1 = signed(1, '2026-01-01', '2027-12-31');
  const v2 = signed(2, '2026-07-01', '2026-12-31');

  it('given no agreement, when one is signed, then it is version 1', () => {
    spec.given([]).when(sign('2026-01-01', '2026-12-31')).then([signed(1, '2026-01-01', '2026-12-31')]);
  });

  it('given version 1, when a renewal is signed, then it is version 2 and supersedes version 1', () => {
    spec.given([v1]).when(sign('2026-07-01', '2026-12-31')).then([v2]);
  });

  it('given no agreement, when one valid for a single day is signed, then it is version 1 (validFrom and validTo are both days in force)', () => {
    spec.given([]).when(sign('2026-10-01', '2026-10-01')).then([signed(1, '2026-10-01', '2026-10-01')]);
  });

  it('given no agreement, when a per-unit agreement (聖寶龍 七/八) is signed, then the version carries its allowance, the other terms as signed and the defaults', () => {
    const command = sign('2026-01-01', '2026-12-31', { fundModel: 'per-unit', allowancePerUnitFen: 5_000, territory: ['廣州', '佛山'] });
    const terms = withDefaultTerms({ fundModel: 'per-unit', allowancePerUnitFen: 5_000 }, { territory: ['廣州', '佛山'] });
    spec.given([]).when(command).then([{ type: 'AgreementSigned', data: { ...signed(1, '2026-01-01', '2026-12-31').data, terms } }]);
  });

  it('given no agreement, when one is signed with a warranty section naming only its default months, then the version keeps the other warranty defaults', () => {
    const command = sign('2026-01-01', '2026-12-31', { ...REVENUE_SHARE, warranty: { defaultMonths: 24 } });
    const terms = { ...TERMS, warranty: { ...TERMS.warranty, defaultMonths: 24 } };
    spec.given([]).when(command).then([{ type: 'AgreementSigned', data: { ...signed(1, '2026-01-01', '2026-12-31').data, terms } }]);
  });

  it('given no agreement, when one ending before it starts is signed, then it is refused naming validTo', () => {
    spec.given([]).when(sign('2026-12-31', '2026-01-01'))
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'invalid', field: 'validTo' }));
  });

  it('given version 2 from 2026-07-01, when a version ending before that day is signed, then it is refused naming validTo', () => {
    // It would supersede version 2 on every day version 2 covers, and be over before version 2 starts.
    spec.given([v1, v2]).when(sign('2026-01-01', '2026-06-30'))
      .thenThrows(DomainError, (e) => expect(e).toMatchObject({ kind: 'invalid', field: 'validTo', message: expect.stringMatching(/2026-07-01/) }));
  });

  it('given version 2 from 2026-07-01, a version ending on that day or later may amend what came before', () => {
    spec.given([v1, v2]).when(sign('2026-03-01', '2026-07-01')).then([signed(3, '2026-03-01', '2026-07-01')]);
  });

  describe('the version in force on a date', () => {
    const both = versions(v1, v2);

    it('is version 1 before version 2 starts', () => {
      expect(versionInForce(both, '2026-06-30')?.agreementVersion).toBe(1);
    });

    it('is version 2 from its validFrom through its validTo', () => {
      expect(versionInForce(both, '2026-07-01')?.agreementVersion).toBe(2);
      expect(versionInForce(both, '2026-12-31')?.agreementVersion).toBe(2);
    });

    it('is none after version 2 ends: version 1 never comes back, though its own dates run to 2027-12-31', () => {
      expect(versionInForce(both, '2027-01-01')).toBeUndefined();
      expect(versionInForce(both, '2027-03-01')).toBeUndefined();
    });

    it('is none before the first version starts', () => {
      expect(versionInForce(both, '2025-12-31')).toBeUndefined();
    });

    it('is the new version again once one is signed after the gap', () => {
      const v3 = signed(3, '2027-03-01', '2027-12-31');
      expect(versionInForce(versions(v1, v2, v3), '2027-02-28')).toBeUndefined();
      expect(versionInForce(versions(v1, v2, v3), '2027-03-01')?.agreementVersion).toBe(3);
    });

    it('does not depend on the order the versions are listed in', () => {
      expect(versionInForce(versions(v2, v1), '2027-03-01')).toBeUndefined();
      expect(versionInForce(versions(v2, v1), '2026-08-01')?.agreementVersion).toBe(2);
    });

    it('gives a later version that starts earlier every day from its validFrom on', () => {
      const later = signed(2, '2026-01-01', '2026-12-31');
      const first = signed(1, '2026-07-01', '2027-06-30');
      expect(versionInForce(versions(first, later), '2026-08-01')?.agreementVersion).toBe(2);
      expect(versionInForce(versions(first, later), '2027-03-01')).toBeUndefined();
    });
  });
});
