import { hundredthsText, readHundredths } from '../payments/yuan-text';
import { AgreementTerms, BASIS_POINTS_MAX, DefaultTerms, FundModel } from './agreement-terms';

/**
 * What the form holds: the terms, with money typed in yuan and rates in percent (as text, read
 * exactly into fen and basis points when sent), and the dates as YYYY-MM-DD.
 */
export interface AgreementFormValues extends Omit<DefaultTerms, 'feeSchedule'> {
  validFrom: string;
  validTo: string;
  fundModel: FundModel;
  fundRatePercent?: string;
  partsQuotaPercent?: string;
  carryAcrossYear?: boolean;
  allowancePerUnitYuan?: string;
  feeSchedule: { operation: string; feeYuan: string; freeQuota: number }[];
}

/** The body of POST /dealers/{code}/agreements. */
export type SignAgreementBody = Omit<AgreementTerms, 'serviceOrganisation'> & {
  validFrom: string;
  validTo: string;
  serviceOrganisation: Partial<AgreementTerms['serviceOrganisation']>;
};

export function formValuesOf(terms: AgreementTerms, validFrom = '', validTo = ''): AgreementFormValues {
  const { fundRateBp, partsQuotaBp, allowancePerUnitFen, feeSchedule, ...rest } = structuredClone(terms);
  return {
    ...rest,
    validFrom,
    validTo,
    fundRatePercent: fundRateBp === undefined ? '3' : hundredthsText(fundRateBp),
    partsQuotaPercent: partsQuotaBp === undefined ? '2' : hundredthsText(partsQuotaBp),
    carryAcrossYear: terms.carryAcrossYear ?? true,
    allowancePerUnitYuan: allowancePerUnitFen === undefined ? '' : hundredthsText(allowancePerUnitFen),
    feeSchedule: feeSchedule.map(({ operation, feeFen, freeQuota }) => ({ operation, feeYuan: hundredthsText(feeFen), freeQuota })),
  };
}

/** The request for validated form values; only the chosen fund model's own terms are sent (the service refuses the other's). */
export function signAgreementBody(values: AgreementFormValues): SignAgreementBody {
  const { fundRatePercent, partsQuotaPercent, allowancePerUnitYuan, carryAcrossYear, feeSchedule, serviceOrganisation, ...rest } = values;
  const model = values.fundModel === 'revenue-share'
    ? { fundRateBp: basisPoints(fundRatePercent), partsQuotaBp: basisPoints(partsQuotaPercent), carryAcrossYear: Boolean(carryAcrossYear) }
    : { allowancePerUnitFen: fen(allowancePerUnitYuan) };
  return {
    ...rest,
    ...model,
    serviceOrganisation: withoutBlanks(serviceOrganisation),
    feeSchedule: feeSchedule.map(({ operation, feeYuan, freeQuota }) => ({ operation, feeFen: fen(feeYuan), freeQuota })),
  };
}

/** An optional text left empty is not sent: the service refuses a blank text. */
function withoutBlanks(organisation: AgreementTerms['serviceOrganisation']): SignAgreementBody['serviceOrganisation'] {
  return Object.fromEntries(Object.entries(organisation).filter(([, value]) => value !== undefined && value !== null && value !== ''));
}

function basisPoints(percent: string | undefined): number {
  return exact(readHundredths(percent ?? '', { max: BASIS_POINTS_MAX, allowZero: true }), percent);
}

function fen(yuan: string | undefined): number {
  return exact(readHundredths(yuan ?? '', { allowZero: true }), yuan);
}

function exact(reading: ReturnType<typeof readHundredths>, text: string | undefined): number {
  if (!reading.ok) throw new Error(`"${text}" was not validated before sending (${reading.reason})`);
  return reading.fen;
}

/** The form's field for a problem's field as the API names it ("feeSchedule.1.feeFen" -> ['feeSchedule', 1, 'feeYuan']). */
export function formFieldOf(apiField: string): (string | number)[] {
  const renamed: Record<string, string> = {
    fundRateBp: 'fundRatePercent', partsQuotaBp: 'partsQuotaPercent', allowancePerUnitFen: 'allowancePerUnitYuan', feeFen: 'feeYuan',
  };
  return apiField.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : renamed[part] ?? part));
}
