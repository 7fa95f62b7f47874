import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ReadModelResponse {
  @ApiProperty({ example: 'fund-balance' }) name!: string;
  @ApiProperty({ type: [String], description: 'The collections it writes' }) collections!: string[];
  @ApiProperty({ description: 'The topic that feeds it live' }) topic!: string;
  @ApiProperty({ enum: ['store', 'topic'], description: "store: replayed from the service's own event store; topic: from another service's topic" })
  source!: 'store' | 'topic';
}

/** A rebuild of a read model (RebuildRecord). */
export class RebuildResponse {
  @ApiProperty({ example: 'mbc1x2a9f3e1', description: 'The rebuild id, for GET /admin/rebuilds/{id}' }) _id!: string;
  @ApiProperty() projection!: string;
  @ApiProperty({ description: '`store`, or `topic <name>`: where the replay reads the events' }) source!: string;
  @ApiProperty({ type: [String] }) collections!: string[];
  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] }) state!: string;
  @ApiProperty({ enum: ['replay', 'switch', 'catch-up', 'done'] }) phase!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) eventsReplayed!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) eventsCaughtUp!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Messages that are not a valid event' }) skipped!: number;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) switchedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) finishedAt?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 0 }) durationMs?: number;
  @ApiPropertyOptional() error?: string;
  @ApiProperty({ format: 'date-time' }) heartbeatAt!: string;
}
