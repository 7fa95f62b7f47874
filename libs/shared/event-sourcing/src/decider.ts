/**
 * A decider (Jérémie Chassaing; oskardudycz/EventSourcing.NodeJS samples/decider):
 * `decide` and `evolve` are pure. Time and ids come in with the command; what the handler
 * looked up for it (the agreement terms in force, whether a parent dealer exists, ...) comes
 * in as `facts` next to it: never from a clock or a database inside the decider.
 */
export interface DomainEvent<TType extends string = string, TData extends object = object> {
  type: TType;
  data: TData;
}

/**
 * `Command` is the use case's one command, as the CommandBus carries it; `Facts` what the
 * handler resolved for it from read models (`void` when the command is all there is to know).
 */
export interface Decider<Command, Event extends DomainEvent, State, Facts = void> {
  decide(command: Command, state: State, facts: Facts): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export function fold<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State, never>, 'evolve' | 'initialState'>,
  events: readonly Event[],
): State {
  return events.reduce(decider.evolve, decider.initialState());
}

/** Error kinds a decider or handler raises; the HTTP edge maps each to one status. */
export type DomainErrorKind = 'invalid' | 'not-found' | 'conflict' | 'forbidden';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** The input field the error is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (message: string, field?: string) => new DomainError('invalid', message, field);
export const notFound = (message: string, field?: string) => new DomainError('not-found', message, field);
export const conflict = (message: string, field?: string) => new DomainError('conflict', message, field);
