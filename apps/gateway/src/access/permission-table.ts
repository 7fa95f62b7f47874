import { AbilityBuilder, createMongoAbility, MongoAbility, subject as tagged } from '@casl/ability';
import { Role, SignedInUser } from './signed-in-user';

/**
 * The one permission table: every route of the gateway names an action on a subject, and this
 * table decides it (README "Roles" prints it). A dealer user's rules carry a condition on
 * `dealerCode`: its own dealer, and for reads its sub-dealers too. The gateway answers 403 when a
 * role may not do the action at all, and 404 when only the dealer condition fails, exactly as for
 * a dealer that does not exist (no existence leak).
 */
export const ACTIONS = ['read', 'create', 'update'] as const;
export type Action = (typeof ACTIONS)[number] | 'manage';

export const SUBJECTS = [
  'Dealer', 'Agreement', 'Region', 'Payment', 'Fund', 'NetworkBalances', 'DealerHistory', 'DealerImport', 'Account',
  'FeedMatrix', 'FeedFlag',
  'Organisation', 'Technician', 'TrainingSession', 'Catalog',
  'Unit', 'UnitDelivery', 'WarrantyCard', 'RegistrationConflict', 'Sales',
  'FeedSubmission', 'FeedTemplate', 'PriceList', 'Requisition', 'RequisitionReview', 'RequisitionPayment', 'Shipment',
] as const;
export type Subject = (typeof SUBJECTS)[number];

/** What a subject instance carries for the dealer condition. */
export interface DealerScoped {
  dealerCode: string;
}

/** CASL's ability; checked only through `allows`, which types the action and the subject. */
export type Permissions = MongoAbility;

/** Reads that every staff role (not a dealer) has: the whole network. */
const NETWORK_READS: Subject[] = [
  'Dealer', 'Agreement', 'Region', 'Payment', 'Fund', 'NetworkBalances', 'DealerHistory', 'FeedMatrix', 'FeedFlag',
  'Organisation', 'Technician', 'TrainingSession', 'Catalog', 'Unit', 'RegistrationConflict', 'Sales',
  'FeedSubmission', 'FeedTemplate', 'PriceList', 'Requisition',
];

/** What a dealer user reads of its own dealer and its sub-dealers. */
const DEALER_READS = [
  'Dealer', 'Agreement', 'Payment', 'Fund', 'DealerHistory', 'FeedMatrix', 'FeedFlag', 'Organisation', 'Technician', 'Unit', 'Sales', 'FeedSubmission',
  'Requisition',
] as const;

type Rules = (can: (action: Action, subject: Subject | Subject[] | 'all', conditions?: object) => unknown, user: SignedInUser, subDealers: string[]) => void;

const BY_ROLE: Record<Role, Rules> = {
  admin: (can) => can('manage', 'all'),
  'service-manager': (can) => {
    can('read', NETWORK_READS);
    can('create', ['Dealer', 'Agreement', 'DealerImport', 'UnitDelivery', 'WarrantyCard', 'FeedSubmission']);
    // Dismissing a cross-feed flag (with its reason) is the service manager's review.
    can('update', 'FeedFlag');
    // The service organisation, technicians and certificates, training sessions and bookings, the catalog.
    can('create', 'TrainingSession');
    can('update', ['Organisation', 'Technician', 'TrainingSession', 'Catalog']);
  },
  'parts-clerk': (can) => {
    can('read', NETWORK_READS);
    // 維修收費標准: the price list's imports, line changes and withdrawals.
    can('create', 'PriceList');
    can('update', 'PriceList');
    // 維修配件備料單: submits for a dealer, reviews and checks, records payments, ships, records a receipt.
    can('create', ['Requisition', 'RequisitionPayment', 'Shipment']);
    can('update', ['RequisitionReview', 'Shipment']);
  },
  finance: (can) => {
    can('read', NETWORK_READS);
    can('create', 'Payment');
    // 款到發貨: the payment that releases a requisition's sale lines.
    can('create', 'RequisitionPayment');
  },
  auditor: (can) => can('read', [...NETWORK_READS, 'Account']),
  dealer: (can, user, subDealers) => {
    if (!user.dealerCode) return; // a dealer account without a dealer sees nothing
    const own = { dealerCode: { $in: [user.dealerCode, ...subDealers] } };
    for (const subject of DEALER_READS) can('read', subject, own);
    // Its own warranty cards, entered by hand (its sub-dealers enter theirs).
    can('create', 'WarrantyCard', { dealerCode: user.dealerCode });
    // The network's reference data: the price list is the same for every dealer (it orders parts by it).
    can('read', ['Region', 'Catalog', 'FeedTemplate', 'PriceList']);
    // Its monthly feeds: for itself only, not for its sub-dealers (each sends its own).
    can('create', 'FeedSubmission', { dealerCode: user.dealerCode });
    // Its requisitions of parts, and the receipt of what was shipped to it: for itself only.
    can('create', 'Requisition', { dealerCode: user.dealerCode });
    can('update', 'Shipment', { dealerCode: user.dealerCode });
  },
};

/**
 * The permissions of a signed-in user. `subDealers` are the codes whose parent is the user's
 * dealer (read-only for it); the caller looks them up only for a dealer user.
 */
export function permissionsOf(user: SignedInUser, subDealers: string[] = []): Permissions {
  const builder = new AbilityBuilder<Permissions>(createMongoAbility);
  for (const role of user.roles) BY_ROLE[role](builder.can, user, subDealers);
  return builder.build();
}

/**
 * Whether the user may do `action` on `subject`: on the subject type alone (may this role do it at
 * all?) or on one dealer's instance (may it do it for this dealer?).
 */
export function allows(permissions: Permissions, action: Action, subject: Subject, dealerCode?: string): boolean {
  return dealerCode === undefined ? permissions.can(action, subject) : permissions.can(action, tagged(subject, { dealerCode }));
}
