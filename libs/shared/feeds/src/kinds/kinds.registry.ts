import type { KindDefinition } from './kind.definition';
import type { FeedKind } from './feed-kind';
import { OpinionRow, OPINIONS } from './opinions.row';
import { PartsRow, PARTS } from './parts.row';
import { RepairRow, REPAIRS } from './repairs.row';
import { SalesRow, SALES } from './sales.row';
import { SatisfactionRow, SATISFACTION } from './satisfaction.row';
import { WarrantyCardRow, WARRANTY_CARDS } from './warranty-cards.row';

/** The typed row of each kind. */
export interface FeedRowTypes {
  repairs: RepairRow;
  parts: PartsRow;
  sales: SalesRow;
  'warranty-cards': WarrantyCardRow;
  satisfaction: SatisfactionRow;
  opinions: OpinionRow;
}

export type FeedRow = FeedRowTypes[FeedKind];

export const KINDS: { readonly [K in FeedKind]: KindDefinition<FeedRowTypes[K]> } = {
  repairs: REPAIRS,
  parts: PARTS,
  sales: SALES,
  'warranty-cards': WARRANTY_CARDS,
  satisfaction: SATISFACTION,
  opinions: OPINIONS,
};

export function kindDefinition(kind: FeedKind): KindDefinition {
  return KINDS[kind] as unknown as KindDefinition;
}

/** Sheet or form names are compared without case, spaces, 《》 brackets or a file suffix. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s《》「」_]+/g, '')
    .replace(/\.(csv|xlsx|jsonl)$/, '');
}

const KIND_BY_NAME = new Map<string, FeedKind>(
  Object.values(KINDS).flatMap((definition) =>
    [definition.kind, definition.kind.replace('-', ''), ...definition.forms].map(
      (name) => [normaliseName(name), definition.kind] as const,
    ),
  ),
);

/** 維修記錄表, 维修记录表 or `repairs` → 'repairs'; anything else → undefined. */
export function kindByName(name: string): FeedKind | undefined {
  return KIND_BY_NAME.get(normaliseName(name));
}
