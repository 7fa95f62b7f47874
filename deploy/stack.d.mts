// Types of stack.mjs, for the TypeScript callers (browser tests, bench).
export interface StackOptions {
  kafkaBrokers: string;
  mongoUrl: string;
  dbPrefix: string;
  topicPrefix: string;
  ports: { gateway: number; contracts: number; settlements: number };
  env?: Record<string, string>;
  timeoutMs?: number;
  echo?: boolean;
}
export interface Stack {
  gateway: string;
  contracts: string;
  settlements: string;
  output(): string;
  stop(): Promise<void>;
}
export function startStack(options: StackOptions): Promise<Stack>;
