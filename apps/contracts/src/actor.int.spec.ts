import { CommitDocument, EVENTS_COLLECTION } from '@aftersales/event-store-mongo';
import { ServiceUnderTest, signActor, startService } from '@aftersales/service-kit';
import { createTestContext, TestContext } from '@aftersales/testing';
import request from 'supertest';
import { ContractsModule } from './contracts.module';

const SECRET = 'contracts-actor-test-secret';
const dealer = { code: 'D0801', name: '署名測試', region: 'north' };

describe('contracts with ACTOR_SECRET: only a signed actor gets in, and it is the events\' actor', () => {
  let ctx: TestContext;
  let svc: ServiceUnderTest;

  beforeAll(async () => {
    ctx = await createTestContext('contractsactor');
    svc = await startService(ctx, 'contracts', ContractsModule.register, { ACTOR_SECRET: SECRET });
  });
  afterAll(async () => {
    await svc?.close();
    await ctx?.dispose();
  });

  it('refuses an unsigned, a tampered and a stale actor with 401, and changes nothing', async () => {
    await request(svc.http).post('/dealers').set('x-actor', 'mallory').send(dealer).expect(401);
    const signed = signActor(SECRET, { actor: 'wang.fang', roles: ['service-manager'], dealer: null }, 'POST', '/dealers');
    const tampered = await request(svc.http).post('/dealers').set({ ...signed, 'x-actor': 'mallory' }).send(dealer).expect(401);
    expect(tampered.body).toMatchObject({ statusCode: 401, message: 'The actor signature does not match', problems: [] });
    const stale = signActor(SECRET, { actor: 'wang.fang', roles: ['service-manager'], dealer: null }, 'POST', '/dealers', Date.now() - 61_000);
    await request(svc.http).post('/dealers').set(stale).send(dealer).expect(401);
    expect(await svc.infra.db.collection(EVENTS_COLLECTION).countDocuments()).toBe(0);
    await request(svc.http).get('/health').expect((res) => expect(res.status).not.toBe(401));
  });

  it('takes a signed request, and writes the signed-in username as metadata.actor', async () => {
    const signed = signActor(SECRET, { actor: 'wang.fang', roles: ['service-manager'], dealer: null }, 'POST', '/dealers');
    await request(svc.http).post('/dealers').set(signed).send(dealer).expect(201);
    const commit = await svc.infra.db.collection<CommitDocument>(EVENTS_COLLECTION).findOne({ streamId: { $regex: 'D0801' } });
    expect(commit?.events.map((event) => event.metadata.actor)).toEqual(['wang.fang']);
  });
});
