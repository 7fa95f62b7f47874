import { quarterOf, startOfDayIn } from '@aftersales/calendar';
import { handleCommand, invalid } from '@aftersales/event-sourcing';
import { PaymentRecordedV1 } from '@aftersales/integration-events';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { paymentDecider, paymentStreamId } from '@aftersales/settlements-domain';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DEALERS, KnownDealer, termsInForce } from '../../terms/terms.projection';
import { RecordPaymentRequest } from './record-payment.request';

export class RecordPaymentCommand {
  constructor(readonly request: RecordPaymentRequest) {}
}

export interface RecordedPayment { created: boolean; payment: PaymentRecordedV1 }

/** 回款: recorded once per paymentId with the agreement terms in force on the day it was received. */
@CommandHandler(RecordPaymentCommand)
export class RecordPaymentHandler implements ICommandHandler<RecordPaymentCommand, RecordedPayment> {
  constructor(private readonly infra: ServiceInfrastructure) {}

  async execute({ request }: RecordPaymentCommand): Promise<RecordedPayment> {
    const { paymentId, dealerCode, receivedOn, amountFen } = request;
    const dealer = await this.infra.db.collection<KnownDealer>(DEALERS).findOne({ _id: dealerCode });
    if (!dealer) throw invalid(`dealer ${dealerCode} is not registered`, 'dealerCode');
    const terms = await termsInForce(this.infra.db, dealerCode, receivedOn);
    if (!terms) throw invalid(`no agreement of dealer ${dealerCode} is in force on ${receivedOn}`, 'receivedOn');
    const data: PaymentRecordedV1 = {
      paymentId, dealerCode, receivedOn, amountFen, quarter: quarterOf(receivedOn),
      agreementVersion: terms.agreementVersion, fundModel: terms.fundModel,
      ...(terms.fundModel === 'revenue-share' ? { fundRateBp: terms.fundRateBp } : {}),
    };
    const stream = { streamType: 'payment', streamId: paymentStreamId(paymentId), dealerCode };
    const context = commandContext();
    // receivedOn is the dealer's date: the payment happened from the start of that day there
    // (never UTC midnight, which is the day before in UTC−8). recordedAt stays the real now.
    context.occurredAt = startOfDayIn(receivedOn, dealer.timeZone);
    const result = await handleCommand(this.infra.store, paymentDecider, stream, { type: 'RecordPayment', data }, context);
    const payment = result.state.recorded;
    if (!payment) throw new Error(`payment ${paymentId} was not recorded`); // unreachable: decide always records or throws
    return { created: result.events.length > 0, payment };
  }
}
