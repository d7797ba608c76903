import { functionArn, functionDefinition } from '../lambda/definition';
import type { FunctionInvoker, InvocationRecord } from '../lambda/invocation';
import type { Scenario } from '../model/scenario';
import type { RunEnvironment } from '../run/types';
import { utf8Bytes } from '../util/base64';
import { randomUuid } from '../util/random';
import type { ApiRun } from './api-run';
import type { ApiRoute } from './resolve';

/** Lambda's synchronous invocation payload limit, for the event and the result: 6 MB. */
export const MAX_LAMBDA_PAYLOAD_BYTES = 6 * 1024 * 1024;

/** The outcome of the call to Lambda, from API Gateway's side. */
export type IntegrationOutcome =
  /** The Invoke API rejected the call, so API Gateway returns 500. */
  | { kind: 'rejected'; detail: string }
  /** The integration timeout passed first; the function runs on. */
  | { kind: 'timed-out'; record: InvocationRecord }
  | { kind: 'completed'; record: InvocationRecord };

function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? 'null').length;
}

/**
 * Invokes the route's function with an event and records the Lambda spans.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html
 */
export async function invokeIntegration(
  scenario: Scenario,
  route: ApiRoute,
  event: unknown,
  invoker: FunctionInvoker,
  env: RunEnvironment,
  run: ApiRun,
): Promise<IntegrationOutcome> {
  const functionNode = route.functionNode;
  if (!functionNode) {
    return { kind: 'rejected', detail: `Route ${route.routeKey} has no function; connect it to a Lambda function.` };
  }
  const definition = functionDefinition(scenario, functionNode);
  if (!route.config.invokePermission) {
    return {
      kind: 'rejected',
      detail: `API Gateway may not invoke ${definition.functionName}: add a resource-based policy allowing apigateway.amazonaws.com to call lambda:InvokeFunction on ${functionArn(definition)}.`,
    };
  }
  const size = jsonBytes(event);
  if (size > MAX_LAMBDA_PAYLOAD_BYTES) {
    return {
      kind: 'rejected',
      detail: `The event is ${size} bytes and Lambda accepts at most ${MAX_LAMBDA_PAYLOAD_BYTES} for a synchronous invocation (RequestEntityTooLargeException); send a smaller body.`,
    };
  }
  let record: InvocationRecord;
  try {
    record = await invoker.invoke({ function: definition, event, requestId: randomUuid(env.random) });
  } catch (cause) {
    // NOTE: a failure of the runtime itself stands for a Lambda service
    // error, which API Gateway reports like a rejected invoke.
    const detail = cause instanceof Error ? cause.message : String(cause);
    return { kind: 'rejected', detail: `The function could not be run: ${detail}` };
  }
  run.invocations.push(record);
  const start = run.clockMs;
  const initMs = record.initDurationMs ?? 0;
  if (record.initDurationMs !== undefined) {
    run.trace.add({
      parentId: run.rootId,
      nodeId: functionNode.id,
      edgeId: route.edge.id,
      label: 'Lambda init (cold start)',
      startMs: start,
      endMs: start + initMs,
      status: 'ok',
    });
  }
  run.trace.add({
    parentId: run.rootId,
    nodeId: functionNode.id,
    edgeId: route.edge.id,
    label: `Lambda invoke (${record.outcome})`,
    startMs: start + initMs,
    endMs: start + initMs + record.durationMs,
    status: record.outcome === 'success' ? 'ok' : 'error',
    payload: event,
    detail: `Request ${record.requestId}, billed ${record.billedDurationMs} ms`,
  });
  const elapsed = initMs + record.durationMs;
  if (elapsed > route.timeoutMs) {
    run.clockMs = start + route.timeoutMs;
    return { kind: 'timed-out', record };
  }
  run.clockMs = start + elapsed;
  run.step({
    label: `Function result (${record.outcome})`,
    status: record.outcome === 'success' ? 'ok' : 'error',
    payload: record.payload,
  });

  return { kind: 'completed', record };
}

/** Tells why a completed invocation counts as a function error, or undefined. */
export function functionFailure(record: InvocationRecord): string | undefined {
  if (record.outcome === 'timeout') {
    return 'The function timed out before the integration timeout; raise its Timeout or make it faster.';
  }
  if (record.outcome !== 'success') {
    return 'The function raised an error; see the log lines of the invocation.';
  }
  const size = jsonBytes(record.payload);
  if (size > MAX_LAMBDA_PAYLOAD_BYTES) {
    return `The function returned ${size} bytes; Lambda's synchronous response limit is ${MAX_LAMBDA_PAYLOAD_BYTES} bytes.`;
  }

  return undefined;
}
