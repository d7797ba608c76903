import { functionDefinition } from '../lambda/definition';
import type { FunctionInvoker, InvocationRecord } from '../lambda/invocation';
import type { Scenario, ScenarioNode } from '../model/scenario';
import { randomUuid } from '../util/random';
import { TraceRecorder } from './trace';
import type { ClientResponse, RunEnvironment, RunResult } from './types';

/**
 * Returns what the Invoke API sends back for a synchronous invocation: 200
 * with the payload, and `X-Amz-Function-Error: Unhandled` when the function
 * failed or timed out.
 * https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
 */
export function invokeApiResponse(record: InvocationRecord): ClientResponse {
  const headers: [string, string][] = [
    ['Content-Type', 'application/json'],
    ['X-Amz-Executed-Version', '$LATEST'],
  ];
  if (record.outcome !== 'success') {
    headers.push(['X-Amz-Function-Error', 'Unhandled']);
  }

  return {
    statusCode: 200,
    statusText: 'OK',
    headers,
    body: JSON.stringify(record.payload) ?? 'null',
  };
}

/** Invokes a function directly with an event, as `aws lambda invoke` does. */
export async function runLambdaEvent(
  scenario: Scenario,
  node: ScenarioNode & { type: 'lambda' },
  event: unknown,
  invoker: FunctionInvoker,
  env: RunEnvironment,
): Promise<RunResult> {
  const trace = new TraceRecorder();
  const definition = functionDefinition(scenario, node);
  const requestId = randomUuid(env.random);
  const rootId = trace.add({
    nodeId: node.id,
    label: `Invoke ${definition.functionName}`,
    startMs: 0,
    endMs: 0,
    status: 'ok',
    payload: event,
  });
  const record = await invoker.invoke({ function: definition, event, requestId });
  let clockMs = 0;
  if (record.initDurationMs !== undefined) {
    trace.add({
      parentId: rootId,
      nodeId: node.id,
      label: 'Lambda init (cold start)',
      startMs: 0,
      endMs: record.initDurationMs,
      status: 'ok',
    });
    clockMs = record.initDurationMs;
  }
  const succeeded = record.outcome === 'success';
  trace.add({
    parentId: rootId,
    nodeId: node.id,
    label: `Lambda invoke (${record.outcome})`,
    startMs: clockMs,
    endMs: clockMs + record.durationMs,
    status: succeeded ? 'ok' : 'error',
    payload: record.payload,
    detail: `Request ${record.requestId}, billed ${record.billedDurationMs} ms`,
  });
  clockMs += record.durationMs;
  trace.closeRoot(clockMs, succeeded ? 'ok' : 'error');

  return {
    entryNodeId: node.id,
    response: invokeApiResponse(record),
    invocations: [record],
    trace: trace.spans,
    ...(succeeded
      ? {}
      : {
          errorReason: 'Unhandled',
          message:
            record.outcome === 'timeout'
              ? `${definition.functionName} timed out after ${definition.timeoutSeconds} s; raise Timeout or make the handler faster.`
              : `${definition.functionName} raised an error; see the log lines of the invocation.`,
        }),
  };
}
