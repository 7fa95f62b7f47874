export * from './servers';
export * from './test-context';
export * from './private-servers';
export * from './processes';
export * from './service-process';
