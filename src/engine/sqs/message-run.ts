/** Fields every message of one load shares. */
export interface MessageOrigin {
  /** Index of the load in `scenario.loads`. */
  loadIndex: number;
  body: string;
  /** Size of one record in the Lambda event as JSON, in bytes. */
  recordBytes: number;
}

/**
 * Consecutive messages that share their state, so a million queued messages
 * take a handful of objects. Message `k` of the run (0-based) is message
 * number `firstSerial + k * serialStride` of its load, sent at
 * `sentAt + k * sentStep`.
 */
export interface MessageRun {
  count: number;
  firstSerial: number;
  serialStride: number;
  /** Simulated ms at which the first message was sent. */
  sentAt: number;
  sentStep: number;
  /** SQS's ApproximateReceiveCount: receives so far. */
  receiveCount: number;
  /** Simulated ms of the first receive, or -1 before it. */
  firstReceiveAt: number;
  origin: MessageOrigin;
  /** MessageGroupId in a FIFO queue. */
  groupId: string | undefined;
  /** Node id of the queue a dead-lettered message came from. */
  deadLetterSource: string | undefined;
}

/** Splits the first `count` messages off `run` and returns them as a new run. */
export function takeFront(run: MessageRun, count: number): MessageRun {
  if (count >= run.count) {
    const whole = { ...run };
    run.count = 0;

    return whole;
  }
  const front = { ...run, count };
  dropFront(run, count);

  return front;
}

/** Removes the first `count` messages of `run`. */
export function dropFront(run: MessageRun, count: number): void {
  run.count -= count;
  run.firstSerial += count * run.serialStride;
  run.sentAt += count * run.sentStep;
}

/** Counts the leading messages of `run` that are older than `retentionMs` at `now`. */
export function expiredPrefix(run: MessageRun, retentionMs: number, now: number): number {
  const limit = now - retentionMs;
  if (run.sentAt > limit) {
    return 0;
  }
  if (run.sentStep <= 0) {
    return run.count;
  }

  return Math.min(run.count, Math.floor((limit - run.sentAt) / run.sentStep) + 1);
}

/** Total messages in a list of runs. */
export function countOf(runs: readonly MessageRun[]): number {
  let total = 0;
  for (const run of runs) {
    total += run.count;
  }

  return total;
}
