import { ServiceUnderTest, startService } from '@aftersales/service-kit';
import { createTestContext, TestContext } from '@aftersales/testing';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { ContractsModule } from '../contracts.module';
// The demo's own module against the real service: the demo data is the subject of this test.
// eslint-disable-next-line @nx/enforce-module-boundaries
import seedUnits, { handCardsOf } from '../../../../deploy/demo/units.mjs';

const DEALERS = [
  ['D0001', 'north'], ['D0002', 'south'], ['D0002-S1', 'south', 'D0002'], ['D0003', 'east'], ['D0003-S1', 'east', 'D0003'], ['D0004', 'east'], ['D0005', 'west'], ['D0006', 'west'],
];

/** deploy/demo/units.mjs against the real contracts service: every delivery, the hand-entered cards, one conflict; a second run changes nothing. */
describe('the demo units', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;

  beforeAll(async () => {
    ctx = await createTestContext('contracts-demounits');
    svc = await startService(ctx, 'contracts', ContractsModule.register);
    await svc.app.listen(0, '127.0.0.1');
    for (const [code, region, parentDealerCode] of DEALERS) {
      await request(svc.http).post('/dealers').send({ code, name: code, region, ...(parentDealerCode ? { parentDealerCode } : {}) }).expect(201);
    }
  });
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('records them once', async () => {
    const urls = { contracts: `http://127.0.0.1:${(svc.http.address() as AddressInfo).port}` };
    const lines: string[] = [];
    await seedUnits(urls, (line) => lines.push(line));
    expect(lines).toEqual(['units: 240 delivered, 18 cards entered by hand, 1 registration conflict']);
    const commits = await svc.infra.store.commits.countDocuments({});
    await seedUnits(urls);
    expect(await svc.infra.store.commits.countDocuments({})).toBe(commits);
    const [first] = handCardsOf('D0001');
    const unit = await request(svc.http).get(`/units/${first?.serialNo}`).expect(200);
    expect(unit.body).toMatchObject({ delivery: { dealerCode: 'D0001' }, registration: { cardNo: 'HC-D0001-001' } });
  }, 180_000);
});
