export * from './fen';
export * from './rate';
