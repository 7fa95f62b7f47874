import { EventEnvelope, FieldProblem, parseEnvelope } from '@aftersales/integration-events';
import { KafkaMessage } from 'kafkajs';

export type Decoded =
  | { kind: 'event'; envelope: EventEnvelope }
  | { kind: 'skip' }
  | { kind: 'poison'; problems: FieldProblem[] };

export function decode(message: KafkaMessage): Decoded {
  let raw: unknown;
  try {
    raw = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch {
    return { kind: 'poison', problems: [{ field: '(value)', reason: 'is not valid JSON' }] };
  }
  const parsed = parseEnvelope(raw);
  if (parsed.ok) return { kind: 'event', envelope: parsed.envelope };
  // An event type this build does not know comes from a newer publisher: not ours to judge.
  return parsed.known ? { kind: 'poison', problems: parsed.problems } : { kind: 'skip' };
}
