import { handleCommand } from '@aftersales/event-sourcing';
import { EnvelopeOf, EventEnvelope, isEventOf, SettlementsEvents, TOPICS } from '@aftersales/integration-events';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { fundDecider, fundStreamId } from '@aftersales/settlements-domain';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { fundEvents } from '../../events/fund-events.mapping';

/**
 * PaymentRecorded → FundAccrued on the dealer's quarter fund (第三條 1), per-unit payments too
 * (they accrue nothing, but a later revenue-share version may re-rate them). Runs as its own
 * consumer group; the fund decider skips a payment it has already counted, so a redelivered
 * event accrues once, and corrects a payment recorded under terms it knows to be superseded.
 */
@Controller()
export class AccrueFundController {
  constructor(private readonly infra: ServiceInfrastructure) {}

  @EventPattern({ topic: TOPICS.settlements, group: 'settlements.fund-accrual' })
  async accrue(@Payload() event: EventEnvelope): Promise<void> {
    if (isEventOf(SettlementsEvents.PaymentRecorded, event)) await accrue(this.infra, event);
  }
}

async function accrue(infra: ServiceInfrastructure, event: EnvelopeOf<typeof SettlementsEvents.PaymentRecorded>): Promise<void> {
  const payment = event.data;
  const stream = { streamType: 'fund', streamId: fundStreamId(payment.dealerCode, payment.quarter), dealerCode: payment.dealerCode };
  const command = {
    type: 'AccruePayment' as const,
    data: {
      dealerCode: payment.dealerCode, quarter: payment.quarter, paymentId: payment.paymentId, paymentFen: payment.amountFen,
      receivedOn: payment.receivedOn, agreementVersion: payment.agreementVersion, fundModel: payment.fundModel, fundRateBp: payment.fundRateBp,
    },
  };
  // Deterministic metadata: the accrual happened when the payment did, caused by its event.
  const context = {
    metadata: { correlationId: event.metadata.correlationId, causationId: event.eventId, actor: 'settlements.fund-accrual' },
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
  };
  await handleCommand(infra.store, fundDecider, stream, command, context, fundEvents);
}
