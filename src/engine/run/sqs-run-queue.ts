import { utf8Bytes } from '../util/base64';
import { randomUuid } from '../util/random';
import { md5Hex } from '../sqs/md5';
import {
  MessageAttributeError,
  md5OfMessageAttributes,
  toEventAttribute,
  type EventMessageAttribute,
  type MessageAttributeInput,
} from '../sqs/message-attributes';
import type { QueueSettings } from '../sqs/queue';
import { sha256Hex } from '../sqs/sha256';
import { ServiceCallError } from './graph-calls';

/** Largest message SQS accepts since 2025: 1 MiB. */
const MAX_MESSAGE_BYTES = 1_048_576;
/** FIFO queues drop a message whose deduplication id was seen in the last 5 minutes. */
const DEDUPLICATION_INTERVAL_MS = 300_000;
const API_DOC = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html';

/** One message as SendMessage takes it, in the run's own casing. */
export interface OutgoingMessage {
  body: unknown;
  attributes?: Record<string, MessageAttributeInput>;
  groupId?: string;
  deduplicationId?: string;
  delaySeconds?: number;
}

/** A message stored in a queue during a Run. */
export interface RunMessage {
  messageId: string;
  body: string;
  attributes: Record<string, EventMessageAttribute>;
  md5OfBody: string;
  md5OfMessageAttributes?: string;
  groupId?: string;
  deduplicationId?: string;
  sequenceNumber?: string;
  senderId: string;
  /** Run time in ms, from the start of the Run. */
  sentAtMs: number;
  visibleAtMs: number;
  receiveCount: number;
  firstReceiveAtMs?: number;
  /** ARN of the queue that dead-lettered the message into this one. */
  deadLetterSourceArn?: string;
}

/** Result of SendMessage for one stored message. */
export interface SendResult {
  MessageId: string;
  MD5OfMessageBody: string;
  MD5OfMessageAttributes?: string;
  SequenceNumber?: string;
}

/**
 * A queue of one Run, message by message: it stores what is sent, hands out
 * visible messages (FIFO groups in order, one receiver at a time) and keeps
 * receive counts for the redrive policy.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html
 */
export class RunQueue {
  readonly messages: RunMessage[] = [];
  private readonly deduplication = new Map<string, number>();
  private sequence: bigint;

  constructor(
    readonly settings: QueueSettings,
    readonly name: string,
    readonly url: string,
    private readonly contentBasedDeduplication: boolean,
    private readonly random: () => number,
  ) {
    let digits = '1';
    for (let index = 0; index < 19; index += 1) {
      digits += Math.floor(random() * 10).toString();
    }
    this.sequence = BigInt(digits);
  }

  /**
   * Stores a message sent at `nowMs`, checking SendMessage's rules; throws
   * ServiceCallError with SQS's error code. A FIFO duplicate is accepted but
   * not stored, as SQS does, and `stored` is false.
   */
  send(message: OutgoingMessage, nowMs: number, senderId: string): { result: SendResult; stored: boolean } {
    const body = message.body;
    if (typeof body !== 'string' || body.length === 0) {
      throw new ServiceCallError('MissingParameter', `The request must contain a non-empty string MessageBody; see ${API_DOC}.`);
    }
    if (utf8Bytes(body).length > MAX_MESSAGE_BYTES) {
      throw new ServiceCallError('InvalidParameterValue', `The message body is larger than ${MAX_MESSAGE_BYTES} bytes, the SQS maximum.`);
    }
    const attributes: Record<string, EventMessageAttribute> = {};
    const inputs = message.attributes ?? {};
    if (Object.keys(inputs).length > 10) {
      throw new ServiceCallError('InvalidParameterValue', 'A message can have at most 10 message attributes.');
    }
    for (const [name, input] of Object.entries(inputs)) {
      try {
        attributes[name] = toEventAttribute(name, input);
      } catch (cause) {
        if (cause instanceof MessageAttributeError) {
          throw new ServiceCallError('InvalidParameterValue', cause.message);
        }
        throw cause;
      }
    }
    const fifo = this.settings.fifo;
    const deduplicationId = fifo ? this.checkFifo(message, body) : undefined;
    const md5Attributes = Object.keys(attributes).length > 0 ? md5OfMessageAttributes(attributes) : undefined;
    const result: SendResult = {
      MessageId: randomUuid(this.random),
      MD5OfMessageBody: md5Hex(utf8Bytes(body)),
      ...(md5Attributes ? { MD5OfMessageAttributes: md5Attributes } : {}),
    };
    if (fifo) {
      this.sequence += 1000n;
      result.SequenceNumber = this.sequence.toString();
      const seenAt = this.deduplication.get(deduplicationId as string);
      if (seenAt !== undefined && nowMs - seenAt < DEDUPLICATION_INTERVAL_MS) {
        return { result, stored: false };
      }
      this.deduplication.set(deduplicationId as string, nowMs);
    }
    const delayMs = message.delaySeconds === undefined ? this.settings.delayMs : message.delaySeconds * 1000;
    this.messages.push({
      messageId: result.MessageId,
      body,
      attributes,
      md5OfBody: result.MD5OfMessageBody,
      ...(md5Attributes ? { md5OfMessageAttributes: md5Attributes } : {}),
      ...(fifo ? { groupId: message.groupId, deduplicationId, sequenceNumber: result.SequenceNumber } : {}),
      senderId,
      sentAtMs: nowMs,
      visibleAtMs: nowMs + delayMs,
      receiveCount: 0,
    });

    return { result, stored: true };
  }

  private checkFifo(message: OutgoingMessage, body: string): string {
    if (typeof message.groupId !== 'string' || message.groupId === '') {
      throw new ServiceCallError('MissingParameter', `The request must contain the parameter MessageGroupId; queue ${this.name} is a FIFO queue.`);
    }
    if (message.delaySeconds !== undefined) {
      throw new ServiceCallError('InvalidParameterValue', `FIFO queue ${this.name} does not take DelaySeconds per message; set DelaySeconds on the queue instead.`);
    }
    if (message.deduplicationId !== undefined) {
      return message.deduplicationId;
    }
    if (!this.contentBasedDeduplication) {
      throw new ServiceCallError(
        'InvalidParameterValue',
        `FIFO queue ${this.name} needs ContentBasedDeduplication enabled or a MessageDeduplicationId on every message.`,
      );
    }

    return sha256Hex(utf8Bytes(body));
  }

  /** Adds a message another queue dead-lettered; it keeps its id and receive count. */
  acceptDeadLetter(message: RunMessage, sourceArn: string, nowMs: number): void {
    this.messages.push({ ...message, visibleAtMs: nowMs, deadLetterSourceArn: sourceArn });
  }

  /**
   * Earliest time a receive can return a message, or undefined when empty. In
   * a FIFO queue only the first message of each group counts, because later
   * ones wait for it.
   */
  nextVisibleAt(): number | undefined {
    let earliest: number | undefined;
    const seenGroups = new Set<string>();
    for (const message of this.messages) {
      const group = message.groupId;
      if (group !== undefined) {
        if (seenGroups.has(group)) {
          continue;
        }
        seenGroups.add(group);
      }
      earliest = earliest === undefined ? message.visibleAtMs : Math.min(earliest, message.visibleAtMs);
    }

    return earliest;
  }

  /**
   * Removes visible messages received `maxReceiveCount` times: SQS moves them
   * to the dead-letter queue at the next receive instead of returning them.
   */
  takeExhausted(nowMs: number): RunMessage[] {
    const limit = this.settings.maxReceiveCount;
    if (limit === undefined) {
      return [];
    }
    const exhausted = this.messages.filter((message) => message.visibleAtMs <= nowMs && message.receiveCount >= limit);
    this.remove(exhausted);

    return exhausted;
  }

  /**
   * Receives up to `max` visible messages and hides them until `hideUntilMs`.
   * In a FIFO queue a group whose earlier message is hidden is skipped, so
   * order is kept within each group.
   */
  receive(nowMs: number, max: number, hideUntilMs: number): RunMessage[] {
    const batch: RunMessage[] = [];
    const lockedGroups = new Set<string>();
    for (const message of this.messages) {
      if (batch.length >= max) {
        break;
      }
      const group = message.groupId;
      if (group !== undefined && lockedGroups.has(group)) {
        continue;
      }
      if (message.visibleAtMs > nowMs) {
        if (group !== undefined) {
          lockedGroups.add(group);
        }
        continue;
      }
      batch.push(message);
    }
    for (const message of batch) {
      message.receiveCount += 1;
      message.firstReceiveAtMs ??= nowMs;
      message.visibleAtMs = hideUntilMs;
    }

    return batch;
  }

  /** Deletes messages, as the event source mapping does after success. */
  remove(messages: readonly RunMessage[]): void {
    const gone = new Set(messages);
    const kept = this.messages.filter((message) => !gone.has(message));
    this.messages.splice(0, this.messages.length, ...kept);
  }
}
