export * from './kafka-config';
export * from './event-publisher';
export * from './event-consumer';
export * from './processed-events';
