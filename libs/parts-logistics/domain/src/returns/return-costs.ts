import type { ReturnClass } from './return-class';

/** Who bears a cost of a return: the manufacturer, the dealer (charged to its repair fund), or nobody (no such cost). */
export type Payer = 'manufacturer' | 'dealer-fund' | 'none';

export type ReturnCost = 'repair' | 'freightToManufacturer' | 'freightBack' | 'refurbishmentParts';

/** The matrix of 第五條 (docs/domain.md "Returns"): each class × cost. */
export const RETURN_COSTS: Readonly<Record<ReturnClass, Readonly<Record<ReturnCost, Payer>>>> = {
  doa: { repair: 'manufacturer', freightToManufacturer: 'manufacturer', freightBack: 'manufacturer', refurbishmentParts: 'manufacturer' },
  quality: { repair: 'manufacturer', freightToManufacturer: 'manufacturer', freightBack: 'manufacturer', refurbishmentParts: 'manufacturer' },
  'in-warranty': { repair: 'none', freightToManufacturer: 'dealer-fund', freightBack: 'manufacturer', refurbishmentParts: 'dealer-fund' },
  'out-of-warranty': { repair: 'none', freightToManufacturer: 'dealer-fund', freightBack: 'dealer-fund', refurbishmentParts: 'dealer-fund' },
};

export const payerOf = (returnClass: ReturnClass, cost: ReturnCost): Payer => RETURN_COSTS[returnClass][cost];
