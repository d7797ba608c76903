import type { SqsEventOptions, SqsEventRecord, SqsMessageInput } from './event';

/**
 * Reads back the inputs of a recorded SQS event record, so that a rebuilt
 * record can be compared with it field by field.
 */
export function inputOfRecord(record: SqsEventRecord): {
  message: SqsMessageInput;
  options: SqsEventOptions;
} {
  const attributes = record.attributes;
  const message: SqsMessageInput = {
    body: record.body,
    messageId: record.messageId,
    receiptHandle: record.receiptHandle,
    messageAttributes: record.messageAttributes,
    approximateReceiveCount: Number(attributes.ApproximateReceiveCount),
    sentTimestamp: Number(attributes.SentTimestamp),
    firstReceiveTimestamp: Number(attributes.ApproximateFirstReceiveTimestamp),
    senderId: attributes.SenderId,
    messageGroupId: attributes.MessageGroupId,
    messageDeduplicationId: attributes.MessageDeduplicationId,
    sequenceNumber: attributes.SequenceNumber,
    deadLetterQueueSourceArn: attributes.DeadLetterQueueSourceArn,
    awsTraceHeader: attributes.AWSTraceHeader,
  };
  const [, , , region = '', accountId = ''] = record.eventSourceARN.split(':');

  return {
    message,
    options: {
      region: record.awsRegion ?? region,
      accountId,
      queueArn: record.eventSourceARN,
      fifo: record.eventSourceARN.endsWith('.fifo'),
      now: Number(attributes.ApproximateFirstReceiveTimestamp),
      random: () => 0,
    },
  };
}
