export * from './servers';
export * from './test-context';
export * from './service-under-test';
