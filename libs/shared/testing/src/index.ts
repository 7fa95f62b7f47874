export * from './servers';
export * from './test-context';
