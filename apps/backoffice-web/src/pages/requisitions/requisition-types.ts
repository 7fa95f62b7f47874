import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type Requisition = Schemas['RequisitionResponse'];
export type RequisitionLine = Schemas['RequisitionLineResponse'];
export type RequisitionSummary = Schemas['RequisitionSummaryResponse'];
export type Shipment = Schemas['ShipmentResponse'];
export type ReplacementCheck = Schemas['ReplacementCheckResponse'];
export type SubmitRequisition = Schemas['SubmitRequisitionRequest'];
export type ReviewRequisition = Schemas['ReviewRequisitionRequest'];
export type RequisitionPayment = Schemas['RequisitionPaymentRequest'];
export type ReplacementCheckRequest = Schemas['ReplacementCheckRequest'];
export type ShipParts = Schemas['ShipPartsRequest'];
export type PricedItem = Schemas['PriceItemResponse'];

export const URGENCIES = ['monthly', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];
/** The carriers an urgent requisition may name; a monthly one goes by `standard`. */
export const URGENT_CARRIERS = ['ems', 'rail-express', 'air'] as const;
export type UrgentCarrier = (typeof URGENT_CARRIERS)[number];
export const PURPOSES = ['stock', 'repair'] as const;
export type Purpose = (typeof PURPOSES)[number];
export const SUPPLIES = ['sale', 'warranty'] as const;
export type Supply = (typeof SUPPLIES)[number];

/** Letters, digits and . _ : / - (1 to 100, starting with a letter or digit): a requisition, shipment or payment reference. */
export const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}$/;
/** The most of one line the API takes. */
export const QUANTITY_MAX = 10_000;
/** The most lines one requisition holds. */
export const LINES_MAX = 200;
export const NOTE_MAX = 500;
export const REASON_MAX = 500;
export const RECORD_NO_MAX = 64;
export const WAYBILL_MAX = 100;

/** The price list's freight line of a carrier: its difference over the normal carrier (FREIGHT-EMS, …). */
export const freightCode = (carrier: string): string => `FREIGHT-${carrier.toUpperCase()}`;
