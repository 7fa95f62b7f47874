import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Action, ACTIONS, allows, permissionsOf, Subject, SUBJECTS } from './permission-table';
import { permissionTableMarkdown } from './permission-table.markdown';
import { Role, ROLES, SignedInUser } from './signed-in-user';

const user = (roles: Role[], dealerCode: string | null = null): SignedInUser => ({ id: 'u', username: 'u', roles, dealerCode, source: 'password' });

/** What each staff role may do at all, written out by hand: the table must say exactly this. */
const UNITS_READ: Partial<Record<Subject, Action[]>> = { Unit: ['read'], RegistrationConflict: ['read'], Sales: ['read'] };
const STAFF: Record<Exclude<Role, 'dealer'>, Partial<Record<Subject, Action[]>>> = {
  admin: Object.fromEntries(SUBJECTS.map((s) => [s, ['read', 'create', 'update']])),
  'service-manager': {
    Dealer: ['read', 'create'], Agreement: ['read', 'create'], Region: ['read'], Payment: ['read'], Fund: ['read'],
    NetworkBalances: ['read'], DealerHistory: ['read'], DealerImport: ['create'], FeedFlag: ['read', 'update'], ...UNITS_READ, UnitDelivery: ['create'],
    WarrantyCard: ['create'], FeedSubmission: ['read', 'create'], FeedTemplate: ['read'],
  },
  'parts-clerk': {
    Dealer: ['read'], Agreement: ['read'], Region: ['read'], Payment: ['read'], Fund: ['read'], NetworkBalances: ['read'], DealerHistory: ['read'], FeedFlag: ['read'], ...UNITS_READ, FeedSubmission: ['read'], FeedTemplate: ['read'],
  },
  finance: {
    Dealer: ['read'], Agreement: ['read'], Region: ['read'], Payment: ['read', 'create'], Fund: ['read'], NetworkBalances: ['read'], DealerHistory: ['read'], FeedFlag: ['read'],
    ...UNITS_READ, FeedSubmission: ['read'], FeedTemplate: ['read'],
  },
  auditor: {
    Dealer: ['read'], Agreement: ['read'], Region: ['read'], Payment: ['read'], Fund: ['read'], NetworkBalances: ['read'], DealerHistory: ['read'], Account: ['read'], FeedFlag: ['read'],
    ...UNITS_READ, FeedSubmission: ['read'], FeedTemplate: ['read'],
  },
};

// The submissions matrix (dealer-feeds): every staff role reads it.
for (const role of ['service-manager', 'parts-clerk', 'finance', 'auditor'] as const) STAFF[role].FeedMatrix = ['read'];

// The service organisation, technicians, training and the catalog (contracts): staff read, the service manager writes.
for (const role of ['service-manager', 'parts-clerk', 'finance', 'auditor'] as const) {
  Object.assign(STAFF[role], { Organisation: ['read'], Technician: ['read'], TrainingSession: ['read'], Catalog: ['read'] });
}
Object.assign(STAFF['service-manager'], { Organisation: ['read', 'update'], Technician: ['read', 'update'], TrainingSession: ['read', 'create', 'update'], Catalog: ['read', 'update'] });

// The price list (parts-logistics): staff read it, the parts clerk imports and edits it.
for (const role of ['service-manager', 'finance', 'auditor'] as const) STAFF[role].PriceList = ['read'];
STAFF['parts-clerk'].PriceList = ['read', 'create', 'update'];

// Requisitions (parts-logistics): staff read them; the parts clerk reviews, checks, ships; finance records payments.
for (const role of ['service-manager', 'finance', 'auditor'] as const) STAFF[role].Requisition = ['read'];
Object.assign(STAFF['parts-clerk'], { Requisition: ['read', 'create'], RequisitionReview: ['update'], RequisitionPayment: ['create'], Shipment: ['create', 'update'] });
STAFF.finance.RequisitionPayment = ['create'];

describe('the permission table, walked role by subject by action', () => {
  for (const [role, expected] of Object.entries(STAFF) as [Role, Partial<Record<Subject, Action[]>>][]) {
    it(`${role}: exactly the actions written out here, on any dealer`, () => {
      const permissions = permissionsOf(user([role]));
      for (const subject of SUBJECTS) {
        for (const action of ACTIONS) {
          const may = (expected[subject] ?? []).includes(action);
          expect([role, subject, action, allows(permissions, action, subject)]).toEqual([role, subject, action, may]);
          expect([role, subject, action, 'D0999', allows(permissions, action, subject, 'D0999')]).toEqual([role, subject, action, 'D0999', may]);
        }
      }
    });
  }

  it('the auditor reads everything and writes nothing', () => {
    const permissions = permissionsOf(user(['auditor']));
    for (const subject of SUBJECTS) {
      expect(allows(permissions, 'create', subject) || allows(permissions, 'update', subject)).toBe(false);
      if (!['DealerImport', 'UnitDelivery', 'WarrantyCard', 'RequisitionReview', 'RequisitionPayment', 'Shipment'].includes(subject)) expect(allows(permissions, 'read', subject)).toBe(true);
    }
  });

  it('a dealer user reads its own dealer and its sub-dealers, no other dealer, and writes nothing but its own warranty cards and feeds', () => {
    const permissions = permissionsOf(user(['dealer'], 'D0001'), ['D0001-S1']);
    for (const subject of ['Dealer', 'Agreement', 'Payment', 'Fund', 'DealerHistory',
      'FeedMatrix', 'FeedFlag', 'Organisation', 'Technician', 'Unit', 'Sales', 'FeedSubmission'] as const) {
      expect(allows(permissions, 'read', subject)).toBe(true); // the type: 404, not 403, for a foreign one
      expect(allows(permissions, 'read', subject, 'D0001')).toBe(true);
      expect(allows(permissions, 'read', subject, 'D0001-S1')).toBe(true);
      expect(allows(permissions, 'read', subject, 'D0002')).toBe(false);
    }
    for (const subject of SUBJECTS.filter((s) => !['WarrantyCard', 'FeedSubmission', 'Requisition', 'Shipment'].includes(s))) {
      for (const action of ['create', 'update'] as const) expect(allows(permissions, action, subject, 'D0001')).toBe(false);
    }
    expect(allows(permissions, 'create', 'WarrantyCard', 'D0001')).toBe(true);
    expect(allows(permissions, 'create', 'WarrantyCard', 'D0001-S1')).toBe(false);
    expect(allows(permissions, 'create', 'WarrantyCard', 'D0002')).toBe(false);
    expect(allows(permissions, 'read', 'RegistrationConflict')).toBe(false);
    // Its feeds for itself, not for a sub-dealer nor another dealer.
    expect(allows(permissions, 'create', 'FeedSubmission', 'D0001')).toBe(true);
    expect(allows(permissions, 'create', 'FeedSubmission', 'D0001-S1')).toBe(false);
    expect(allows(permissions, 'create', 'FeedSubmission', 'D0002')).toBe(false);
    expect(allows(permissions, 'read', 'FeedTemplate')).toBe(true);
    expect(allows(permissions, 'read', 'Region')).toBe(true);
    expect(allows(permissions, 'read', 'Catalog')).toBe(true); // the network's catalog: the feeds name its models and parts
    expect(allows(permissions, 'read', 'PriceList')).toBe(true); // the price list it orders parts by
    expect(allows(permissions, 'update', 'PriceList')).toBe(false);
    // Its own requisitions and receipts, not a sub-dealer's (each asks for its own parts); never a review, a payment or a shipment.
    expect(allows(permissions, 'create', 'Requisition', 'D0001')).toBe(true);
    expect(allows(permissions, 'create', 'Requisition', 'D0001-S1')).toBe(false);
    expect(allows(permissions, 'update', 'Shipment', 'D0001')).toBe(true);
    expect(allows(permissions, 'create', 'Shipment', 'D0001')).toBe(false);
    expect(allows(permissions, 'update', 'RequisitionReview', 'D0001')).toBe(false);
    expect(allows(permissions, 'create', 'RequisitionPayment', 'D0001')).toBe(false);
    expect(allows(permissions, 'read', 'TrainingSession')).toBe(false);
    expect(allows(permissions, 'read', 'NetworkBalances')).toBe(false);
    expect(allows(permissions, 'read', 'Account')).toBe(false);
  });

  it('a dealer account without a dealer may do nothing', () => {
    const permissions = permissionsOf(user(['dealer'], null));
    for (const subject of SUBJECTS) for (const action of ACTIONS) expect(allows(permissions, action, subject)).toBe(false);
  });

  it('several roles add up', () => {
    const permissions = permissionsOf(user(['finance', 'service-manager']));
    expect(allows(permissions, 'create', 'Payment') && allows(permissions, 'create', 'Dealer')).toBe(true);
    expect(allows(permissions, 'read', 'Account')).toBe(false);
  });

  it('README "Roles" prints the table as permission-table.ts makes it', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    const printed = /<!-- permission-table:start -->\n([\s\S]*?)\n<!-- permission-table:end -->/.exec(readme)?.[1];
    expect(printed).toBe(permissionTableMarkdown());
  });

  it('every role has a column', () => {
    expect(permissionTableMarkdown().split('\n')[0]).toBe(`| subject | ${ROLES.join(' | ')} |`);
  });
});
