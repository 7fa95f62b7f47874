import { RegisterUnit, WarrantyCard } from '@aftersales/contracts-domain';
import { AppendContext, invalid, notFound } from '@aftersales/event-sourcing';
import { dateIn } from '@aftersales/calendar';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { dealerState } from '../../dealer-imports/dealer-plan';
import { UnitSettings } from '../unit-settings';
import { onUnit, unitState } from '../unit-streams';
import { CardResultResponse } from './card.response';

/**
 * A warranty card for a dealer: by hand (received today, in the dealer's time zone) or from a
 * feed (received on the day of its submission; `context` then carries the feed event's ids).
 */
export class RegisterCard {
  constructor(readonly card: WarrantyCard, readonly receivedAt: Date = new Date(), readonly context?: AppendContext) {}
}

/** The dealer must be registered (404: it is in the path); a sub-dealer named must be one of its own (422). */
@CommandHandler(RegisterCard)
export class RegisterCardHandler implements ICommandHandler<RegisterCard, CardResultResponse> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly settings: UnitSettings) {}

  async execute({ card, receivedAt, context }: RegisterCard): Promise<CardResultResponse> {
    const dealer = await dealerState(this.infra.store, card.dealerCode);
    if (!dealer.registered) throw notFound(`dealer ${card.dealerCode} is not registered`, 'dealerCode');
    if (card.subDealerCode) {
      const sub = await dealerState(this.infra.store, card.subDealerCode);
      if (!sub.registered || sub.dealer.parentDealerCode !== card.dealerCode) {
        throw invalid(`${card.subDealerCode} is not a registered sub-dealer of ${card.dealerCode}`, 'subDealerCode');
      }
    }
    const receivedOn = dateIn(receivedAt, dealer.dealer.timeZone);
    const events = await onUnit(this.infra.store, this.settings, new RegisterUnit(card, receivedOn), card.dealerCode, context ?? commandContext(receivedAt));
    const { registration } = await unitState(this.infra.store, card.serialNo);
    if (!registration) throw new Error(`unit ${card.serialNo} has no registration after its card`); // unreachable
    const [event] = events;
    if (event?.type === 'RegistrationConflictFlagged') {
      return { outcome: 'flagged', serialNo: card.serialNo, registration, conflict: { ...event.data, flaggedAt: receivedAt.toISOString() } };
    }
    return { outcome: event ? 'registered' : 'unchanged', serialNo: card.serialNo, registration };
  }
}
