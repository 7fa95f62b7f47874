import { orNoMatch } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Model, SortOrder } from 'mongoose';
import { PaymentEntry } from './payments.projection';

/** The orders a payment list can be read in: a field, `-` first for descending. */
export const PAYMENT_SORTS = ['-receivedOn', 'receivedOn', '-recordedAt', 'recordedAt', '-amountFen', 'amountFen'] as const;
export type PaymentSort = (typeof PAYMENT_SORTS)[number];

export interface PaymentFilter {
  dealerCode?: string;
  /** A dealer and its sub-dealers. */
  within?: string;
  quarter?: string;
  /** Received on or after / on or before these dates (YYYY-MM-DD, inclusive). */
  from?: string;
  to?: string;
}

export interface PaymentPage {
  total: number;
  payments: PaymentEntry[];
}

/** Port: the recorded payments as the payments projection has them (a second or so behind the records). */
export abstract class PaymentLedger {
  abstract list(filter: PaymentFilter, page: { skip: number; limit: number; sort: PaymentSort }): Promise<PaymentPage>;
}

@Injectable()
export class MongoosePaymentLedger extends PaymentLedger {
  constructor(@InjectModel(PaymentEntry.name) private readonly payments: Model<PaymentEntry>) {
    super();
  }

  async list(filter: PaymentFilter, { skip, limit, sort }: { skip: number; limit: number; sort: PaymentSort }): Promise<PaymentPage> {
    const query = toQuery(filter);
    const [payments, total] = await Promise.all([
      orNoMatch(this.payments.find(query).sort(orderOf(sort)).skip(skip).limit(limit).lean<PaymentEntry[]>().exec(), []),
      orNoMatch(this.payments.countDocuments(query).exec(), 0),
    ]);
    return { total, payments };
  }
}

function toQuery({ dealerCode, within, quarter, from, to }: PaymentFilter): Record<string, unknown> {
  const received = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
  return {
    ...(within ? { $or: [{ dealerCode: within }, { parentDealerCode: within }] } : {}),
    ...(dealerCode ? { dealerCode } : {}),
    ...(quarter ? { quarter } : {}),
    // The connection sanitises filters (an operator in a value becomes a literal): this range is ours, not a request's.
    ...(from || to ? { receivedOn: mongoose.trusted(received) } : {}),
  };
}

/** The requested order, then the most recent record and the id: a page boundary never splits ties differently. */
function orderOf(sort: PaymentSort): Record<string, SortOrder> {
  const field = sort.replace(/^-/, '');
  const direction: SortOrder = sort.startsWith('-') ? -1 : 1;
  return { [field]: direction, ...(field === 'recordedAt' ? {} : { recordedAt: -1 }), _id: -1 };
}
