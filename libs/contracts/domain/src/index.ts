export * from './agreement-defaults';
export * from './agreement.decider';
export * from './dealer.decider';
