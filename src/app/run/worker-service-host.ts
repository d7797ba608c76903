import {
  disconnectedHost,
  HostCallError,
  type HostServices,
} from '../../runtime/shared/host-calls';
import type { EngineClient } from '../../worker/client';

/** Packages whose calls the engine worker serves; the page serves databases. */
const WORKER_SERVED = new Set(['@aws-sdk/client-sqs', '@aws-sdk/client-eventbridge']);

/**
 * Creates the page's host for SQS and EventBridge calls from the sandbox. It
 * sends each call to the engine worker, because the queues and buses of the
 * run in progress live there, and returns the worker's output or error to
 * the handler.
 */
export function workerServiceHost(client: () => EngineClient): HostServices {
  return async (call, fn) => {
    if (!WORKER_SERVED.has(call.module)) {
      return disconnectedHost(call, fn);
    }
    const outcome = await client().serviceCall(
      {
        module: call.module,
        operation: call.operation,
        input: call.input,
        ...(call.requestId === undefined ? {} : { requestId: call.requestId }),
      },
      fn,
    );
    switch (outcome.kind) {
      case 'output':
        return outcome.output;
      case 'error':
        throw new HostCallError(outcome.name, outcome.message);
      case 'unserved':
        return disconnectedHost(call, fn);
    }
  };
}
