import { FactsArgument } from './command-handler';
import { Decider, DomainEvent, fold } from './decider';

/**
 * given(events).when(command, facts).then(events): a decider test that reads as the agreement
 * does. `facts` are what the handler would have looked up for the command (the terms in force,
 * ...), left out for a decider that takes none. Uses jest's global `expect`.
 */
export function DeciderSpecification<Command, Event extends DomainEvent, State, Facts = void>(
  decider: Decider<Command, Event, State, Facts>,
) {
  return {
    given(history: Event[]) {
      return {
        when(command: Command, ...[facts]: FactsArgument<Facts>) {
          const run = () => decider.decide(command, fold(decider, history), facts as Facts);
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
