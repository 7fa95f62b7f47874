import { lastDayOf, periodsBetween } from '@aftersales/dealer-feeds-domain';
import { invalid } from '@aftersales/event-sourcing';
import { FEED_KINDS_PUBLISHED, versionInForce } from '@aftersales/integration-events';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Model } from 'mongoose';
import { NetworkOptions } from '../network.settings';
import { FeedCell } from '../read-models/feed-matrix.projection';
import { NetworkAgreement, NetworkDealer } from '../read-models/network.schemas';
import { CellStatus, FeedMatrixCell, FeedMatrixResponse } from './feed-matrix.response';

export class QueryFeedMatrix extends Query<FeedMatrixResponse> {
  constructor(readonly from: string, readonly to: string, readonly filter: { region?: string; within?: string }, readonly skip = 0, readonly limit = 50) {
    super();
  }
}

/** A cell's status: an accepted version wins; then overdue, then rejected attempts; an empty cell is missing only when a feed is due. */
function statusOf(cell: FeedCell | undefined, due: boolean): CellStatus {
  if (cell?.version) return cell.late ? 'late' : 'accepted';
  if (cell?.overdueOn) return 'overdue';
  if (cell?.rejections?.length) return 'rejected';
  return due ? 'missing' : 'not-due';
}

/** Whether an agreement of the dealer is in force for the month (FeedNetwork.deadlineOf's rule: on its last day). */
function dueIn(agreements: NetworkAgreement[]): (period: string) => boolean {
  return (period) => versionInForce(agreements, lastDayOf(period)) !== undefined;
}

@QueryHandler(QueryFeedMatrix)
export class QueryFeedMatrixHandler implements IQueryHandler<QueryFeedMatrix> {
  constructor(
    @InjectModel(NetworkDealer.name) private readonly dealers: Model<NetworkDealer>,
    @InjectModel(FeedCell.name) private readonly cells: Model<FeedCell>,
    @InjectModel(NetworkAgreement.name) private readonly agreements: Model<NetworkAgreement>,
    private readonly options: NetworkOptions,
  ) {}

  async execute({ from, to, filter, skip, limit }: QueryFeedMatrix): Promise<FeedMatrixResponse> {
    if (from > to) throw invalid(`to (${to}) must not be before from (${from})`, 'to');
    const months = periodsBetween(from, to);
    const max = this.options.matrixMaxMonths;
    if (months.length > max) throw invalid(`the range ${from}..${to} is ${months.length} months; at most ${max} (FEEDS_MATRIX_MAX_MONTHS)`, 'to');
    const where = {
      ...(filter.region ? { region: filter.region } : {}),
      ...(filter.within ? { $or: [{ _id: filter.within }, { parentDealerCode: filter.within }] } : {}),
    };
    const [total, page] = await Promise.all([
      this.dealers.countDocuments(where).exec(),
      this.dealers.find(where).sort({ _id: 1 }).skip(skip).limit(limit).lean<NetworkDealer[]>().exec(),
    ]);
    const codes = page.map((d) => d._id);
    const [found, agreements] = await Promise.all([
      this.cells.find({ dealerCode: mongoose.trusted({ $in: codes }), period: mongoose.trusted({ $gte: from, $lte: to }) }).lean<FeedCell[]>().exec(),
      this.agreements.find({ dealerCode: mongoose.trusted({ $in: codes }) }).lean<NetworkAgreement[]>().exec(),
    ]);
    const byId = new Map(found.map((c) => [c._id, c]));
    const kinds = [...FEED_KINDS_PUBLISHED];
    return {
      from, to, months, kinds, total,
      dealers: page.map((d) => ({ d, due: dueIn(agreements.filter((a) => a.dealerCode === d._id)) })).map(({ d, due }) => ({
        dealerCode: d._id, name: d.name, region: d.region, ...(d.parentDealerCode ? { parentDealerCode: d.parentDealerCode } : {}),
        cells: months.flatMap((period) => kinds.map((kind): FeedMatrixCell => {
          const cell = byId.get(`${d._id}|${period}|${kind}`);
          const status = statusOf(cell, due(period));
          return { period, kind, status, ...(cell?.version ? { version: cell.version } : {}), ...(cell?.dueDate ? { dueDate: cell.dueDate } : {}), rejections: cell?.rejections?.length ?? 0 };
        })),
      })),
    };
  }
}
