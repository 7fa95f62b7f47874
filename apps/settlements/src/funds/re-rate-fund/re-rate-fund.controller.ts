import { AppendContext, DomainError, handleCommand } from '@aftersales/event-sourcing';
import { ContractsEvents, EnvelopeOf, EventEnvelope, isEventOf, TOPICS } from '@aftersales/integration-events';
import { ReadModels, ServiceInfrastructure } from '@aftersales/service-kit';
import { fundDecider, fundStreamId, quartersToReRate, ReRateFund } from '@aftersales/settlements-domain';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { fundEvents } from '../../events/fund-events.mapping';
import { TermsInForce } from '../../terms/terms-in-force';

/** Appends to a fund race with its accruals: a conflict is decided again on the fresh stream. */
const ATTEMPTS_ON_CONFLICT = 5;

/**
 * contracts.AgreementSigned → ReRateFund on every fund the new version can change
 * (quartersToReRate), with the dealer's versions as settlements now knows them: the fund
 * re-rates the payments they change (FundReRated) or notes them for payments still on their
 * way (FundTermsUpdated). A consumer group of its own (`settlements.fund-re-rating`).
 *
 * The versions it reads must be complete through the one signed, whatever the lag of the
 * terms read model's own group: so it first stores the event's terms itself, with the same
 * idempotent upserts (a dealer's events arrive in order, so it has stored every earlier
 * version too). A redelivered version re-rates nothing: the funds already rate by it.
 */
@Controller()
export class ReRateFundController {
  constructor(
    private readonly infra: ServiceInfrastructure, private readonly readModels: ReadModels, private readonly termsInForce: TermsInForce,
  ) {}

  @EventPattern({ topic: TOPICS.contracts, group: 'settlements.fund-re-rating' }, { batch: true })
  async learn(@Payload() events: EventEnvelope[]): Promise<void> {
    // The terms read model's own writes (gated: a rebuild switching its collections holds them).
    await this.readModels.feed('terms', events);
    for (const event of events) {
      if (isEventOf(ContractsEvents.AgreementSigned, event)) await reRateFunds(this.infra, this.termsInForce, event);
    }
  }
}

async function reRateFunds(
  infra: ServiceInfrastructure, termsInForce: TermsInForce, signed: EnvelopeOf<typeof ContractsEvents.AgreementSigned>,
): Promise<void> {
  const { dealerCode, agreementVersion } = signed.data;
  const agreementVersions = await termsInForce.versionsOf(dealerCode);
  // Deterministic metadata: the correction happened when the version was signed, caused by it.
  const context: AppendContext = {
    metadata: { correlationId: signed.metadata.correlationId, causationId: signed.eventId, actor: 'settlements.fund-re-rating' },
    occurredAt: signed.occurredAt,
    recordedAt: signed.recordedAt,
  };
  for (const quarter of quartersToReRate(agreementVersions, agreementVersion)) {
    const stream = { streamType: 'fund', streamId: fundStreamId(dealerCode, quarter), dealerCode };
    const command: ReRateFund = { type: 'ReRateFund', data: { dealerCode, quarter, agreementVersions } };
    for (let attempt = 1; ; attempt++) {
      try {
        await handleCommand(infra.store, fundDecider, stream, command, context, fundEvents);
        break;
      } catch (error) {
        if (!(error instanceof DomainError && error.kind === 'conflict') || attempt >= ATTEMPTS_ON_CONFLICT) throw error;
      }
    }
  }
}
