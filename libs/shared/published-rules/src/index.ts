// The rules of the published language that deciders apply too, in plain TypeScript: a domain
// lib may import this lib, never integration-events, whose schemas load class-validator and
// reflect-metadata. integration-events re-exports it, so the services' edge code reads one place.
export * from './re-rating';
export * from './terms-in-force';
export * from './price-list';
export * from './logistics';
