export * from './bulk-write';
export * from './duplicate-key';
