import type { Batch, MappingModel } from '../sqs/mapping';
import type { MessageRun } from '../sqs/message-run';
import type { ObservedInvocation, ObservedMessage } from './types';

/** Lists the messages of runs one by one; costs one object per message. */
export function observedMessages(runs: readonly MessageRun[]): ObservedMessage[] {
  const messages: ObservedMessage[] = [];
  for (const run of runs) {
    for (let offset = 0; offset < run.count; offset += 1) {
      messages.push({
        loadIndex: run.origin.loadIndex,
        serial: run.firstSerial + offset * run.serialStride,
        groupId: run.groupId,
        receiveCount: run.receiveCount,
      });
    }
  }

  return messages;
}

/** Describes a batch that never reached the handler. */
export function observeRuns(
  time: number,
  mapping: MappingModel,
  runs: readonly MessageRun[],
  outcome: ObservedInvocation['outcome'],
): ObservedInvocation {
  return {
    time,
    endTime: time,
    mappingId: mapping.settings.edgeId,
    functionId: mapping.target.id,
    messages: observedMessages(runs),
    outcome,
    failedItems: 0,
    coldStart: false,
  };
}

/** Describes a finished invocation. */
export function observeBatch(batch: Batch, failedItems: number): ObservedInvocation {
  const outcome = batch.outcome;

  return {
    time: batch.receivedAt,
    endTime: batch.receivedAt + (outcome ? outcome.initMs + outcome.durationMs : 0),
    mappingId: batch.mapping.settings.edgeId,
    functionId: batch.mapping.target.id,
    messages: observedMessages(batch.runs),
    outcome: outcome?.kind ?? 'error',
    failedItems,
    coldStart: batch.coldStart,
  };
}
