import { CalendarDateField, DealerCodeField, IntegerField, TextField } from '@aftersales/service-kit';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IdField } from '../organisation.fields';

export class ScheduleTrainingSessionRequest {
  @IdField(100, { example: 'TS-2026-10' }) trainingSessionId!: string;
  @TextField(200, { example: '針式打印機維修培訓' }) title!: string;
  @CalendarDateField({ example: '2026-10-12' }) startsOn!: string;
  @IntegerField({ minimum: 1, maximum: 365, example: 3, description: "Days long; a dealer whose agreement's maxTrainingDays is fewer cannot book it (422)" })
  days!: number;
}

export class BookTrainingPlacesRequest {
  @DealerCodeField() dealerCode!: string;
  @IntegerField({ minimum: 1, maximum: 1000, example: 3, description: "Places for the dealer's technicians; those beyond the agreement's free places are chargeable" })
  places!: number;
}

export class TrainingSessionResponse {
  @ApiProperty({ example: 'TS-2026-10' }) trainingSessionId!: string;
  @ApiProperty({ example: '針式打印機維修培訓' }) title!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ type: 'integer' }) days!: number;
}

export class TrainingBookingResponse {
  @ApiProperty({ example: 'D0001' }) dealerCode!: string;
  @ApiProperty({ example: 'TS-2026-10' }) trainingSessionId!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ type: 'integer' }) places!: number;
  @ApiProperty({ type: 'integer', description: "Free under the agreement's freeTrainingPlaces (counted per agreement version)" }) freePlaces!: number;
  @ApiProperty({ type: 'integer' }) chargeablePlaces!: number;
  @ApiPropertyOptional({ example: 'training-place', description: "The fee schedule's operation; absent when the schedule has none (fee 0)" }) operation?: string;
  @ApiProperty({ type: 'integer', description: 'Fen' }) feePerPlaceFen!: number;
  @ApiProperty({ type: 'integer', description: 'Fen: chargeablePlaces × feePerPlaceFen' }) chargeFen!: number;
  @ApiProperty({ type: 'integer', description: 'The agreement version in force on startsOn' }) agreementVersion!: number;
}

export class TrainingSessionEntry extends TrainingSessionResponse {
  @ApiProperty({ type: [TrainingBookingResponse], description: 'Its bookings, by dealer' }) bookings!: TrainingBookingResponse[];
}

export class TrainingSessionListResponse {
  @ApiProperty({ type: [TrainingSessionEntry], description: 'Every session, the latest start first' }) items!: TrainingSessionEntry[];
}
