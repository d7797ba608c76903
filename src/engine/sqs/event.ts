import { bytesToBase64, utf8Bytes } from '../util/base64';
import { randomUuid } from '../util/random';
import { md5Hex } from './md5';
import {
  md5OfMessageAttributes,
  toEventAttribute,
  type EventMessageAttribute,
  type MessageAttributeInput,
} from './message-attributes';
import { deduplicationIdOf, findFifoDuplicates, type FifoDuplicate } from './deduplication';

/** One message to put in an SQS event, as `event sqs --messages` reads it. */
export interface SqsMessageInput {
  body: string;
  messageAttributes?: Record<string, MessageAttributeInput>;
  /** Required on a FIFO queue. */
  messageGroupId?: string;
  /** FIFO: defaults to the SHA-256 of the body, as content-based deduplication sets it. */
  messageDeduplicationId?: string;
  /** Generated from the seeded random source when absent. */
  messageId?: string;
  receiptHandle?: string;
  /** FIFO: generated in increasing order when absent. */
  sequenceNumber?: string;
  /** Receives so far including this one; 1 when absent. */
  approximateReceiveCount?: number;
  /** Epoch ms; `options.now` when absent. */
  sentTimestamp?: number;
  /** Epoch ms; `options.now` when absent. */
  firstReceiveTimestamp?: number;
  senderId?: string;
  /** ARN of the source queue, for a message read from a dead-letter queue. */
  deadLetterQueueSourceArn?: string;
  /** X-Ray trace header, present when the sender traced the message. */
  awsTraceHeader?: string;
}

/** Source queue of the messages, and the seeded sources for generated values. */
export interface SqsEventOptions {
  region: string;
  accountId: string;
  /** Queue name; `my-queue` (or `my-queue.fifo`) when neither name nor ARN is given. */
  queueName?: string;
  queueArn?: string;
  fifo?: boolean;
  /** Epoch ms of the receive. */
  now: number;
  /** Uniform numbers in [0, 1), seeded by the caller. */
  random: () => number;
  /** SenderId of messages that have none: the account id by default. */
  senderId?: string;
}

/** One record of the event, in the field order Lambda sends. */
export interface SqsEventRecord {
  messageId: string;
  receiptHandle: string;
  body: string;
  attributes: Record<string, string>;
  messageAttributes: Record<string, EventMessageAttribute>;
  md5OfBody: string;
  md5OfMessageAttributes?: string;
  eventSource: 'aws:sqs';
  eventSourceARN: string;
  awsRegion: string;
}

/** The event Lambda passes to a function for a batch of SQS messages. */
export interface SqsEvent {
  Records: SqsEventRecord[];
}

/** A message that SQS would reject, with the index of the message at fault. */
export class SqsMessageInputError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
    this.name = 'SqsMessageInputError';
  }
}

/** Returns the queue's ARN from the options. */
export function queueArnOf(options: Pick<SqsEventOptions, 'region' | 'accountId' | 'queueName' | 'queueArn' | 'fifo'>): string {
  if (options.queueArn) {
    return options.queueArn;
  }
  const name = options.queueName ?? (options.fifo ? 'my-queue.fifo' : 'my-queue');

  return `arn:aws:sqs:${options.region}:${options.accountId}:${name}`;
}

function receiptHandle(random: () => number): string {
  const bytes = new Uint8Array(120);
  for (let index = 0; index < bytes.length; index += 1) {
    bytes[index] = Math.floor(random() * 256);
  }

  return `AQEB${bytesToBase64(bytes)}`;
}

function firstSequenceNumber(random: () => number): bigint {
  let digits = '1';
  for (let index = 0; index < 19; index += 1) {
    digits += Math.floor(random() * 10).toString();
  }

  return BigInt(digits) / 1000n * 1000n;
}

function checkMessage(message: SqsMessageInput, index: number, fifo: boolean): void {
  if (typeof message !== 'object' || message === null) {
    throw new SqsMessageInputError(index, `Message ${index} is not an object; give { "body": "..." }.`);
  }
  if (typeof message.body !== 'string' || message.body.length === 0) {
    throw new SqsMessageInputError(index, `Message ${index} has no body; SQS requires a non-empty string body.`);
  }
  if (fifo && (typeof message.messageGroupId !== 'string' || message.messageGroupId === '')) {
    throw new SqsMessageInputError(
      index,
      `Message ${index} has no messageGroupId; every message sent to a FIFO queue needs one.`,
    );
  }
  if (
    message.messageDeduplicationId !== undefined &&
    (typeof message.messageDeduplicationId !== 'string' || message.messageDeduplicationId === '')
  ) {
    throw new SqsMessageInputError(
      index,
      `Message ${index} has a messageDeduplicationId that is not a non-empty string; give a string or leave it out to use the SHA-256 of the body.`,
    );
  }
  if (Object.keys(message.messageAttributes ?? {}).length > 10) {
    throw new SqsMessageInputError(index, `Message ${index} has more than 10 message attributes, the SQS limit.`);
  }
}

function buildAttributes(
  message: SqsMessageInput,
  options: SqsEventOptions,
  sequenceNumber: bigint,
): Record<string, string> {
  const sent = message.sentTimestamp ?? options.now;
  const attributes: Record<string, string> = {};
  if (message.deadLetterQueueSourceArn) {
    attributes.DeadLetterQueueSourceArn = message.deadLetterQueueSourceArn;
  }
  attributes.ApproximateReceiveCount = String(message.approximateReceiveCount ?? 1);
  attributes.SentTimestamp = String(sent);
  if (options.fifo) {
    attributes.SequenceNumber = message.sequenceNumber ?? sequenceNumber.toString();
    attributes.MessageGroupId = message.messageGroupId ?? '';
  }
  attributes.SenderId = message.senderId ?? options.senderId ?? options.accountId;
  if (options.fifo) {
    attributes.MessageDeduplicationId = deduplicationIdOf(message);
  }
  attributes.ApproximateFirstReceiveTimestamp = String(message.firstReceiveTimestamp ?? options.now);
  if (message.awsTraceHeader) {
    attributes.AWSTraceHeader = message.awsTraceHeader;
  }

  return attributes;
}

function eventAttributes(message: SqsMessageInput, index: number): Record<string, EventMessageAttribute> {
  const messageAttributes: Record<string, EventMessageAttribute> = {};
  for (const [name, input] of Object.entries(message.messageAttributes ?? {})) {
    try {
      messageAttributes[name] = toEventAttribute(name, input);
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      throw new SqsMessageInputError(index, `Message ${index}: ${detail}`);
    }
  }

  return messageAttributes;
}

function buildRecords(
  entries: readonly { message: SqsMessageInput; index: number }[],
  options: SqsEventOptions,
): SqsEventRecord[] {
  const arn = queueArnOf(options);
  const fifo = options.fifo ?? false;
  let sequence = fifo ? firstSequenceNumber(options.random) : 0n;

  return entries.map(({ message, index }): SqsEventRecord => {
    checkMessage(message, index, fifo);
    const sequenceNumber = sequence;
    sequence += 1000n;
    const messageAttributes = eventAttributes(message, index);
    const record: SqsEventRecord = {
      messageId: message.messageId ?? randomUuid(options.random),
      receiptHandle: message.receiptHandle ?? receiptHandle(options.random),
      body: message.body,
      attributes: buildAttributes(message, { ...options, fifo }, sequenceNumber),
      messageAttributes,
      md5OfBody: md5Hex(utf8Bytes(message.body)),
      eventSource: 'aws:sqs',
      eventSourceARN: arn,
      awsRegion: options.region,
    };
    if (Object.keys(messageAttributes).length > 0) {
      const { eventSource, eventSourceARN, awsRegion, ...head } = record;
      return {
        ...head,
        md5OfMessageAttributes: md5OfMessageAttributes(messageAttributes),
        eventSource,
        eventSourceARN,
        awsRegion,
      };
    }
    return record;
  });
}

/**
 * Builds the event an SQS event source mapping passes to a function: every
 * `attributes` value a string, message attributes in camelCase with empty
 * list fields, `md5OfMessageAttributes` only when there are attributes.
 * The messages are taken as already in the queue, so none is dropped.
 * https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export function buildSqsEvent(messages: readonly SqsMessageInput[], options: SqsEventOptions): SqsEvent {
  const entries = messages.map((message, index) => ({ message, index }));

  return { Records: buildRecords(entries, options) };
}

/** An event built from sent messages, and the FIFO duplicates left out of it. */
export interface SentMessagesEvent {
  event: SqsEvent;
  duplicates: FifoDuplicate[];
}

/**
 * Builds the event for messages sent in order within one 5-minute
 * deduplication interval. On a FIFO queue SQS accepts a message whose
 * deduplication id was already sent but does not deliver it, so the event
 * contains only the first. Every message is still checked as SendMessage
 * would check it.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-exactly-once-processing.html
 */
export function buildSqsEventFromSends(
  messages: readonly SqsMessageInput[],
  options: SqsEventOptions,
): SentMessagesEvent {
  const fifo = options.fifo ?? false;
  messages.forEach((message, index) => {
    checkMessage(message, index, fifo);
    eventAttributes(message, index);
  });
  const duplicates = fifo ? findFifoDuplicates(messages) : [];
  const dropped = new Set(duplicates.map((duplicate) => duplicate.index));
  const entries = messages
    .map((message, index) => ({ message, index }))
    .filter((entry) => !dropped.has(entry.index));

  return { event: { Records: buildRecords(entries, options) }, duplicates };
}
