import { Decider, exhaustive, invalid } from '@aftersales/event-sourcing';
import { lastDayOfMonths } from './warranty-calendar';

/** A unit as the manufacturer shipped it to a dealer (the dealer's receipt starts the DOA window, 第五條 2). */
export interface Delivery { serialNo: string; model: string; dealerCode: string; receivedOn: string; deliveryId?: string }

/** A warranty card (保修回執卡): the unit's customer and sale date (the warranty starts at the sale, 第五條 1). */
export interface WarrantyCard {
  serialNo: string;
  model: string;
  /** The dealer that returned the card (whose feed carried it, or whom it was entered for). */
  dealerCode: string;
  cardNo: string;
  saleDate: string;
  customerName: string;
  customerPhone?: string;
  subDealerCode?: string;
  source: 'feed' | 'manual';
  submissionId?: string;
}

export type Conflict = 'carded-by-two-dealers' | 'carded-under-two-card-numbers';

export type UnitDelivered = { type: 'UnitDelivered'; data: Delivery };
/** `receivedOn`: the day the manufacturer got the card; `late`: after the return period (聖寶龍 四 6). */
export type UnitRegistered = { type: 'UnitRegistered'; data: WarrantyCard & { receivedOn: string; late: boolean } };
export type RegistrationConflictFlagged = {
  type: 'RegistrationConflictFlagged';
  data: { serialNo: string; dealerCode: string; conflict: Conflict; cardNo: string; registeredCardNo: string; registeredDealerCode: string; saleDate: string };
};
export type UnitEvent = UnitDelivered | UnitRegistered | RegistrationConflictFlagged;

export class DeliverUnit {
  readonly type = 'DeliverUnit';
  constructor(readonly delivery: Delivery) {}
}

export class RegisterUnit {
  readonly type = 'RegisterUnit';
  /** `receivedOn`: when the manufacturer got the card (the feed submission's day, or the day it was entered). */
  constructor(readonly card: WarrantyCard, readonly receivedOn: string) {}
}

export type UnitCommand = DeliverUnit | RegisterUnit;

/** What the handler knows besides the command: how long a customer has to return the card (聖寶龍 四 6). */
export interface UnitFacts { cardReturnMonths: number }

export interface UnitState {
  delivery?: Delivery;
  registration?: UnitRegistered['data'];
  /** `<dealer>|<cardNo>` of every card flagged against the registration. */
  flagged: string[];
}

export const unitStreamId = (serialNo: string) => `unit-${serialNo}`;

/** A card is late when it reaches the manufacturer after the return period that starts at the sale. */
export const isLateCard = (saleDate: string, receivedOn: string, cardReturnMonths: number) => receivedOn > lastDayOfMonths(saleDate, cardReturnMonths);

/** The details a card's identity rests on: a re-sent card differing in nothing else is the same card. */
const cardDetails = ({ serialNo, model, dealerCode, cardNo, saleDate, customerName, customerPhone, subDealerCode }: WarrantyCard) =>
  JSON.stringify([serialNo, model, dealerCode, cardNo, saleDate, customerName, customerPhone ?? null, subDealerCode ?? null]);

/**
 * One unit, stream `unit-<serial>`. A serial is delivered once: the same delivery again is
 * nothing, another (another dealer, model or day) is refused naming the serial (a redelivery
 * after a return is not modelled yet). The first card registers the unit; the same card again
 * is nothing, the same card number of the same dealer with other details is its correction
 * (registered again), and any other card is flagged for review, never replacing the first.
 */
export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState, UnitFacts> = {
  initialState: () => ({ flagged: [] }),
  decide(command, state, facts) {
    switch (command.type) {
      case 'DeliverUnit': return deliver(command.delivery, state);
      case 'RegisterUnit': return register(command, state, facts);
      default: return exhaustive(command, 'unit command');
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'UnitDelivered': return { ...state, delivery: event.data };
      case 'UnitRegistered': return { ...state, registration: event.data };
      case 'RegistrationConflictFlagged': return { ...state, flagged: [...state.flagged, `${event.data.dealerCode}|${event.data.cardNo}`] };
      default: return exhaustive(event, 'unit event');
    }
  },
};

function deliver(delivery: Delivery, { delivery: earlier }: UnitState): UnitEvent[] {
  if (!earlier) return [{ type: 'UnitDelivered', data: delivery }];
  const same = earlier.dealerCode === delivery.dealerCode && earlier.model === delivery.model && earlier.receivedOn === delivery.receivedOn;
  if (same) return [];
  throw invalid(`serial ${delivery.serialNo} was delivered already: to ${earlier.dealerCode} as ${earlier.model}, received ${earlier.receivedOn}`, 'serialNo');
}

function register({ card, receivedOn }: RegisterUnit, { registration, flagged }: UnitState, { cardReturnMonths }: UnitFacts): UnitEvent[] {
  const registered = (on: string): UnitEvent => ({ type: 'UnitRegistered', data: { ...card, receivedOn: on, late: isLateCard(card.saleDate, on, cardReturnMonths) } });
  if (!registration) return [registered(receivedOn)];
  if (registration.dealerCode === card.dealerCode && registration.cardNo === card.cardNo) {
    // A correction keeps the day the card first came in.
    return cardDetails(registration) === cardDetails(card) ? [] : [registered(registration.receivedOn)];
  }
  if (flagged.includes(`${card.dealerCode}|${card.cardNo}`)) return [];
  const conflict: Conflict = registration.dealerCode === card.dealerCode ? 'carded-under-two-card-numbers' : 'carded-by-two-dealers';
  return [{
    type: 'RegistrationConflictFlagged',
    data: { serialNo: card.serialNo, dealerCode: card.dealerCode, conflict, cardNo: card.cardNo, registeredCardNo: registration.cardNo,
      registeredDealerCode: registration.dealerCode, saleDate: card.saleDate },
  }];
}
