import type { Role } from '../../auth/roles';

/** Who may upload a feed: a dealer user for itself, a service manager or admin for any dealer (the gateway's FeedSubmission create). */
export const FEED_UPLOADERS: readonly Role[] = ['dealer', 'service-manager', 'admin'];
