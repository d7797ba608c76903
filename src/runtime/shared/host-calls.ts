import type { FunctionDefinition } from '../../engine/lambda/invocation';

/** A call a stand-in module makes to the host, such as `SendMessageCommand`. */
export interface HostCall {
  /** Package the handler imported, for example `@aws-sdk/client-sqs`. */
  module: string;
  /** Command or method name, for example `SendMessageCommand`. */
  operation: string;
  /** The command input, copied as JSON. */
  input: unknown;
}

/** Serves stand-in calls; resolves with the operation's output. */
export type HostServices = (call: HostCall, fn: FunctionDefinition) => Promise<unknown>;

/** Error a stand-in throws inside the handler; `name` becomes its error name. */
export class HostCallError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

const SERVICE_NODE: Record<string, string> = {
  '@aws-sdk/client-sqs': 'an SQS queue',
  '@aws-sdk/client-eventbridge': 'an EventBridge bus',
  '@aws-sdk/client-secrets-manager': 'an RDS database (its secret)',
  '@aws-sdk/rds-signer': 'an RDS database',
  pg: 'an RDS database',
};

/** Default host: every stand-in call fails, saying what to connect. */
export const disconnectedHost: HostServices = async (call, fn) => {
  const target = SERVICE_NODE[call.module] ?? 'the matching service';
  throw new HostCallError(
    'NotConnectedError',
    `${call.module} ${call.operation} is not connected in this scenario: ` +
      `connect function ${fn.functionName} to ${target} on the canvas.`,
  );
};
