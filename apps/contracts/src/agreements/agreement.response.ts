import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEALER_CODE, FUND_MODELS, FundModel } from '@aftersales/integration-events';
import {
  FeeItemRequest, ReportingTermsRequest, ReturnWindowsRequest, ServiceLevelsRequest, ServiceOrganisationRequest,
  LogisticsTermsRequest, TrainingTermsRequest, WarrantyPolicyRequest, WorkingCalendarRequest,
} from './sign-agreement/agreement-terms.request';

/** The complete terms of a version (AgreementTermsV1): every default filled in; sections have the shapes they are sent in. */
export class AgreementTermsResponse {
  @ApiProperty({ enum: FUND_MODELS }) fundModel!: FundModel;
  @ApiPropertyOptional({ type: 'integer', description: 'revenue-share only' }) fundRateBp?: number;
  @ApiPropertyOptional({ type: 'integer', description: 'revenue-share only' }) partsQuotaBp?: number;
  @ApiPropertyOptional({ description: 'revenue-share only' }) carryAcrossYear?: boolean;
  @ApiPropertyOptional({ type: 'integer', description: 'per-unit only' }) allowancePerUnitFen?: number;
  @ApiProperty({ type: [String] }) territory!: string[];
  @ApiProperty({ type: 'integer' }) noticeDays!: number;
  @ApiProperty({ type: ServiceOrganisationRequest }) serviceOrganisation!: ServiceOrganisationRequest;
  @ApiProperty({ type: WarrantyPolicyRequest }) warranty!: WarrantyPolicyRequest;
  @ApiProperty({ type: ReturnWindowsRequest }) returns!: ReturnWindowsRequest;
  @ApiProperty({ type: ServiceLevelsRequest }) serviceLevels!: ServiceLevelsRequest;
  @ApiProperty({ type: WorkingCalendarRequest }) calendar!: WorkingCalendarRequest;
  @ApiProperty({ type: ReportingTermsRequest }) reporting!: ReportingTermsRequest;
  @ApiProperty({ type: TrainingTermsRequest }) training!: TrainingTermsRequest;
  @ApiProperty({ type: LogisticsTermsRequest }) logistics!: LogisticsTermsRequest;
  @ApiProperty({ type: [FeeItemRequest] }) feeSchedule!: FeeItemRequest[];
}

/** One agreement version (contracts.AgreementSigned). */
export class AgreementResponse {
  @ApiProperty({ format: 'uuid' }) agreementId!: string;
  @ApiProperty({ pattern: DEALER_CODE.source, example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: '1, 2, 3...: a renewal or amendment is a new version' }) agreementVersion!: number;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ format: 'date' }) validTo!: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'The version this one supersedes from its validFrom' }) supersedesVersion?: number;
  @ApiProperty({ type: AgreementTermsResponse }) terms!: AgreementTermsResponse;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the version was signed (reads only)' }) signedAt?: string;
}

export class AgreementListResponse {
  @ApiProperty({ pattern: DEALER_CODE.source }) dealerCode!: string;
  @ApiPropertyOptional({ format: 'date', description: 'Present when the request asked for the version in force that day' }) inForceOn?: string;
  @ApiProperty({ type: [AgreementResponse], description: 'Oldest first; with inForceOn, the one version in force or none' }) items!: AgreementResponse[];
}
