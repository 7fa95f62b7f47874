import {
  BookTrainingPlaces, PlacesBooked, ScheduleTrainingSession, TRAINING_PLACE_OPERATION, TrainingSession, trainingPlacesDecider,
  trainingPlacesStreamId, trainingSessionDecider, trainingSessionStreamId,
} from '@aftersales/contracts-domain';
import { fold, handleCommand, invalid, notFound } from '@aftersales/event-sourcing';
import { NETWORK_KEY } from '@aftersales/integration-events';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OrganisationLookups } from '../organisation-lookups';
import { recorded } from '../organisation.fields';
import { trainingPlacesEvents, trainingSessionEvents } from '../organisation-events.mapping';

export interface Scheduled { created: boolean; session: TrainingSession }
export interface Booked { created: boolean; booking: PlacesBooked }

@CommandHandler(ScheduleTrainingSession)
export class ScheduleTrainingSessionHandler implements ICommandHandler<ScheduleTrainingSession, Scheduled> {
  constructor(private readonly infra: ServiceInfrastructure) {}

  async execute(command: ScheduleTrainingSession): Promise<Scheduled> {
    const stream = { streamType: 'training-session', streamId: trainingSessionStreamId(command.session.trainingSessionId), dealerCode: NETWORK_KEY };
    const result = await handleCommand(this.infra.store, trainingSessionDecider, stream, command, commandContext(), trainingSessionEvents);
    return { created: result.events.length > 0, session: recorded(result.state.scheduled, 'the session') };
  }
}

/**
 * A dealer's places in a session, under the agreement in force on the session's first day: its
 * free places, its maxTrainingDays and the fee schedule's `training-place` fee.
 */
@CommandHandler(BookTrainingPlaces)
export class BookTrainingPlacesHandler implements ICommandHandler<BookTrainingPlaces, Booked> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly lookups: OrganisationLookups) {}

  async execute(command: BookTrainingPlaces): Promise<Booked> {
    const { trainingSessionId, dealerCode } = command;
    const session = await this.session(trainingSessionId);
    // The dealer is named in the body, not the path: an unknown one is a 422, as a payment's is.
    if (!(await this.lookups.isRegistered(dealerCode))) throw invalid(`dealer ${dealerCode} is not registered`, 'dealerCode');
    const agreement = await this.lookups.agreementOn(dealerCode, session.startsOn);
    if (!agreement) throw invalid(`no agreement of dealer ${dealerCode} is in force on ${session.startsOn}, the session's first day`, 'dealerCode');
    const { training, feeSchedule } = agreement.terms;
    const fee = feeSchedule.find((item) => item.operation === TRAINING_PLACE_OPERATION);
    const facts = {
      session, agreementVersion: agreement.agreementVersion, freeTrainingPlaces: training.freeTrainingPlaces, maxTrainingDays: training.maxTrainingDays,
      placeFee: fee && { operation: fee.operation, feeFen: fee.feeFen },
    };
    const stream = { streamType: 'training-places', streamId: trainingPlacesStreamId(dealerCode), dealerCode };
    const result = await handleCommand(this.infra.store, trainingPlacesDecider, stream, command, commandContext(), trainingPlacesEvents, facts);
    const [event] = result.events;
    return { created: !!event, booking: event ? event.data : await this.bookingOf(dealerCode, trainingSessionId) };
  }

  /** The session from its own stream: a session just scheduled is found at once. */
  private async session(trainingSessionId: string): Promise<TrainingSession> {
    const { events } = await this.infra.store.read(trainingSessionStreamId(trainingSessionId));
    const { scheduled } = fold(trainingSessionDecider, events.map((e) => trainingSessionEvents.fromPublished(e)));
    if (!scheduled) throw notFound(`training session ${trainingSessionId} is not scheduled`, 'trainingSessionId');
    return scheduled;
  }

  /** A retried booking is answered with the booking as recorded the first time. */
  private async bookingOf(dealerCode: string, trainingSessionId: string): Promise<PlacesBooked> {
    const { events } = await this.infra.store.read(trainingPlacesStreamId(dealerCode));
    const booked = events.map((e) => trainingPlacesEvents.fromPublished(e)).find((e) => e.data.trainingSessionId === trainingSessionId);
    return recorded(booked, `the booking of ${dealerCode}`).data;
  }
}
