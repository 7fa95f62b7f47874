import { dateIn } from '@aftersales/calendar';
import { DomainError, invalid } from '@aftersales/event-sourcing';
import { freightCode, RequisitionFacts, URGENT_CARRIERS } from '@aftersales/parts-logistics-domain';
import { Injectable } from '@nestjs/common';
import { DealerNetwork } from '../network/dealer-network';
import { PriceBook } from '../price-list/price-book';

/**
 * What a requisition command needs besides itself (RequisitionFacts): the dealer's today, the
 * shipping days of its agreement in force today, the price-list lines of the day that matters.
 * A dealer parts logistics does not know is not found (404, as for a dealer of another).
 */
@Injectable()
export class RequisitionFactsLookup {
  constructor(private readonly network: DealerNetwork, private readonly prices: PriceBook) {}

  async of(dealerCode: string, codes: readonly string[], on?: string, now = new Date()): Promise<RequisitionFacts> {
    const dealer = await this.network.dealer(dealerCode);
    if (!dealer) throw new DomainError('not-found', `dealer ${dealerCode} is not registered`, 'dealerCode');
    const today = dateIn(now, dealer.timeZone);
    const terms = await this.network.termsOn(dealerCode, today);
    const freight = URGENT_CARRIERS.map((carrier) => freightCode(carrier));
    return { today, shippingDays: terms?.shippingDays ?? -1, prices: await this.prices.pricesOn([...codes, ...freight], on ?? today) };
  }

  /** The facts of a review: an agreement must be in force today (its shipping days). */
  async ofReview(dealerCode: string): Promise<RequisitionFacts> {
    const facts = await this.of(dealerCode, []);
    if (facts.shippingDays < 0) throw invalid(`no agreement of ${dealerCode} is in force on ${facts.today}: its shipping days are unknown`, 'dealerCode');
    return facts;
  }
}
