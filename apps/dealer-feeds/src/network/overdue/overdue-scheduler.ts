import { deadlineDecider, deadlineStreamId, RecordOverdue } from '@aftersales/dealer-feeds-domain';
import { StreamVersionConflict } from '@aftersales/event-sourcing';
import { FeedsEvents } from '@aftersales/integration-events';
import { commandContext, ServiceInfrastructure } from '@aftersales/service-kit';
import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import mongoose, { Model } from 'mongoose';
import { NetworkOptions } from '../network.settings';
import { FeedCell } from '../read-models/feed-matrix.projection';
import { NetworkAgreement, NetworkDealer } from '../read-models/network.schemas';
import { Clock } from './clock';
import { deadlineEvents } from './deadline-events.mapping';
import { PastDeadline, pastDeadlines } from './overdue-deadlines';

/** Deadlines recorded at once: a tuning of the check's speed (a first check may find months of them), not a rule. */
const PARALLEL_DEADLINES = 16;

/**
 * Records feeds.FeedOverdue for each dealer × expected kind × period with an agreement in force
 * whose due date has passed on the dealer's calendar with no accepted version: every
 * FEEDS_OVERDUE_CHECK_MS, from one interval after the start. Each deadline is a stream of its own
 * (`deadline-<dealer>-<period>-<kind>`), so schedulers of two instances record it once.
 */
@Injectable()
export class OverdueScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: ReturnType<typeof setInterval>;
  private running?: Promise<unknown>;

  constructor(
    private readonly infra: ServiceInfrastructure,
    private readonly options: NetworkOptions,
    private readonly clock: Clock,
    @InjectModel(NetworkDealer.name) private readonly dealers: Model<NetworkDealer>,
    @InjectModel(NetworkAgreement.name) private readonly agreements: Model<NetworkAgreement>,
    @InjectModel(FeedCell.name) private readonly cells: Model<FeedCell>,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => void this.tick(), this.options.overdueCheckMs);
    this.timer.unref();
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick() {
    if (this.running) return; // a slow check is not run twice at once
    try {
      await (this.running = this.check());
    } catch (error) {
      this.infra.logger.warn(`overdue check failed: ${(error as Error).message}`, 'OverdueScheduler');
    } finally {
      this.running = undefined;
    }
  }

  /** One check at `now`: the deadlines it recorded overdue. */
  async check(now: Date = this.clock.now()): Promise<PastDeadline[]> {
    const settled = new Set((await this.cells.find({ $or: [{ version: mongoose.trusted({ $gte: 1 }) }, { overdueOn: mongoose.trusted({ $type: 'string' }) }] }, { _id: 1 }).lean<{ _id: string }[]>().exec()).map((c) => c._id));
    const byDealer = new Map<string, NetworkAgreement[]>();
    for (const a of await this.agreements.find({}).lean<NetworkAgreement[]>().exec()) byDealer.set(a.dealerCode, [...(byDealer.get(a.dealerCode) ?? []), a]);
    const open: PastDeadline[] = [];
    for (const dealer of await this.dealers.find({}, { timeZone: 1 }).lean<NetworkDealer[]>().exec()) {
      const due = pastDeadlines(dealer, byDealer.get(dealer._id) ?? [], now, this.options.expectedKinds, this.options.overdueSince);
      open.push(...due.filter((d) => !settled.has(`${d.dealerCode}|${d.period}|${d.kind}`)));
    }
    const recorded: PastDeadline[] = [];
    // A few deadlines at a time: each is a couple of reads and one append, and the store batches parallel appends.
    let next = 0;
    const worker = async () => {
      while (next < open.length) {
        const deadline = open[next++] as PastDeadline;
        if (await this.record(deadline, now)) recorded.push(deadline);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_DEADLINES }, worker));
    return recorded;
  }

  private async record(d: PastDeadline, now: Date): Promise<boolean> {
    // Whether a version is accepted, from the submissions' own stream: the matrix may lag behind it.
    const feed = await this.infra.store.read(`feed-${d.dealerCode}-${d.period}-${d.kind}`);
    const accepted = feed.events.some((e) => e.type === FeedsEvents.SubmissionAccepted.type);
    const stream = { streamType: 'deadline', streamId: deadlineStreamId(d.dealerCode, d.period, d.kind), dealerCode: d.dealerCode };
    const events = deadlineDecider.decide(new RecordOverdue(d.dealerCode, d.period, d.kind, d.dueDate, d.today), deadlineDecider.initialState(), { accepted });
    if (events.length === 0) return false;
    try {
      // Expected version 0 without reading the stream: it is new unless this deadline is already recorded
      // (its one event), which the matrix may not show yet; then the append conflicts and nothing is written.
      await this.infra.store.append(stream, 0, events.map((e) => deadlineEvents.toPublished(e)), commandContext(now));
      return true;
    } catch (error) {
      if (error instanceof StreamVersionConflict) return false;
      this.infra.logger.warn(`overdue ${stream.streamId} not recorded: ${(error as Error).message}`, 'OverdueScheduler');
      return false;
    }
  }
}
