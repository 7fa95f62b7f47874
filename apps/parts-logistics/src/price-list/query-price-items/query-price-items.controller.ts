import { PRICE_CODE, PRICE_ITEM_KINDS } from '@aftersales/integration-events';
import { ApiInputProblems, ApiProblem, CalendarDateField, QueryInteger, TextField } from '@aftersales/service-kit';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CODE_MESSAGE } from '../change-price-line/change-price-line.request';
import { PriceListSettings } from '../price-list.settings';
import { PriceItemHistoryResponse, PriceItemsResponse } from './price-items.response';
import { GetPriceItemHistory, ListPriceItems } from './query-price-items.handler';

export class ListPriceItemsQuery {
  @CalendarDateField({ optional: true, description: 'The prices in force on this day (YYYY-MM-DD); default today in PARTS_TIME_ZONE' }) on?: string;
  @TextField(64, { optional: true, description: 'A code\'s start or a part of the name, any case' }) q?: string;
  @ApiPropertyOptional({ enum: PRICE_ITEM_KINDS, description: 'Only parts, or only labour operations' })
  @IsOptional() @IsIn(PRICE_ITEM_KINDS, { message: `kind must be one of ${PRICE_ITEM_KINDS.join(', ')}` })
  kind?: (typeof PRICE_ITEM_KINDS)[number];
  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many lines first (paging)' }) skip?: number;
  @QueryInteger({ default: 50, minimum: 1, maximum: 500, description: 'At most this many lines' }) limit?: number;
}

export class PriceCodeParam {
  @ApiProperty({ example: 'P-1001', pattern: PRICE_CODE.source, maxLength: 64, description: 'Part number or labour operation code' })
  @Matches(PRICE_CODE, { message: CODE_MESSAGE.replace('code', 'itemCode') })
  itemCode!: string;
}

/** Reads the price list's read model (eventually consistent with the writes, usually within a second). */
@ApiTags('price list')
@Controller('price-list/items')
export class QueryPriceItemsController {
  constructor(private readonly queries: QueryBus, private readonly settings: PriceListSettings) {}

  @Get()
  @ApiOperation({ operationId: 'listPriceItems', summary: 'The price list in force on a day: each line\'s price and version, by code' })
  @ApiOkResponse({ type: PriceItemsResponse })
  @ApiInputProblems()
  list(@Query() { on, q, kind, skip, limit }: ListPriceItemsQuery): Promise<PriceItemsResponse> {
    return this.queries.execute(new ListPriceItems({ on: on ?? this.settings.today(), ...(q ? { q } : {}), ...(kind ? { kind } : {}) }, skip, limit));
  }

  @Get(':itemCode')
  @ApiOperation({ operationId: 'getPriceItem', summary: 'One line of the price list: every change, with its version, dates and reason' })
  @ApiOkResponse({ type: PriceItemHistoryResponse })
  @ApiInputProblems()
  @ApiProblem(404, 'The code was never listed')
  history(@Param() { itemCode }: PriceCodeParam): Promise<PriceItemHistoryResponse> {
    return this.queries.execute(new GetPriceItemHistory(itemCode));
  }
}
