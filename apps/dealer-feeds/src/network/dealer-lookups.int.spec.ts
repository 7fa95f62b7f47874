import { connectionOn } from '@aftersales/mongo';
import { createTestContext, TestContext } from '@aftersales/testing';
import { DealerLookups, LookupSources } from './dealer-lookups';
import { CatalogEntry, CatalogEntrySchema, NetworkCertificate, NetworkCertificateSchema } from './read-models/network.schemas';
import { RepairRecord, RepairRecordSchema } from './read-models/repair-records.projection';

describe('a network that has not listed its catalog (docs/feeds.md "Due dates, overdue and the matrix": lookups)', () => {
  let ctx: TestContext;
  let lookups: DealerLookups;
  let sources: LookupSources;
  beforeAll(async () => {
    ctx = await createTestContext('emptycatalog');
    const connection = connectionOn(ctx.db);
    sources = {
      catalog: connection.model<CatalogEntry>(CatalogEntry.name, CatalogEntrySchema),
      certificates: connection.model<NetworkCertificate>(NetworkCertificate.name, NetworkCertificateSchema),
      repairRecords: connection.model<RepairRecord>(RepairRecord.name, RepairRecordSchema),
    };
    lookups = new DealerLookups(sources, 'D0802', async () => 'Asia/Taipei');
  });
  afterAll(() => ctx.dispose());

  it('checks no model and no part: with nothing listed every one is taken as known', async () => {
    expect(await lookups.isKnownModel('ANY-MODEL')).toBe(true);
    expect(await lookups.isKnownPart('ANY-PART')).toBe(true);
  });

  it('takes an instant as the dealer\'s calendar date: 2026-09-30T17:00Z is 1 October in Taipei, after the certificate expired', async () => {
    await ctx.db.collection('network_certificates').insertOne({ _id: 'C-SEPT' as never, dealerCode: 'D0802', technicianId: 'T-1', issuedOn: '2026-01-01', expiresOn: '2026-09-30' });
    expect(await lookups.technicianStatus('C-SEPT', '2026-09-30T15:59:00.000Z')).toBe('certified');
    expect(await new DealerLookups(sources, 'D0802', async () => 'Asia/Taipei').technicianStatus('C-SEPT', '2026-09-30T17:00:00.000Z')).toBe('uncertified');
  });

  it('still checks technicians and repair records, which do not come from the catalog', async () => {
    expect(await lookups.technicianStatus('C-1')).toBe('unknown');
    expect(await lookups.isKnownRepairRecord('R-1')).toBe(false);
  });
});
