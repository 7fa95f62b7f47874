import { CalendarDateField, DealerCodeField, TextField } from '@aftersales/service-kit';

/** A warranty card (保修回執卡) as entered by hand. */
export class RegisterCardRequest {
  @TextField(64, { example: 'WC-2026-0042' }) cardNo!: string;
  @TextField(64, { example: 'LQ690K-2026-000123' }) serialNo!: string;
  @TextField(64, { example: 'LQ-690K' }) model!: string;
  @CalendarDateField({ description: 'The sale to the customer: the warranty starts here (第五條 1)' }) saleDate!: string;
  @TextField(100, { example: '王小明' }) customerName!: string;
  @TextField(50, { optional: true, example: '138-0000-0000' }) customerPhone?: string;
  @DealerCodeField({ optional: true, description: 'The sub-dealer (分銷商) that sold the unit: a registered sub-dealer of the dealer (else 422)' })
  subDealerCode?: string;
}
