import { TextField } from '@aftersales/service-kit';

export class DismissFlagRequest {
  @TextField(500, { description: 'Why the flag is dismissed: kept in its history', example: 'Unit lent from the manufacturer\'s stock; delivery not recorded' })
  reason!: string;
}
