import { ApiInputProblems, CalendarDateField, DealerCodeField, QueryInteger } from '@aftersales/service-kit';
import { Controller, Get, Query as QueryParams } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import mongoose, { Model } from 'mongoose';
import { PriceListSettings } from '../../price-list/price-list.settings';
import { RequisitionView } from '../requisitions.projection';

const STATUSES = ['submitted', 'refused', 'approved', 'partly-shipped', 'shipped'] as const;
const WAITING = ['payment', 'check', 'shipment'] as const;

export class ListRequisitionsQuery {
  @DealerCodeField({ optional: true, description: 'Only this dealer\'s requisitions' }) dealerCode?: string;
  @DealerCodeField({ optional: true, description: 'Only this dealer\'s and its sub-dealers\'' }) within?: string;
  @ApiPropertyOptional({ enum: STATUSES, description: 'Only requisitions in this status' })
  @IsOptional() @IsIn(STATUSES, { message: `status must be one of ${STATUSES.join(', ')}` }) status?: (typeof STATUSES)[number];
  @ApiPropertyOptional({ enum: WAITING, description: 'payment: sale lines wait for a payment; check: in-warranty lines wait for the check; shipment: approved units not shipped' })
  @IsOptional() @IsIn(WAITING, { message: `waiting must be one of ${WAITING.join(', ')}` }) waiting?: (typeof WAITING)[number];
  @ApiPropertyOptional({ enum: ['true'], description: 'Only the overdue: approved units not shipped, shipBy before the day judged on (on)' })
  @IsOptional() @IsIn(['true'], { message: 'overdue may only be true' }) overdue?: 'true';
  @CalendarDateField({ optional: true, description: 'The day overdue is judged on (default today in PARTS_TIME_ZONE): what was overdue then' }) on?: string;
  @QueryInteger({ default: 0, minimum: 0, maximum: 1_000_000_000, description: 'Skip this many first (paging)' }) skip?: number;
  @QueryInteger({ default: 50, minimum: 1, maximum: 500, description: 'At most this many' }) limit?: number;
}

export class RequisitionSummaryResponse {
  @ApiProperty() requisitionId!: string;
  @ApiProperty() dealerCode!: string;
  @ApiProperty({ enum: STATUSES }) status!: (typeof STATUSES)[number];
  @ApiProperty({ enum: ['monthly', 'urgent'] }) urgency!: string;
  @ApiProperty({ example: '2026-11-25' }) submittedOn!: string;
  @ApiPropertyOptional({ example: '2026-11-29' }) shipBy?: string;
  @ApiProperty({ type: 'integer', description: 'Approved units not shipped yet' }) openUnits!: number;
  @ApiProperty() awaitingPayment!: boolean;
  @ApiProperty() awaitingCheck!: boolean;
  @ApiProperty({ description: 'Approved units not shipped by shipBy' }) overdue!: boolean;
  @ApiProperty({ type: 'integer' }) lineCount!: number;
  @ApiProperty() updatedAt!: string;
}

export class RequisitionListResponse {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: [RequisitionSummaryResponse], description: 'Newest submitted first' }) requisitions!: RequisitionSummaryResponse[];
}

export class ListRequisitions extends Query<RequisitionListResponse> {
  constructor(readonly filter: Omit<ListRequisitionsQuery, 'skip' | 'limit' | 'on'>, readonly today: string, readonly skip = 0, readonly limit = 50) {
    super();
  }
}

@ApiTags('requisitions')
@Controller('requisitions')
export class ListRequisitionsController {
  constructor(private readonly queries: QueryBus, private readonly settings: PriceListSettings) {}

  @Get()
  @ApiOperation({ operationId: 'listRequisitions', summary: 'Requisitions, filtered (the clerk\'s queue, the overdue list, a dealer\'s own), newest first' })
  @ApiOkResponse({ type: RequisitionListResponse })
  @ApiInputProblems()
  list(@QueryParams() { skip, limit, on, ...filter }: ListRequisitionsQuery): Promise<RequisitionListResponse> {
    return this.queries.execute(new ListRequisitions(filter, on ?? this.settings.today(), skip, limit));
  }
}

@QueryHandler(ListRequisitions)
export class ListRequisitionsHandler implements IQueryHandler<ListRequisitions, RequisitionListResponse> {
  constructor(@InjectModel(RequisitionView.name) private readonly views: Model<RequisitionView>) {}

  async execute({ filter, today, skip, limit }: ListRequisitions): Promise<RequisitionListResponse> {
    const { dealerCode, within, status, waiting, overdue } = filter;
    const conditions: Record<string, unknown>[] = [
      ...(dealerCode ? [{ dealerCode }] : []),
      ...(within ? [{ $or: [{ dealerCode: within }, { parentDealerCode: within }] }] : []),
      ...(status ? [{ status }] : []),
      ...(waiting === 'payment' ? [{ awaitingPayment: true }] : waiting === 'check' ? [{ awaitingCheck: true }] : waiting === 'shipment' ? [{ openUnits: mongoose.trusted({ $gt: 0 }) }] : []),
      ...(overdue ? [{ shipBy: mongoose.trusted({ $lt: today }) }, { openUnits: mongoose.trusted({ $gt: 0 }) }] : []),
    ];
    const query = conditions.length ? { $and: conditions } : {};
    const [views, total] = await Promise.all([
      this.views.find(query, { state: 0 }).sort({ submittedOn: -1, _id: -1 }).skip(skip).limit(limit).lean<RequisitionView[]>().exec(),
      this.views.countDocuments(query).exec(),
    ]);
    const requisitions = views.map((v) => ({
      requisitionId: v.requisitionId, dealerCode: v.dealerCode, status: v.status as RequisitionSummaryResponse['status'], urgency: v.urgency, submittedOn: v.submittedOn,
      ...(v.shipBy ? { shipBy: v.shipBy } : {}), openUnits: v.openUnits, awaitingPayment: v.awaitingPayment, awaitingCheck: v.awaitingCheck,
      overdue: !!v.shipBy && v.shipBy < today && v.openUnits > 0, lineCount: v.lineCount, updatedAt: v.updatedAt,
    }));
    return { total, requisitions };
  }
}
