// Types of server-choice.mjs, for the TypeScript tests that import it.
export interface ServerProbes {
  kafkaBrokers?: string;
  mongoUrl?: string;
  dockerEngine: boolean;
  composePlugin: boolean;
}
export function chooseServers(found: ServerProbes): { source: 'env' | 'compose' | 'local'; why: string };
