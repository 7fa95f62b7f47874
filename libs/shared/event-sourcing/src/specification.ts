import { Decider, DomainEvent, fold } from './decider';

/**
 * given(events).when(command).then(events): a decider test that reads as the agreement does.
 * Uses jest's global `expect`.
 */
export function DeciderSpecification<Command, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>) {
  return {
    given(history: Event[]) {
      return {
        when(command: Command) {
          const run = () => decider.decide(command, fold(decider, history));
          return {
            then(expected: Event[]) {
              expect(run()).toEqual(expected);
            },
            thenNothingHappens() {
              expect(run()).toEqual([]);
            },
            thenThrows(matcher: RegExp | (new (...args: never[]) => Error), check?: (error: Error) => void) {
              expect(run).toThrow(matcher);
              if (check) {
                try {
                  run();
                } catch (error) {
                  check(error as Error);
                }
              }
            },
          };
        },
      };
    },
  };
}
