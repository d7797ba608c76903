import { utf8Bytes } from '../util/base64';
import type { SqsMessageInput } from './event';
import { sha256Hex } from './sha256';

/** A FIFO message that SQS accepts but does not deliver, and the message it repeats. */
export interface FifoDuplicate {
  /** Index of the dropped message in the input. */
  index: number;
  /** Index of the earlier message with the same deduplication id. */
  firstIndex: number;
  deduplicationId: string;
  /** True when the id is the SHA-256 of the body, not a given messageDeduplicationId. */
  contentBased: boolean;
}

/**
 * Returns a message's deduplication id: its messageDeduplicationId, else the
 * SHA-256 of the body, as content-based deduplication sets it.
 */
export function deduplicationIdOf(message: SqsMessageInput): string {
  return message.messageDeduplicationId ?? sha256Hex(utf8Bytes(message.body));
}

/**
 * Finds the messages a FIFO queue drops because an earlier message had the
 * same deduplication id, taking all messages as sent within one 5-minute
 * deduplication interval.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-exactly-once-processing.html
 */
export function findFifoDuplicates(messages: readonly SqsMessageInput[]): FifoDuplicate[] {
  const firstIndexById = new Map<string, number>();
  const duplicates: FifoDuplicate[] = [];
  messages.forEach((message, index) => {
    const deduplicationId = deduplicationIdOf(message);
    const firstIndex = firstIndexById.get(deduplicationId);
    if (firstIndex === undefined) {
      firstIndexById.set(deduplicationId, index);
      return;
    }
    duplicates.push({
      index,
      firstIndex,
      deduplicationId,
      contentBased: message.messageDeduplicationId === undefined,
    });
  });

  return duplicates;
}
