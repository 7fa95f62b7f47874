/**
 * The terms of an agreement as the sign-agreement form holds them, and the request sent from
 * them. The defaults and limits repeat the contracts service's (README "Agreement terms and
 * their defaults", the request's OpenAPI limits); agreement-terms.unit.spec.ts checks that the
 * defaults equal the domain's, so the form shows what the service would fill in.
 */
export type FundModel = 'revenue-share' | 'per-unit';

export interface FeeItem { operation: string; feeFen: number; freeQuota: number }
export interface ComponentOverride { component: string; months: number }

/** Every term besides the dates: what a version states once the defaults are filled in. */
export interface AgreementTerms {
  fundModel: FundModel;
  fundRateBp?: number;
  partsQuotaBp?: number;
  carryAcrossYear?: boolean;
  allowancePerUnitFen?: number;
  territory: string[];
  noticeDays: number;
  serviceOrganisation: { address?: string; hotline?: string; serviceManager?: string; technicians: string[] };
  warranty: { defaultMonths: number; newSparePartsMonths: number; componentOverrides: ComponentOverride[]; excludedCategories: string[] };
  returns: { doaWindowDays: number; qualityWindowDays: number };
  serviceLevels: {
    firstResponseMinutes: number; resolutionWorkingHours: number; complexResolutionWorkingDays: number;
    arrivalHours: { local: number; near: number; far: number }; loanerAfterWorkingDays: number; loanerMaxDays: number;
  };
  calendar: { workingDays: number[]; dayStart: string; dayEnd: string; holidays: string[]; adjustedWorkingDays: string[]; timeZone: string };
  reporting: { feedDueDay: number; assessmentDueDay: number };
  training: { freeTrainingPlaces: number; maxTrainingDays: number };
  logistics: { shippingDays: number };
  feeSchedule: FeeItem[];
}

export type DefaultTerms = Omit<AgreementTerms, 'fundModel' | 'fundRateBp' | 'partsQuotaBp' | 'carryAcrossYear' | 'allowancePerUnitFen'>;

export const DEFAULT_TERMS: DefaultTerms = {
  territory: [],
  noticeDays: 7,
  serviceOrganisation: { technicians: [] },
  warranty: { defaultMonths: 12, newSparePartsMonths: 12, componentOverrides: [], excludedCategories: ['used-parts', 'consumables'] },
  returns: { doaWindowDays: 7, qualityWindowDays: 15 },
  serviceLevels: {
    firstResponseMinutes: 30, resolutionWorkingHours: 8, complexResolutionWorkingDays: 3,
    arrivalHours: { local: 2, near: 12, far: 48 }, loanerAfterWorkingDays: 2, loanerMaxDays: 15,
  },
  calendar: { workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '18:00', holidays: [], adjustedWorkingDays: [], timeZone: 'Asia/Shanghai' },
  reporting: { feedDueDay: 10, assessmentDueDay: 5 },
  training: { freeTrainingPlaces: 2, maxTrainingDays: 7 },
  logistics: { shippingDays: 3 },
  feeSchedule: [
    { operation: 'reinstall-single-user', feeFen: 30_000, freeQuota: 1 },
    { operation: 'reinstall-network', feeFen: 50_000, freeQuota: 1 },
    { operation: 'training-place', feeFen: 80_000, freeQuota: 0 },
  ],
};

/** A new agreement's starting point: the defaults and a revenue share of 3% with a 2% parts quota (the API's examples). */
export const NEW_AGREEMENT_TERMS: AgreementTerms = {
  fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true, ...structuredClone(DEFAULT_TERMS),
};

/** The integer limits of the request (min, max), by the field's dotted path; list items by their own name. */
export const INTEGER_LIMITS: Record<string, [number, number]> = {
  noticeDays: [0, 365],
  'warranty.defaultMonths': [0, 120], 'warranty.newSparePartsMonths': [0, 120], 'componentOverride.months': [0, 120],
  'returns.doaWindowDays': [0, 365], 'returns.qualityWindowDays': [0, 365],
  'serviceLevels.firstResponseMinutes': [1, 10_080], 'serviceLevels.resolutionWorkingHours': [1, 720],
  'serviceLevels.complexResolutionWorkingDays': [1, 90], 'serviceLevels.arrivalHours.local': [1, 720],
  'serviceLevels.arrivalHours.near': [1, 720], 'serviceLevels.arrivalHours.far': [1, 720],
  'serviceLevels.loanerAfterWorkingDays': [1, 90], 'serviceLevels.loanerMaxDays': [1, 365],
  'reporting.feedDueDay': [1, 28], 'reporting.assessmentDueDay': [1, 28],
  'training.freeTrainingPlaces': [0, 1000], 'training.maxTrainingDays': [0, 365], 'logistics.shippingDays': [0, 90],
  'feeItem.freeQuota': [0, 1000],
};

/** How many items a list may hold and how long each text may be. */
export const LIST_LIMITS: Record<string, { maxItems: number; maxLength?: number }> = {
  territory: { maxItems: 500, maxLength: 100 },
  'serviceOrganisation.technicians': { maxItems: 500, maxLength: 100 },
  'warranty.excludedCategories': { maxItems: 50, maxLength: 100 },
  'warranty.componentOverrides': { maxItems: 200 },
  'calendar.holidays': { maxItems: 400 },
  'calendar.adjustedWorkingDays': { maxItems: 400 },
  feeSchedule: { maxItems: 200 },
};

export const TEXT_LIMITS: Record<string, number> = {
  'serviceOrganisation.address': 300, 'serviceOrganisation.hotline': 50, 'serviceOrganisation.serviceManager': 100,
  'componentOverride.component': 100, 'feeItem.operation': 100,
};

export const CLOCK_PATTERN = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
export const BASIS_POINTS_MAX = 10_000;

/** Why a line of text is refused, as the API's text rule says it (an i18n key of agreements:problems), or undefined. */
export function textProblem(value: string, maxLength: number): 'blank' | 'control' | 'maxLength' | undefined {
  if (value.trim() === '') return 'blank';
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)) return 'control';
  // Characters as the API counts them (code points): 𠀋 is one.
  if ([...value].length > maxLength) return 'maxLength';
  return undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD from the year 0001 (2027-02-30 is none), as the API takes it. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
