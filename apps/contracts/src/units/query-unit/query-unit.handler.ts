import { AgreementTerms, coverageOn } from '@aftersales/contracts-domain';
import { notFound } from '@aftersales/event-sourcing';
import { versionInForce } from '@aftersales/integration-events';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AgreementVersions } from '../../projection/agreement-versions';
import { DealerDirectory } from '../../projection/dealer-directory';
import { UnitDirectory } from '../projection/unit-directory';
import { UnitView } from '../projection/unit-views';
import { CoverageResponse, UnitResponse } from './unit.response';
import { dealersWithin } from './within';

export class GetUnit {
  constructor(readonly serialNo: string, readonly within?: string) {}
}

export class GetCoverage {
  constructor(readonly serialNo: string, readonly on: string, readonly within?: string) {}
}

/** The unit, or 404 when there is none or `within` may not see it (the same answer). */
async function visibleUnit(units: UnitDirectory, dealers: DealerDirectory, serialNo: string, within?: string): Promise<UnitView> {
  const unit = await units.find(serialNo);
  const allowed = await dealersWithin(dealers, within);
  if (!unit || (allowed && !unit.dealers.some((d) => allowed.includes(d)))) throw notFound(`unit ${serialNo} is not known`, 'serialNo');
  return unit;
}

@QueryHandler(GetUnit)
export class GetUnitHandler implements IQueryHandler<GetUnit, UnitResponse> {
  constructor(private readonly units: UnitDirectory, private readonly dealers: DealerDirectory) {}

  async execute({ serialNo, within }: GetUnit): Promise<UnitResponse> {
    const { model, delivery, registration } = await visibleUnit(this.units, this.dealers, serialNo, within);
    const conflicts = (await this.units.conflictsOf(serialNo)).map(({ _id: _key, ...conflict }) => conflict);
    return { serialNo, model, ...(delivery ? { delivery } : {}), ...(registration ? { registration: { receivedOn: registration.saleDate, ...registration } } : {}), conflicts };
  }
}

/**
 * Every clock under the agreement in force at the sale, of the dealer that carded the unit
 * (docs/domain.md "Units and warranty"); before a card, the DOA window under the agreement in
 * force at the delivering dealer's receipt.
 */
@QueryHandler(GetCoverage)
export class GetCoverageHandler implements IQueryHandler<GetCoverage, CoverageResponse> {
  constructor(private readonly units: UnitDirectory, private readonly dealers: DealerDirectory, private readonly agreements: AgreementVersions) {}

  async execute({ serialNo, on, within }: GetCoverage): Promise<CoverageResponse> {
    const { delivery, registration } = await visibleUnit(this.units, this.dealers, serialNo, within);
    const atSale = registration && versionInForce(await this.agreements.of(registration.dealerCode), registration.saleDate);
    const atReceipt = delivery && versionInForce(await this.agreements.of(delivery.dealerCode), delivery.receivedOn);
    const governing = registration ? atSale : atReceipt;
    const terms = (v: typeof atSale) => v?.terms as unknown as AgreementTerms | undefined;
    const coverage = coverageOn(on, delivery, registration, terms(atSale), terms(atReceipt));
    const agreement = governing && { dealerCode: governing.dealerCode, agreementVersion: governing.agreementVersion, validFrom: governing.validFrom, validTo: governing.validTo };
    return { serialNo, on, ...(agreement ? { agreement } : {}), ...coverage };
  }
}
