import type { EventBridgeEvent } from '../../eventbridge/event-types';
import type { DestinationRecord, QueueMessage } from './records';
import type { ResourceRef } from './resources';

/** A record or message an asynchronous run sent beyond the function. */
export interface AsyncDelivery {
  /**
   * `on-success` / `on-failure`: a Lambda destination; `dead-letter`: a
   * function's dead-letter queue; `rule-dead-letter`: the dead-letter queue
   * of an EventBridge rule's target.
   */
  kind: 'on-success' | 'on-failure' | 'dead-letter' | 'rule-dead-letter';
  target: ResourceRef;
  /** Milliseconds from the start of the run. */
  atMs: number;
  /** For an SQS queue: the message body and attributes. */
  message?: QueueMessage;
  /** For a destination: the invocation record. */
  record?: DestinationRecord;
  /** For an EventBridge bus destination: the event put on the bus. */
  event?: EventBridgeEvent;
}
