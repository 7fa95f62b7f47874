// deploy/demo/units.mjs against the real contracts service (its own process, as npm start runs it):
// every delivery, the hand-entered cards, one conflict; a second run changes nothing.
import { createTestContext, freePort, ServiceProcess, TestContext } from '@aftersales/testing';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, expectOk } from './http.mjs';
import seedUnits, { handCardsOf } from './units.mjs';

const DEALERS = [
  ['D0001', 'north'], ['D0002', 'south'], ['D0002-S1', 'south', 'D0002'], ['D0003', 'east'], ['D0003-S1', 'east', 'D0003'], ['D0004', 'east'], ['D0005', 'west'], ['D0006', 'west'],
];

describe('the demo units', () => {
  let ctx: TestContext;
  let contracts: ServiceProcess;

  beforeAll(async () => {
    ctx = await createTestContext('demounits');
    contracts = new ServiceProcess({ service: 'contracts', port: await freePort(), logFile: join(tmpdir(), `${ctx.dbName}-contracts.log`),
      env: { KAFKA_BROKERS: ctx.kafkaBrokers, MONGO_URL: ctx.mongoUrl, MONGO_DB: ctx.dbName, TOPIC_PREFIX: ctx.topicPrefix, LOG_LEVEL: 'warn' } });
    contracts.start();
    await contracts.healthy(120_000);
    for (const [code, region, parentDealerCode] of DEALERS) {
      expectOk(await call(contracts.url, 'POST', '/dealers', { code, name: code, region, ...(parentDealerCode ? { parentDealerCode } : {}) }), `dealer ${code}`);
    }
  }, 180_000);
  afterAll(async () => {
    await contracts?.stop();
    await ctx?.dispose();
  });

  it('records them once', async () => {
    const urls = { contracts: contracts.url };
    const lines: string[] = [];
    await seedUnits(urls, (line: string) => lines.push(line));
    expect(lines).toEqual(['units: 240 delivered, 18 cards entered by hand, 1 registration conflict']);
    const commits = () => ctx.mongo.db(ctx.dbName).collection('events').countDocuments({});
    const before = await commits();
    await seedUnits(urls, () => undefined);
    expect(await commits()).toBe(before);
    const [first] = handCardsOf('D0001');
    const unit = await call(contracts.url, 'GET', `/units/${first?.serialNo}`);
    expect(unit.status).toBe(200);
    expect(unit.body).toMatchObject({ delivery: { dealerCode: 'D0001' }, registration: { cardNo: 'HC-D0001-001' } });
  }, 180_000);
});
