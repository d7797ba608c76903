import { Deque } from '../sim/deque';
import {
  dropFront,
  expiredPrefix,
  takeFront,
  type MessageOrigin,
  type MessageRun,
} from './message-run';

/** A queue's settings in simulator units (ms), resolved from its node. */
export interface QueueSettings {
  id: string;
  arn: string;
  fifo: boolean;
  visibilityTimeoutMs: number;
  retentionMs: number;
  delayMs: number;
  /** `RedrivePolicy.maxReceiveCount`; absent without a redrive policy. */
  maxReceiveCount: number | undefined;
  /** Node id of the dead-letter queue, resolved from an id or an ARN. */
  deadLetterQueueId: string | undefined;
}

/** Events a queue reports while it hands out messages. */
export interface QueueListener {
  expired(queue: QueueModel, count: number): void;
  /** `run` has left this queue and must be added to the dead-letter queue. */
  deadLettered(queue: QueueModel, run: MessageRun): void;
  filtered(queue: QueueModel, run: MessageRun): void;
}

/** Bounds of one receive, as an event source mapping requests it. */
export interface ReceiveLimits {
  maxMessages: number;
  maxBytes: number;
  /** Filter criteria; a message it rejects is deleted, not delivered. */
  accept?: (origin: MessageOrigin) => boolean;
}

/** Counters of one queue, over the whole simulation. */
export interface QueueCounters {
  /** Messages that entered the queue: from loads, or dead-lettered into it. */
  received: number;
  processed: number;
  deadLettered: number;
  expired: number;
  filtered: number;
}

interface MessageGroup {
  id: string;
  runs: Deque<MessageRun>;
  /** Messages of this group in flight; the group is locked while above 0. */
  inFlight: number;
  /** True while the group sits in the queue of groups ready to receive. */
  ready: boolean;
}

/**
 * An SQS queue. A standard queue hands out messages roughly in arrival
 * order; a FIFO queue keeps order within each message group and hands out
 * nothing more from a group while any of its messages is in flight.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-understanding-logic.html
 */
export class QueueModel {
  visibleCount = 0;
  inFlightCount = 0;
  delayedCount = 0;
  readonly counters: QueueCounters = {
    received: 0,
    processed: 0,
    deadLettered: 0,
    expired: 0,
    filtered: 0,
  };
  private readonly visible = new Deque<MessageRun>();
  private readonly groups = new Map<string, MessageGroup>();
  private readonly readyGroups = new Deque<MessageGroup>();

  constructor(readonly settings: QueueSettings) {}

  get id(): string {
    return this.settings.id;
  }

  /** Messages in the queue in any state. */
  get total(): number {
    return this.visibleCount + this.inFlightCount + this.delayedCount;
  }

  /** Makes a run visible: a new message, a delayed one, or one returned. */
  addVisible(run: MessageRun): void {
    this.visibleCount += run.count;
    if (!this.settings.fifo) {
      this.visible.pushBack(run);
      return;
    }
    const group = this.groupOf(run.groupId ?? '');
    group.runs.pushBack(run);
    this.markReady(group);
  }

  /**
   * Receives up to the limits: drops expired messages, moves messages past
   * `maxReceiveCount` to the dead-letter queue, raises each receive count.
   */
  receive(now: number, limits: ReceiveLimits, listener: QueueListener): MessageRun[] {
    const taken: MessageRun[] = [];
    const budget = { messages: limits.maxMessages, bytes: limits.maxBytes };
    if (!this.settings.fifo) {
      this.takeFrom(this.visible, now, limits, budget, listener, taken);
      return taken;
    }
    while (budget.messages > 0 && this.readyGroups.length > 0) {
      const group = this.readyGroups.front() as MessageGroup;
      const before = taken.length;
      this.takeFrom(group.runs, now, limits, budget, listener, taken);
      for (let index = before; index < taken.length; index += 1) {
        group.inFlight += (taken[index] as MessageRun).count;
      }
      if (group.inFlight > 0 || group.runs.length === 0) {
        this.readyGroups.popFront();
        group.ready = false;
      } else {
        // Nothing fit in the remaining byte budget.
        break;
      }
    }

    return taken;
  }

  /** Deletes received messages: the function processed them. */
  deleteInFlight(runs: readonly MessageRun[]): void {
    for (const run of runs) {
      this.inFlightCount -= run.count;
      this.counters.processed += run.count;
      this.unlock(run);
    }
  }

  /** Returns in-flight messages to the queue once their visibility timeout ends. */
  returnInFlight(runs: readonly MessageRun[]): void {
    for (const run of runs) {
      this.inFlightCount -= run.count;
    }
    if (!this.settings.fifo) {
      for (const run of runs) {
        this.visible.pushBack(run);
        this.visibleCount += run.count;
      }
      return;
    }
    // Back to the head of each group, in their original order.
    for (let index = runs.length - 1; index >= 0; index -= 1) {
      const run = runs[index] as MessageRun;
      const group = this.groupOf(run.groupId ?? '');
      group.runs.pushFront(run);
      this.visibleCount += run.count;
    }
    for (const run of runs) {
      this.unlock(run);
    }
  }

  /** Drops expired messages at the front; returns when the next may expire. */
  sweepExpired(now: number, listener: QueueListener): number {
    const retention = this.settings.retentionMs;
    let next = Infinity;
    const sweep = (runs: Deque<MessageRun>): void => {
      for (;;) {
        const run = runs.front();
        if (!run) {
          return;
        }
        const expired = expiredPrefix(run, retention, now);
        if (expired > 0) {
          this.expire(run, expired, listener);
        }
        if (run.count > 0) {
          next = Math.min(next, run.sentAt + retention);
          return;
        }
        runs.popFront();
      }
    };
    sweep(this.visible);
    for (const group of this.groups.values()) {
      sweep(group.runs);
    }

    return next;
  }

  private takeFrom(
    runs: Deque<MessageRun>,
    now: number,
    limits: ReceiveLimits,
    budget: { messages: number; bytes: number },
    listener: QueueListener,
    taken: MessageRun[],
  ): void {
    const { maxReceiveCount } = this.settings;
    while (budget.messages > 0) {
      const run = runs.front();
      if (!run) {
        return;
      }
      if (run.count === 0) {
        runs.popFront();
        continue;
      }
      const expired = expiredPrefix(run, this.settings.retentionMs, now);
      if (expired > 0) {
        this.expire(run, expired, listener);
        continue;
      }
      // SQS moves a message on the receive after its last allowed one.
      if (maxReceiveCount !== undefined && run.receiveCount >= maxReceiveCount) {
        runs.popFront();
        this.visibleCount -= run.count;
        this.counters.deadLettered += run.count;
        listener.deadLettered(this, run);
        continue;
      }
      if (limits.accept && !limits.accept(run.origin)) {
        runs.popFront();
        this.visibleCount -= run.count;
        this.counters.filtered += run.count;
        listener.filtered(this, run);
        continue;
      }
      const fits = Math.floor(budget.bytes / run.origin.recordBytes);
      const count = Math.min(run.count, budget.messages, fits);
      if (count <= 0) {
        return;
      }
      const piece = takeFront(run, count);
      if (run.count === 0) {
        runs.popFront();
      }
      piece.receiveCount += 1;
      if (piece.firstReceiveAt < 0) {
        piece.firstReceiveAt = now;
      }
      this.visibleCount -= count;
      this.inFlightCount += count;
      budget.messages -= count;
      budget.bytes -= count * run.origin.recordBytes;
      taken.push(piece);
    }
  }

  private expire(run: MessageRun, count: number, listener: QueueListener): void {
    dropFront(run, count);
    this.visibleCount -= count;
    this.counters.expired += count;
    listener.expired(this, count);
  }

  private groupOf(id: string): MessageGroup {
    let group = this.groups.get(id);
    if (!group) {
      group = { id, runs: new Deque(), inFlight: 0, ready: false };
      this.groups.set(id, group);
    }

    return group;
  }

  private markReady(group: MessageGroup): void {
    if (!group.ready && group.inFlight === 0 && group.runs.length > 0) {
      group.ready = true;
      this.readyGroups.pushBack(group);
    }
  }

  private unlock(run: MessageRun): void {
    if (!this.settings.fifo) {
      return;
    }
    const group = this.groupOf(run.groupId ?? '');
    group.inFlight -= run.count;
    this.markReady(group);
  }
}
