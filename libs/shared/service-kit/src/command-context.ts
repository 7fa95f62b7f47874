import { AppendContext } from '@aftersales/event-sourcing';
import { requestContext } from './json-logger';

/** Metadata of the events a request produces: its correlation id, its actor, and now. */
export function commandContext(now: Date = new Date(), causationId: string | null = null): AppendContext {
  const ctx = requestContext.getStore();
  const at = now.toISOString();
  return {
    metadata: { correlationId: ctx?.correlationId ?? 'system', causationId, actor: ctx?.actor ?? 'system' },
    occurredAt: at,
    recordedAt: at,
  };
}
