/**
 * The message EventBridge sends to a target's dead-letter queue: the event
 * as body, and attributes naming the rule, the target and the error.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html
 */
import type { QueueMessage } from '../../lambda/async/records';
import type { ExhaustedCondition } from './delivery-policy';

/** Error codes EventBridge puts in ERROR_CODE, for the failures modelled here. */
export type DeliveryErrorCode = 'NO_PERMISSIONS' | 'NO_RESOURCE' | 'THROTTLING';

/** Error codes that go to the dead-letter queue without retries. */
export const NOT_RETRIED: ReadonlySet<DeliveryErrorCode> = new Set(['NO_PERMISSIONS', 'NO_RESOURCE']);

/** Builds the dead-letter message of an event EventBridge could not deliver. */
export function ruleDeadLetterMessage(input: {
  event: unknown;
  ruleArn: string;
  targetArn: string;
  errorCode: DeliveryErrorCode;
  errorMessage: string;
  retries: number;
  exhausted?: ExhaustedCondition;
}): QueueMessage {
  // NOTE: AWS names the attributes but not their data types; String is assumed.
  const text = (value: string) => ({ DataType: 'String' as const, StringValue: value });

  return {
    body: JSON.stringify(input.event),
    messageAttributes: {
      RULE_ARN: text(input.ruleArn),
      TARGET_ARN: text(input.targetArn),
      ERROR_CODE: text(input.errorCode),
      ERROR_MESSAGE: text(input.errorMessage),
      ...(input.exhausted ? { EXHAUSTED_RETRY_CONDITION: text(input.exhausted) } : {}),
      RETRY_ATTEMPTS: text(String(input.retries)),
    },
  };
}

/** Returns the ERROR_MESSAGE for a modelled failure. */
export function deliveryErrorMessage(code: DeliveryErrorCode, functionName: string): string {
  switch (code) {
    case 'NO_PERMISSIONS':
      return `EventBridge may not invoke ${functionName}: its resource-based policy does not allow events.amazonaws.com to call lambda:InvokeFunction.`;
    case 'NO_RESOURCE':
      return `Function ${functionName} does not exist.`;
    case 'THROTTLING':
      return `Lambda rejected the invocation of ${functionName} with TooManyRequestsException.`;
  }
}
