import type { FunctionDefinition, InvocationRecord } from '../lambda/invocation';
import { findNode } from '../model/resolve';
import type { Scenario } from '../model/scenario';
import { queueNodes, queueSettings } from '../sqs/resolve';
import { TraceRecorder } from './trace';
import type { RunEnvironment, TraceSpan } from './types';
import { RunQueue, type RunMessage, type SendResult } from './sqs-run-queue';
import type { SqsSendTarget } from './sqs-send';

/** Id of the edge from a function to a node (Lambda→SQS, Lambda→EventBridge), if one exists. */
export function outgoingEdge(scenario: Scenario, functionNodeId: string, targetId: string): string | undefined {
  if (findNode(scenario, functionNodeId)?.type !== 'lambda') {
    return undefined;
  }

  return scenario.edges.find((edge) => edge.source === functionNodeId && edge.target === targetId)?.id;
}

/** Returns a queue's URL as SQS shows it: https://sqs.REGION.amazonaws.com/ACCOUNT/NAME. */
export function queueUrl(region: string, accountId: string, name: string): string {
  return `https://sqs.${region}.amazonaws.com/${accountId}/${name}`;
}

/** Reads region, account and queue name from a QueueUrl; undefined for anything else. */
function parseQueueUrl(url: string): { region: string; accountId: string; name: string } | undefined {
  const match = /^https?:\/\/([^/]+)\/(\d{12})\/([A-Za-z0-9_.-]{1,80})\/?$/.exec(url);
  if (!match) {
    return undefined;
  }
  const [, host = '', accountId = '', name = ''] = match;
  // Current endpoints are sqs.REGION.amazonaws.com; legacy ones REGION.queue.amazonaws.com.
  const region =
    /^sqs\.([a-z0-9-]+)\.amazonaws\.com$/.exec(host)?.[1] ??
    /^([a-z0-9-]+)\.queue\.amazonaws\.com$/.exec(host)?.[1] ??
    (host === 'queue.amazonaws.com' ? 'us-east-1' : undefined);

  return region === undefined ? undefined : { region, accountId, name };
}

/** A span recorded while a handler ran, placed once its invocation is traced. */
export interface PendingSpan {
  span: Omit<TraceSpan, 'id' | 'parentId' | 'startMs' | 'endMs'>;
  functionNodeId: string;
  requestId?: string;
  /** Set when the span is added to the trace. */
  id?: string;
}

/**
 * The state of one Run through the graph: every queue of the scenario, the
 * virtual clock, the trace and the invocations so far. It also serves the
 * handlers' SendMessage calls, so sent messages join the same Run.
 */
export class SqsRunState implements SqsSendTarget {
  /** Replaced when the Run continues the trace of an entry (see GraphRun). */
  trace = new TraceRecorder();
  invocations: InvocationRecord[] = [];
  readonly queues = new Map<string, RunQueue>();
  /** Run time in ms since the input arrived. */
  clockMs = 0;
  rootId = '';
  /** Messages moved to a dead-letter queue, by source queue node id. */
  readonly deadLettered = new Map<string, number>();
  /** Queues that received messages during the Run, in order of first arrival. */
  readonly touched: RunQueue[] = [];
  readonly startMs: number;
  private readonly pendingSpans: PendingSpan[] = [];

  constructor(
    readonly scenario: Scenario,
    readonly env: RunEnvironment,
  ) {
    this.startMs = env.now();
    const { region, accountId } = scenario.settings;
    for (const { node, config } of queueNodes(scenario)) {
      const name = config.QueueName ?? node.id;
      this.queues.set(
        node.id,
        new RunQueue(
          queueSettings(scenario, node),
          name,
          queueUrl(region, accountId, name),
          config.ContentBasedDeduplication,
          env.random,
        ),
      );
    }
  }

  nowMs(): number {
    return this.clockMs;
  }

  random(): number {
    return this.env.random();
  }

  /** Marks a queue as holding messages of this Run. */
  touch(queue: RunQueue): void {
    if (!this.touched.includes(queue)) {
      this.touched.push(queue);
    }
  }

  findQueue(url: string): RunQueue | undefined {
    const parsed = parseQueueUrl(url);
    const { region, accountId } = this.scenario.settings;
    for (const queue of this.queues.values()) {
      if (parsed) {
        if (parsed.name === queue.name && parsed.accountId === accountId && parsed.region === region) {
          return queue;
        }
      } else if (url === queue.name) {
        return queue;
      }
    }

    return undefined;
  }

  sendEdge(functionNodeId: string, queue: RunQueue): string | undefined {
    return outgoingEdge(this.scenario, functionNodeId, queue.settings.id);
  }

  recordSend(
    queue: RunQueue,
    fn: FunctionDefinition,
    edgeId: string,
    results: SendResult[],
    dropped: number,
    requestId?: string,
  ): void {
    this.touch(queue);
    const stored = results.length - dropped;
    this.bufferSpan(fn, requestId, {
      nodeId: queue.settings.id,
      edgeId,
      label: `${fn.functionName} sent ${results.length} message${results.length === 1 ? '' : 's'} to ${queue.name}`,
      status: 'ok',
      payload: results,
      ...(dropped > 0
        ? { detail: `${dropped} duplicate${dropped === 1 ? ' was' : 's were'} accepted but not stored (same deduplication id within 5 minutes); ${stored} stored.` }
        : {}),
    });
  }

  /** Keeps a span of a call a handler made until its invocation is traced. */
  bufferSpan(fn: FunctionDefinition, requestId: string | undefined, span: PendingSpan['span']): PendingSpan {
    const pending: PendingSpan = { span, functionNodeId: fn.nodeId, ...(requestId ? { requestId } : {}) };
    this.pendingSpans.push(pending);

    return pending;
  }

  /** True while spans of calls wait for their invocation's span. */
  hasPendingSpans(): boolean {
    return this.pendingSpans.length > 0;
  }

  /**
   * Adds the spans of calls made by handlers, each beneath the span of the
   * invocation that made it (at its start), or at the current time when the
   * call came from module scope.
   */
  flushSendSpans(): void {
    for (const pending of this.pendingSpans.splice(0)) {
      const invoke = pending.requestId === undefined ? undefined : this.invokeSpan(pending.functionNodeId, pending.requestId);
      pending.id = invoke
        ? this.trace.addChild(invoke, { ...pending.span, startMs: invoke.startMs, endMs: invoke.startMs })
        : this.trace.add({ ...pending.span, parentId: this.rootId, startMs: this.clockMs, endMs: this.clockMs });
    }
  }

  /** Finds the latest span of an invocation; every entry labels it `Request ID, …`. */
  private invokeSpan(functionNodeId: string, requestId: string): TraceSpan | undefined {
    const prefix = `Request ${requestId},`;
    for (let index = this.trace.spans.length - 1; index >= 0; index -= 1) {
      const span = this.trace.spans[index] as TraceSpan;
      if (span.nodeId === functionNodeId && span.detail?.startsWith(prefix)) {
        return span;
      }
    }

    return undefined;
  }

  /** Moves messages to the queue's dead-letter queue, inside or outside the scenario. */
  deadLetter(source: RunQueue, messages: RunMessage[]): void {
    const targetId = source.settings.deadLetterQueueId;
    const target = targetId === undefined ? undefined : this.queues.get(targetId);
    for (const message of messages) {
      target?.acceptDeadLetter(message, source.settings.arn, this.clockMs);
    }
    if (target) {
      this.touch(target);
    }
    this.deadLettered.set(source.settings.id, (this.deadLettered.get(source.settings.id) ?? 0) + messages.length);
    const targetName = target ? target.name : (targetId ?? '').replace(/^external:/, '');
    this.trace.add({
      parentId: this.rootId,
      nodeId: target ? target.settings.id : source.settings.id,
      label: `${messages.length} message${messages.length === 1 ? '' : 's'} moved to dead-letter queue ${targetName}`,
      startMs: this.clockMs,
      endMs: this.clockMs,
      status: 'error',
      payload: messages.map((message) => ({ messageId: message.messageId, body: message.body })),
      detail: `Received ${source.settings.maxReceiveCount} times (RedrivePolicy.maxReceiveCount) without being deleted from ${source.name}.`,
    });
  }

  /** Adds a span for waiting on the virtual clock and advances it. */
  waitUntil(timeMs: number, nodeId: string, label: string, detail: string): void {
    if (timeMs <= this.clockMs) {
      return;
    }
    this.trace.add({ parentId: this.rootId, nodeId, label, startMs: this.clockMs, endMs: timeMs, status: 'ok', detail });
    this.clockMs = timeMs;
  }
}
