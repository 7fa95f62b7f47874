import { AgreementEvent, DealerEvent, withDefaultTerms } from '@aftersales/contracts-domain';
import { PublishedEvent, UnknownEventType } from '@aftersales/event-sourcing';
import { ContractsEvents, validatePlain } from '@aftersales/integration-events';
import { agreementEvents } from './agreement-events.mapping';
import { dealerEvents } from './dealer-events.mapping';

const registered: DealerEvent = { type: 'DealerRegistered', data: { code: 'D0002', name: '華南辦公設備有限公司', region: 'south',
  serviceClass: 'far', parentDealerCode: 'D0001', timeZone: 'Asia/Shanghai' } };
const terms = withDefaultTerms({ fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true },
  { serviceOrganisation: { hotline: '400-800-0000', technicians: ['王工'] }, calendar: { holidays: ['2026-10-01'] } });
const signed: AgreementEvent = { type: 'AgreementSigned', data: { agreementId: 'A-1', dealerCode: 'D0002', agreementVersion: 2,
  validFrom: '2026-07-01', validTo: '2026-12-31', supersedesVersion: 1, terms } };

/** As it is stored and sent: JSON, nothing undefined. */
const asJson = (event: PublishedEvent) => JSON.parse(JSON.stringify(event)) as PublishedEvent;

describe('contracts events at the edge: the domain events ↔ the published schemas', () => {
  it('publishes DealerRegistered as the schema has it, and reads it back', () => {
    const json = { type: 'contracts.DealerRegistered', schemaVersion: 1, data: { code: 'D0002', name: '華南辦公設備有限公司', region: 'south',
      serviceClass: 'far', parentDealerCode: 'D0001', timeZone: 'Asia/Shanghai' } };
    expect(dealerEvents.toPublished(registered)).toStrictEqual(json);
    expect(dealerEvents.fromPublished(asJson(json))).toStrictEqual(registered);
  });

  it('publishes AgreementSigned with every term, section by section, and reads it back', () => {
    const published = agreementEvents.toPublished(signed);
    expect(published).toStrictEqual({ type: 'contracts.AgreementSigned', schemaVersion: 1, data: { agreementId: 'A-1', dealerCode: 'D0002',
      agreementVersion: 2, validFrom: '2026-07-01', validTo: '2026-12-31', supersedesVersion: 1, terms: {
        fundModel: 'revenue-share', fundRateBp: 300, partsQuotaBp: 200, carryAcrossYear: true, territory: [], noticeDays: 7,
        serviceOrganisation: { hotline: '400-800-0000', technicians: ['王工'] },
        warranty: { defaultMonths: 12, newSparePartsMonths: 12, excludedCategories: ['used-parts', 'consumables'], componentOverrides: [] },
        returns: { doaWindowDays: 7, qualityWindowDays: 15 },
        serviceLevels: { firstResponseMinutes: 30, resolutionWorkingHours: 8, complexResolutionWorkingDays: 3, loanerAfterWorkingDays: 2,
          loanerMaxDays: 15, arrivalHours: { local: 2, near: 12, far: 48 } },
        calendar: { workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '18:00', holidays: ['2026-10-01'], adjustedWorkingDays: [],
          timeZone: 'Asia/Shanghai' },
        reporting: { feedDueDay: 10, assessmentDueDay: 5 },
        training: { freeTrainingPlaces: 2, maxTrainingDays: 7 },
        logistics: { shippingDays: 3 },
        feeSchedule: [{ operation: 'reinstall-single-user', feeFen: 30_000, freeQuota: 1 }, { operation: 'reinstall-network', feeFen: 50_000, freeQuota: 1 },
          { operation: 'training-place', feeFen: 80_000, freeQuota: 0 }],
      } } });
    expect(agreementEvents.fromPublished(asJson(published))).toEqual(signed);
    // A version signed before the logistics term existed reads as the default (三天內發出).
    const { logistics: _, ...before } = (published.data as { terms: Record<string, unknown> }).terms;
    const older = agreementEvents.fromPublished(asJson({ ...published, data: { ...published.data, terms: before } }));
    expect((older.data as { terms: { logistics: unknown } }).terms.logistics).toEqual({ shippingDays: 3 });
    const checked = validatePlain(ContractsEvents.AgreementSigned.schema, asJson(published).data);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it('publishes nothing the schema does not have: a field or a term only the domain knows stays in the domain', () => {
    const grownDealer = { ...registered, data: { ...registered.data, rating: 'A' } };
    expect(dealerEvents.toPublished(grownDealer)).toStrictEqual(dealerEvents.toPublished(registered));
    const grownTerms = { ...terms, exclusivity: true, warranty: { ...terms.warranty, labourMonths: 6 } };
    const grownSigned = { ...signed, data: { ...signed.data, signedBy: 'sales@maker', terms: grownTerms } };
    expect(agreementEvents.toPublished(grownSigned)).toStrictEqual(agreementEvents.toPublished(signed));
  });

  it('refuses an event its stream never holds', () => {
    expect(() => dealerEvents.fromPublished(agreementEvents.toPublished(signed))).toThrow(UnknownEventType);
    expect(() => agreementEvents.fromPublished(dealerEvents.toPublished(registered))).toThrow(/agreements stream holds no contracts.DealerRegistered@1/);
  });
});
