export * from './bulk-write';
export * from './duplicate-key';
export * from './insert-batcher';
export * from './without-undefined';
export * from './replace-collection';
export * from './mongoose-models';
export * from './upsert-many';
