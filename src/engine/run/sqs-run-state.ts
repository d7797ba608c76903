import type { FunctionDefinition, InvocationRecord } from '../lambda/invocation';
import { findNode } from '../model/resolve';
import type { Scenario } from '../model/scenario';
import { queueNodes, queueSettings } from '../sqs/resolve';
import { TraceRecorder } from './trace';
import type { RunEnvironment, TraceSpan } from './types';
import { RunQueue, type RunMessage, type SendResult } from './sqs-run-queue';
import type { SqsSendTarget } from './sqs-send';

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

/**
 * The state of one Run through queues: every queue of the scenario, the
 * virtual clock, the trace and the invocations so far. It also serves the
 * handlers' SendMessage calls, so sent messages join the same Run.
 */
export class SqsRunState implements SqsSendTarget {
  readonly trace = new TraceRecorder();
  readonly invocations: InvocationRecord[] = [];
  readonly queues = new Map<string, RunQueue>();
  /** Run time in ms since the input arrived. */
  clockMs = 0;
  rootId = '';
  /** Messages moved to a dead-letter queue, by source queue node id. */
  readonly deadLettered = new Map<string, number>();
  /** Queues that received messages during the Run, in order of first arrival. */
  readonly touched: RunQueue[] = [];
  readonly startMs: number;
  /** True while a handler runs; its sends are traced after its invoke span. */
  invoking = false;
  private readonly sendSpans: Omit<TraceSpan, 'id'>[] = [];

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
    const edge = this.scenario.edges.find(
      (candidate) =>
        candidate.source === functionNodeId &&
        candidate.target === queue.settings.id &&
        findNode(this.scenario, functionNodeId)?.type === 'lambda',
    );

    return edge?.id;
  }

  recordSend(queue: RunQueue, fn: FunctionDefinition, edgeId: string, results: SendResult[], dropped: number): void {
    this.touch(queue);
    const stored = results.length - dropped;
    const span: Omit<TraceSpan, 'id'> = {
      parentId: this.rootId,
      nodeId: queue.settings.id,
      edgeId,
      label: `${fn.functionName} sent ${results.length} message${results.length === 1 ? '' : 's'} to ${queue.name}`,
      startMs: this.clockMs,
      endMs: this.clockMs,
      status: 'ok',
      payload: results,
      ...(dropped > 0
        ? { detail: `${dropped} duplicate${dropped === 1 ? ' was' : 's were'} accepted but not stored (same deduplication id within 5 minutes); ${stored} stored.` }
        : {}),
    };
    if (this.invoking) {
      this.sendSpans.push(span);
    } else {
      this.trace.add(span);
    }
  }

  /** Adds the spans of sends made during the last invocation, at `startMs`. */
  flushSendSpans(startMs: number): void {
    for (const span of this.sendSpans.splice(0)) {
      this.trace.add({ ...span, startMs, endMs: startMs });
    }
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
