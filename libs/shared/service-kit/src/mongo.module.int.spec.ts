import { createTestContext, TestContext } from '@aftersales/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { Connection } from 'mongoose';
import { serviceMongo, withoutCredentials } from './mongo.module';
import { loadServiceConfig } from './service-config';

const config = (mongoUrl: string, mongoDb: string) => loadServiceConfig('settlements', 0, { MONGO_URL: mongoUrl, MONGO_DB: mongoDb });

describe("a service's database connection (serviceMongo)", () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await createTestContext('mongomodule')));
  afterAll(() => ctx.dispose());

  it('connects to the service database with sanitizeFilter and ignoreUndefined, creating no index or collection by itself', async () => {
    const module = await Test.createTestingModule({ imports: [serviceMongo(config(ctx.mongoUrl, ctx.dbName))] }).compile();
    const connection = module.get<Connection>(getConnectionToken());
    expect({ db: connection.db?.databaseName, ready: connection.readyState }).toEqual({ db: ctx.dbName, ready: 1 });
    expect({ sanitizeFilter: connection.get('sanitizeFilter'), ignoreUndefined: connection.db?.bsonOptions.ignoreUndefined })
      .toEqual({ sanitizeFilter: true, ignoreUndefined: true });
    expect(connection.config).toMatchObject({ autoIndex: false, autoCreate: false });
    await module.close();
  });

  it('stops the start with one error naming the database and its address, without the password, when the database does not answer', async () => {
    const url = 'mongodb://app:secret@127.0.0.1:1/?serverSelectionTimeoutMS=300';
    const started = Test.createTestingModule({ imports: [serviceMongo(config(url, 'aftersales_down'))] }).compile();
    const error = await started.then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(/^the database aftersales_down at mongodb:\/\/127\.0\.0\.1:1\/\?serverSelectionTimeoutMS=300 does not answer: /);
    expect(error?.message).not.toContain('secret');
  });

  it('shows a connection string without its user and password', () => {
    expect(withoutCredentials('mongodb://u:p@db:27017/x')).toBe('mongodb://db:27017/x');
    expect(withoutCredentials('mongodb://db:27017/')).toBe('mongodb://db:27017/');
  });
});
