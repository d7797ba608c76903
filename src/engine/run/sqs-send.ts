import type { FunctionDefinition } from '../lambda/invocation';
import type { MessageAttributeInput } from '../sqs/message-attributes';
import { randomUuid } from '../util/random';
import { ServiceCallError, type ServiceCall } from './graph-calls';
import type { OutgoingMessage, RunQueue, SendResult } from './sqs-run-queue';

/** The package whose commands this module serves. */
export const SQS_MODULE = '@aws-sdk/client-sqs';

const MAX_BATCH_ENTRIES = 10;
const BATCH_ID_PATTERN = /^[A-Za-z0-9_-]{1,80}$/;

/** The queues of a Run, as the SQS stand-in reaches them. */
export interface SqsSendTarget {
  /** Finds the scenario's queue that a QueueUrl or a queue name refers to. */
  findQueue(queueUrl: string): RunQueue | undefined;
  /** Id of the Lambda→SQS edge from a function to a queue, if one exists. */
  sendEdge(functionNodeId: string, queue: RunQueue): string | undefined;
  /** Current Run time in ms. */
  nowMs(): number;
  random(): number;
  /** Records messages a function sent, for the trace and for delivery. */
  recordSend(
    queue: RunQueue,
    fn: FunctionDefinition,
    edgeId: string,
    results: SendResult[],
    dropped: number,
    requestId?: string,
  ): void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function metadata(random: () => number) {
  return { httpStatusCode: 200, requestId: randomUuid(random), attempts: 1, totalRetryDelay: 0 };
}

function outgoing(input: Record<string, unknown>): OutgoingMessage {
  return {
    body: input.MessageBody,
    ...(isRecord(input.MessageAttributes)
      ? { attributes: input.MessageAttributes as Record<string, MessageAttributeInput> }
      : {}),
    ...(typeof input.MessageGroupId === 'string' ? { groupId: input.MessageGroupId } : {}),
    ...(typeof input.MessageDeduplicationId === 'string'
      ? { deduplicationId: input.MessageDeduplicationId }
      : {}),
    ...(typeof input.DelaySeconds === 'number' ? { delaySeconds: input.DelaySeconds } : {}),
  };
}

/**
 * Finds the queue a QueueUrl names and checks the function may send to it:
 * an unknown queue is `QueueDoesNotExist`, a queue of the scenario without a
 * Lambda→SQS edge from the function is `AccessDenied`, as IAM would deny it.
 * https://repost.aws/knowledge-center/sqs-queuedoesnotexist-errors
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/troubleshooting-access-denied.html
 */
function resolveQueue(
  input: Record<string, unknown>,
  fn: FunctionDefinition,
  target: SqsSendTarget,
): { queue: RunQueue; edgeId: string } {
  const url = input.QueueUrl;
  if (typeof url !== 'string' || url === '') {
    throw new ServiceCallError('MissingParameter', 'The request must contain the parameter QueueUrl.');
  }
  const queue = target.findQueue(url);
  if (!queue) {
    throw new ServiceCallError(
      'QueueDoesNotExist',
      `The specified queue does not exist. No queue of the scenario has the URL ${url}; use a URL such as https://sqs.REGION.amazonaws.com/ACCOUNT/QUEUE_NAME.`,
    );
  }
  const edgeId = target.sendEdge(fn.nodeId, queue);
  if (edgeId === undefined) {
    const host = new URL(queue.url).origin;
    throw new ServiceCallError(
      'AccessDenied',
      `Access to the resource ${host}/ is denied. Connect function ${fn.functionName} to queue ${queue.name} on the canvas to allow sqs:SendMessage.`,
    );
  }

  return { queue, edgeId };
}

function sendMessage(input: Record<string, unknown>, fn: FunctionDefinition, target: SqsSendTarget, requestId?: string): unknown {
  const { queue, edgeId } = resolveQueue(input, fn, target);
  const { result, stored } = queue.send(outgoing(input), target.nowMs(), fn.accountId);
  target.recordSend(queue, fn, edgeId, [result], stored ? 0 : 1, requestId);

  return { $metadata: metadata(() => target.random()), ...result };
}

function sendMessageBatch(input: Record<string, unknown>, fn: FunctionDefinition, target: SqsSendTarget, requestId?: string): unknown {
  const { queue, edgeId } = resolveQueue(input, fn, target);
  const entries = input.Entries;
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new ServiceCallError('EmptyBatchRequest', 'The batch request does not contain any entries.');
  }
  if (entries.length > MAX_BATCH_ENTRIES) {
    throw new ServiceCallError(
      'TooManyEntriesInBatchRequest',
      `The batch request contains ${entries.length} entries; the maximum is ${MAX_BATCH_ENTRIES}.`,
    );
  }
  const ids = entries.map((entry: unknown) => (isRecord(entry) ? entry.Id : undefined));
  for (const id of ids) {
    if (typeof id !== 'string' || !BATCH_ID_PATTERN.test(id)) {
      throw new ServiceCallError(
        'InvalidBatchEntryId',
        `Batch entry id ${JSON.stringify(id)} is invalid; use up to 80 letters, digits, hyphens or underscores.`,
      );
    }
  }
  if (new Set(ids).size !== ids.length) {
    throw new ServiceCallError('BatchEntryIdsNotDistinct', 'Two or more batch entries in the request have the same Id.');
  }
  const successful: (SendResult & { Id: string })[] = [];
  const failed: { Id: string; SenderFault: boolean; Code: string; Message: string }[] = [];
  let dropped = 0;
  for (const entry of entries as Record<string, unknown>[]) {
    const id = entry.Id as string;
    try {
      const { result, stored } = queue.send(outgoing(entry), target.nowMs(), fn.accountId);
      dropped += stored ? 0 : 1;
      successful.push({ Id: id, ...result });
    } catch (cause) {
      if (!(cause instanceof ServiceCallError)) {
        throw cause;
      }
      failed.push({ Id: id, SenderFault: true, Code: cause.name, Message: cause.message });
    }
  }
  target.recordSend(queue, fn, edgeId, successful, dropped, requestId);

  return { $metadata: metadata(() => target.random()), Successful: successful, Failed: failed };
}

/**
 * Serves an `@aws-sdk/client-sqs` call of a handler: SendMessage and
 * SendMessageBatch put messages on a connected queue. Returns undefined for
 * other packages, so that another host serves them.
 */
export function serveSqsCall(
  call: ServiceCall,
  fn: FunctionDefinition,
  target: SqsSendTarget,
): Promise<unknown> | undefined {
  if (call.module !== SQS_MODULE) {
    return undefined;
  }
  try {
    const input = isRecord(call.input) ? call.input : {};
    switch (call.operation) {
      case 'SendMessageCommand':
        return Promise.resolve(sendMessage(input, fn, target, call.requestId));
      case 'SendMessageBatchCommand':
        return Promise.resolve(sendMessageBatch(input, fn, target, call.requestId));
      default:
        throw new ServiceCallError(
          'UnsupportedOperation',
          `${call.operation} is not available in the playground; a function here can send with SendMessageCommand and SendMessageBatchCommand, and an event source mapping receives and deletes for it.`,
        );
    }
  } catch (cause) {
    return Promise.reject(cause);
  }
}
