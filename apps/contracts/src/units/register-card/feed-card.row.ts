import { FeedRowChangeV1, IsCalendarDate, IsDealerCode, IsText, validatePlain, FieldProblem } from '@aftersales/integration-events';
import { IsOptional } from 'class-validator';

/** The columns of a `warranty-cards` feed row that register a unit (docs/feeds.md "Columns"). */
export class FeedCardRow {
  @IsText(64) card_no!: string;
  @IsText(64) serial_no!: string;
  @IsText(64) model!: string;
  @IsCalendarDate() sale_date!: string;
  @IsText(100) customer_name!: string;
  @IsOptional() @IsText(50) customer_phone?: string;
  @IsOptional() @IsDealerCode() sub_dealer_code?: string;
}

const COLUMNS = ['card_no', 'serial_no', 'model', 'sale_date', 'customer_name', 'customer_phone', 'sub_dealer_code'] as const;

/** The row's card, or its problems named `changes.<i>.row.<column>`; other columns (address) are not the unit's. */
export function feedCard(change: FeedRowChangeV1, index: number): { ok: true; row: FeedCardRow } | { ok: false; problems: FieldProblem[] } {
  const row = change.row ?? {};
  const picked = Object.fromEntries(COLUMNS.filter((c) => row[c] !== undefined).map((c) => [c, typeof row[c] === 'string' ? row[c] : String(row[c])]));
  const checked = validatePlain(FeedCardRow, picked, `changes.${index}.row`);
  return checked.ok ? { ok: true, row: checked.value } : { ok: false, problems: checked.problems };
}
