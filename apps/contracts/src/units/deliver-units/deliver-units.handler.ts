import { Delivery, DeliverUnit, unitDecider } from '@aftersales/contracts-domain';
import { DomainError } from '@aftersales/event-sourcing';
import { FieldProblem } from '@aftersales/integration-events';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { UnprocessableEntityException } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { dealerState } from '../../dealer-imports/dealer-plan';
import { inParallel, UNIT_STREAMS_AT_ONCE } from '../in-parallel';
import { UnitSettings } from '../unit-settings';
import { onUnit, unitState } from '../unit-streams';
import { DeliveryResponse } from './deliver-units.response';

/** Units shipped to one dealer, received on one day. */
export class DeliverUnits {
  constructor(readonly dealerCode: string, readonly receivedOn: string, readonly units: { serialNo: string; model: string }[]) {}
}

/** A unit the check refused: its index in the list, why, and the reason in English. */
export interface DeliveryRefusal { index: number; kind: 'unknown-dealer' | 'duplicate-serial' | 'delivered'; field: 'dealerCode' | 'serialNo'; reason: string; firstIndex?: number }

/**
 * Every unit is checked before any is recorded (a registered dealer, each serial once in the
 * list, each serial not delivered elsewhere): one refused unit refuses the whole delivery,
 * naming every one. Then each unit's stream records its delivery; a unit recorded already
 * with the same dealer, model and day changes nothing, so a retried request completes one
 * that failed half-way without doubling anything (each unit is its own stream, not one transaction).
 */
export async function checkDeliveries(infra: ServiceInfrastructure, deliveries: Delivery[]): Promise<DeliveryRefusal[]> {
  const refusals: DeliveryRefusal[] = [];
  const dealerCodes = [...new Set(deliveries.map((d) => d.dealerCode))];
  const registered = new Set((await inParallel(dealerCodes, UNIT_STREAMS_AT_ONCE, async (code) => ((await dealerState(infra.store, code)).registered ? code : '')))
    .filter((code) => code !== ''));
  const seen = new Map<string, number>();
  const firsts: number[] = [];
  for (const [index, { dealerCode, serialNo }] of deliveries.entries()) {
    if (!registered.has(dealerCode)) refusals.push({ index, kind: 'unknown-dealer', field: 'dealerCode', reason: `dealer ${dealerCode} is not registered` });
    const first = seen.get(serialNo);
    if (first !== undefined) refusals.push({ index, kind: 'duplicate-serial', field: 'serialNo', firstIndex: first, reason: `serial ${serialNo} is listed twice (also units.${first})` });
    else { seen.set(serialNo, index); firsts.push(index); }
  }
  // Each serial's own stream, many at once: delivered elsewhere already?
  const refused = await inParallel(firsts, UNIT_STREAMS_AT_ONCE, async (index): Promise<DeliveryRefusal | undefined> => {
    const delivery = deliveries[index] as Delivery;
    try {
      unitDecider.decide(new DeliverUnit(delivery), await unitState(infra.store, delivery.serialNo), { cardReturnMonths: 0 });
      return undefined;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { index, kind: 'delivered', field: 'serialNo', reason: error.message };
    }
  });
  refusals.push(...refused.filter((r): r is DeliveryRefusal => r !== undefined));
  return refusals.sort((a, b) => a.index - b.index);
}

/** Records checked deliveries, many unit streams at once; answers which were new. */
export async function recordDeliveries(infra: ServiceInfrastructure, settings: UnitSettings, deliveries: Delivery[]): Promise<boolean[]> {
  const context = commandContext();
  return inParallel(deliveries, UNIT_STREAMS_AT_ONCE, async (delivery) =>
    (await onUnit(infra.store, settings, new DeliverUnit(delivery), delivery.dealerCode, context)).length > 0);
}

@CommandHandler(DeliverUnits)
export class DeliverUnitsHandler implements ICommandHandler<DeliverUnits, DeliveryResponse> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly settings: UnitSettings) {}

  async execute({ dealerCode, receivedOn, units }: DeliverUnits): Promise<DeliveryResponse> {
    const deliveryId = randomUUID();
    const deliveries = units.map(({ serialNo, model }) => ({ serialNo, model, dealerCode, receivedOn, deliveryId }));
    const refusals = await checkDeliveries(this.infra, deliveries);
    if (refusals.length) {
      const problems: FieldProblem[] = refusals.map(({ index, field, reason }) => ({ field: field === 'dealerCode' ? field : `units.${index}.serialNo`, reason }));
      const unique = problems.filter((p, i) => problems.findIndex((q) => q.field === p.field && q.reason === p.reason) === i);
      throw new UnprocessableEntityException({ message: `${unique.length} unit${unique.length === 1 ? '' : 's'} refused: nothing was recorded`, problems: unique });
    }
    const created = await recordDeliveries(this.infra, this.settings, deliveries);
    return { dealerCode, receivedOn, units: units.map(({ serialNo, model }, i) => ({ serialNo, model, created: created[i] ?? false })) };
  }
}
