import { PRICE_ITEM_KINDS, PRICE_LINES_PER_EVENT } from '@aftersales/published-rules';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../domain-rules.validator';
import { NestedList } from '../nested.validator';
import { defineEvent } from '../registry';
import { RequisitionEvents } from './requisition.events';
import { IsText } from '../text.validator';

/** A part number or labour operation code of the price list: a letter or digit, then letters, digits and . _ / - (at most 64). */
export const PRICE_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
const CODE = { message: ({ property }: { property: string }) => `${property} may hold letters, digits and . _ / - (at most 64, starting with a letter or digit)` };

export class PriceLineV1 {
  @Matches(PRICE_CODE, CODE) code!: string;
  @IsIn(PRICE_ITEM_KINDS) kind!: (typeof PRICE_ITEM_KINDS)[number];
  @IsText(200) name!: string;
  @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER) unitPriceFen!: number;
}

/**
 * 維修收費標准: (one part of) a new version of the price list, in force from effectiveFrom until
 * the next version's. A version of more than PRICE_LINES_PER_EVENT lines set and withdrawn comes
 * in several parts, one commit.
 */
export class PriceListRevisedV1 {
  @IsInt() @Min(1) version!: number;
  @IsInt() @Min(1) part!: number;
  @IsInt() @Min(1) parts!: number;
  @IsCalendarDate() effectiveFrom!: string;
  @IsIn(['import', 'edit']) source!: 'import' | 'edit';
  @IsOptional() @IsText(500) reason?: string;
  @IsOptional() @IsText(255) fileName?: string;
  /** The lines it sets: new ones, or another price or name. */
  @NestedList(() => PriceLineV1, PRICE_LINES_PER_EVENT) set!: PriceLineV1[];
  /** The codes it withdraws. */
  @IsArray() @ArrayMaxSize(PRICE_LINES_PER_EVENT) @Matches(PRICE_CODE, { each: true, ...CODE }) withdrawn!: string[];
  @IsInt() @Min(0) lineCount!: number;
}

export const PartsEvents = {
  PriceListRevised: defineEvent('parts.PriceListRevised', 1, PriceListRevisedV1),
  ...RequisitionEvents,
} as const;
