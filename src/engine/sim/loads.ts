import type { ScenarioLoad } from '../model/load';
import type { MessageOrigin, MessageRun } from '../sqs/message-run';
import type { QueueModel } from '../sqs/queue';

/**
 * Longest stretch of a steady load sent as one arrival event. Messages keep
 * their own send times; only their visibility is grouped.
 * NOTE: a message sent inside a slice becomes visible at the slice's last
 * send time, up to this much late.
 */
export const ARRIVAL_SLICE_MS = 100;

/** A load in progress. */
export interface LoadRuntime {
  index: number;
  load: ScenarioLoad;
  queue: QueueModel;
  origin: MessageOrigin;
  /** Messages sent so far. */
  sent: number;
  /** ms between two messages; 0 for a burst. */
  intervalMs: number;
  groups: number;
}

/** Time of message `serial` of a load, in simulated ms. */
export function sendTime(load: LoadRuntime, serial: number): number {
  return load.load.startSeconds * 1000 + serial * load.intervalMs;
}

/**
 * Sends every message of a load due by `now`: returns their runs (one per
 * message group) and the time of the next slice, or undefined when done.
 */
export function nextSlice(
  load: LoadRuntime,
  now: number,
): { runs: MessageRun[]; next: number | undefined } {
  const first = load.sent;
  let end = load.load.count;
  if (load.intervalMs > 0) {
    const due = Math.floor((now - sendTime(load, 0)) / load.intervalMs + 1e-9) + 1;
    end = Math.min(end, Math.max(first + 1, due));
  }
  const count = end - first;
  const fifo = load.queue.settings.fifo;
  const stride = fifo ? load.groups : 1;
  const runs: MessageRun[] = [];
  for (let offset = 0; offset < Math.min(stride, count); offset += 1) {
    const serial = first + offset;
    runs.push({
      count: Math.floor((count - offset - 1) / stride) + 1,
      firstSerial: serial,
      serialStride: stride,
      sentAt: sendTime(load, serial),
      sentStep: stride * load.intervalMs,
      receiveCount: 0,
      firstReceiveAt: -1,
      origin: load.origin,
      groupId: fifo ? `group-${(serial % load.groups) + 1}` : undefined,
      deadLetterSource: undefined,
    });
  }
  load.sent = end;
  if (end >= load.load.count) {
    return { runs, next: undefined };
  }

  return { runs, next: Math.max(now + ARRIVAL_SLICE_MS, sendTime(load, end)) };
}
