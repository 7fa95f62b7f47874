import { OpenAPIObject } from '@nestjs/swagger';
import { DealerCodeField, OpenApiAmendment, TextField, TimeZoneField } from '@aftersales/service-kit';
import { RegionDirectory } from '../../regions/region-directory';

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

/** The document lists the configured regions (REGIONS) as region's values; another is a 422. */
export const regionsInDocument = {
  provide: OpenApiAmendment,
  useFactory: (regions: RegionDirectory): OpenApiAmendment => ({
    amend(document: OpenAPIObject) {
      const region = (document.components?.schemas?.['RegisterDealerRequest'] as { properties?: Record<string, { enum?: string[] }> })
        ?.properties?.['region'];
      if (region) region.enum = regions.list().map((r) => r.region);
    },
  }),
  inject: [RegionDirectory],
};
