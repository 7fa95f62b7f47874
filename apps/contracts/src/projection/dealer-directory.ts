import { orNoMatch } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { QueryFilter, Model, SortOrder } from 'mongoose';
import { DealerView } from './contracts.projection';

export interface DealerPage {
  total: number;
  items: DealerView[];
}

/** Which dealers a list holds; every filter given must match. */
export interface DealerFilter {
  region?: string;
  /** Contained in the code or the name, in any letter case. */
  text?: string;
  /** This dealer and its sub-dealers. */
  within?: string;
}

/** `code`, `name`, `region` or `registeredOn`, a leading `-` for descending. */
export interface DealerOrder {
  sort: string;
  skip: number;
  limit: number;
}

/** Port: the registered dealers as the read model has them (usually within a second of registration). */
export abstract class DealerDirectory {
  abstract find(code: string): Promise<DealerView | null>;
  /** Dealers matching `filter`, in the order asked, a page at a time, with how many match. */
  abstract list(filter: DealerFilter, order: DealerOrder): Promise<DealerPage>;
}

/** The read model's field behind each sort key. */
const SORT_FIELDS: Record<string, keyof DealerView> = { code: '_id', name: 'name', region: 'region', registeredOn: 'registeredAt' };

/** Text taken literally inside a regular expression (no direct dependency has this; it is one line). */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The filter as a query. Values go in as plain values (sanitizeFilter turns an operator object
 * into a literal that matches nothing); the one regular expression is ours, built from escaped text.
 */
export function dealerQuery({ region, text, within }: DealerFilter): QueryFilter<DealerView> {
  const all: QueryFilter<DealerView>[] = [];
  if (region !== undefined) all.push({ region });
  if (within !== undefined) all.push({ $or: [{ _id: within }, { parentDealerCode: within }] });
  if (text) {
    const contains = new RegExp(literally(text), 'i');
    all.push({ $or: [{ code: contains }, { name: contains }] });
  }
  return all.length === 0 ? {} : { $and: all };
}

/** The sort document: the asked field, then the code, so that pages never overlap. */
export function dealerSort(sort: unknown): Record<string, SortOrder> {
  const descending = typeof sort === 'string' && sort.startsWith('-');
  const key = typeof sort === 'string' ? sort.slice(descending ? 1 : 0) : 'code';
  // Anything but a known key (validation lets none through) orders by code.
  const field = (Object.hasOwn(SORT_FIELDS, key) && SORT_FIELDS[key]) || '_id';
  const direction = descending ? -1 : 1;
  return field === '_id' ? { _id: direction } : { [field]: direction, _id: direction };
}

@Injectable()
export class MongooseDealerDirectory extends DealerDirectory {
  constructor(@InjectModel(DealerView.name) private readonly dealers: Model<DealerView>) {
    super();
  }

  find(code: string): Promise<DealerView | null> {
    return orNoMatch(this.dealers.findById(code).lean<DealerView>().exec(), null);
  }

  async list(filter: DealerFilter, { sort, skip, limit }: DealerOrder): Promise<DealerPage> {
    const query = dealerQuery(filter);
    const [items, total] = await Promise.all([
      orNoMatch(this.dealers.find(query).sort(dealerSort(sort)).skip(skip).limit(limit).lean<DealerView[]>().exec(), []),
      orNoMatch(this.dealers.countDocuments(query).exec(), 0),
    ]);
    return { total, items };
  }
}
