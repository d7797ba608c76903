import { functionDefinition } from '../lambda/definition';
import type { FunctionInvoker, InvocationRecord } from '../lambda/invocation';
import type { Scenario, ScenarioNode } from '../model/scenario';
import { interpretBatchResponse } from '../sqs/batch-response';
import { buildSqsEvent, type SqsMessageInput } from '../sqs/event';
import { mappingEdges, type MappingEdge } from '../sqs/mappings';
import { effectiveVisibilityMs } from '../sqs/resolve';
import { randomUuid } from '../util/random';
import { ServiceCallError, type GraphCallRouter } from './graph-calls';
import type { RunMessage, RunQueue, SendResult } from './sqs-run-queue';
import { SqsRunState } from './sqs-run-state';
import { serveSqsCall } from './sqs-send';
import type { ClientResponse, RunEnvironment, RunResult } from './types';

/** Maximum invocations of one Run, so that endless retries end. */
export const MAX_RUN_INVOCATIONS = 25;
/** SendMessageBatch takes at most 10 entries; more are sent as several calls. */
const SEND_BATCH_SIZE = 10;

interface SendBatchOutput {
  Successful: (SendResult & { Id: string })[];
  Failed: { Id: string; SenderFault: boolean; Code: string; Message: string }[];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Keeps Run times at the 0.01 ms precision of REPORT durations. */
function roundMs(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Sends the input messages as SendMessageBatch calls of up to 10 entries. */
function sendInput(state: SqsRunState, queue: RunQueue, messages: readonly SqsMessageInput[]): SendBatchOutput {
  const output: SendBatchOutput = { Successful: [], Failed: [] };
  messages.forEach((message, index) => {
    const id = String(index);
    try {
      const { result } = queue.send(
        {
          body: message.body,
          ...(message.messageAttributes ? { attributes: message.messageAttributes } : {}),
          ...(message.messageGroupId !== undefined ? { groupId: message.messageGroupId } : {}),
          ...(message.messageDeduplicationId !== undefined ? { deduplicationId: message.messageDeduplicationId } : {}),
        },
        0,
        state.scenario.settings.accountId,
      );
      output.Successful.push({ Id: id, ...result });
    } catch (cause) {
      if (!(cause instanceof ServiceCallError)) {
        throw cause;
      }
      output.Failed.push({ Id: id, SenderFault: true, Code: cause.name, Message: cause.message });
    }
  });
  state.touch(queue);
  const calls = Math.ceil(messages.length / SEND_BATCH_SIZE);
  state.trace.add({
    parentId: state.rootId,
    nodeId: queue.settings.id,
    label: `SendMessageBatch: ${plural(output.Successful.length, 'message')} stored in ${queue.name}`,
    startMs: 0,
    endMs: 0,
    status: output.Failed.length > 0 ? 'error' : 'ok',
    payload: output,
    ...(calls > 1 ? { detail: `Sent as ${calls} SendMessageBatch calls of up to ${SEND_BATCH_SIZE} entries; the response merges them.` } : {}),
  });

  return output;
}

/** Finds the enabled mapping that reads a queue. NOTE: with several, only the first one runs. */
function mappingOf(mappings: MappingEdge[], queue: RunQueue): MappingEdge | undefined {
  return mappings.find((mapping) => mapping.queue.id === queue.settings.id && mapping.config.Enabled);
}

/** Picks the queue with a mapping whose next message is visible first. */
function nextQueue(state: SqsRunState, mappings: MappingEdge[]): { queue: RunQueue; mapping: MappingEdge; at: number } | undefined {
  let best: { queue: RunQueue; mapping: MappingEdge; at: number } | undefined;
  for (const queue of state.touched) {
    const mapping = mappingOf(mappings, queue);
    const at = queue.nextVisibleAt();
    if (mapping && at !== undefined && (best === undefined || at < best.at)) {
      best = { queue, mapping, at };
    }
  }

  return best;
}

function batchEvent(state: SqsRunState, queue: RunQueue, batch: RunMessage[]) {
  const [, , , region = state.scenario.settings.region, accountId = state.scenario.settings.accountId] =
    queue.settings.arn.split(':');
  const inputs: SqsMessageInput[] = batch.map((message) => ({
    body: message.body,
    messageId: message.messageId,
    messageAttributes: message.attributes,
    ...(message.groupId !== undefined ? { messageGroupId: message.groupId } : {}),
    ...(message.deduplicationId !== undefined ? { messageDeduplicationId: message.deduplicationId } : {}),
    ...(message.sequenceNumber !== undefined ? { sequenceNumber: message.sequenceNumber } : {}),
    approximateReceiveCount: message.receiveCount,
    sentTimestamp: state.startMs + message.sentAtMs,
    firstReceiveTimestamp: state.startMs + (message.firstReceiveAtMs ?? state.clockMs),
    senderId: message.senderId,
    ...(message.deadLetterSourceArn ? { deadLetterQueueSourceArn: message.deadLetterSourceArn } : {}),
  }));

  return buildSqsEvent(inputs, {
    region,
    accountId,
    queueArn: queue.settings.arn,
    fifo: queue.settings.fifo,
    now: state.startMs + state.clockMs,
    random: state.env.random,
  });
}

function addInvocationSpans(state: SqsRunState, record: InvocationRecord, mapping: MappingEdge, event: unknown): void {
  const functionId = mapping.target.id;
  if (record.initDurationMs !== undefined) {
    state.trace.add({
      parentId: state.rootId,
      nodeId: functionId,
      edgeId: mapping.edge.id,
      label: 'Lambda init (cold start)',
      startMs: state.clockMs,
      endMs: roundMs(state.clockMs + record.initDurationMs),
      status: 'ok',
    });
    state.clockMs = roundMs(state.clockMs + record.initDurationMs);
  }
  const invokeStartMs = state.clockMs;
  state.trace.add({
    parentId: state.rootId,
    nodeId: functionId,
    edgeId: mapping.edge.id,
    label: `Lambda invoke (${record.outcome})`,
    startMs: state.clockMs,
    endMs: roundMs(state.clockMs + record.durationMs),
    status: record.outcome === 'success' ? 'ok' : 'error',
    payload: event,
    detail: `Request ${record.requestId}, billed ${record.billedDurationMs} ms`,
  });
  state.flushSendSpans(invokeStartMs);
  state.clockMs = roundMs(state.clockMs + record.durationMs);
}

/**
 * Applies Lambda's reading of the result: success deletes the batch, an
 * error or timeout leaves every message to return after the visibility
 * timeout, and with ReportBatchItemFailures only the listed ones return.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 */
function settleBatch(
  state: SqsRunState,
  queue: RunQueue,
  mapping: MappingEdge,
  batch: RunMessage[],
  record: InvocationRecord,
  visibilityMs: number,
): void {
  let failed: RunMessage[] = batch;
  let reason = `the function ended with ${record.outcome === 'success' ? 'an invalid batch response' : `outcome ${record.outcome}`}`;
  if (record.outcome === 'success') {
    const reportsItems = mapping.config.FunctionResponseTypes.includes('ReportBatchItemFailures');
    const verdict = reportsItems
      ? interpretBatchResponse(record.payload, batch.map((message) => message.messageId))
      : ({ kind: 'success' } as const);
    if (verdict.kind === 'success') {
      failed = [];
    } else if (verdict.kind === 'partial') {
      const ids = new Set(verdict.failedMessageIds);
      failed = batch.filter((message) => ids.has(message.messageId));
      reason = 'the function listed them in batchItemFailures';
    } else {
      reason = `Lambda treats the response as a complete failure: ${verdict.reason}`;
    }
  }
  const deleted = batch.filter((message) => !failed.includes(message));
  queue.remove(deleted);
  if (deleted.length > 0) {
    state.trace.add({
      parentId: state.rootId,
      nodeId: queue.settings.id,
      edgeId: mapping.edge.id,
      label: `${plural(deleted.length, 'message')} deleted from ${queue.name}`,
      startMs: state.clockMs,
      endMs: state.clockMs,
      status: 'ok',
    });
  }
  if (failed.length > 0) {
    state.trace.add({
      parentId: state.rootId,
      nodeId: queue.settings.id,
      edgeId: mapping.edge.id,
      label: `${plural(failed.length, 'message')} ${failed.length === 1 ? 'stays' : 'stay'} in ${queue.name} and ${failed.length === 1 ? 'returns' : 'return'} after the visibility timeout (${visibilityMs / 1000} s)`,
      startMs: state.clockMs,
      endMs: state.clockMs,
      status: 'error',
      payload: failed.map((message) => message.messageId),
      detail: `They return because ${reason}.`,
    });
  }
}

/** Runs one receive of a mapping: redrive, batching window, invoke, settle. */
async function receiveOnce(
  state: SqsRunState,
  queue: RunQueue,
  mapping: MappingEdge,
  invoker: FunctionInvoker,
): Promise<void> {
  const exhausted = queue.takeExhausted(state.clockMs);
  if (exhausted.length > 0) {
    state.deadLetter(queue, exhausted);
  }
  const { BatchSize: batchSize, MaximumBatchingWindowInSeconds: window } = mapping.config;
  const visibleNow = queue.messages.filter((message) => message.visibleAtMs <= state.clockMs).length;
  if (visibleNow === 0) {
    return;
  }
  if (window > 0 && visibleNow < batchSize) {
    state.waitUntil(
      state.clockMs + window * 1000,
      queue.settings.id,
      `Batching window: waiting ${window} s for more messages`,
      `The batch holds ${visibleNow} of BatchSize ${batchSize}; Lambda invokes when the window ends or the batch is full.`,
    );
  }
  const definition = functionDefinition(state.scenario, mapping.target);
  const visibilityMs = effectiveVisibilityMs(
    queue.settings.visibilityTimeoutMs,
    window * 1000,
    definition.timeoutSeconds * 1000,
  );
  const batch = queue.receive(state.clockMs, batchSize, state.clockMs + visibilityMs);
  if (batch.length === 0) {
    return;
  }
  const event = batchEvent(state, queue, batch);
  const counts = [...new Set(batch.map((message) => message.receiveCount))].join(', ');
  state.trace.add({
    parentId: state.rootId,
    nodeId: queue.settings.id,
    edgeId: mapping.edge.id,
    label: `Event source mapping received ${plural(batch.length, 'message')} from ${queue.name}`,
    startMs: state.clockMs,
    endMs: state.clockMs,
    status: 'ok',
    detail: `ApproximateReceiveCount ${counts}; hidden for ${visibilityMs / 1000} s while the function runs.`,
  });
  state.invoking = true;
  let record: InvocationRecord;
  try {
    record = await invoker.invoke({ function: definition, event, requestId: randomUuid(state.env.random) });
  } finally {
    state.invoking = false;
  }
  state.invocations.push(record);
  addInvocationSpans(state, record, mapping, event);
  settleBatch(state, queue, mapping, batch, record, visibilityMs);
}

/** Delivers every queued message through its mapping until none is left or the limit is hit. */
async function deliver(state: SqsRunState, mappings: MappingEdge[], invoker: FunctionInvoker): Promise<boolean> {
  for (;;) {
    const next = nextQueue(state, mappings);
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
    await receiveOnce(state, next.queue, next.mapping, invoker);
  }
}

/** Describes what was left in queues at the end of the Run, or undefined when all were processed. */
function outcomeMessage(state: SqsRunState, mappings: MappingEdge[], finished: boolean): string | undefined {
  const parts: string[] = [];
  if (!finished) {
    parts.push(`The Run stopped after ${MAX_RUN_INVOCATIONS} invocations; add a RedrivePolicy with a lower maxReceiveCount or fix the handler so messages are deleted.`);
  }
  for (const [queueId, count] of state.deadLettered) {
    const queue = state.queues.get(queueId);
    parts.push(`${plural(count, 'message')} moved from ${queue?.name ?? queueId} to its dead-letter queue after ${queue?.settings.maxReceiveCount} receives.`);
  }
  for (const queue of state.touched) {
    if (queue.messages.length > 0 && !mappingOf(mappings, queue)) {
      const verb = queue.messages.length === 1 ? 'stays' : 'stay';
      parts.push(`${plural(queue.messages.length, 'message')} ${verb} in ${queue.name}: no enabled event source mapping reads it.`);
    }
  }

  return parts.length > 0 ? parts.join(' ') : undefined;
}

/**
 * Sends messages into a queue node and runs what follows. The event source
 * mapping forms batches and the real handler runs for each. Failed messages
 * return after the visibility timeout on the virtual clock, and move to the
 * dead-letter queue after maxReceiveCount receives. Messages the handlers
 * send to connected queues continue through the graph in the same Run.
 */
export async function runSqsMessages(
  scenario: Scenario,
  node: ScenarioNode & { type: 'sqs' },
  messages: readonly SqsMessageInput[],
  invoker: FunctionInvoker,
  env: RunEnvironment,
  router?: GraphCallRouter,
): Promise<RunResult> {
  const state = new SqsRunState(scenario, env);
  const entry = state.queues.get(node.id) as RunQueue;
  state.rootId = state.trace.add({
    nodeId: node.id,
    label: `Client → SendMessageBatch to ${entry.name}`,
    startMs: 0,
    endMs: 0,
    status: 'ok',
    payload: messages,
  });
  const output = sendInput(state, entry, messages);
  const mappings = mappingEdges(scenario);
  const detach = router?.attach((call, fn) => serveSqsCall(call, fn, state));
  let finished: boolean;
  try {
    finished = await deliver(state, mappings, invoker);
  } finally {
    detach?.();
  }
  const message = outcomeMessage(state, mappings, finished);
  const failed = !finished || state.deadLettered.size > 0 || output.Failed.length > 0;
  state.trace.closeRoot(state.clockMs, failed ? 'error' : 'ok');
  const response: ClientResponse = {
    statusCode: 200,
    statusText: 'OK',
    headers: [['Content-Type', 'application/x-amz-json-1.0']],
    body: JSON.stringify(output),
  };

  return {
    entryNodeId: node.id,
    response,
    invocations: state.invocations,
    trace: state.trace.spans,
    ...(message ? { message } : {}),
  };
}
