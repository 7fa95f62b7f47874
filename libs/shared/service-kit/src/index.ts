export * from './correlation.middleware';
export * from './infrastructure';
export * from './json-logger';
export * from './problem.filter';
export * from './service-app';
export * from './service-config';
export * from './command-context';
export * from './service-under-test';
