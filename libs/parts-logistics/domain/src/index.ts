// The parts-logistics domain: deciders and domain events, plain TypeScript (no framework, no decorators:
// eslint.config.mjs). One folder per aggregate, e.g. src/<aggregate>/<aggregate>.decider.ts.
export * from './returns/return-class';
export * from './returns/return-costs';
export * from './price-list/price-list.events';
export * from './price-list/price-list.decider';
export * from './price-list/price-timeline';
export * from './requisitions/requisition.events';
export * from './requisitions/requisition.commands';
export * from './requisitions/requisition-state';
export * from './requisitions/requisition.decider';
