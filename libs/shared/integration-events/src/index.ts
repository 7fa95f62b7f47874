// class-transformer's @Type reads design-time metadata: load the polyfill with the schemas.
import 'reflect-metadata';
export * from './envelope';
export * from './envelope.schema';
export * from './registry';
export * from './topics';
export * from './validation';
export * from './contracts/agreement-terms.schema';
export * from './contracts/contracts.events';
export * from './contracts/units.events';
export * from './contracts/organisation.events';
export * from './feeds/feeds.events';
export * from './settlements/settlements.events';
export * from './parts/parts.events';
export * from './domain-rules.validator';
export * from './contracts/dealer-code';
export * from './nested.validator';
export * from './checked.validator';
export * from './text.validator';
export * from './time-zone.validator';
// The plain rules live where domain code may import them; the services' edge reads them here too.
export * from '@aftersales/published-rules';
export * from './parts/requisition.events';
