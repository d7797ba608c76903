/**
 * Scaling of an SQS event source mapping's concurrent batches (pollers).
 * Scaling is modelled as a step each simulated second, so "300 per minute"
 * becomes 5 more batches a second.
 */
export interface PollerScalingModel {
  name: 'current' | 'classic';
  /** Concurrent batches when the mapping starts. */
  initial: number;
  /** Most batches added per minute while messages remain in the queue. */
  addedPerMinute: number;
  /** Ceiling of concurrent batches for one mapping. */
  maximum: number;
  /** Fewest batches after scaling down. */
  minimum: number;
}

/**
 * Since 6 November 2023: start at 5 concurrent batches, add up to 300 a
 * minute, up to 1,000.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html
 * https://aws.amazon.com/about-aws/whats-new/2023/11/aws-lambda-polling-scale-rate-sqs-event-source
 */
export const CURRENT_SCALING: PollerScalingModel = {
  name: 'current',
  initial: 5,
  addedPerMinute: 300,
  maximum: 1000,
  // NOTE: AWS documents that a quiet mapping scales back to 5 and may drop to 2, but not
  // when; the simulator stops at 5.
  minimum: 5,
};

/**
 * From 2018 to November 2023: start at 5 concurrent batches, add up to 60 a
 * minute, up to 1,000.
 * https://aws.amazon.com/blogs/compute/understanding-how-aws-lambda-scales-when-subscribed-to-amazon-sqs-queues/
 */
export const CLASSIC_SCALING: PollerScalingModel = {
  name: 'classic',
  initial: 5,
  addedPerMinute: 60,
  maximum: 1000,
  minimum: 5,
};

/** Returns the scaling model a scenario's `settings.sqsScalingModel` names. */
export function scalingModel(name: 'current' | 'classic'): PollerScalingModel {
  return name === 'classic' ? CLASSIC_SCALING : CURRENT_SCALING;
}

/** Interval between scaling steps, in ms. */
export const SCALING_STEP_MS = 1000;

/** Observations of the mapping during the last scaling interval. */
export interface ScalingObservation {
  pollers: number;
  /** Visible messages left after every free poller took a batch. */
  backlog: number;
  activeBatches: number;
  /** Throttles and function errors since the last step. */
  failures: number;
  /** `ScalingConfig.MaximumConcurrency`, when set. */
  maximumConcurrency: number | undefined;
}

/**
 * Returns the number of concurrent batches for the next interval: up while a
 * backlog remains, held while invocations fail, down when the queue is empty.
 */
export function nextPollerCount(
  model: PollerScalingModel,
  observed: ScalingObservation,
): number {
  const step = (model.addedPerMinute * SCALING_STEP_MS) / 60_000;
  const ceiling = Math.min(model.maximum, observed.maximumConcurrency ?? Infinity);
  const floor = Math.min(model.minimum, ceiling);
  if (observed.backlog > 0) {
    // Lambda backs off scaling while invocations fail.
    // https://repost.aws/knowledge-center/lambda-sqs-scaling
    if (observed.failures > 0) {
      return Math.min(observed.pollers, ceiling);
    }
    return Math.min(ceiling, observed.pollers + step);
  }
  // NOTE: the pace of scaling down is not documented; it mirrors scaling up.
  const needed = Math.max(floor, observed.activeBatches);

  return Math.max(needed, Math.min(observed.pollers, ceiling) - step);
}
