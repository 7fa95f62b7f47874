import { organisationDecider, OrganisationState, organisationStreamId, versionInForce } from '@aftersales/contracts-domain';
import { fold, notFound } from '@aftersales/event-sourcing';
import { dateIn } from '@aftersales/calendar';
import { AgreementTermsV1 } from '@aftersales/integration-events';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { Injectable } from '@nestjs/common';
import { AgreementVersions } from '../projection/agreement-versions';
import { DealerDirectory } from '../projection/dealer-directory';
import { DealerView } from '../projection/contracts.projection';
import { organisationEvents } from './organisation-events.mapping';

/** What the organisation's use cases look up: the dealer, its agreement in force, its organisation as recorded. */
@Injectable()
export class OrganisationLookups {
  constructor(private readonly infra: ServiceInfrastructure, private readonly dealers: DealerDirectory, private readonly agreements: AgreementVersions) {}

  /** The dealer named in the path (404 naming `field` when it is not registered). */
  async dealer(code: string, field = 'code'): Promise<DealerView> {
    const dealer = await this.dealers.find(code);
    if (!dealer) throw notFound(`dealer ${code} is not registered`, field);
    return dealer;
  }

  async isRegistered(code: string): Promise<boolean> {
    return (await this.dealers.find(code)) !== null;
  }

  /** Today in the dealer's time zone: the day a change is notified. */
  today(dealer: DealerView, now = new Date()): string {
    return dateIn(now, dealer.timeZone);
  }

  /** The agreement version in force on a date, with its terms; undefined when none is. */
  async agreementOn(dealerCode: string, date: string): Promise<{ agreementVersion: number; terms: AgreementTermsV1 } | undefined> {
    return versionInForce(await this.agreements.of(dealerCode), date);
  }

  /** The organisation as its stream has it, the latest change included (read-your-writes). */
  async organisation(dealerCode: string): Promise<OrganisationState> {
    const { events } = await this.infra.store.read(organisationStreamId(dealerCode));
    return fold(organisationDecider, events.map((event) => organisationEvents.fromPublished(event)));
  }
}
