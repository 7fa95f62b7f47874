// Types of units.mjs, for the TypeScript tests that import it.
export function handCardsOf(dealerCode: string): { cardNo: string; serialNo: string; model: string; saleDate: string; customerName: string }[];
export default function seedUnits(urls: Record<string, string>, log?: (line: string) => void): Promise<void>;
