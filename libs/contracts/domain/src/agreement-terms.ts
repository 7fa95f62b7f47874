/**
 * The terms of one agreement version (docs/domain.md "Agreements and their versions"), in the contracts domain's
 * own words. The published schema (contracts.AgreementSigned) is mapped from these at the edge.
 */
export type FundModel = 'revenue-share' | 'per-unit';

export interface WarrantyOverride { component: string; months: number }

export interface WarrantyPolicy {
  /** 保修一年: months from the sale to the customer. */
  defaultMonths: number;
  newSparePartsMonths: number;
  /** e.g. 列印頭 3 months. */
  componentOverrides: WarrantyOverride[];
  /** Categories with no warranty at all: used parts, consumables (toner, ribbon, ink). */
  excludedCategories: string[];
}

/** 第五條 2/3: 開箱不良 within days of the dealer's receipt; 品質不良 within days of the sale. */
export interface ReturnWindows { doaWindowDays: number; qualityWindowDays: number }

export interface ServiceLevels {
  firstResponseMinutes: number;
  resolutionWorkingHours: number;
  complexResolutionWorkingDays: number;
  arrivalHours: { local: number; near: number; far: number };
  loanerAfterWorkingDays: number;
  loanerMaxDays: number;
}

export interface WorkingCalendar {
  /** ISO weekdays, 1 = Monday. */
  workingDays: number[];
  dayStart: string;
  dayEnd: string;
  holidays: string[];
  /** 調休: weekend days that are working days. */
  adjustedWorkingDays: string[];
  timeZone: string;
}

export interface FeeItem {
  operation: string;
  feeFen: number;
  /** How many times the operation is free before the fee applies. */
  freeQuota: number;
}

export interface ServiceOrganisation { address?: string; hotline?: string; serviceManager?: string; technicians: string[] }

export interface AgreementTerms {
  fundModel: FundModel;
  /** revenue-share: basis points of the quarter's payments (第三條 1). */
  fundRateBp?: number;
  /** revenue-share: parts supplied directly while within this share of payments (第三條 3). */
  partsQuotaBp?: number;
  carryAcrossYear?: boolean;
  /** per-unit: fen per unit registered by a returned warranty card (聖寶龍 七/八). */
  allowancePerUnitFen?: number;
  territory: string[];
  noticeDays: number;
  serviceOrganisation: ServiceOrganisation;
  warranty: WarrantyPolicy;
  returns: ReturnWindows;
  serviceLevels: ServiceLevels;
  calendar: WorkingCalendar;
  reporting: { feedDueDay: number; assessmentDueDay: number };
  training: { freeTrainingPlaces: number; maxTrainingDays: number };
  /** 第四條 / 五: approved parts ship within this many calendar days (三天內發出). */
  logistics: { shippingDays: number };
  feeSchedule: FeeItem[];
}
