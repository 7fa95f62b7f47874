import { DEFAULT_MAX_BATCH_BYTES } from '@aftersales/kafka';
import { DEFAULT_ACTOR_MAX_AGE_MS } from './actor-signature';
import { applyDecorators } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidationArguments, validateSync, ValidationError } from 'class-validator';

const said = (args: ValidationArguments) => `${args.property} must be`;
const got = (args: ValidationArguments) => `, got '${String(args.value)}'`;

/**
 * A setting that is a whole number from `min` to `max`, written in digits: an empty value, `1e3`,
 * `0x10` or `12.5` stays text and is refused (Number('') would be 0 and bind a random port).
 */
export function WholeNumberSetting(min: number, max = Number.MAX_SAFE_INTEGER, what = `an integer from ${min} to ${max}`) {
  const message = (args: ValidationArguments) => `${said(args)} ${what}${got(args)}`;
  return applyDecorators(
    IsOptional(),
    Transform(({ value }) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : value)),
    IsInt({ message }), Min(min, { message }), Max(max, { message }),
  );
}

/** A text setting that is optional; when given it must not be empty. */
function TextSetting(pattern = /\S/, what = 'a non-empty text') {
  return applyDecorators(IsOptional(), IsString(), Matches(pattern, { message: (args) => `${said(args)} ${what}${got(args)}` }));
}

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/**
 * The settings every service reads, as environment variables (README "Settings"). A service's
 * own schema extends this class; `validateSettings` checks it when the service starts.
 */
export class ServiceSettings {
  @WholeNumberSetting(0, 65_535, 'a TCP port (0 to 65535)') PORT?: number;
  @TextSetting() HOST?: string;
  @TextSetting(/^mongodb(\+srv)?:\/\/\S+$/, 'a mongodb:// URL') MONGO_URL?: string;
  @TextSetting(/^[^\s/\\."$*<>:|?]{1,63}$/, 'a MongoDB database name') MONGO_DB?: string;
  @IsOptional() @IsString() MONGO_DB_PREFIX?: string;
  @TextSetting(/^[^\s,]+(,[^\s,]+)*$/, 'host:port[,host:port...]') KAFKA_BROKERS?: string;
  @IsOptional() @IsString() TOPIC_PREFIX?: string;
  @WholeNumberSetting(10, undefined, 'an integer ≥ 10 (milliseconds)') RELAY_POLL_MS?: number;
  @WholeNumberSetting(1, undefined, 'an integer ≥ 1') KAFKA_PARTITIONS?: number;
  // At most 1,000,000: under the broker's default message.max.bytes (1,048,588), which refuses a larger record batch.
  @WholeNumberSetting(10_000, 1_000_000, 'an integer from 10000 to 1000000 (bytes)') KAFKA_MAX_BATCH_BYTES?: number;
  @WholeNumberSetting(1_000, undefined, 'an integer ≥ 1000 (milliseconds)') RELAY_STALL_MS?: number;
  @WholeNumberSetting(1_000, undefined, 'an integer ≥ 1000 (milliseconds)') CONSUMER_STALL_MS?: number;
  @IsOptional() @IsIn(LOG_LEVELS, { message: (args) => `${said(args)} one of ${LOG_LEVELS.join(', ')}${got(args)}` }) LOG_LEVEL?: string;
  @WholeNumberSetting(2, 1_000) JSON_MAX_DEPTH?: number;
  // Shared with the gateway, which signs the actor of every request it forwards (actor-signature.ts).
  @TextSetting(/^\S{16,}$/, 'at least 16 characters without spaces') ACTOR_SECRET?: string;
  @WholeNumberSetting(1_000, 3_600_000, 'an integer from 1000 to 3600000 (milliseconds)') ACTOR_MAX_AGE_MS?: number;
}

const messagesOf = (errors: ValidationError[]): string[] =>
  errors.flatMap((error) => [...Object.values(error.constraints ?? {}).slice(0, 1), ...messagesOf(error.children ?? [])]);

/**
 * The environment checked against a service's schema: every bad setting is named with the
 * reason in one error, which stops the start (runService exits 1 with it).
 */
export function validateSettings<T extends ServiceSettings>(schema: new () => T, env: Record<string, unknown>): T {
  const settings = plainToInstance(schema, { ...env });
  const problems = messagesOf(validateSync(settings, { forbidUnknownValues: false }));
  if (problems.length) throw new Error(`Invalid settings: ${problems.join('; ')}`);
  return settings;
}

/**
 * @nestjs/config for a service's module, on its schema: ConfigService answers the validated, typed
 * values. Checked here first too, so a bad setting throws where the module is built (forRoot is async).
 */
export function serviceConfigModule<T extends ServiceSettings>(schema: new () => T, env: NodeJS.ProcessEnv = process.env) {
  validateSettings(schema, env);
  return ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, cache: true, validate: (env) => validateSettings(schema, env) });
}

/** What the infrastructure reads, from the validated shared settings, with the defaults. */
export interface ServiceConfig {
  service: string;
  port: number;
  mongoUrl: string;
  /** Database name; defaults to `aftersales_<service>` (nothing shares a database). */
  mongoDb: string;
  kafkaBrokers: string;
  topicPrefix: string;
  relayPollMs: number;
  /** Partitions of the topics this service creates (KAFKA_PARTITIONS). */
  kafkaPartitions: number;
  /** Bytes one send to Kafka may carry; a larger relay batch goes out in several (KAFKA_MAX_BATCH_BYTES). */
  kafkaMaxBatchBytes: number;
  /** /health reports the relay stalled when work waited this long without progress (RELAY_STALL_MS). */
  relayStallMs: number;
  /** /health reports a consumer stalled when messages waited this long without progress (CONSUMER_STALL_MS). */
  consumerStallMs: number;
  /** When set, a request's actor must be signed by the gateway with this secret (ACTOR_SECRET; never logged). */
  actorSecret?: string;
  /** A signed actor older than this is refused (ACTOR_MAX_AGE_MS). */
  actorMaxAgeMs: number;
}

export function loadServiceConfig(service: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const s = validateSettings(ServiceSettings, env);
  return {
    service,
    kafkaPartitions: s.KAFKA_PARTITIONS ?? 3,
    kafkaMaxBatchBytes: s.KAFKA_MAX_BATCH_BYTES ?? DEFAULT_MAX_BATCH_BYTES,
    port: s.PORT ?? defaultPort,
    mongoUrl: s.MONGO_URL ?? 'mongodb://127.0.0.1:27018/',
    mongoDb: s.MONGO_DB ?? `${s.MONGO_DB_PREFIX ?? 'aftersales_'}${service.replace(/-/g, '_')}`,
    kafkaBrokers: s.KAFKA_BROKERS ?? '127.0.0.1:19092',
    topicPrefix: s.TOPIC_PREFIX ?? '',
    relayPollMs: s.RELAY_POLL_MS ?? 5_000,
    relayStallMs: s.RELAY_STALL_MS ?? 60_000,
    consumerStallMs: s.CONSUMER_STALL_MS ?? 60_000,
    ...(s.ACTOR_SECRET ? { actorSecret: s.ACTOR_SECRET } : {}),
    actorMaxAgeMs: s.ACTOR_MAX_AGE_MS ?? DEFAULT_ACTOR_MAX_AGE_MS,
  };
}
