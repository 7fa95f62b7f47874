import { handleCommand } from '@aftersales/event-sourcing';
import {
  RequisitionCommand, requisitionDecider, RequisitionFacts, RequisitionState, requisitionStreamId,
} from '@aftersales/parts-logistics-domain';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { NotFoundException } from '@nestjs/common';
import { requisitionEvents } from './requisition-events.mapping';
import { requisitionResponse, RequisitionResponse } from './requisition.response';

export interface DecidedRequisition { created: boolean; requisition: RequisitionResponse }

/** Decides a command on the requisition's stream (the dealer's key) and answers the requisition as it then stands. */
export async function decideRequisition(infra: ServiceInfrastructure, command: RequisitionCommand, facts: RequisitionFacts): Promise<DecidedRequisition> {
  const stream = { streamType: 'requisition', streamId: requisitionStreamId(command.dealerCode, command.requisitionId), dealerCode: command.dealerCode };
  const result = await handleCommand(infra.store, requisitionDecider, stream, command, commandContext(), requisitionEvents, facts);
  return { created: result.events.length > 0, requisition: requisitionResponse(result.state) };
}

/** The requisition of a dealer from its own events; another dealer's, or none, is a 404. */
export async function loadRequisition(infra: ServiceInfrastructure, dealerCode: string, requisitionId: string): Promise<RequisitionState> {
  const { events } = await infra.store.read(requisitionStreamId(dealerCode, requisitionId));
  const state = events.map((e) => requisitionEvents.fromPublished(e)).reduce(requisitionDecider.evolve, requisitionDecider.initialState());
  if (state.submitted?.dealerCode !== dealerCode) {
    throw new NotFoundException({ message: `requisition ${requisitionId} of ${dealerCode} does not exist`, problems: [{ field: 'requisitionId', reason: 'no such requisition of this dealer' }] });
  }
  return state;
}
