export * from './unit.decider';
export * from './coverage';
export * from './warranty-calendar';
