/**
 * Approved parts ship within this many calendar days of the approval when the agreement does not
 * say (decision: 三天內發出). Agreement versions signed before the term existed carry no
 * `logistics` section: their consumers read this default.
 */
export const DEFAULT_SHIPPING_DAYS = 3;
