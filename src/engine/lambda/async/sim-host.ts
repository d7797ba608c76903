import type { FunctionModel } from '../function-model';
import type { QueueModel } from '../../sqs/queue';
import type { Scenario } from '../../model/scenario';
import type { AsyncCounters } from './sim-counters';

/** The parts of the simulated world that the asynchronous models use. */
export interface AsyncSimHost {
  readonly scenario: Scenario;
  readonly now: number;
  readonly random: () => number;
  readonly functions: ReadonlyMap<string, FunctionModel>;
  readonly queues: ReadonlyMap<string, QueueModel>;
  readonly asyncCounters: AsyncCounters;
  /** Epoch ms of simulated time 0. */
  readonly epochMs: number;
  /** Runs `fire` at simulated `time`. */
  at(time: number, fire: () => void): void;
  /** Puts a message on a queue of the world and wakes its readers. */
  sendToQueue(queueId: string, body: string): void;
  /** Counts a started invocation. */
  started(): void;
  /** Counts an ended invocation and its outcome. */
  ended(fn: FunctionModel, outcome: 'success' | 'error' | 'timeout'): void;
  /** Counts a throttled attempt. */
  throttledAttempt(): void;
}
