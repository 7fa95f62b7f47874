import { Controller, Get, Param, Query } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { notFound } from '@aftersales/event-sourcing';
import { PERIOD } from '@aftersales/integration-events';
import { ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { Matches } from 'class-validator';
import { DealerCodeParam } from '../../dealers/dealer-code.param';
import { DealerDirectory } from '../../projection/dealer-directory';
import { MonthCount, UnitDirectory } from '../projection/unit-directory';
import { dealersWithin } from '../query-unit/within';
import { cardReturnRate, monthsBetween } from './return-rate';

/** The most months one report covers. */
export const MAX_SALES_MONTHS = 36;

export class SalesQuery {
  @ApiProperty({ pattern: PERIOD.source, example: '2026-01', description: 'First month (YYYY-MM)' })
  @Matches(PERIOD, { message: 'from must be a month written YYYY-MM' }) from!: string;

  @ApiProperty({ pattern: PERIOD.source, example: '2026-12', description: `Last month (YYYY-MM), at most ${MAX_SALES_MONTHS} months after from` })
  @Matches(PERIOD, { message: 'to must be a month written YYYY-MM' }) to!: string;
}

export class ReturnRateResponse {
  @ApiProperty({ type: 'integer', description: 'Cards received (numerator)' }) cards!: number;
  @ApiProperty({ type: 'integer', description: 'Units sold (denominator)' }) unitsSold!: number;
  @ApiProperty({ type: 'number', nullable: true, example: 87.5, description: 'cards / unitsSold in percent, rounded half up to one decimal; null when nothing was sold' })
  percent!: number | null;
}

export class MonthSalesResponse {
  @ApiProperty({ example: '2026-03' }) month!: string;
  @ApiProperty({ type: 'integer' }) unitsSold!: number;
  @ApiProperty({ type: 'integer', description: 'Units registered by a warranty card, by the month of their sale' }) cards!: number;
  @ApiProperty({ type: 'integer', description: 'Of those, cards received more than WARRANTY_CARD_RETURN_MONTHS after the sale (聖寶龍 四 6)' }) lateCards!: number;
  @ApiProperty({ type: ReturnRateResponse }) returnRate!: ReturnRateResponse;
}

export class SalesResponse {
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ type: [String], example: ['D0001', 'D0001-S1'], description: 'The dealer and the sub-dealers counted with it' }) dealers!: string[];
  @ApiProperty({ type: [MonthSalesResponse] }) months!: MonthSalesResponse[];
  @ApiProperty({ type: MonthSalesResponse, description: 'The whole range (month: from..to)' }) total!: MonthSalesResponse;
}

export class GetSales {
  constructor(readonly dealerCode: string, readonly from: string, readonly to: string) {}
}

@QueryHandler(GetSales)
export class GetSalesHandler implements IQueryHandler<GetSales, SalesResponse> {
  constructor(private readonly units: UnitDirectory, private readonly dealers: DealerDirectory) {}

  async execute({ dealerCode, from, to }: GetSales): Promise<SalesResponse> {
    const dealers = (await dealersWithin(this.dealers, dealerCode)) ?? [];
    if (!dealers.includes(dealerCode)) throw notFound(`dealer ${dealerCode} is not registered`, 'code');
    const months = monthsBetween(from, to, MAX_SALES_MONTHS);
    const [sold, cards, late] = await Promise.all([
      this.units.soldPerMonth(dealers, from, to), this.units.cardsPerMonth(dealers, from, to, false), this.units.cardsPerMonth(dealers, from, to, true),
    ]);
    const of = (counts: MonthCount[], month: string) => counts.find((c) => c.month === month)?.count ?? 0;
    const line = (month: string, unitsSold: number, cardCount: number, lateCards: number) =>
      ({ month, unitsSold, cards: cardCount, lateCards, returnRate: cardReturnRate(cardCount, unitsSold) });
    const rows = months.map((m) => line(m, of(sold, m), of(cards, m), of(late, m)));
    const sum = (key: 'unitsSold' | 'cards' | 'lateCards') => rows.reduce((n, r) => n + r[key], 0);
    return { dealerCode, dealers, months: rows, total: line(`${from}..${to}`, sum('unitsSold'), sum('cards'), sum('lateCards')) };
  }
}

/** Units sold per month by a dealer and its sub-dealers, warranty cards received, the card return rate, late cards. */
@ApiTags('units')
@Controller('dealers/:code/sales')
export class DealerSalesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ operationId: 'getDealerSales', summary: 'Units sold per month (sub-dealers included), warranty cards received and the card return rate' })
  @ApiOkResponse({ type: SalesResponse, description: 'One line per month of the range, and the total' })
  @ApiInputProblems()
  @ApiProblem(404, 'No such dealer')
  @ApiProblem(422, 'A range that ends before it starts, or covers more than 36 months (naming to)')
  get(@Param() { code }: DealerCodeParam, @Query() { from, to }: SalesQuery): Promise<SalesResponse> {
    return this.queries.execute(new GetSales(code, from, to));
  }
}
