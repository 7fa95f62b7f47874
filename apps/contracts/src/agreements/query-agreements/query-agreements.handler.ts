import { versionInForce } from '@aftersales/contracts-domain';
import { notFound } from '@aftersales/event-sourcing';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AgreementView } from '../../projection/contracts.projection';
import { AgreementVersions } from '../../projection/agreement-versions';
import { DealerDirectory } from '../../projection/dealer-directory';

export type Agreement = Omit<AgreementView, '_id'>;
export interface AgreementList { dealerCode: string; inForceOn?: string; items: Agreement[] }

/**
 * Every agreement version of a dealer, oldest first; with `inForceOn`, only the version in
 * force that day (a later version supersedes the earlier ones from its validFrom on).
 */
export class ListAgreements extends Query<AgreementList> {
  constructor(readonly dealerCode: string, readonly inForceOn?: string) {
    super();
  }
}

@QueryHandler(ListAgreements)
export class ListAgreementsHandler implements IQueryHandler<ListAgreements, AgreementList> {
  constructor(private readonly dealers: DealerDirectory, private readonly agreements: AgreementVersions) {}

  async execute({ dealerCode, inForceOn }: ListAgreements): Promise<AgreementList> {
    if (!(await this.dealers.find(dealerCode))) throw notFound(`dealer ${dealerCode} is not registered`, 'code');
    const versions = (await this.agreements.of(dealerCode)).map(({ _id, ...version }) => version);
    if (inForceOn === undefined) return { dealerCode, items: versions };
    const inForce = versionInForce(versions, inForceOn);
    return { dealerCode, inForceOn, items: inForce ? [inForce] : [] };
  }
}
