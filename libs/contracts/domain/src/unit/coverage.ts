import { AgreementTerms } from '../agreement-terms';
import { Delivery, UnitRegistered } from './unit.decider';
import { lastDayOfDays, lastDayOfMonths } from './warranty-calendar';

export type ClockKind = 'standard' | 'component' | 'doa' | 'quality';

/** One clock of a unit: from `start` through `end` (both covered); `running` on the day asked. */
export interface Clock {
  clock: ClockKind;
  /** The component of an override (print-head). */
  component?: string;
  start: string;
  end: string;
  running: boolean;
  /** Its length as the agreement states it. */
  months?: number;
  days?: number;
}

/** What a unit is covered for on a day (docs/domain.md "Units and warranty"). */
export interface Coverage {
  /** The warranty runs from the sale: false until a card registers the unit. */
  warrantyStarted: boolean;
  clocks: Clock[];
  /** New spare parts fitted under warranty: their own months from the day they are fitted (no date of the unit starts it). */
  newSpareParts?: { months: number; from: 'fitting' };
  /** Categories never covered (used parts, consumables). */
  excludedCategories: string[];
}

type Registration = Pick<UnitRegistered['data'], 'saleDate'>;
type Windows = Pick<AgreementTerms, 'warranty' | 'returns'>;

const clock = (kind: ClockKind, start: string, end: string, on: string, more: Partial<Clock>): Clock =>
  ({ clock: kind, ...more, start, end, running: start <= on && on <= end });

/**
 * The clocks of a unit on `on`. `atSale` are the terms in force at the sale (they govern every
 * clock of a registered unit, the DOA window too); `atReceipt` those in force at the dealer's
 * receipt, used only while no card has registered the unit (then only the DOA window runs).
 */
export function coverageOn(on: string, delivery: Pick<Delivery, 'receivedOn'> | undefined, registration: Registration | undefined, atSale: Windows | undefined, atReceipt: Windows | undefined): Coverage {
  const clocks: Clock[] = [];
  const terms = registration ? atSale : atReceipt;
  if (delivery && terms) {
    const days = terms.returns.doaWindowDays;
    clocks.push(clock('doa', delivery.receivedOn, lastDayOfDays(delivery.receivedOn, days), on, { days }));
  }
  if (!registration || !atSale) return { warrantyStarted: !!registration, clocks, excludedCategories: terms?.warranty.excludedCategories ?? [] };
  const sale = registration.saleDate;
  const { defaultMonths, componentOverrides, newSparePartsMonths, excludedCategories } = atSale.warranty;
  clocks.push(clock('standard', sale, lastDayOfMonths(sale, defaultMonths), on, { months: defaultMonths }));
  for (const { component, months } of componentOverrides) clocks.push(clock('component', sale, lastDayOfMonths(sale, months), on, { component, months }));
  const days = atSale.returns.qualityWindowDays;
  clocks.push(clock('quality', sale, lastDayOfDays(sale, days), on, { days }));
  return { warrantyStarted: true, clocks, newSpareParts: { months: newSparePartsMonths, from: 'fitting' }, excludedCategories };
}
