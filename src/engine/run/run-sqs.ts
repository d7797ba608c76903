import type { ScenarioNode } from '../model/scenario';
import type { SqsMessageInput } from '../sqs/event';
import { ServiceCallError } from './graph-calls';
import type { GraphRun } from './graph-run';
import { plural } from './sqs-deliver';
import type { RunQueue, SendResult } from './sqs-run-queue';
import type { SqsRunState } from './sqs-run-state';
import type { ClientResponse, RunResult } from './types';

export { MAX_RUN_INVOCATIONS } from './graph-run';
/** SendMessageBatch takes at most 10 entries; more are sent as several calls. */
const SEND_BATCH_SIZE = 10;

interface SendBatchOutput {
  Successful: (SendResult & { Id: string })[];
  Failed: { Id: string; SenderFault: boolean; Code: string; Message: string }[];
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

/**
 * Sends messages into a queue node and runs what follows. The event source
 * mapping forms batches and the real handler runs for each. Failed messages
 * return after the visibility timeout on the virtual clock, and move to the
 * dead-letter queue after maxReceiveCount receives. What the handlers send
 * continues through the graph in the same Run (`graph`).
 */
export async function runSqsMessages(
  graph: GraphRun,
  node: ScenarioNode & { type: 'sqs' },
  messages: readonly SqsMessageInput[],
): Promise<RunResult> {
  const { state } = graph;
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
  const finished = await graph.drain();
  const message = graph.outcomeMessage(finished);
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
    ...(graph.deliveries.length > 0 ? { deliveries: graph.deliveries } : {}),
    ...(message ? { message } : {}),
  };
}
