/**
 * A Run that starts with a PutEvents entry sent to a bus: the event is built,
 * matched against the bus's rules and delivered to each target function,
 * which Lambda invokes asynchronously with the real handler.
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
 */
import type { FunctionInvoker } from '../../lambda/invocation';
import type { AsyncRunContext } from '../../lambda/async/run-async';
import type { Scenario } from '../../model/scenario';
import { TraceRecorder } from '../../run/trace';
import type { ClientResponse, RunEnvironment, RunResult } from '../../run/types';
import { buildEventBridgeEvent, type PutEventsEntry } from '../put-events';
import type { EventBridgeEvent } from '../event-types';
import { busNodes, type ResolvedBus } from './bus';
import { routeEvent } from './deliver-run';

function jsonResponse(statusCode: number, statusText: string, body: unknown): ClientResponse {
  return {
    statusCode,
    statusText,
    headers: [['Content-Type', 'application/x-amz-json-1.1']],
    body: JSON.stringify(body),
  };
}

/** Creates the shared state of an asynchronous Run. */
export function asyncRunContext(scenario: Scenario, invoker: FunctionInvoker, env: RunEnvironment, trace: TraceRecorder): AsyncRunContext {
  const context: AsyncRunContext = {
    scenario,
    invoker,
    env,
    trace,
    epochMs: env.now(),
    invocations: [],
    deliveries: [],
  };
  context.putOnBus = (busNodeId: string, event: EventBridgeEvent, atMs: number, parentId: string, depth: number) => {
    const bus = busNodes(scenario).find((candidate) => candidate.node.id === busNodeId);
    return bus ? routeEvent(context, bus, event, atMs, parentId, depth) : Promise.resolve(atMs);
  };

  return context;
}

/** Sends one PutEvents entry into a bus and follows it to every target. */
export async function runBusEntry(
  scenario: Scenario,
  bus: ResolvedBus,
  entry: PutEventsEntry,
  invoker: FunctionInvoker,
  env: RunEnvironment,
): Promise<RunResult> {
  const trace = new TraceRecorder();
  const rootId = trace.add({ nodeId: bus.node.id, label: `PutEvents → ${bus.name}`, startMs: 0, endMs: 0, status: 'ok', payload: entry });
  const built = buildEventBridgeEvent(entry, { region: bus.region, accountId: bus.accountId, now: env.now, random: env.random });
  if (!built.ok) {
    const { code, message } = built.error;
    const response =
      code === 'ValidationException'
        ? jsonResponse(400, 'Bad Request', { __type: code, message })
        : jsonResponse(200, 'OK', { FailedEntryCount: 1, Entries: [{ ErrorCode: code, ErrorMessage: message }] });
    trace.closeRoot(0, 'error');
    return { entryNodeId: bus.node.id, response, invocations: [], trace: trace.spans, errorReason: code, message: `PutEvents rejected the entry: ${message}` };
  }
  const event = built.value;
  const context = asyncRunContext(scenario, invoker, env, trace);
  trace.add({ parentId: rootId, nodeId: bus.node.id, label: 'Event built', startMs: 0, endMs: 0, status: 'ok', payload: event });
  const endMs = await routeEvent(context, bus, event, 0, rootId, 0);
  const failed = context.deliveries.some((delivery) => delivery.kind !== 'on-success');
  trace.closeRoot(endMs, failed ? 'error' : 'ok');

  return {
    entryNodeId: bus.node.id,
    response: jsonResponse(200, 'OK', { FailedEntryCount: 0, Entries: [{ EventId: event.id }] }),
    invocations: context.invocations,
    trace: trace.spans,
    deliveries: context.deliveries,
  };
}
