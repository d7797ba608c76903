import type { FunctionInvoker, InvocationRecord } from '../lambda/invocation';
import type { BatchOutcome } from '../lambda/outcome-model';
import type { Scenario } from '../model/scenario';
import { interpretBatchResponse } from '../sqs/batch-response';
import { buildSqsEvent, type SqsMessageInput } from '../sqs/event';
import type { Batch } from '../sqs/mapping';
import { DEFAULT_EPOCH_MS } from './epoch';
import { messageIdOf } from './message-ids';
import { createSimulation } from './simulation';
import type { AsyncSimulationOptions, SimulationResult } from './types';
import type { SimulationWorld } from './world';

const DEFAULT_MAX_REAL_INVOCATIONS = 200;

/** Builds the SQS event Lambda would pass for a batch. */
export function batchEvent(world: SimulationWorld, batch: Batch, epochMs: number): { event: ReturnType<typeof buildSqsEvent>; ids: string[] } {
  const queue = batch.mapping.queue.settings;
  const messages: SqsMessageInput[] = [];
  for (const run of batch.runs) {
    for (let offset = 0; offset < run.count; offset += 1) {
      const serial = run.firstSerial + offset * run.serialStride;
      const source = run.deadLetterSource ? world.queues.get(run.deadLetterSource) : undefined;
      messages.push({
        body: run.origin.body,
        messageId: messageIdOf(world.scenario.settings.seed, run.origin.loadIndex, serial),
        messageGroupId: run.groupId,
        approximateReceiveCount: run.receiveCount,
        sentTimestamp: Math.round(epochMs + run.sentAt + offset * run.sentStep),
        firstReceiveTimestamp: Math.round(epochMs + run.firstReceiveAt),
        deadLetterQueueSourceArn: source?.settings.arn,
      });
    }
  }
  const [, , , region = world.scenario.settings.region, accountId = world.scenario.settings.accountId] =
    queue.arn.split(':');
  const event = buildSqsEvent(messages, {
    region,
    accountId,
    queueArn: queue.arn,
    fifo: queue.fifo,
    now: Math.round(epochMs + batch.receivedAt),
    random: world.random,
  });

  return { event, ids: event.Records.map((record) => record.messageId) };
}

/** Turns a real invocation into the simulator's outcome of the batch. */
export function outcomeOfRecord(
  record: InvocationRecord,
  batch: Batch,
  ids: readonly string[],
): BatchOutcome {
  const initMs = record.initDurationMs ?? 0;
  const durationMs = Math.max(1, record.durationMs);
  if (record.outcome === 'timeout') {
    return { kind: 'timeout', initMs, durationMs: batch.mapping.target.settings.timeoutMs, reason: 'Task timed out' };
  }
  if (record.outcome !== 'success') {
    return { kind: 'error', initMs, durationMs, reason: `the handler failed (${record.outcome})` };
  }
  if (!batch.mapping.settings.reportItemFailures) {
    return { kind: 'success', initMs, durationMs };
  }
  const verdict = interpretBatchResponse(record.payload, ids);
  switch (verdict.kind) {
    case 'success':
      return { kind: 'success', initMs, durationMs };
    case 'failure':
      return { kind: 'error', initMs, durationMs, reason: verdict.reason };
    case 'partial':
      return {
        kind: 'success',
        initMs,
        durationMs,
        itemFailures: { kind: 'indices', indices: verdict.failedMessageIds.map((id) => ids.indexOf(id)) },
      };
  }
}

/**
 * Runs a scenario whose invocations run the real handlers through `invoker`,
 * up to `maxRealInvocations`; later ones, and all without an invoker, come
 * from the model. Virtual time uses each invocation's measured duration.
 */
export async function simulateAsync(
  scenario: Scenario,
  options: AsyncSimulationOptions = {},
): Promise<SimulationResult> {
  const simulation = createSimulation(scenario, options);
  const world = simulation.world;
  const invoker: FunctionInvoker | undefined = options.invoker;
  const limit = options.maxRealInvocations ?? DEFAULT_MAX_REAL_INVOCATIONS;
  const epochMs = options.epochMs ?? DEFAULT_EPOCH_MS;
  if (invoker) {
    const modelOutcome = world.runInvocation;
    world.runInvocation = (batch) => {
      if (world.realInvocations >= limit) {
        return modelOutcome(batch);
      }
      world.realInvocations += 1;
      world.started();
      const { event, ids } = batchEvent(world, batch, epochMs);
      return invoker
        .invoke({ function: batch.mapping.target.settings.definition, event })
        .then((record) => outcomeOfRecord(record, batch, ids));
    };
  }
  const chunk = options.progressEvery ?? 50_000;
  for (;;) {
    const state = simulation.step(chunk);
    if (state.state === 'done') {
      return state.result;
    }
    if (state.state === 'waiting') {
      await state.ready;
    }
  }
}
