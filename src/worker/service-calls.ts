import type { FunctionDefinition } from '../engine/lambda/invocation';
import { ServiceCallError, type GraphCallRouter, type ServiceCall } from '../engine/run';
import { errorMessage } from './errors';
import type { ServiceCallOutcome } from './protocol';

/**
 * Serves a handler's call that the page forwarded, through the run in
 * progress, and turns the result into a message the page can read.
 */
export async function answerServiceCall(
  router: GraphCallRouter,
  call: ServiceCall,
  fn: FunctionDefinition,
): Promise<ServiceCallOutcome> {
  const served = router.handle(call, fn);
  if (served === undefined) {
    return { kind: 'unserved' };
  }
  try {
    return { kind: 'output', output: await served };
  } catch (error) {
    return error instanceof ServiceCallError
      ? { kind: 'error', name: error.name, message: error.message }
      : { kind: 'error', name: 'InternalFailure', message: errorMessage(error) };
  }
}
