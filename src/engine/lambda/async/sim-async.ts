/**
 * Lambda's asynchronous queue on the simulator: each event is tried, retried
 * after function errors and throttles on the virtual clock, then sent to the
 * destinations and the dead-letter queue. Outcomes come from the function's
 * duration and error model.
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html
 */
import { sampleOutcome } from '../outcome-model';
import { functionArn } from '../definition';
import type { FunctionModel } from '../function-model';
import type { AsyncSimHost } from './sim-host';
import { buildDestinationRecord, lambdaDeadLetterMessage, type DestinationRecord } from './records';
import type { ResourceRef } from './resources';
import { nextAsyncStep, type AsyncCondition, type AsyncFailureKind } from './retry-policy';
import { asyncSettings, type AsyncSettings } from './settings';
import { MAX_ASYNC_DEPTH } from './run-async';
import { randomUuid } from '../../util/random';
import type { ScenarioNode } from '../../model/scenario';

/** One event in a function's asynchronous queue. */
interface AsyncEvent {
  fn: FunctionModel;
  settings: AsyncSettings;
  payload: unknown;
  requestId: string;
  queuedAt: number;
  invocations: number;
  throttles: number;
  lastError?: string;
  depth: number;
}

/** Sends destination records onward: to a bus, when the world has one. */
export type BusSink = (busNodeId: string, record: DestinationRecord, functionArn: string, depth: number) => void;

/** The asynchronous queues of every function in the world. */
export class AsyncInvokeSim {
  private readonly settings = new Map<string, AsyncSettings>();
  busSink: BusSink | undefined;

  constructor(private readonly host: AsyncSimHost) {}

  /** Accepts an event for a function, as Invoke with InvocationType Event does. */
  enqueue(functionId: string, payload: unknown, depth = 0): void {
    const fn = this.host.functions.get(functionId);
    if (!fn) {
      return;
    }
    this.host.asyncCounters.asyncQueued += 1;
    const event: AsyncEvent = {
      fn,
      settings: this.settingsOf(fn),
      payload,
      requestId: randomUuid(this.host.random),
      queuedAt: this.host.now,
      invocations: 0,
      throttles: 0,
      depth,
    };
    this.host.at(this.host.now, () => this.attempt(event));
  }

  private settingsOf(fn: FunctionModel): AsyncSettings {
    let settings = this.settings.get(fn.id);
    if (!settings) {
      const node = this.host.scenario.nodes.find((candidate) => candidate.id === fn.id) as ScenarioNode & { type: 'lambda' };
      settings = asyncSettings(this.host.scenario, node);
      this.settings.set(fn.id, settings);
    }
    return settings;
  }

  private attempt(event: AsyncEvent): void {
    if (event.settings.reserved === 0) {
      // NOTE: AWS records no condition for this case; RetriesExhausted is assumed.
      this.finish(event, 'RetriesExhausted', undefined);
      return;
    }
    const start = event.fn.start();
    if (start.throttled) {
      event.throttles += 1;
      event.lastError = 'Rate Exceeded.';
      this.host.throttledAttempt();
      this.afterFailure(event, 'throttle', undefined);
      return;
    }
    this.host.started();
    const fn = event.fn;
    const outcome = sampleOutcome(
      fn.settings.simulation,
      fn.settings.timeoutMs,
      { size: 1, coldStart: start.coldStart, reportItemFailures: false, fifo: false },
      this.host.random,
    );
    this.host.at(this.host.now + outcome.initMs + outcome.durationMs, () => {
      fn.finish(start.environment, outcome.kind === 'timeout');
      this.host.ended(fn, outcome.kind);
      event.invocations += 1;
      if (outcome.kind === 'success') {
        this.finish(event, 'Success', { failed: false, payload: null });
        return;
      }
      const errorPayload = outcome.kind === 'timeout'
        ? { errorMessage: `RequestId: ${event.requestId} Error: Task timed out after ${(fn.settings.timeoutMs / 1000).toFixed(2)} seconds` }
        : { errorType: 'Error', errorMessage: outcome.reason ?? 'the handler threw an error' };
      event.lastError = errorPayload.errorMessage;
      this.afterFailure(event, 'function-error', { failed: true, payload: errorPayload });
    });
  }

  private afterFailure(event: AsyncEvent, failure: AsyncFailureKind, last: { failed: boolean; payload: unknown } | undefined): void {
    const step = nextAsyncStep(
      { invocations: event.invocations, throttles: event.throttles, ageMs: this.host.now - event.queuedAt },
      failure,
      event.settings,
    );
    if (step.kind === 'retry') {
      this.host.asyncCounters.asyncRetries += 1;
      this.host.at(this.host.now + step.delayMs, () => this.attempt(event));
      return;
    }
    this.finish(event, step.condition, last);
  }

  private finish(event: AsyncEvent, condition: AsyncCondition, last: { failed: boolean; payload: unknown } | undefined): void {
    const { settings } = event;
    const success = condition === 'Success';
    const destination = success ? settings.onSuccess : settings.onFailure;
    const arn = functionArn(event.fn.settings.definition);
    if (destination) {
      const record = buildDestinationRecord({
        timeMs: this.host.epochMs + this.host.now,
        requestId: event.requestId,
        functionArn: arn,
        condition,
        invocations: event.invocations,
        event: event.payload,
        last,
      });
      this.deliver(destination, record, arn, event.depth + 1);
    }
    if (success) {
      return;
    }
    if (settings.deadLetter) {
      this.host.asyncCounters.asyncDeadLettered += 1;
      const message = lambdaDeadLetterMessage({
        event: event.payload,
        requestId: event.requestId,
        errorCode: 200,
        errorMessage: event.lastError ?? condition,
      });
      if (settings.deadLetter.nodeId) {
        this.host.sendToQueue(settings.deadLetter.nodeId, message.body);
      }
    } else if (!destination) {
      this.host.asyncCounters.asyncDropped += 1;
    }
  }

  private deliver(target: ResourceRef, record: DestinationRecord, arn: string, depth: number): void {
    this.host.asyncCounters.destinationsDelivered += 1;
    if (!target.nodeId || depth > MAX_ASYNC_DEPTH) {
      return;
    }
    if (target.kind === 'sqs') {
      this.host.sendToQueue(target.nodeId, JSON.stringify(record));
    } else if (target.kind === 'lambda') {
      this.enqueue(target.nodeId, record, depth);
    } else if (target.kind === 'eventbridge') {
      this.busSink?.(target.nodeId, record, arn, depth);
    }
  }
}
