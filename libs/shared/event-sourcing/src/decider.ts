/**
 * A decider (Jérémie Chassaing; oskardudycz/EventSourcing.NodeJS samples/decider):
 * `decide` and `evolve` are pure. Time, ids and the agreement terms in force come in with
 * the command, never from a clock or a database inside the decider.
 */
export interface DomainEvent<TType extends string = string, TData extends object = object> {
  type: TType;
  data: TData;
}

export interface Decider<Command, Event extends DomainEvent, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export function fold<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
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
