import { DomainError } from '@aftersales/event-sourcing';
import { describeProblems, EnvelopeOf, EventEnvelope, FeedsEvents, isEventOf, TOPICS } from '@aftersales/integration-events';
import { Controller, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EventPattern, Payload } from '@nestjs/microservices';
import { feedCard } from './feed-card.row';
import { RegisterCard } from './register-card.handler';

/** A chunk of warranty cards with a bad row: refused whole (retried, then dead-lettered), nothing of it registered. */
export class BadCardRows extends Error {}

/**
 * Warranty cards from the dealers' feeds (feeds.events.v1 FeedRowsChanged of kind
 * `warranty-cards`): each recorded or corrected row registers its unit as a card entered by
 * hand would, received on the day the submission was accepted (the event's occurredAt, in the
 * dealer's time zone). A withdrawn card leaves the registration as it is: the warranty started
 * at the sale, and a customer's card is not undone by a corrected file (docs/domain.md "Units
 * and warranty"). Redelivered events change nothing: the same card again is no change.
 */
@Controller()
export class FeedCardsController {
  private readonly logger = new Logger('contracts.warranty-cards');

  constructor(private readonly commands: CommandBus) {}

  @EventPattern({ topic: TOPICS.feeds, group: 'contracts.warranty-cards' })
  async onFeed(@Payload() event: EventEnvelope): Promise<void> {
    if (isEventOf(FeedsEvents.FeedRowsChanged, event) && event.data.kind === 'warranty-cards') await this.register(event);
  }

  private async register(event: EnvelopeOf<typeof FeedsEvents.FeedRowsChanged>): Promise<void> {
    const { dealerCode, submissionId, changes } = event.data;
    const present = changes.map((change, i) => ({ change, i })).filter(({ change }) => change.change !== 'withdrawn');
    const read = present.map(({ change, i }) => feedCard(change, i));
    const problems = read.flatMap((r) => (r.ok ? [] : r.problems));
    if (problems.length) throw new BadCardRows(`warranty cards of ${submissionId} refused: ${describeProblems(problems)}`);
    const context = {
      metadata: { correlationId: event.metadata.correlationId, causationId: event.eventId, actor: 'contracts.warranty-cards' },
      occurredAt: event.occurredAt, recordedAt: event.recordedAt,
    };
    for (const r of read) {
      if (!r.ok) continue;
      const { card_no, serial_no, model, sale_date, customer_name, customer_phone, sub_dealer_code } = r.row;
      const card = { cardNo: card_no, serialNo: serial_no, model, saleDate: sale_date, customerName: customer_name, customerPhone: customer_phone,
        dealerCode, source: 'feed' as const, submissionId };
      await this.commands.execute(new RegisterCard({ ...card, subDealerCode: sub_dealer_code }, new Date(event.occurredAt), context)).catch((error: unknown) => {
        // A sub-dealer that is not the dealer's own does not keep the card out: it is registered for the dealer.
        if (!(error instanceof DomainError) || error.field !== 'subDealerCode') throw error;
        this.logger.warn(`card ${card_no} of ${submissionId}: ${error.message}; registered without the sub-dealer`);
        return this.commands.execute(new RegisterCard(card, new Date(event.occurredAt), context));
      });
    }
  }
}
