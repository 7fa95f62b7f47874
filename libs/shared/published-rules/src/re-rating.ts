/**
 * An event holds at most this many re-rated payments, so a Kafka message stays far below 1 MB:
 * the settlements decider splits a correction into events of this size, and the published
 * schema of settlements.FundReRated refuses a longer list.
 */
export const RE_RATED_PAYMENTS_PER_EVENT = 500;
