import { BookTrainingPlaces, ScheduleTrainingSession } from '@aftersales/contracts-domain';
import { answerCreated, ApiCreated, ApiInputProblems, ApiProblem } from '@aftersales/service-kit';
import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TrainingSessionParam } from '../organisation.fields';
import { Booked, Scheduled } from './training.handlers';
import { TrainingSessions } from './training-sessions';
import {
  BookTrainingPlacesRequest, ScheduleTrainingSessionRequest, TrainingBookingResponse, TrainingSessionListResponse, TrainingSessionResponse,
} from './training.requests';

type CreatedResponse = Parameters<typeof answerCreated>[0];
const SESSIONS_LINK = { ListTrainingSessions: { operationId: 'listTrainingSessions', parameters: {}, description: 'The sessions with their bookings' } };

@ApiTags('training')
@Controller('training-sessions')
export class TrainingController {
  constructor(private readonly commands: CommandBus, private readonly sessions: TrainingSessions) {}

  @Post()
  @ApiOperation({ operationId: 'scheduleTrainingSession', summary: 'Schedule a training session for the network\'s technicians' })
  @ApiCreated({ type: TrainingSessionResponse, description: 'Scheduled', unchanged: 'Scheduled before with the same details',
    location: 'The sessions: /training-sessions', links: SESSIONS_LINK })
  @ApiInputProblems({ body: true })
  @ApiProblem(409, 'The id is scheduled with other details')
  async schedule(@Body() body: ScheduleTrainingSessionRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    const { created, session } = await this.commands.execute<ScheduleTrainingSession, Scheduled>(new ScheduleTrainingSession(body));
    answerCreated(res, created, '/training-sessions');
    return session;
  }

  @Post(':trainingSessionId/bookings')
  @ApiOperation({ operationId: 'bookTrainingPlaces', summary: "Book a dealer's places in a session: free up to the agreement's free places, chargeable beyond" })
  @ApiCreated({ type: TrainingBookingResponse, description: 'Booked (TrainingPlacesBooked: settlements charges the chargeable places)',
    unchanged: 'The dealer booked as many places before', location: 'The sessions: /training-sessions', links: SESSIONS_LINK })
  @ApiInputProblems({ body: true })
  @ApiProblem(404, 'No such training session')
  @ApiProblem(422, "Unknown dealer, no agreement in force on the session's first day, a session longer than its maxTrainingDays, or the dealer booked other places before")
  async book(@Param() { trainingSessionId }: TrainingSessionParam, @Body() { dealerCode, places }: BookTrainingPlacesRequest, @Res({ passthrough: true }) res: CreatedResponse) {
    const { created, booking } = await this.commands.execute<BookTrainingPlaces, Booked>(new BookTrainingPlaces(trainingSessionId, dealerCode, places));
    answerCreated(res, created, '/training-sessions');
    return booking;
  }

  @Get()
  @ApiOperation({ operationId: 'listTrainingSessions', summary: 'The training sessions with their bookings and chargeable places' })
  @ApiOkResponse({ type: TrainingSessionListResponse, description: 'Read from the read model' })
  async list(): Promise<TrainingSessionListResponse> {
    return { items: await this.sessions.list() };
  }
}
