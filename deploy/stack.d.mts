// Types of stack.mjs, for the TypeScript callers (browser tests, bench).
export interface StackOptions {
  kafkaBrokers: string;
  mongoUrl: string;
  dbPrefix: string;
  topicPrefix: string;
  /** The gateway's and any service's port (by name); the others get free ports. */
  ports?: Record<string, number>;
  env?: Record<string, string>;
  timeoutMs?: number;
  echo?: boolean;
}
export interface Stack {
  gateway: string;
  contracts: string;
  settlements: string;
  urls: Record<string, string>;
  databases: string[];
  output(): string;
  stop(): Promise<void>;
}
export function startStack(options: StackOptions): Promise<Stack>;
