import { conflict, Decider, exhaustive, invalid } from '@aftersales/event-sourcing';

/** A training session the manufacturer runs for the network's technicians (its certificates follow an exam). */
export interface TrainingSession { trainingSessionId: string; title: string; startsOn: string; days: number }

export class ScheduleTrainingSession {
  constructor(readonly session: TrainingSession) {}
}

export type TrainingSessionScheduled = { type: 'TrainingSessionScheduled'; data: TrainingSession };
export type TrainingSessionEvent = TrainingSessionScheduled;
export type TrainingSessionState = { scheduled?: TrainingSession };

export const trainingSessionStreamId = (trainingSessionId: string) => `training-session-${trainingSessionId}`;

/** A session is scheduled once; the same again is a retried request, other details a conflict. */
export const trainingSessionDecider: Decider<ScheduleTrainingSession, TrainingSessionEvent, TrainingSessionState> = {
  initialState: () => ({}),
  decide({ session }, { scheduled }) {
    if (!scheduled) return [{ type: 'TrainingSessionScheduled', data: session }];
    const same = scheduled.title === session.title && scheduled.startsOn === session.startsOn && scheduled.days === session.days;
    if (same) return [];
    throw conflict(`training session ${session.trainingSessionId} is already scheduled with other details`, 'trainingSessionId');
  },
  evolve(_state, event) {
    switch (event.type) {
      case 'TrainingSessionScheduled': return { scheduled: event.data };
      default: return exhaustive(event.type, 'training session event');
    }
  },
};

export class BookTrainingPlaces {
  constructor(readonly trainingSessionId: string, readonly dealerCode: string, readonly places: number) {}
}

/** What the handler looked up: the session, and the terms of the dealer's agreement in force on its first day. */
export interface BookingFacts {
  session: TrainingSession;
  agreementVersion: number;
  freeTrainingPlaces: number;
  maxTrainingDays: number;
  /** The fee schedule's item for a training place (operation `training-place`), if the agreement has one. */
  placeFee?: { operation: string; feeFen: number };
}

export interface PlacesBooked {
  dealerCode: string; trainingSessionId: string; startsOn: string; places: number; freePlaces: number;
  chargeablePlaces: number; operation?: string; feePerPlaceFen: number; chargeFen: number; agreementVersion: number;
}
export type TrainingPlacesBooked = { type: 'TrainingPlacesBooked'; data: PlacesBooked };
export type TrainingPlacesEvent = TrainingPlacesBooked;

export interface TrainingPlacesState {
  /** Places booked per session. */
  bookings: Record<string, number>;
  /** Free places used per agreement version. */
  freeUsed: Record<number, number>;
}

/** A dealer's bookings in one stream: its free places are counted in order, once. */
export const trainingPlacesStreamId = (dealerCode: string) => `training-places-${dealerCode}`;

export const TRAINING_PLACE_OPERATION = 'training-place';

/**
 * 每套免費培訓二人: the agreement's `freeTrainingPlaces` are free per agreement version (a renewal
 * or amendment, being a new version, grants them again); the places beyond them are chargeable at
 * the fee schedule's `training-place` fee (0 fen when the schedule has no such item). A dealer
 * books a session once; the same booking again is a retried request. A session longer than the
 * agreement's `maxTrainingDays` cannot be booked under it.
 */
export const trainingPlacesDecider: Decider<BookTrainingPlaces, TrainingPlacesEvent, TrainingPlacesState, BookingFacts> = {
  initialState: () => ({ bookings: {}, freeUsed: {} }),
  decide({ trainingSessionId, dealerCode, places }, state, facts) {
    const { session, agreementVersion, freeTrainingPlaces, maxTrainingDays, placeFee } = facts;
    const booked = state.bookings[trainingSessionId];
    if (booked !== undefined) {
      if (booked === places) return [];
      throw invalid(`dealer ${dealerCode} already booked ${booked} places in training session ${trainingSessionId}`, 'places');
    }
    if (session.days > maxTrainingDays) {
      throw invalid(`training session ${trainingSessionId} lasts ${session.days} days, more than the ${maxTrainingDays} days ` +
        `of the agreement (version ${agreementVersion}, maxTrainingDays)`, 'trainingSessionId');
    }
    const freeLeft = Math.max(0, freeTrainingPlaces - (state.freeUsed[agreementVersion] ?? 0));
    const freePlaces = Math.min(places, freeLeft);
    const chargeablePlaces = places - freePlaces;
    const feePerPlaceFen = placeFee?.feeFen ?? 0;
    return [{
      type: 'TrainingPlacesBooked',
      data: {
        dealerCode, trainingSessionId, startsOn: session.startsOn, places, freePlaces, chargeablePlaces,
        ...(placeFee ? { operation: placeFee.operation } : {}), feePerPlaceFen, chargeFen: chargeablePlaces * feePerPlaceFen, agreementVersion,
      },
    }];
  },
  evolve(state, event) {
    switch (event.type) {
      case 'TrainingPlacesBooked': {
        const { trainingSessionId, places, freePlaces, agreementVersion } = event.data;
        return {
          bookings: { ...state.bookings, [trainingSessionId]: places },
          freeUsed: { ...state.freeUsed, [agreementVersion]: (state.freeUsed[agreementVersion] ?? 0) + freePlaces },
        };
      }
      default: return exhaustive(event.type, 'training places event');
    }
  },
};
