import { orNoMatch } from '@aftersales/mongo';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { TrainingBookingView, TrainingSessionView } from '../read-model/organisation.views';
import { TrainingSessionEntry } from './training.requests';

/** Port: the training sessions with their bookings, as the read model has them. */
export abstract class TrainingSessions {
  abstract list(): Promise<TrainingSessionEntry[]>;
}

@Injectable()
export class MongooseTrainingSessions extends TrainingSessions {
  constructor(
    @InjectModel(TrainingSessionView.name) private readonly sessions: Model<TrainingSessionView>,
    @InjectModel(TrainingBookingView.name) private readonly bookings: Model<TrainingBookingView>,
  ) {
    super();
  }

  async list(): Promise<TrainingSessionEntry[]> {
    const [sessions, bookings] = await Promise.all([
      orNoMatch(this.sessions.find().sort({ startsOn: -1, _id: 1 }).lean<TrainingSessionView[]>().exec(), []),
      orNoMatch(this.bookings.find().sort({ trainingSessionId: 1, dealerCode: 1 }).lean<TrainingBookingView[]>().exec(), []),
    ]);
    return sessions.map(({ _id, ...session }) => ({
      ...session,
      bookings: bookings.filter((b) => b.trainingSessionId === _id).map(({ _id: _b, bookedAt: _at, ...booking }) => booking),
    }));
  }
}
