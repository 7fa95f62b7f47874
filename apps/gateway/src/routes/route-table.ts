import type { Action, Subject } from '../access/permission-table';

/**
 * Where a forwarded request names its dealer, for the dealer condition of the permission table:
 * - `path`, `query`, `body`: the dealer the request is about; a dealer the user may not see
 *   answers 404, exactly as an unknown dealer does;
 * - `list`: a filter of a list; a dealer user gets the list filtered to its own dealer (the filter
 *   forced to it when absent, an empty page for another dealer), never a refusal. A read of one
 *   thing a dealer may see through several dealers (a unit: delivered to one, carded by another)
 *   takes the same filter without `emptyPage`: another dealer's filter is then the 404 of an
 *   unknown dealer, and the service answers 404 for a thing outside the filter.
 */
export type DealerAt =
  | { in: 'path' | 'query' | 'body'; name: string }
  | { in: 'list'; name: string; emptyPage?: Record<string, unknown> };

/** One service route as people reach it: `/api` + its path, decided by `action` on `subject`. */
export interface ForwardedRoute {
  method: 'GET' | 'POST';
  /** The service's own path, OpenAPI style (`{code}`); the gateway serves it under `/api`. */
  path: string;
  /** A service of services.json. */
  service: string;
  action: Action;
  subject: Subject;
  dealer?: DealerAt;
  /** The body is streamed through as it comes (a file upload), not read as JSON. */
  streamed?: true;
}

/**
 * Every service route the gateway forwards; nothing else of a service is reachable through it.
 * Adding a route: a line here (and, for a new subject, a line of the permission table); README
 * "Gateway routes". The composed OpenAPI (/docs/json) takes each route's operation from the
 * service's own document, and route-table.unit.spec.ts checks both lists agree.
 */
export const ROUTES: readonly ForwardedRoute[] = [
  { method: 'GET', path: '/regions', service: 'contracts', action: 'read', subject: 'Region' },
  { method: 'GET', path: '/dealers', service: 'contracts', action: 'read', subject: 'Dealer', dealer: { in: 'list', name: 'within', emptyPage: { items: [], total: 0 } } },
  { method: 'POST', path: '/dealers', service: 'contracts', action: 'create', subject: 'Dealer', dealer: { in: 'body', name: 'code' } },
  { method: 'GET', path: '/dealers/{code}', service: 'contracts', action: 'read', subject: 'Dealer', dealer: { in: 'path', name: 'code' } },
  { method: 'GET', path: '/dealers/{code}/agreements', service: 'contracts', action: 'read', subject: 'Agreement', dealer: { in: 'path', name: 'code' } },
  { method: 'POST', path: '/dealers/{code}/agreements', service: 'contracts', action: 'create', subject: 'Agreement', dealer: { in: 'path', name: 'code' } },
  { method: 'GET', path: '/dealer-imports/template', service: 'contracts', action: 'create', subject: 'DealerImport' },
  { method: 'POST', path: '/dealer-imports', service: 'contracts', action: 'create', subject: 'DealerImport', streamed: true },
  { method: 'GET', path: '/dealers/{code}/organisation', service: 'contracts', action: 'read', subject: 'Organisation', dealer: { in: 'path', name: 'code' } },
  { method: 'POST', path: '/dealers/{code}/organisation/changes', service: 'contracts', action: 'update', subject: 'Organisation', dealer: { in: 'path', name: 'code' } },
  { method: 'GET', path: '/dealers/{code}/technicians', service: 'contracts', action: 'read', subject: 'Technician', dealer: { in: 'path', name: 'code' } },
  { method: 'POST', path: '/dealers/{code}/technicians', service: 'contracts', action: 'update', subject: 'Technician', dealer: { in: 'path', name: 'code' } },
  { method: 'POST', path: '/dealers/{code}/technicians/{technicianId}/departure', service: 'contracts', action: 'update', subject: 'Technician', dealer: { in: 'path', name: 'code' } },
  { method: 'POST', path: '/dealers/{code}/technicians/{technicianId}/certificates', service: 'contracts', action: 'update', subject: 'Technician', dealer: { in: 'path', name: 'code' } },
  { method: 'POST', path: '/dealers/{code}/technicians/{technicianId}/certificates/{certificateNo}/revocation', service: 'contracts', action: 'update', subject: 'Technician', dealer: { in: 'path', name: 'code' } },
  { method: 'GET', path: '/training-sessions', service: 'contracts', action: 'read', subject: 'TrainingSession' },
  { method: 'POST', path: '/training-sessions', service: 'contracts', action: 'create', subject: 'TrainingSession' },
  { method: 'POST', path: '/training-sessions/{trainingSessionId}/bookings', service: 'contracts', action: 'update', subject: 'TrainingSession', dealer: { in: 'body', name: 'dealerCode' } },
  { method: 'GET', path: '/catalog/models', service: 'contracts', action: 'read', subject: 'Catalog' },
  { method: 'POST', path: '/catalog/models', service: 'contracts', action: 'update', subject: 'Catalog' },
  { method: 'GET', path: '/catalog/parts', service: 'contracts', action: 'read', subject: 'Catalog' },
  { method: 'POST', path: '/catalog/parts', service: 'contracts', action: 'update', subject: 'Catalog' },
  { method: 'GET', path: '/unit-deliveries/template', service: 'contracts', action: 'create', subject: 'UnitDelivery' },
  { method: 'POST', path: '/unit-deliveries', service: 'contracts', action: 'create', subject: 'UnitDelivery', dealer: { in: 'body', name: 'dealerCode' } },
  { method: 'POST', path: '/unit-deliveries/imports', service: 'contracts', action: 'create', subject: 'UnitDelivery', streamed: true },
  { method: 'POST', path: '/dealers/{code}/warranty-cards', service: 'contracts', action: 'create', subject: 'WarrantyCard', dealer: { in: 'path', name: 'code' } },
  { method: 'GET', path: '/units/{serialNo}', service: 'contracts', action: 'read', subject: 'Unit', dealer: { in: 'list', name: 'within' } },
  { method: 'GET', path: '/units/{serialNo}/coverage', service: 'contracts', action: 'read', subject: 'Unit', dealer: { in: 'list', name: 'within' } },
  { method: 'GET', path: '/registration-conflicts', service: 'contracts', action: 'read', subject: 'RegistrationConflict', dealer: { in: 'list', name: 'within', emptyPage: { items: [], total: 0 } } },
  { method: 'GET', path: '/dealers/{code}/sales', service: 'contracts', action: 'read', subject: 'Sales', dealer: { in: 'path', name: 'code' } },
  { method: 'GET', path: '/funds/{dealerCode}', service: 'settlements', action: 'read', subject: 'Fund', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'GET', path: '/funds/{dealerCode}/quarters', service: 'settlements', action: 'read', subject: 'Fund', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'GET', path: '/fund-balances', service: 'settlements', action: 'read', subject: 'NetworkBalances' },
  { method: 'GET', path: '/dealers/{dealerCode}/invoice-lines', service: 'settlements', action: 'read', subject: 'Fund', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'GET', path: '/payments', service: 'settlements', action: 'read', subject: 'Payment', dealer: { in: 'list', name: 'dealerCode', emptyPage: { payments: [], total: 0 } } },
  { method: 'POST', path: '/payments', service: 'settlements', action: 'create', subject: 'Payment', dealer: { in: 'body', name: 'dealerCode' } },
  { method: 'GET', path: '/feed-matrix', service: 'dealer-feeds', action: 'read', subject: 'FeedMatrix', dealer: { in: 'list', name: 'within', emptyPage: { total: 0, dealers: [] } } },
  { method: 'GET', path: '/feed-flags', service: 'dealer-feeds', action: 'read', subject: 'FeedFlag', dealer: { in: 'list', name: 'dealerCode', emptyPage: { flags: [], total: 0 } } },
  { method: 'GET', path: '/dealers/{dealerCode}/feed-flags/{flagId}', service: 'dealer-feeds', action: 'read', subject: 'FeedFlag', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'POST', path: '/dealers/{dealerCode}/feed-flags/{flagId}/dismissal', service: 'dealer-feeds', action: 'update', subject: 'FeedFlag', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'POST', path: '/dealers/{dealerCode}/feed-submissions', service: 'dealer-feeds', action: 'create', subject: 'FeedSubmission', dealer: { in: 'path', name: 'dealerCode' }, streamed: true },
  { method: 'GET', path: '/dealers/{dealerCode}/feed-submissions', service: 'dealer-feeds', action: 'read', subject: 'FeedSubmission', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'GET', path: '/dealers/{dealerCode}/feed-submissions/{submissionId}', service: 'dealer-feeds', action: 'read', subject: 'FeedSubmission', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'GET', path: '/dealers/{dealerCode}/feed-submissions/{submissionId}/rows', service: 'dealer-feeds', action: 'read', subject: 'FeedSubmission', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'GET', path: '/dealers/{dealerCode}/feed-submissions/{submissionId}/problems', service: 'dealer-feeds', action: 'read', subject: 'FeedSubmission', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'GET', path: '/dealers/{dealerCode}/feed-submissions/{submissionId}/error-report', service: 'dealer-feeds', action: 'read', subject: 'FeedSubmission', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'GET', path: '/dealers/{dealerCode}/feed-uploads/{uploadId}', service: 'dealer-feeds', action: 'read', subject: 'FeedSubmission', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'GET', path: '/feed-templates/{kind}', service: 'dealer-feeds', action: 'read', subject: 'FeedTemplate' },
  { method: 'GET', path: '/price-list/items', service: 'parts-logistics', action: 'read', subject: 'PriceList' },
  { method: 'GET', path: '/price-list/items/{itemCode}', service: 'parts-logistics', action: 'read', subject: 'PriceList' },
  { method: 'GET', path: '/price-list/versions', service: 'parts-logistics', action: 'read', subject: 'PriceList' },
  { method: 'GET', path: '/price-list/versions/{version}', service: 'parts-logistics', action: 'read', subject: 'PriceList' },
  { method: 'GET', path: '/price-list/template', service: 'parts-logistics', action: 'create', subject: 'PriceList' },
  { method: 'POST', path: '/price-list/imports', service: 'parts-logistics', action: 'create', subject: 'PriceList', streamed: true },
  { method: 'POST', path: '/price-list/changes', service: 'parts-logistics', action: 'update', subject: 'PriceList' },
  { method: 'POST', path: '/price-list/withdrawals', service: 'parts-logistics', action: 'update', subject: 'PriceList' },
  { method: 'GET', path: '/requisitions', service: 'parts-logistics', action: 'read', subject: 'Requisition', dealer: { in: 'list', name: 'within', emptyPage: { total: 0, requisitions: [] } } },
  { method: 'POST', path: '/dealers/{dealerCode}/requisitions', service: 'parts-logistics', action: 'create', subject: 'Requisition', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'GET', path: '/dealers/{dealerCode}/requisitions/{requisitionId}', service: 'parts-logistics', action: 'read', subject: 'Requisition', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'POST', path: '/dealers/{dealerCode}/requisitions/{requisitionId}/review', service: 'parts-logistics', action: 'update', subject: 'RequisitionReview', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'POST', path: '/dealers/{dealerCode}/requisitions/{requisitionId}/replacement-checks', service: 'parts-logistics', action: 'update', subject: 'RequisitionReview', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'POST', path: '/dealers/{dealerCode}/requisitions/{requisitionId}/payments', service: 'parts-logistics', action: 'create', subject: 'RequisitionPayment', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'POST', path: '/dealers/{dealerCode}/requisitions/{requisitionId}/shipments', service: 'parts-logistics', action: 'create', subject: 'Shipment', dealer: { in: 'path', name: 'dealerCode' } },
  { method: 'POST', path: '/dealers/{dealerCode}/requisitions/{requisitionId}/shipments/{shipmentId}/receipt', service: 'parts-logistics', action: 'update', subject: 'Shipment', dealer: { in: 'path', name: 'dealerCode' } },
];

/**
 * Service operations that people do not reach through the gateway, on purpose: the probes, the
 * operators' read-model rebuilds, and each service's dealer history (the gateway merges them into
 * GET /api/dealers/{code}/history).
 */
export const INTERNAL_OPERATIONS: readonly RegExp[] = [
  /^GET \/(health|metrics)$/,
  /^(GET|POST) \/admin\//,
  /^GET \/history\/\{dealerCode\}$/,
];

/** The streamed routes' paths as patterns: `/dealers/{dealerCode}/feed-submissions` matches `/dealers/D0001/feed-submissions`. */
const STREAMED_PATTERNS: readonly RegExp[] = ROUTES.filter((route) => route.streamed).map((route) =>
  new RegExp(`^${route.path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+')}/?$`));

/** Whether a path (without /api) is a streamed route's, whose body the gateway passes to the service unread: JSON-only does not hold for it. */
export const isStreamedPath = (path: string): boolean => STREAMED_PATTERNS.some((pattern) => pattern.test(path));

/** `/dealers/{code}` → `/dealers/:code`, the router's notation. */
export const routerPath = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');
