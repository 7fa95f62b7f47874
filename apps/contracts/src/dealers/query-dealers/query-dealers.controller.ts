import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { notFound } from '@aftersales/event-sourcing';
import { QueryInteger, ServiceInfrastructure } from '@aftersales/service-kit';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DEALER_VIEW, DealerView } from '../../projection/contracts.projection';
import { DealerCodeParam } from '../dealer-code.param';

export class ListDealersQuery {
  @ApiPropertyOptional({ example: 'south', description: 'Only the dealers of this region' }) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @QueryInteger({ default: 100, minimum: 1, maximum: 500, description: 'At most this many dealers' }) limit?: number;
  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many dealers first (paging)' }) skip?: number;
}

/** Reads the dealer read model (eventually consistent with the event store, usually within a second). */
@ApiTags('dealers')
@Controller('dealers')
export class QueryDealersController {
  constructor(private readonly infra: ServiceInfrastructure) {}

  @Get()
  @ApiOkResponse({ description: 'Dealers ordered by code' })
  async list(@Query() query: ListDealersQuery) {
    const filter = query.region ? { region: query.region } : {};
    const dealers = this.infra.db.collection<DealerView>(DEALER_VIEW);
    const [items, total] = await Promise.all([
      dealers.find(filter).sort({ _id: 1 }).skip(query.skip ?? 0).limit(query.limit ?? 100).toArray(),
      dealers.countDocuments(filter),
    ]);
    return { total, items: items.map(({ _id, ...dealer }) => dealer) };
  }

  @Get(':code')
  @ApiNotFoundResponse({ description: 'No such dealer' })
  async get(@Param() { code }: DealerCodeParam) {
    const dealer = await this.infra.db.collection<DealerView>(DEALER_VIEW).findOne({ _id: code });
    if (!dealer) throw notFound(`dealer ${code} is not registered`, 'code');
    const { _id, ...rest } = dealer;
    return rest;
  }
}
