import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { OrganisationLookups } from '../organisation-lookups';
import { certificateOn, detailsOn, recordOf, techniciansOn } from './organisation-on';
import { OrganisationRecords } from './organisation-records';
import { OrganisationResponse, TechnicianListResponse } from './organisation.response';

/** A dealer's organisation on a date (today in its time zone by default): in force, scheduled, and its history. */
export class GetOrganisation extends Query<OrganisationResponse> {
  constructor(readonly dealerCode: string, readonly on?: string) {
    super();
  }
}

/** A dealer's technicians on a date, each with its certificates and their status that day. */
export class ListTechnicians extends Query<TechnicianListResponse> {
  constructor(readonly dealerCode: string, readonly on?: string) {
    super();
  }
}

@QueryHandler(GetOrganisation)
export class GetOrganisationHandler implements IQueryHandler<GetOrganisation, OrganisationResponse> {
  constructor(private readonly lookups: OrganisationLookups, private readonly records: OrganisationRecords) {}

  async execute({ dealerCode, on: asked }: GetOrganisation): Promise<OrganisationResponse> {
    const dealer = await this.lookups.dealer(dealerCode);
    const on = asked ?? this.lookups.today(dealer);
    const history = (await this.records.changesOf(dealerCode)).map(recordOf);
    const scheduled = history.filter((c) => c.effectiveOn > on).sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn));
    const technicians = techniciansOn(history, on).filter((t) => t.inOrganisation);
    return {
      dealerCode, on, inForce: { ...detailsOn(dealer, history, on), technicians }, scheduled, history, lateChanges: history.filter((c) => c.late).length,
    };
  }
}

@QueryHandler(ListTechnicians)
export class ListTechniciansHandler implements IQueryHandler<ListTechnicians, TechnicianListResponse> {
  constructor(private readonly lookups: OrganisationLookups, private readonly records: OrganisationRecords) {}

  async execute({ dealerCode, on: asked }: ListTechnicians): Promise<TechnicianListResponse> {
    const dealer = await this.lookups.dealer(dealerCode);
    const on = asked ?? this.lookups.today(dealer);
    const [changes, certificates] = await Promise.all([this.records.changesOf(dealerCode), this.records.certificatesOf(dealerCode)]);
    const items = techniciansOn(changes.map(recordOf), on).map((technician) => ({
      ...technician,
      certificates: certificates.filter((c) => c.technicianId === technician.technicianId).map((c) => certificateOn(c, on)),
    }));
    return { dealerCode, on, items };
  }
}
