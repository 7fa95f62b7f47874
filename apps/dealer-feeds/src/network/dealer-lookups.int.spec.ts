import { connectionOn } from '@aftersales/mongo';
import { createTestContext, TestContext } from '@aftersales/testing';
import { DealerLookups } from './dealer-lookups';
import { CatalogEntry, CatalogEntrySchema, NetworkCertificate, NetworkCertificateSchema } from './read-models/network.schemas';
import { RepairRecord, RepairRecordSchema } from './read-models/repair-records.projection';

describe('a network that has not listed its catalog (docs/feeds.md "Due dates, overdue and the matrix": lookups)', () => {
  let ctx: TestContext;
  let lookups: DealerLookups;
  beforeAll(async () => {
    ctx = await createTestContext('emptycatalog');
    const connection = connectionOn(ctx.db);
    lookups = new DealerLookups({
      catalog: connection.model<CatalogEntry>(CatalogEntry.name, CatalogEntrySchema),
      certificates: connection.model<NetworkCertificate>(NetworkCertificate.name, NetworkCertificateSchema),
      repairRecords: connection.model<RepairRecord>(RepairRecord.name, RepairRecordSchema),
    }, 'D0802', async () => 'Asia/Taipei');
  });
  afterAll(() => ctx.dispose());

  it('checks no model and no part: with nothing listed every one is taken as known', async () => {
    expect(await lookups.isKnownModel('ANY-MODEL')).toBe(true);
    expect(await lookups.isKnownPart('ANY-PART')).toBe(true);
  });

  it('still checks technicians and repair records, which do not come from the catalog', async () => {
    expect(await lookups.technicianStatus('C-1')).toBe('unknown');
    expect(await lookups.isKnownRepairRecord('R-1')).toBe(false);
  });
});
