/**
 * Runs one asynchronous invocation with the real handler: Lambda's internal
 * queue, retries after function errors, then the destinations and the
 * dead-letter queue. Waits between attempts are virtual: the trace records
 * them and the next attempt runs at once.
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html
 */
import type { EventBridgeEvent } from '../../eventbridge/event-types';
import { busNodes } from '../../eventbridge/rules/bus';
import type { Scenario, ScenarioNode } from '../../model/scenario';
import type { TraceRecorder } from '../../run/trace';
import type { RunEnvironment } from '../../run/types';
import { randomUuid } from '../../util/random';
import { functionArn, functionDefinition } from '../definition';
import type { FunctionInvoker, InvocationRecord } from '../invocation';
import type { AsyncDelivery } from './deliveries';
import {
  buildDestinationRecord,
  destinationEvent,
  errorMessageOf,
  lambdaDeadLetterMessage,
  type DestinationRecord,
  type LastInvocation,
} from './records';
import type { ResourceRef } from './resources';
import { nextAsyncStep, type AsyncCondition } from './retry-policy';
import { asyncSettings } from './settings';

/** Deepest chain of functions and buses a run follows through destinations. */
export const MAX_ASYNC_DEPTH = 3;

/** Shared state of one Run that invokes functions asynchronously. */
export interface AsyncRunContext {
  scenario: Scenario;
  invoker: FunctionInvoker;
  env: RunEnvironment;
  trace: TraceRecorder;
  /** Epoch ms of the start of the run; timestamps are this plus the offset. */
  epochMs: number;
  invocations: InvocationRecord[];
  deliveries: AsyncDelivery[];
  /** Puts an event on a bus of the scenario, for bus destinations. */
  putOnBus?: (busNodeId: string, event: EventBridgeEvent, atMs: number, parentId: string, depth: number) => Promise<number>;
}

/** One event handed to Lambda's asynchronous queue. */
export interface AsyncRequest {
  node: ScenarioNode & { type: 'lambda' };
  event: unknown;
  /** Offset in ms from the start of the run at which Lambda queued it. */
  startMs: number;
  parentId: string;
  edgeId?: string;
  depth?: number;
}

/** The end state of an asynchronous invocation. */
export interface AsyncRunOutcome {
  condition: AsyncCondition;
  invocations: number;
  /** Offset of the end of the last delivery, in ms. */
  endMs: number;
}

function waitLabel(delayMs: number, retry: number): string {
  return `Wait ${Math.round(delayMs / 1000)} s before retry ${retry}`;
}

/** Runs the attempts of one event, then its destinations and dead-letter queue. */
export async function runAsyncInvocation(
  context: AsyncRunContext,
  request: AsyncRequest,
): Promise<AsyncRunOutcome> {
  const { scenario, trace } = context;
  const settings = asyncSettings(scenario, request.node);
  const definition = functionDefinition(scenario, request.node);
  const requestId = randomUuid(context.env.random);
  const span = { nodeId: request.node.id, ...(request.edgeId ? { edgeId: request.edgeId } : {}) };
  let clock = request.startMs;
  let invocations = 0;
  let last: LastInvocation | undefined;
  let condition: AsyncCondition | undefined;
  if (settings.reserved === 0) {
    trace.add({
      parentId: request.parentId,
      ...span,
      label: 'Not run: reserved concurrency is 0',
      startMs: clock,
      endMs: clock,
      status: 'error',
      detail: 'With reserved concurrency 0, Lambda sends new asynchronous events to the on-failure destination or dead-letter queue without running the function.',
    });
    // NOTE: AWS records no condition for this case; RetriesExhausted is assumed.
    condition = 'RetriesExhausted';
  }
  while (condition === undefined) {
    const record = await context.invoker.invoke({ function: definition, event: request.event, requestId });
    context.invocations.push(record);
    invocations += 1;
    const runMs = (record.initDurationMs ?? 0) + record.durationMs;
    const failed = record.outcome !== 'success';
    trace.add({
      parentId: request.parentId,
      ...span,
      label: `Attempt ${invocations}: Lambda invoke (${record.outcome})`,
      startMs: clock,
      endMs: clock + runMs,
      status: failed ? 'error' : 'ok',
      payload: record.payload,
      detail: `Request ${requestId}${record.coldStart ? ', cold start' : ''}, billed ${record.billedDurationMs} ms`,
    });
    clock += runMs;
    last = { failed, payload: record.payload };
    if (!failed) {
      condition = 'Success';
      break;
    }
    const step = nextAsyncStep(
      { invocations, throttles: 0, ageMs: clock - request.startMs },
      'function-error',
      settings,
    );
    if (step.kind === 'discard') {
      condition = step.condition;
      break;
    }
    trace.add({
      parentId: request.parentId,
      ...span,
      label: waitLabel(step.delayMs, invocations),
      startMs: clock,
      endMs: clock + step.delayMs,
      status: 'ok',
      detail: 'Virtual wait: Lambda keeps the event in its asynchronous queue, and the run does not sleep.',
    });
    clock += step.delayMs;
  }

  const done = { requestId, condition, invocations, last, atMs: clock, functionArn: functionArn(definition) };
  const endMs = await deliverOutcome(context, request, settings, done);

  return { condition, invocations, endMs: Math.max(clock, endMs) };
}

interface FinishedEvent {
  requestId: string;
  condition: AsyncCondition;
  invocations: number;
  last: LastInvocation | undefined;
  atMs: number;
  functionArn: string;
}

async function deliverOutcome(
  context: AsyncRunContext,
  request: AsyncRequest,
  settings: ReturnType<typeof asyncSettings>,
  done: FinishedEvent,
): Promise<number> {
  const success = done.condition === 'Success';
  let endMs = done.atMs;
  const destination = success ? settings.onSuccess : settings.onFailure;
  if (destination) {
    const record = buildDestinationRecord({
      timeMs: context.epochMs + done.atMs,
      requestId: done.requestId,
      functionArn: done.functionArn,
      condition: done.condition,
      invocations: done.invocations,
      event: request.event,
      last: done.last,
    });
    endMs = Math.max(endMs, await sendRecord(context, request, destination, record, success, done));
  }
  if (!success) {
    context.trace.add({
      parentId: request.parentId,
      nodeId: request.node.id,
      label: `Event discarded: ${done.condition}`,
      startMs: done.atMs,
      endMs: done.atMs,
      status: 'error',
      detail: `${done.invocations} invocation${done.invocations === 1 ? '' : 's'} ran; MaximumRetryAttempts is ${settings.maximumRetryAttempts} and MaximumEventAgeInSeconds ${settings.maximumEventAgeMs / 1000}.`,
    });
  }
  if (!success && settings.deadLetter) {
    const message = lambdaDeadLetterMessage({
      event: request.event,
      requestId: done.requestId,
      errorCode: 200,
      errorMessage: errorMessageOf(done.last?.payload, done.condition),
    });
    context.deliveries.push({ kind: 'dead-letter', target: settings.deadLetter, atMs: done.atMs, message });
    context.trace.add({
      parentId: request.parentId,
      ...(settings.deadLetter.nodeId ? { nodeId: settings.deadLetter.nodeId } : {}),
      label: `Dead-letter queue ${settings.deadLetter.ref} ← event`,
      startMs: done.atMs,
      endMs: done.atMs,
      status: 'ok',
      payload: message,
    });
  }

  return endMs;
}

async function sendRecord(
  context: AsyncRunContext,
  request: AsyncRequest,
  target: ResourceRef,
  record: DestinationRecord,
  success: boolean,
  done: FinishedEvent,
): Promise<number> {
  const kind = success ? 'on-success' : 'on-failure';
  const depth = (request.depth ?? 0) + 1;
  const spanId = context.trace.add({
    parentId: request.parentId,
    ...(target.nodeId ? { nodeId: target.nodeId } : {}),
    label: `${success ? 'On-success' : 'On-failure'} destination ${target.ref} ← record (${done.condition})`,
    startMs: done.atMs,
    endMs: done.atMs,
    status: 'ok',
    payload: record,
  });
  if (target.kind === 'eventbridge') {
    const bus = busNodes(context.scenario).find((candidate) => candidate.node.id === target.nodeId);
    const { region, accountId } = context.scenario.settings;
    const event = destinationEvent(
      record,
      { busArn: bus?.arn ?? target.arn, functionArn: done.functionArn, region, accountId },
      context.env.random,
      context.epochMs + done.atMs,
    );
    context.deliveries.push({ kind, target, atMs: done.atMs, record, event });
    if (bus && context.putOnBus && depth <= MAX_ASYNC_DEPTH) {
      return context.putOnBus(bus.node.id, event, done.atMs, spanId, depth);
    }
    return done.atMs;
  }
  context.deliveries.push({
    kind,
    target,
    atMs: done.atMs,
    record,
    ...(target.kind === 'sqs' || target.kind === 'sns'
      ? { message: { body: JSON.stringify(record), messageAttributes: {} } }
      : {}),
  });
  const node = context.scenario.nodes.find((candidate) => candidate.id === target.nodeId);
  if (target.kind === 'lambda' && node?.type === 'lambda' && depth <= MAX_ASYNC_DEPTH) {
    const outcome = await runAsyncInvocation(context, {
      node: node as ScenarioNode & { type: 'lambda' },
      event: record,
      startMs: done.atMs,
      parentId: spanId,
      depth,
    });
    return outcome.endMs;
  }

  return done.atMs;
}
