import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CALENDAR_DATE_PATTERN } from '@aftersales/calendar';
import { textItemSchema, TIME_ZONES } from '@aftersales/service-kit';

/**
 * How the optional sections of an agreement may be sent: every field may be left out (or null)
 * and takes its default, section by section and at any depth; lists are replaced whole. These
 * classes only document: the handler fills the defaults and checks the complete terms against
 * the published AgreementTermsV1, whose limits these repeat (schemathesis checks both agree).
 */
const optional = (schema: Record<string, unknown>) => ApiPropertyOptional({ nullable: true, ...schema });
const int = (minimum: number, maximum?: number) => optional({ type: 'integer', minimum, ...(maximum === undefined ? {} : { maximum }) });
const text = textItemSchema;
const texts = (maxItems: number, maxLength: number) => optional({ type: 'array', maxItems, items: text(maxLength) });
const dates = (maxItems: number) => optional({ type: 'array', maxItems, items: { type: 'string', format: 'date', pattern: CALENDAR_DATE_PATTERN.source } });
const CLOCK = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', example: '09:00' };

export class WarrantyOverrideRequest {
  @ApiProperty(text(100)) component!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 120 }) months!: number;
}

export class WarrantyPolicyRequest {
  @int(0, 120) defaultMonths?: number;
  @int(0, 120) newSparePartsMonths?: number;
  @optional({ type: [WarrantyOverrideRequest], maxItems: 200 }) componentOverrides?: WarrantyOverrideRequest[];
  @texts(50, 100) excludedCategories?: string[];
}

export class ReturnWindowsRequest {
  @int(0, 365) doaWindowDays?: number;
  @int(0, 365) qualityWindowDays?: number;
}

export class ArrivalHoursRequest {
  @int(1, 720) local?: number;
  @int(1, 720) near?: number;
  @int(1, 720) far?: number;
}

export class ServiceLevelsRequest {
  @int(1, 10_080) firstResponseMinutes?: number;
  @int(1, 720) resolutionWorkingHours?: number;
  @int(1, 90) complexResolutionWorkingDays?: number;
  @optional({ type: ArrivalHoursRequest }) arrivalHours?: ArrivalHoursRequest;
  @int(1, 90) loanerAfterWorkingDays?: number;
  @int(1, 365) loanerMaxDays?: number;
}

export class WorkingCalendarRequest {
  @optional({ type: 'array', maxItems: 7, items: { type: 'integer', minimum: 1, maximum: 7 }, description: 'ISO weekdays, 1 = Monday' })
  workingDays?: number[];
  @optional(CLOCK) dayStart?: string;
  @optional(CLOCK) dayEnd?: string;
  @dates(400) holidays?: string[];
  @dates(400) adjustedWorkingDays?: string[];
  @optional({ type: 'string', enum: TIME_ZONES, enumName: 'TimeZone' }) timeZone?: string;
}

export class ReportingTermsRequest {
  @int(1, 28) feedDueDay?: number;
  @int(1, 28) assessmentDueDay?: number;
}

export class TrainingTermsRequest {
  @int(0, 1000) freeTrainingPlaces?: number;
  @int(0, 365) maxTrainingDays?: number;
}

export class LogisticsTermsRequest {
  @int(0, 90) shippingDays?: number;
}

export class FeeItemRequest {
  @ApiProperty(text(100)) operation!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }) feeFen!: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000 }) freeQuota!: number;
}

export class ServiceOrganisationRequest {
  @optional(text(300)) address?: string;
  @optional(text(50)) hotline?: string;
  @optional(text(100)) serviceManager?: string;
  @texts(500, 100) technicians?: string[];
}
