import { quarterOf, startOfDayIn } from '@aftersales/calendar';
import { handleCommand, invalid } from '@aftersales/event-sourcing';
import { PaymentRecordedV1 } from '@aftersales/integration-events';
import { commandContext, InputProblems, ServiceInfrastructure } from '@aftersales/service-kit';
import { paymentDecider, paymentStreamId, RecordPayment } from '@aftersales/settlements-domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { paymentEvents } from '../../events/payment-events.mapping';
import { FundBalances } from '../../funds/fund-balances';
import { KnownDealers } from '../../terms/known-dealers';
import { TermsInForce } from '../../terms/terms-in-force';
import { PaymentLimits } from './payment-limits';

export interface RecordedPayment { created: boolean; payment: PaymentRecordedV1 }

/**
 * 回款: recorded once per paymentId with the agreement terms in force on the day it was
 * received. The handler looks up what the decider needs to know besides the command (the
 * terms in force; the dealer's time zone, for when it happened) and refuses what cannot be
 * recorded before the stream is read.
 */
@CommandHandler(RecordPayment)
export class RecordPaymentHandler implements ICommandHandler<RecordPayment, RecordedPayment> {
  constructor(
    private readonly infra: ServiceInfrastructure,
    private readonly limits: PaymentLimits,
    private readonly dealers: KnownDealers,
    private readonly termsInForce: TermsInForce,
    private readonly balances: FundBalances,
  ) {}

  async execute(command: RecordPayment): Promise<RecordedPayment> {
    const { paymentId, dealerCode, receivedOn, amountFen } = command;
    if (amountFen > this.limits.maxFen) {
      throw new InputProblems([{ field: 'amountFen', reason: `amountFen must be at most ${this.limits.describe()}, the most one payment may be (PAYMENT_MAX_FEN)` }]);
    }
    const dealer = await this.dealers.find(dealerCode);
    if (!dealer) throw invalid(`dealer ${dealerCode} is not registered`, 'dealerCode');
    const terms = await this.termsInForce.on(dealerCode, receivedOn);
    if (!terms) throw invalid(`no agreement of dealer ${dealerCode} is in force on ${receivedOn}`, 'receivedOn');
    await this.refuseBeyondExactTotals(command);
    const stream = { streamType: 'payment', streamId: paymentStreamId(paymentId), dealerCode };
    const context = commandContext();
    // receivedOn is the dealer's date: the payment happened from the start of that day there
    // (never UTC midnight, which is the day before in UTC−8). recordedAt stays the real now.
    context.occurredAt = startOfDayIn(receivedOn, dealer.timeZone);
    const termsInForce = { agreementVersion: terms.agreementVersion, fundModel: terms.fundModel, fundRateBp: terms.fundRateBp };
    const result = await handleCommand(this.infra.store, paymentDecider, stream, command, context, paymentEvents, { termsInForce });
    const payment = result.state.recorded;
    if (!payment) throw new Error(`payment ${paymentId} was not recorded`); // unreachable: decide always records or throws
    return { created: result.events.length > 0, payment };
  }

  /**
   * What the API acknowledges must be processable downstream: a payment that would take its
   * quarter's total beyond 2^53−1 fen could not be counted exactly, and would be dead-lettered
   * after a 201. The accrual is at most the payments (a rate ≤ 100%), so the payments total
   * bounds every total of the fund. One read of the fund balance by _id: it does not see the
   * payments still on their way to it, so two racing payments near the limit can both pass.
   */
  private async refuseBeyondExactTotals({ dealerCode, receivedOn, paymentId, amountFen }: RecordPayment): Promise<void> {
    const quarter = quarterOf(receivedOn);
    const balance = await this.balances.find(dealerCode, quarter);
    const total = BigInt(balance?.paymentsFen ?? 0) + BigInt(amountFen);
    if (total <= BigInt(Number.MAX_SAFE_INTEGER)) return;
    // A payment already recorded is answered as before (200, or 409 for another body).
    if ((await this.infra.store.read(paymentStreamId(paymentId))).version > 0) return;
    throw invalid(`the payments of ${dealerCode} in ${quarter} would be ${total} fen, `
      + `more than the ${Number.MAX_SAFE_INTEGER} fen a fund total can hold exactly`, 'amountFen');
  }
}
