/**
 * The output Lambda sends when it is done with an asynchronous event: the
 * invocation record for a destination, and the message for a function's
 * dead-letter queue.
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html
 */
import type { EventBridgeEvent } from '../../eventbridge/event-types';
import { formatEventTime } from '../../eventbridge/event-types';
import { utf8Bytes } from '../../util/base64';
import { randomUuid } from '../../util/random';
import type { AsyncCondition } from './retry-policy';

/** An invocation record, with its keys in the order AWS sends them. */
export interface DestinationRecord {
  version: '1.0';
  /** ISO-8601 with milliseconds. */
  timestamp: string;
  requestContext: {
    requestId: string;
    /** The function ARN with its qualifier, such as `:$LATEST`. */
    functionArn: string;
    condition: AsyncCondition;
    approximateInvokeCount: number;
  };
  requestPayload: unknown;
  responseContext?: {
    statusCode: number;
    executedVersion: string;
    functionError?: string;
  };
  responsePayload?: unknown;
}

/** The outcome of the event's last invocation, if one ran. */
export interface LastInvocation {
  failed: boolean;
  payload: unknown;
}

/** Builds the record an on-success or on-failure destination receives. */
export function buildDestinationRecord(input: {
  timeMs: number;
  requestId: string;
  functionArn: string;
  condition: AsyncCondition;
  invocations: number;
  event: unknown;
  last: LastInvocation | undefined;
}): DestinationRecord {
  const record: DestinationRecord = {
    version: '1.0',
    timestamp: new Date(input.timeMs).toISOString(),
    requestContext: {
      requestId: input.requestId,
      functionArn: `${input.functionArn}:$LATEST`,
      condition: input.condition,
      approximateInvokeCount: input.invocations,
    },
    requestPayload: input.event,
  };
  // NOTE: AWS shows no record for an event that never ran (only throttled);
  // such a record has no response part here.
  if (input.last) {
    record.responseContext = {
      statusCode: 200,
      executedVersion: '$LATEST',
      ...(input.last.failed ? { functionError: 'Unhandled' } : {}),
    };
    record.responsePayload = input.last.payload;
  }

  return record;
}

/**
 * Wraps a record for an EventBridge bus destination: source `lambda`, the
 * record as `detail`, the bus and the function as resources.
 */
export function destinationEvent(
  record: DestinationRecord,
  target: { busArn: string; functionArn: string; region: string; accountId: string },
  random: () => number,
  timeMs: number,
): EventBridgeEvent {
  const success = record.requestContext.condition === 'Success';

  return {
    version: '0',
    id: randomUuid(random),
    'detail-type': `Lambda Function Invocation Result - ${success ? 'Success' : 'Failure'}`,
    source: 'lambda',
    account: target.accountId,
    time: formatEventTime(timeMs),
    region: target.region,
    resources: [target.busArn, `${target.functionArn}:$LATEST`],
    detail: record as unknown as Record<string, unknown>,
  };
}

/** An SQS message attribute as SendMessage takes it. */
export interface QueueMessageAttribute {
  DataType: 'String' | 'Number';
  StringValue: string;
}

/** A message sent to an SQS queue: its body and attributes. */
export interface QueueMessage {
  body: string;
  messageAttributes: Record<string, QueueMessageAttribute>;
}

/** Longest ErrorMessage attribute: Lambda keeps the first 1 KB. */
const ERROR_MESSAGE_BYTES = 1024;

function firstBytes(text: string, limit: number): string {
  if (utf8Bytes(text).length <= limit) {
    return text;
  }
  let end = Math.min(text.length, limit);
  while (utf8Bytes(text.slice(0, end)).length > limit) {
    end -= 1;
  }

  return text.slice(0, end);
}

/**
 * The message a function's dead-letter queue receives: the original event
 * as body, with RequestID, ErrorCode (the Invoke status code, 200 for a
 * function error) and ErrorMessage.
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-dlq
 */
export function lambdaDeadLetterMessage(input: {
  event: unknown;
  requestId: string;
  errorCode: number;
  errorMessage: string;
}): QueueMessage {
  return {
    body: JSON.stringify(input.event) ?? 'null',
    messageAttributes: {
      RequestID: { DataType: 'String', StringValue: input.requestId },
      ErrorCode: { DataType: 'Number', StringValue: String(input.errorCode) },
      ErrorMessage: {
        DataType: 'String',
        StringValue: firstBytes(input.errorMessage, ERROR_MESSAGE_BYTES),
      },
    },
  };
}

/** Returns the error message of an invocation payload, or a fallback. */
export function errorMessageOf(payload: unknown, fallback: string): string {
  if (typeof payload === 'object' && payload !== null && 'errorMessage' in payload) {
    const message = (payload as { errorMessage: unknown }).errorMessage;
    if (typeof message === 'string') {
      return message;
    }
  }

  return fallback;
}
