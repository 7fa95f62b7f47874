import { MongoEventStore, Projection, rebuildProjection } from '@aftersales/event-store-mongo';
import { connectionOn } from '@aftersales/mongo';
import { Db, Document } from 'mongodb';
import { FUND_BALANCES, FundBalanceProjection } from '../../funds/fund-balance.projection';
import { AGREEMENT_TERMS, DEALERS, TermsProjection } from '../../terms/terms.projection';

export interface ReadModelComparison {
  collection: string;
  live: Document[];
  rebuilt: Document[];
}

/**
 * Settlements' read models beside a rebuild of each from the stored events into `rebuildDb`:
 * the fund balances from settlements' own events, the dealers and terms from contracts' events.
 */
export async function rebuildAndCompare(settlementsDb: Db, contractsDb: Db, rebuildDb: Db): Promise<ReadModelComparison[]> {
  const rebuilds: [Projection, Db, string[]][] = [
    // The balances read the regions of the live dealers, as a rebuild in the service does.
    [FundBalanceProjection.on(connectionOn(rebuildDb), connectionOn(settlementsDb)), settlementsDb, [FUND_BALANCES]],
    [TermsProjection.on(connectionOn(rebuildDb)), contractsDb, [DEALERS, AGREEMENT_TERMS]],
  ];
  const comparisons: ReadModelComparison[] = [];
  for (const [projection, source, collections] of rebuilds) {
    await rebuildProjection(new MongoEventStore(source), projection);
    for (const collection of collections) {
      const all = (db: Db) => db.collection(collection).find({}).sort({ _id: 1 }).toArray();
      comparisons.push({ collection, live: await all(settlementsDb), rebuilt: await all(rebuildDb) });
    }
  }
  return comparisons;
}
