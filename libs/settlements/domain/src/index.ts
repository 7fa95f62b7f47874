export * from './fund.events';
export * from './fund.decider';
export * from './fund-rating';
export * from './payment.decider';
export * from './re-rating-range';
export * from './fund-charges';
