import { AgreementTerms } from '@aftersales/contracts-domain';
import { pickDefined } from '@aftersales/event-sourcing';
import { AgreementTermsV1, DEFAULT_SHIPPING_DAYS } from '@aftersales/integration-events';

/**
 * The terms of an agreement version ↔ their published form (contracts.AgreementSigned `terms`),
 * every field named, section by section: a term the domain adds is published only once the
 * schema has it, and a renamed one fails to compile here until it is mapped.
 */
const MODEL = ['fundModel', 'fundRateBp', 'partsQuotaBp', 'carryAcrossYear', 'allowancePerUnitFen', 'territory', 'noticeDays'] as const;
const ORGANISATION = ['address', 'hotline', 'serviceManager', 'technicians'] as const;
const WARRANTY = ['defaultMonths', 'newSparePartsMonths', 'excludedCategories'] as const;
const OVERRIDE = ['component', 'months'] as const;
const RETURNS = ['doaWindowDays', 'qualityWindowDays'] as const;
const SERVICE_LEVELS = ['firstResponseMinutes', 'resolutionWorkingHours', 'complexResolutionWorkingDays', 'loanerAfterWorkingDays', 'loanerMaxDays'] as const;
const ARRIVAL = ['local', 'near', 'far'] as const;
const CALENDAR = ['workingDays', 'dayStart', 'dayEnd', 'holidays', 'adjustedWorkingDays', 'timeZone'] as const;
const REPORTING = ['feedDueDay', 'assessmentDueDay'] as const;
const TRAINING = ['freeTrainingPlaces', 'maxTrainingDays'] as const;
const FEE = ['operation', 'feeFen', 'freeQuota'] as const;
const LOGISTICS = ['shippingDays'] as const;

/** Both directions at once: the two types hold the same fields today, and each is checked against these lists. */
function mapTerms<T extends AgreementTerms | AgreementTermsV1>(t: T) {
  return {
    ...pickDefined(t, MODEL),
    serviceOrganisation: pickDefined(t.serviceOrganisation, ORGANISATION),
    warranty: { ...pickDefined(t.warranty, WARRANTY), componentOverrides: t.warranty.componentOverrides.map((o) => pickDefined(o, OVERRIDE)) },
    returns: pickDefined(t.returns, RETURNS),
    serviceLevels: { ...pickDefined(t.serviceLevels, SERVICE_LEVELS), arrivalHours: pickDefined(t.serviceLevels.arrivalHours, ARRIVAL) },
    calendar: pickDefined(t.calendar, CALENDAR),
    reporting: pickDefined(t.reporting, REPORTING),
    training: pickDefined(t.training, TRAINING),
    // Versions signed before the term existed have none: the default, as every consumer reads them.
    logistics: t.logistics ? pickDefined(t.logistics, LOGISTICS) : { shippingDays: DEFAULT_SHIPPING_DAYS },
    feeSchedule: t.feeSchedule.map((f) => pickDefined(f, FEE)),
  };
}

export const termsV1 = (terms: AgreementTerms): AgreementTermsV1 => mapTerms(terms);
export const termsOf = (terms: AgreementTermsV1): AgreementTerms => mapTerms(terms);
