import { PriceListRevisedV1 } from '@aftersales/integration-events';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { NotFoundException } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { PriceBook } from '../price-book';
import { PriceListVersionView } from '../price-list.projection';
import { PRICE_LIST } from '../revise-price-list';
import { PriceVersionResponse, PriceVersionsResponse } from './price-versions.response';

export class ListPriceVersions extends Query<PriceVersionsResponse> {
  constructor(readonly skip = 0, readonly limit = 50) {
    super();
  }
}

export class GetPriceVersion extends Query<PriceVersionResponse> {
  constructor(readonly version: number) {
    super();
  }
}

const toVersion = ({ _id, counts, parts: _parts, ...view }: PriceListVersionView): PriceVersionResponse => {
  const all = Object.values(counts ?? {});
  return { version: _id, ...view, set: all.reduce((n, c) => n + c.set, 0), withdrawn: all.reduce((n, c) => n + c.withdrawn, 0) };
};

@QueryHandler(ListPriceVersions)
export class ListPriceVersionsHandler implements IQueryHandler<ListPriceVersions, PriceVersionsResponse> {
  constructor(private readonly book: PriceBook) {}

  async execute({ skip, limit }: ListPriceVersions): Promise<PriceVersionsResponse> {
    const { total, versions } = await this.book.versions({ skip, limit });
    return { total, versions: versions.map(toVersion) };
  }
}

/**
 * One version: from the read model, or, for a version just made that the read model has not yet
 * (the Location of a 201 is read at once), from the price-list stream itself.
 */
@QueryHandler(GetPriceVersion)
export class GetPriceVersionHandler implements IQueryHandler<GetPriceVersion, PriceVersionResponse> {
  constructor(private readonly book: PriceBook, private readonly infra: ServiceInfrastructure) {}

  async execute({ version }: GetPriceVersion): Promise<PriceVersionResponse> {
    const view = await this.book.version(version);
    const complete = view && Object.keys(view.counts ?? {}).length === view.parts;
    if (view && complete) return toVersion(view);
    const parts = (await this.infra.store.readEnvelopes(PRICE_LIST.streamId)).filter((e) => (e.data as unknown as PriceListRevisedV1).version === version);
    const first = parts[0];
    if (!first) throw new NotFoundException({ message: `The price list has no version ${version}`, problems: [{ field: 'version', reason: `version ${version} was not made` }] });
    const { effectiveFrom, source, reason, fileName, lineCount } = first.data as unknown as PriceListRevisedV1;
    const revisions = parts.map((e) => e.data as unknown as PriceListRevisedV1);
    return {
      version, effectiveFrom, source, ...(reason ? { reason } : {}), ...(fileName ? { fileName } : {}), lineCount,
      set: revisions.reduce((n, r) => n + r.set.length, 0), withdrawn: revisions.reduce((n, r) => n + r.withdrawn.length, 0),
      recordedAt: first.recordedAt, actor: first.metadata.actor,
    };
  }
}
