// The UI's copy of the defaults must be the service's: the test reads the domain's own.
import { DEFAULT_TERMS as SERVICE_DEFAULTS } from '@aftersales/contracts-domain';
import { formFieldOf, formValuesOf, signAgreementBody } from './agreement-form';
import { DEFAULT_TERMS, isCalendarDate, NEW_AGREEMENT_TERMS, textProblem } from './agreement-terms';

describe('the sign-agreement form', () => {
  it('shows the defaults the contracts service fills in', () => {
    expect(DEFAULT_TERMS).toEqual(SERVICE_DEFAULTS);
  });

  it('sends rates in percent as exact basis points and money in yuan as exact fen', () => {
    const values = { ...formValuesOf(NEW_AGREEMENT_TERMS, '2027-01-01', '2027-12-31'), fundRatePercent: '3.35', partsQuotaPercent: '0.29' };
    values.feeSchedule = [{ operation: 'reinstall-network', feeYuan: '1,234.56', freeQuota: 2 }];
    const body = signAgreementBody(values);
    expect(body).toMatchObject({ validFrom: '2027-01-01', validTo: '2027-12-31', fundModel: 'revenue-share', fundRateBp: 335, partsQuotaBp: 29, carryAcrossYear: true });
    expect(body.feeSchedule).toEqual([{ operation: 'reinstall-network', feeFen: 123_456, freeQuota: 2 }]);
    expect(body).not.toHaveProperty('allowancePerUnitFen');
    expect(body).not.toHaveProperty('fundRatePercent');
  });

  it('sends only the per-unit terms for a per-unit agreement', () => {
    const values = { ...formValuesOf(NEW_AGREEMENT_TERMS, '2027-01-01', '2027-12-31'), fundModel: 'per-unit' as const, allowancePerUnitYuan: '150' };
    const body = signAgreementBody(values);
    expect(body.allowancePerUnitFen).toBe(15_000);
    for (const term of ['fundRateBp', 'partsQuotaBp', 'carryAcrossYear']) expect(body).not.toHaveProperty(term);
  });

  it('round-trips a version’s terms: what was signed is sent again unchanged', () => {
    const signed = { ...structuredClone(NEW_AGREEMENT_TERMS), fundRateBp: 250, serviceOrganisation: { address: '北京', technicians: ['王工'] } };
    const { validFrom, validTo, ...terms } = signAgreementBody(formValuesOf(signed, '2027-01-01', '2027-12-31'));
    expect([validFrom, validTo]).toEqual(['2027-01-01', '2027-12-31']);
    expect(terms).toEqual(signed);
  });

  it('leaves out an optional text left empty (the service refuses a blank one)', () => {
    const values = formValuesOf(NEW_AGREEMENT_TERMS, '2027-01-01', '2027-12-31');
    values.serviceOrganisation = { address: '', hotline: '400-800-1234', technicians: [] };
    expect(signAgreementBody(values).serviceOrganisation).toEqual({ hotline: '400-800-1234', technicians: [] });
  });

  it('puts a problem beside the form field it names', () => {
    expect(formFieldOf('fundRateBp')).toEqual(['fundRatePercent']);
    expect(formFieldOf('feeSchedule.1.feeFen')).toEqual(['feeSchedule', 1, 'feeYuan']);
    expect(formFieldOf('serviceLevels.arrivalHours.far')).toEqual(['serviceLevels', 'arrivalHours', 'far']);
  });
});

describe('the API’s rules for texts and dates, checked in the form', () => {
  it.each([['北京市朝陽區', undefined], ['  ', 'blank'], ['\u3000', 'blank'], ['a\tb', 'control'], ['𠀋'.repeat(3), undefined], ['abcd', 'maxLength']])(
    '%j: %s', (value, problem) => expect(textProblem(value, 3 + (value === '北京市朝陽區' ? 3 : 0))).toBe(problem));

  it.each([['2027-10-01', true], ['0001-01-01', true], ['2028-02-29', true], ['2027-02-29', false], ['0000-06-30', false], ['2027-1-1', false], ['2027-13-01', false]])(
    '%s is a calendar date: %s', (value, real) => expect(isCalendarDate(value)).toBe(real));
});
