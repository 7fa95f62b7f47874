import { quarterOf } from '@aftersales/calendar';
import { handleCommand } from '@aftersales/event-sourcing';
import { EnvelopeOf, EventEnvelope, isEventOf, PartsEvents, TOPICS } from '@aftersales/integration-events';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { ChargeParts, fundDecider, fundStreamId } from '@aftersales/settlements-domain';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { fundEvents } from '../../events/fund-events.mapping';
import { TermsInForce } from '../../terms/terms-in-force';

/**
 * parts.PartsShipped → FundChargedForParts on the dealer's fund of the shipping day's quarter
 * (第三條 3): its in-warranty lines within the parts quota charged to the fund, the excess and an
 * urgent carrier's freight difference invoiced. Runs as its own consumer group; the fund decider
 * charges a shipment once, so a redelivered event changes nothing. The agreement in force on the
 * shipping day gives the quota; until settlements has it (it comes through contracts' topic) the
 * event is retried, then dead-lettered with the reason.
 */
@Controller()
export class ChargePartsController {
  constructor(private readonly infra: ServiceInfrastructure, private readonly termsInForce: TermsInForce) {}

  @EventPattern({ topic: TOPICS.parts, group: 'settlements.parts-charges' })
  async charge(@Payload() event: EventEnvelope): Promise<void> {
    if (isEventOf(PartsEvents.PartsShipped, event)) await this.chargeShipment(event);
  }

  private async chargeShipment(event: EnvelopeOf<typeof PartsEvents.PartsShipped>): Promise<void> {
    const shipment = event.data;
    const dealerCode = event.dealerCode;
    const terms = await this.termsInForce.on(dealerCode, shipment.shippedOn);
    if (!terms) throw new Error(`no agreement of ${dealerCode} in force on ${shipment.shippedOn} is known to settlements yet`);
    const quarter = quarterOf(shipment.shippedOn);
    const command: ChargeParts = {
      type: 'ChargeParts',
      data: {
        dealerCode, quarter, requisitionId: shipment.requisitionId, shipmentId: shipment.shipmentId, shippedOn: shipment.shippedOn,
        agreementVersion: terms.agreementVersion, fundModel: terms.fundModel, ...(terms.partsQuotaBp === undefined ? {} : { partsQuotaBp: terms.partsQuotaBp }),
        lines: shipment.lines.filter((l) => l.supply === 'warranty').map(({ lineNo, code, quantity, amountFen }) => ({ lineNo, code, quantity, amountFen })),
        freightDifferenceFen: shipment.freightDifferenceFen,
      },
    };
    // Deterministic metadata: the charge happened when the shipment did, caused by its event.
    const context = {
      metadata: { correlationId: event.metadata.correlationId, causationId: event.eventId, actor: 'settlements.parts-charges' },
      occurredAt: event.occurredAt,
      recordedAt: event.recordedAt,
    };
    await handleCommand(this.infra.store, fundDecider, { streamType: 'fund', streamId: fundStreamId(dealerCode, quarter), dealerCode }, command, context, fundEvents);
  }
}
