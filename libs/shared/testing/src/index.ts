export * from './servers';
export * from './test-context';
export * from './private-servers';
export * from './processes';
export * from './service-process';
export * from './server-source';
export * from './containers';
export * from './test-servers';
