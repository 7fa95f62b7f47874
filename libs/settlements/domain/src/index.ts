export * from './fund.decider';
export * from './payment.decider';
