export * from './agreement-terms';
export * from './agreement-defaults';
export * from './agreement.events';
export * from './agreement.decider';
export * from './dealer.decider';
export * from './unit';
export * from './organisation';
