// Types of network-data.mjs, for the TypeScript callers (bench, tests).
export interface DemoModel { model: string; name: string }
export interface DemoPart { partNo: string; name: string; category: 'spare-part' | 'consumable' | 'used-part'; component?: string }
export interface DemoTechnician {
  dealerCode: string;
  technicianId: string;
  name: string;
  joinedOn: string;
  certificate?: { certificateNo: string; issuedOn: string; expiresOn: string };
}
export interface DemoDelivery { serialNo: string; model: string; receivedOn: string }
export const MODELS: DemoModel[];
export const PARTS: DemoPart[];
export const TECHNICIANS: DemoTechnician[];
export function deliveriesOf(dealerCode: string): DemoDelivery[];
