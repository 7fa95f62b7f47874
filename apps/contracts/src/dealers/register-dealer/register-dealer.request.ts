import { DealerCodeField, TextField, TimeZoneField } from '@aftersales/service-kit';

export class RegisterDealerRequest {
  @DealerCodeField({ description: 'Upper-case letters, digits and dashes, 2-32 characters' })
  code!: string;

  @TextField(200, { example: '華南辦公設備有限公司' })
  name!: string;

  @TextField(100, { example: 'south', description: 'One of the configured regions (GET /regions; setting REGIONS); another is a 422' })
  region!: string;

  @DealerCodeField({ optional: true, description: 'A sub-dealer (分銷商) names its parent dealer, which must be registered (else 422)' })
  parentDealerCode?: string;

  @TextField(300, { optional: true }) address?: string;
  @TextField(50, { optional: true }) hotline?: string;

  @TimeZoneField({ optional: true, default: 'Asia/Shanghai', description: 'IANA time zone of the dealer' })
  timeZone?: string;
}
