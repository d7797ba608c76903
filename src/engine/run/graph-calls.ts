import type { FunctionDefinition } from '../lambda/invocation';

/**
 * A call a handler makes through an SDK stand-in, such as `SendMessageCommand`
 * from `@aws-sdk/client-sqs`. The runtime's `HostCall` has the same shape.
 */
export interface ServiceCall {
  /** Package the handler imported. */
  module: string;
  /** Command or method name. */
  operation: string;
  /** The command input, copied as JSON. */
  input: unknown;
  /** Invocation that made the call; absent during Init (module scope). */
  requestId?: string;
}

/**
 * Error a service returns to the handler; `name` is the error name the SDK
 * gives it, for example `QueueDoesNotExist`.
 */
export class ServiceCallError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * Serves a call for the run in progress, or returns undefined when the call is
 * for another service, so that the next host serves it.
 */
export type ServiceCallHandler = (
  call: ServiceCall,
  fn: FunctionDefinition,
) => Promise<unknown> | undefined;

/**
 * Connects the runtime's stand-ins to the run in progress. The executor's
 * host is built from the router once (see `graphHost` in the runtime). Each
 * run attaches its handler while handler code runs, then detaches it.
 */
export class GraphCallRouter {
  private handler: ServiceCallHandler | undefined;

  /** Attaches a run's handler; returns the function that detaches it. */
  attach(handler: ServiceCallHandler): () => void {
    this.handler = handler;

    return () => {
      if (this.handler === handler) {
        this.handler = undefined;
      }
    };
  }

  /** Serves a call, or returns undefined when no attached run serves it. */
  handle(call: ServiceCall, fn: FunctionDefinition): Promise<unknown> | undefined {
    return this.handler?.(call, fn);
  }
}
