import { CalendarDateField, TextField } from '@aftersales/service-kit';
import { IdField } from '../organisation.fields';

const EFFECTIVE = { example: '2026-10-08', description: "The dealer's calendar date the change takes effect; notified fewer than the agreement's noticeDays before, it is flagged late" };

/** 第二條 1: a change of address, hotline or service manager (at least one of them). */
export class ChangeOrganisationRequest {
  @CalendarDateField(EFFECTIVE) effectiveOn!: string;
  @TextField(300, { optional: true, example: '廣州市天河區體育西路 100 號' }) address?: string;
  @TextField(50, { optional: true, example: '020-8888-0000' }) hotline?: string;
  @TextField(100, { optional: true, example: '李志強' }) serviceManager?: string;
}

export class JoinTechnicianRequest {
  @IdField(64, { example: 'T-D0001-01', description: "The technician's id in the dealer's organisation" }) technicianId!: string;
  @TextField(100, { example: '王建國' }) name!: string;
  @CalendarDateField(EFFECTIVE) effectiveOn!: string;
}

export class TechnicianDepartureRequest {
  @CalendarDateField(EFFECTIVE) effectiveOn!: string;
}
