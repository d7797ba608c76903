/**
 * What follows a handler's calls within one Run, whatever the entry. A
 * `SendMessage` to a connected queue reaches the function that the queue's
 * event source mapping invokes. A `PutEvents` to a connected bus goes
 * through the bus's rules, which invoke their targets asynchronously. The
 * downstream invocations and spans join the entry's RunResult.
 */
import type { EventBridgeEvent } from '../eventbridge/event-types';
import { busNodes, type ResolvedBus } from '../eventbridge/rules/bus';
import { routeEvent } from '../eventbridge/rules/deliver-run';
import { asyncRunContext } from '../eventbridge/rules/run-entry';
import type { AsyncDelivery } from '../lambda/async/deliveries';
import type { FunctionDefinition, FunctionInvoker } from '../lambda/invocation';
import type { Scenario } from '../model/scenario';
import { mappingEdges, type MappingEdge } from '../sqs/mappings';
import { servePutEventsCall, type PutEventsTarget } from './eventbridge-send';
import type { ServiceCall } from './graph-calls';
import { mappingOf, nextQueue, plural, receiveOnce } from './sqs-deliver';
import { outgoingEdge, SqsRunState, type PendingSpan } from './sqs-run-state';
import { serveSqsCall } from './sqs-send';
import { TraceRecorder } from './trace';
import type { RunEnvironment, RunResult } from './types';

/** Maximum invocations of one Run, so that endless retries and loops end. */
export const MAX_RUN_INVOCATIONS = 25;

interface PendingEvent {
  bus: ResolvedBus;
  event: EventBridgeEvent;
  /** The span of the PutEvents call; the rules' spans go beneath it. */
  span: PendingSpan;
}

/** The shared state machine of a Run: queues, buses, clock, trace, invocations. */
export class GraphRun implements PutEventsTarget {
  readonly state: SqsRunState;
  deliveries: AsyncDelivery[] = [];
  private readonly mappings: MappingEdge[];
  private readonly events: PendingEvent[] = [];

  constructor(
    readonly scenario: Scenario,
    env: RunEnvironment,
    private readonly invoker: FunctionInvoker,
  ) {
    this.state = new SqsRunState(scenario, env);
    this.mappings = mappingEdges(scenario);
  }

  /** Serves a handler's SQS or EventBridge call; undefined for other packages. */
  serve(call: ServiceCall, fn: FunctionDefinition): Promise<unknown> | undefined {
    return serveSqsCall(call, fn, this.state) ?? servePutEventsCall(call, fn, this);
  }

  findBus(nameOrArn: string): ResolvedBus | undefined {
    return busNodes(this.scenario).find((bus) => bus.name === nameOrArn || bus.arn === nameOrArn);
  }

  putEdge(functionNodeId: string, bus: ResolvedBus): string | undefined {
    return outgoingEdge(this.scenario, functionNodeId, bus.node.id);
  }

  nowEpochMs(): number {
    return this.state.startMs + this.state.clockMs;
  }

  random(): number {
    return this.state.random();
  }

  acceptEvent(bus: ResolvedBus, event: EventBridgeEvent, fn: FunctionDefinition, edgeId: string, requestId?: string): void {
    const span = this.state.bufferSpan(fn, requestId, {
      nodeId: bus.node.id,
      edgeId,
      label: `${fn.functionName} put an event on ${bus.name}`,
      status: 'ok',
      payload: event,
    });
    this.events.push({ bus, event, span });
  }

  recordDropped(busName: string, fn: FunctionDefinition, eventId: string, requestId?: string): void {
    this.state.bufferSpan(fn, requestId, {
      label: `${fn.functionName} put an event on ${busName}, which does not exist`,
      status: 'error',
      payload: { EventId: eventId, EventBusName: busName },
      detail: `EventBridge accepts the entry and returns an EventId, but no rule sees it. Check EventBusName; the buses here are: ${busNodes(this.scenario).map((bus) => bus.name).join(', ') || 'none'}.`,
    });
  }

  /** True when handlers sent something that the Run has not followed yet. */
  hasWork(): boolean {
    return this.state.hasPendingSpans() || this.events.length > 0;
  }

  /**
   * Follows every message and event until none is left; false when it
   * stopped at MAX_RUN_INVOCATIONS.
   */
  async drain(): Promise<boolean> {
    const { state } = this;
    for (;;) {
      state.flushSendSpans();
      const pending = this.events.shift();
      if (pending) {
        if (state.invocations.length >= MAX_RUN_INVOCATIONS) {
          return false;
        }
        await this.route(pending);
        continue;
      }
      const next = nextQueue(state, this.mappings);
      if (!next) {
        return true;
      }
      if (state.invocations.length >= MAX_RUN_INVOCATIONS) {
        return false;
      }
      state.waitUntil(
        next.at,
        next.queue.settings.id,
        `Waiting ${Number(((next.at - state.clockMs) / 1000).toFixed(3))} s until messages in ${next.queue.name} are visible again`,
        'Messages that were received and not deleted stay hidden until their visibility timeout ends.',
      );
      await receiveOnce(state, next.queue, next.mapping, this.invoker);
    }
  }

  private async route(pending: PendingEvent): Promise<void> {
    const { state } = this;
    const context = asyncRunContext(this.scenario, this.invoker, state.env, state.trace);
    context.epochMs = state.startMs;
    context.invocations = state.invocations;
    context.deliveries = this.deliveries;
    const parentId = pending.span.id ?? state.rootId;
    const endMs = await routeEvent(context, pending.bus, pending.event, state.clockMs, parentId, 0);
    state.clockMs = Math.max(state.clockMs, endMs);
  }

  /** Says what was left in queues at the end, or undefined when all was processed. */
  outcomeMessage(finished: boolean): string | undefined {
    const { state } = this;
    const parts: string[] = [];
    if (!finished) {
      parts.push(
        `The Run stopped after ${MAX_RUN_INVOCATIONS} invocations; add a RedrivePolicy with a lower maxReceiveCount, fix the handler so messages are deleted, or stop functions from triggering each other in a loop.`,
      );
    }
    for (const [queueId, count] of state.deadLettered) {
      const queue = state.queues.get(queueId);
      parts.push(`${plural(count, 'message')} moved from ${queue?.name ?? queueId} to its dead-letter queue after ${queue?.settings.maxReceiveCount} receives.`);
    }
    for (const queue of state.touched) {
      if (queue.messages.length > 0 && !mappingOf(this.mappings, queue)) {
        const verb = queue.messages.length === 1 ? 'stays' : 'stay';
        parts.push(`${plural(queue.messages.length, 'message')} ${verb} in ${queue.name}: no enabled event source mapping reads it.`);
      }
    }

    return parts.length > 0 ? parts.join(' ') : undefined;
  }

  /**
   * Continues an entry's result with what its handlers sent: the trace and
   * invocations grow in place, deliveries and the message are added. A
   * result whose handlers sent nothing comes back unchanged.
   */
  async continueAfter(result: RunResult): Promise<RunResult> {
    if (!this.hasWork()) {
      return result;
    }
    const { state } = this;
    state.trace = new TraceRecorder(result.trace);
    state.invocations = result.invocations;
    state.rootId = result.trace[0]?.id ?? '';
    state.clockMs = Math.max(state.clockMs, ...result.trace.map((span) => span.endMs));
    this.deliveries = result.deliveries ?? [];
    const finished = await this.drain();
    const message = [result.message, this.outcomeMessage(finished)].filter(Boolean).join(' ');

    return {
      ...result,
      invocations: state.invocations,
      trace: state.trace.spans,
      ...(this.deliveries.length > 0 ? { deliveries: this.deliveries } : {}),
      ...(message ? { message } : {}),
    };
  }
}
