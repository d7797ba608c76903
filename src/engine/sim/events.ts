import type { QueueModel } from '../sqs/queue';
import type { MessageRun } from '../sqs/message-run';
import type { Batch, MappingModel } from '../sqs/mapping';
import type { LoadRuntime } from './loads';

/** Everything that can happen at a point of simulated time. */
export type SimulationEvent =
  /** The next slice of a load's messages is sent. */
  | { kind: 'arrival'; load: LoadRuntime }
  /** Delayed messages become visible (DelaySeconds ended). */
  | { kind: 'delay-end'; queue: QueueModel; runs: MessageRun[] }
  /** In-flight messages become visible again (visibility timeout ended). */
  | { kind: 'visibility-end'; queue: QueueModel; runs: MessageRun[] }
  /** A queue got messages outside a receive; its mappings poll again. */
  | { kind: 'wake'; queue: QueueModel }
  | { kind: 'invocation-end'; batch: Batch }
  | { kind: 'scale'; mapping: MappingModel }
  /** A batching window ends. */
  | { kind: 'window'; mapping: MappingModel }
  /** A poller whose batch was throttled polls again. */
  | { kind: 'retry'; mapping: MappingModel }
  /** Retention may have expired messages at the front of a queue. */
  | { kind: 'expiry'; queue: QueueModel }
  /** A step of a model that keeps its own state, such as an asynchronous queue. */
  | { kind: 'callback'; fire: () => void };
