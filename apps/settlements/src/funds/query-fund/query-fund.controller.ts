import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { dateIn, QUARTER_PATTERN, quarterOf } from '@aftersales/calendar';
import { notFound } from '@aftersales/event-sourcing';
import { DEALER_CODE, IsDealerCode, IsQuarter } from '@aftersales/integration-events';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { IsOptional } from 'class-validator';
import { DEALERS, KnownDealer } from '../../terms/terms.projection';
import { FUND_BALANCES, FundBalance, fundBalanceId } from '../fund-balance.projection';

export class FundParams {
  @ApiProperty({ example: 'D0001', description: 'The dealer code: 2-32 upper-case letters, digits or dashes', pattern: DEALER_CODE.source })
  @IsDealerCode() dealerCode!: string;
}

export class FundQuery {
  @ApiPropertyOptional({ example: '2026Q3', pattern: QUARTER_PATTERN.source, description: 'The quarter; defaults to the current quarter in the dealer time zone' })
  @IsOptional() @IsQuarter()
  quarter?: string;
}

@ApiTags('funds')
@Controller('funds')
export class QueryFundController {
  constructor(private readonly infra: ServiceInfrastructure) {}

  @Get(':dealerCode')
  @ApiOkResponse({ description: '{dealerCode, quarter, paymentsFen, accrualFen, chargesFen, balanceFen, asOf}; asOf is null before any accrual' })
  @ApiNotFoundResponse({ description: 'Unknown dealer' })
  async fund(@Param() { dealerCode }: FundParams, @Query() { quarter }: FundQuery) {
    const dealer = await this.infra.db.collection<KnownDealer>(DEALERS).findOne({ _id: dealerCode });
    if (!dealer) throw notFound(`dealer ${dealerCode} is not registered`, 'dealerCode');
    const q = quarter ?? quarterOf(dateIn(new Date(), dealer.timeZone));
    const balance = await this.infra.db.collection<FundBalance>(FUND_BALANCES).findOne({ _id: fundBalanceId(dealerCode, q) });
    return {
      dealerCode,
      quarter: q,
      paymentsFen: balance?.paymentsFen ?? 0,
      accrualFen: balance?.accrualFen ?? 0,
      chargesFen: balance?.chargesFen ?? 0,
      carriedInFen: balance?.carriedInFen ?? 0,
      balanceFen: balance?.balanceFen ?? 0,
      asOf: balance?.asOf ?? null,
    };
  }
}
