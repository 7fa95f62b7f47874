import { DEFAULT_SHIPPING_DAYS } from '@aftersales/published-rules';
import { AgreementTerms, FundModel } from './agreement-terms';

/** The terms a new agreement must state; everything else has a default. */
export type RequiredTerms =
  | { fundModel: 'revenue-share'; fundRateBp: number; partsQuotaBp: number; carryAcrossYear: boolean }
  | { fundModel: 'per-unit'; allowancePerUnitFen: number };

/** The terms as asked for: a fund model with its terms, and whichever sections were given. */
export type RequestedTerms = {
  fundModel: FundModel;
  fundRateBp?: number;
  partsQuotaBp?: number;
  carryAcrossYear?: boolean;
  allowancePerUnitFen?: number;
} & OptionalTerms;

type Sections = Omit<AgreementTerms, 'fundModel' | 'fundRateBp' | 'partsQuotaBp' | 'carryAcrossYear' | 'allowancePerUnitFen'>;
export type OptionalTerms = { [K in keyof Sections]?: Partial<Sections[K]> | Sections[K] };

/**
 * Defaults from docs/domain.md "Agreements and their versions" and the seed agreements. Where the seed leaves a
 * blank (`____日`) and docs/domain.md names no default, the value is a decision, marked so; every
 * one of them is a term of the dealer's agreement and can be set per agreement.
 */
export const DEFAULT_TERMS: Sections = {
  territory: [],
  noticeDays: 7, // decision: 第二條 2 leaves the notice period blank
  serviceOrganisation: { technicians: [] },
  // 第四條 1: one year from the sale to the customer; 聖寶龍 二 2: print head three months.
  warranty: { defaultMonths: 12, newSparePartsMonths: 12, componentOverrides: [], excludedCategories: ['used-parts', 'consumables'] },
  // decision: 第四條 2/3 leave the windows blank; 7 and 15 days follow China's 三包 return/exchange rules.
  returns: { doaWindowDays: 7, qualityWindowDays: 15 },
  serviceLevels: {
    firstResponseMinutes: 30, // 半小時內給予回復
    resolutionWorkingHours: 8, // 8小時內解決問題
    complexResolutionWorkingDays: 3, // 復雜問題三個工作日內
    arrivalHours: { local: 2, near: 12, far: 48 }, // 北京2小時、周邊12小時、外省市48小時
    loanerAfterWorkingDays: 2, // 如不能兩個工作日內解決 … 提供備用
    loanerMaxDays: 15, // 借出 … 最長時限為15天
  },
  calendar: {
    workingDays: [1, 2, 3, 4, 5], // 每周一至周五9:00—18:00(不包括節、假日)
    dayStart: '09:00',
    dayEnd: '18:00',
    holidays: [],
    adjustedWorkingDays: [],
    timeZone: 'Asia/Shanghai',
  },
  reporting: { feedDueDay: 10, assessmentDueDay: 5 }, // feedDueDay: decision (第二條 4 is blank); 五 3: 月初前五天
  training: { freeTrainingPlaces: 2, maxTrainingDays: 7 }, // 每套免費培訓二人; days: decision
  logistics: { shippingDays: DEFAULT_SHIPPING_DAYS }, // decision: 三天內發出 (calendar days from the approval)
  feeSchedule: [
    { operation: 'reinstall-single-user', feeFen: 30_000, freeQuota: 1 }, // 單用戶版300元/次, first install free
    { operation: 'reinstall-network', feeFen: 50_000, freeQuota: 1 }, // 網路版500元/次
    // decision: the seed prices no training place beyond 每套免費培訓二人; 800元 a place, its free
    // places being training.freeTrainingPlaces (so freeQuota 0: they are not counted twice).
    { operation: 'training-place', feeFen: 80_000, freeQuota: 0 },
  ],
};

/**
 * The agreement's complete terms: the chosen fund model's own terms (the other model's are
 * not its terms), every section left out filled with the default.
 */
export function completeTerms(requested: RequestedTerms): AgreementTerms {
  const { fundModel, fundRateBp, partsQuotaBp, carryAcrossYear, allowancePerUnitFen, ...optional } = requested;
  const required = (fundModel === 'revenue-share'
    ? { fundModel, fundRateBp, partsQuotaBp, carryAcrossYear }
    : { fundModel, allowancePerUnitFen }) as RequiredTerms;
  return withDefaultTerms(required, optional);
}

/** Fills every term the request left out, section by section. */
export function withDefaultTerms(required: RequiredTerms, optional: OptionalTerms = {}): AgreementTerms {
  const sections = Object.fromEntries(
    (Object.keys(DEFAULT_TERMS) as (keyof Sections)[]).map((key) => [key, merge(DEFAULT_TERMS[key], optional[key])]),
  ) as unknown as Sections;
  return { ...sections, ...required };
}

/** Deep merge of plain objects; arrays and values are replaced whole. Never returns a part of `base` itself. */
function merge<T>(base: T, override: unknown): T {
  if (override === undefined) return structuredClone(base); // the defaults are shared: a caller may change what it gets
  if (!isPlainObject(base) || !isPlainObject(override)) return override as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = merge(base[key], value);
  return merged as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
