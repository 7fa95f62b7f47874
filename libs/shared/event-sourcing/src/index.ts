export * from './decider';
export * from './published-event';
export * from './command-handler';
export * from './specification';
