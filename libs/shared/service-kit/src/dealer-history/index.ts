export * from './dealer-history.controller';
export * from './dealer-history.handler';
export * from './dealer-history.request';
export * from './dealer-history.response';
export { decodeCursor, encodeCursor } from './history-cursor';
