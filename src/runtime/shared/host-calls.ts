import type { FunctionDefinition } from '../../engine/lambda/invocation';

/** A call a stand-in module makes to the host, such as `SendMessageCommand`. */
export interface HostCall {
  /** Package the handler imported, for example `@aws-sdk/client-sqs`. */
  module: string;
  /** Command or method name, for example `SendMessageCommand`. */
  operation: string;
  /** The command input, copied as JSON. */
  input: unknown;
  /** Execution environment that made the call; what it opens is tracked per environment. */
  environmentId: string;
  /** Invocation in progress, or undefined during Init (module scope). */
  requestId?: string;
}

/**
 * Serves stand-in calls; resolves with the operation's output. The optional
 * members let a host follow environments: the variables it adds to a new
 * environment, and the moment an environment is discarded.
 */
export interface HostServices {
  (call: HostCall, fn: FunctionDefinition): Promise<unknown>;
  /** Variables a new environment of `fn` gets; the function's own win. */
  environmentVariables?(fn: FunctionDefinition): Record<string, string>;
  /**
   * Readies what `fn` reaches before it runs, such as starting a database,
   * so that the wait is not part of the invocation's duration or timeout.
   */
  prepare?(fn: FunctionDefinition): Promise<void>;
  /** An environment stopped (timeout, crash, code change, dispose). */
  environmentStopped?(environmentId: string): void;
}

/**
 * Error a stand-in throws inside the handler; `name` becomes its error name
 * and `fields` are copied onto it, such as a PostgreSQL error's `code`.
 */
export class HostCallError extends Error {
  constructor(
    name: string,
    message: string,
    readonly fields: Record<string, unknown> = {},
  ) {
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
