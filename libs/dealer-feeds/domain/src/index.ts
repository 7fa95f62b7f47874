// The dealer-feeds domain: deciders and domain events, plain TypeScript (no framework, no decorators:
// eslint.config.mjs). One folder per aggregate, e.g. src/<aggregate>/<aggregate>.decider.ts.
export * from './deadline/due-date';
export * from './deadline/deadline.decider';
export * from './flag/flag.events';
export * from './flag/flag.decider';
export * from './flag/flag-rules';
export * from './feed/feed.events';
export * from './feed/feed.commands';
export * from './feed/feed.decider';
