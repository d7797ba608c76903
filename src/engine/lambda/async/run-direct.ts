/**
 * `Invoke` with InvocationType Event: Lambda returns 202 with no payload and
 * runs the function later, with its asynchronous retries.
 * https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
 */
import type { AsyncRunContext } from './run-async';
import { runAsyncInvocation } from './run-async';
import type { ScenarioNode } from '../../model/scenario';
import type { RunResult } from '../../run/types';

/** Queues an event for a function and follows its attempts and deliveries. */
export async function runDirectAsyncInvoke(
  context: AsyncRunContext,
  node: ScenarioNode & { type: 'lambda' },
  event: unknown,
): Promise<RunResult> {
  const rootId = context.trace.add({
    nodeId: node.id,
    label: 'Invoke (Event) → 202 Accepted',
    startMs: 0,
    endMs: 0,
    status: 'ok',
    payload: event,
  });
  const outcome = await runAsyncInvocation(context, { node, event, startMs: 0, parentId: rootId });
  const failed = outcome.condition !== 'Success';
  context.trace.closeRoot(outcome.endMs, failed ? 'error' : 'ok');

  return {
    entryNodeId: node.id,
    response: { statusCode: 202, statusText: 'Accepted', headers: [], body: '' },
    invocations: context.invocations,
    trace: context.trace.spans,
    deliveries: context.deliveries,
    ...(failed
      ? { message: `The function failed ${outcome.invocations} time${outcome.invocations === 1 ? '' : 's'} and Lambda discarded the event (${outcome.condition}); see the trace for each attempt.` }
      : {}),
  };
}
