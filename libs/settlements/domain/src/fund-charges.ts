import { invalid } from '@aftersales/event-sourcing';
import { applyRate, MoneyError, sumFen, toSafeFen } from '@aftersales/money';
import type { FundState } from './fund-state';
import type { ChargedLine, FundChargedForParts, FundEvent, FundModel } from './fund.events';

/** A shipment of parts to the dealer (parts.PartsShipped), with the agreement in force on its day. */
export type ChargeParts = {
  type: 'ChargeParts';
  data: {
    dealerCode: string; quarter: string; requisitionId: string; shipmentId: string; shippedOn: string;
    agreementVersion: number; fundModel: FundModel; partsQuotaBp?: number;
    /** Its in-warranty lines (sale lines are paid by the dealer before they ship: the fund pays none). */
    lines: ChargedLine[];
    freightDifferenceFen: number;
  };
};

/**
 * 第三條 3: while the in-warranty parts issued in the quarter stay within the parts quota,
 * round(partsQuotaBp × payments / 10000), they are charged to the repair fund; the part of an
 * issue beyond it is invoiced to the dealer at the price list. The payments are those of the
 * quarter received by the shipping day that the fund has counted when the shipment reaches it:
 * the split is decided then, once, and a payment counted later does not reopen it. A per-unit
 * agreement sets no quota: the fund pays every in-warranty part. An urgent carrier's freight
 * difference is invoiced. A shipment is charged once (a redelivery changes nothing).
 */
export function chargeParts(data: ChargeParts['data'], state: FundState): FundEvent[] {
  if (state.shipments.has(data.shipmentId)) return [];
  const issuedFen = fen(() => sumFen(data.lines.map((l) => l.amountFen)));
  if (issuedFen === 0 && data.freightDifferenceFen === 0) return [];
  const paymentsToDateFen = fen(() => sumFen([...state.payments.values()].filter((p) => (p.receivedOn ?? '') <= data.shippedOn).map((p) => p.paymentFen)));
  const quotaFen = data.fundModel === 'revenue-share' ? fen(() => applyRate(paymentsToDateFen, data.partsQuotaBp ?? 0)) : undefined;
  const availableFen = quotaFen === undefined ? issuedFen : Math.max(0, quotaFen - state.chargesFen);
  const chargedFen = Math.min(issuedFen, availableFen);
  const event: FundChargedForParts = {
    type: 'FundChargedForParts',
    data: {
      dealerCode: data.dealerCode, quarter: data.quarter, requisitionId: data.requisitionId, shipmentId: data.shipmentId, shippedOn: data.shippedOn,
      agreementVersion: data.agreementVersion, fundModel: data.fundModel, ...(quotaFen === undefined ? {} : { partsQuotaBp: data.partsQuotaBp ?? 0, quotaFen }),
      paymentsToDateFen, lines: data.lines, issuedFen, chargedFen, excessInvoicedFen: issuedFen - chargedFen, freightInvoicedFen: data.freightDifferenceFen,
      paymentsFen: fen(() => toSafeFen(state.paymentsFen)), accrualFen: state.accrualFen, chargesFen: fen(() => sumFen([state.chargesFen, chargedFen])),
    },
  };
  return [event];
}

function fen(amount: () => number): number {
  try {
    return amount();
  } catch (error) {
    if (error instanceof MoneyError) throw invalid(`a total of the shipment passes 2^53−1 fen: ${error.message}`, 'lines');
    throw error;
  }
}
