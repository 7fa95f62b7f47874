/**
 * kafkajs logs every failed request at error level, also the ones it retries and gets through:
 * a broker that is starting, a leader election, a coordinator moving, a connection refused
 * while it reconnects. Those are warnings; what is left at error is worth waking someone for.
 * The supervisors (relay, consumers) log their own first failure at error, so a kafkajs crash
 * report is a warning beside it.
 */
const RETRIABLE: RegExp[] = [
  /coordinator is loading/i, // GROUP_LOAD_IN_PROGRESS, while a broker starts
  /group coordinator (is )?not available/i, /not the correct coordinator/i, /coordinator is not aware of this member/i,
  /no leader for this topic-partition/i, /leadership election/i, /not the leader for that topic-partition/i,
  /leader (high watermark|epoch)/i, /replica is not available/i, /fewer in-sync replicas/i,
  /does not host this topic-partition/i, /topic creation/i, /could not create topics/i, /already exists/i,
  /LEADER_NOT_AVAILABLE|NOT_COORDINATOR|COORDINATOR_NOT_AVAILABLE|REBALANCE_IN_PROGRESS|UNKNOWN_TOPIC_OR_PARTITION/,
  /rebalanc/i, /re-joining the group/i,
  /connection error/i, /connection timeout/i, /closed connection/i, /connection (was )?closed/i, /not connected/i,
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH/, /failed to connect to (seed )?broker/i,
  /request timed out/i, /timed out/i, /server disconnected before a response/i, /no brokers? available/i,
  /^Crash: /, /^Restarting the consumer/,
  // Only a database or broker outage escapes our batch handler (a bad message is dead-lettered): kafkajs retries it.
  /^Error when calling eachBatch/,
];

export type KafkaLogLevel = 'error' | 'warn';

export interface KafkaLogLine {
  level: KafkaLogLevel;
  message: string;
  fields: Record<string, unknown>;
}

/**
 * The level a kafkajs line deserves, and its fields renamed where they would collide with ours:
 * kafkajs's `correlationId` is the protocol's request number, not the business correlation id
 * every other line carries, so it becomes `kafkaCorrelationId`.
 */
export function classifyKafkaLog(level: KafkaLogLevel, message: string, fields: Record<string, unknown>): KafkaLogLine {
  const { correlationId, ...rest } = fields;
  const renamed = correlationId === undefined ? rest : { ...rest, kafkaCorrelationId: correlationId };
  const text = `${message} ${typeof fields['error'] === 'string' ? fields['error'] : ''}`;
  if (level === 'error' && !RETRIABLE.some((pattern) => pattern.test(text))) return { level, message, fields: renamed };
  // A warning keeps its error and drops the stack: it is retried, and its stack says nothing new.
  const { stack: _stack, ...short } = renamed;
  return { level: 'warn', message, fields: short };
}

/**
 * Lets one line through per kind (level, message and error) and window; the next one after the
 * window says how many were held back. Each kafkajs client logs every retry of a broker that is
 * down, and a service has several clients.
 */
export class LogThrottle {
  private readonly seen = new Map<string, { at: number; held: number }>();

  constructor(private readonly windowMs = 30_000, private readonly maxKinds = 500) {}

  /** The line to write (with `repeated` when some were held back), or undefined to hold it back. */
  admit(line: KafkaLogLine, now = Date.now()): KafkaLogLine | undefined {
    const key = `${line.level}|${line.message}|${String(line.fields['error'] ?? '')}`;
    const last = this.seen.get(key);
    if (last && now - last.at < this.windowMs) {
      last.held++;
      return undefined;
    }
    if (this.seen.size >= this.maxKinds) this.seen.clear();
    this.seen.set(key, { at: now, held: 0 });
    return last?.held ? { ...line, fields: { ...line.fields, repeated: last.held } } : line;
  }
}
