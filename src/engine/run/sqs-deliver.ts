/**
 * Event source mapping reads of a queue within a Run: batches, the
 * batching window, the real handler's invocation and what Lambda does with
 * its result. Every entry of a Run shares these steps through GraphRun.
 */
import { functionDefinition } from '../lambda/definition';
import type { FunctionInvoker, InvocationRecord } from '../lambda/invocation';
import { interpretBatchResponse } from '../sqs/batch-response';
import { buildSqsEvent, type SqsMessageInput } from '../sqs/event';
import type { MappingEdge } from '../sqs/mappings';
import { effectiveVisibilityMs } from '../sqs/resolve';
import { randomUuid } from '../util/random';
import type { RunMessage, RunQueue } from './sqs-run-queue';
import type { SqsRunState } from './sqs-run-state';

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Keeps Run times at the 0.01 ms precision of REPORT durations. */
export function roundMs(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Finds the enabled mapping that reads a queue. NOTE: with several, only the first one runs. */
export function mappingOf(mappings: MappingEdge[], queue: RunQueue): MappingEdge | undefined {
  return mappings.find((mapping) => mapping.queue.id === queue.settings.id && mapping.config.Enabled);
}

/** Picks the queue with a mapping whose next message is visible first. */
export function nextQueue(state: SqsRunState, mappings: MappingEdge[]): { queue: RunQueue; mapping: MappingEdge; at: number } | undefined {
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
    // SQS timestamps are whole epoch milliseconds; the Run clock has fractions.
    sentTimestamp: Math.floor(state.startMs + message.sentAtMs),
    firstReceiveTimestamp: Math.floor(state.startMs + (message.firstReceiveAtMs ?? state.clockMs)),
    senderId: message.senderId,
    ...(message.deadLetterSourceArn ? { deadLetterQueueSourceArn: message.deadLetterSourceArn } : {}),
  }));

  return buildSqsEvent(inputs, {
    region,
    accountId,
    queueArn: queue.settings.arn,
    fifo: queue.settings.fifo,
    now: Math.floor(state.startMs + state.clockMs),
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
  state.clockMs = roundMs(state.clockMs + record.durationMs);
  state.flushSendSpans();
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
export async function receiveOnce(
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
  const record = await invoker.invoke({ function: definition, event, requestId: randomUuid(state.env.random) });
  state.invocations.push(record);
  addInvocationSpans(state, record, mapping, event);
  settleBatch(state, queue, mapping, batch, record, visibilityMs);
}

