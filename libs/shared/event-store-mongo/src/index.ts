export * from './commit';
export * from './mongo-event-store';
export * from './outbox-relay';
export * from './projection';
export * from './event-data';
