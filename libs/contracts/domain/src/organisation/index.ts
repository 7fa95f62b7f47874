export * from './catalog.decider';
export * from './certificate.decider';
export * from './notice';
export * from './organisation.decider';
export * from './training.decider';
