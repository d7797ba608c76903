import { describe, expect, it } from 'vitest';
import { simulate } from '../sim/simulation';
import { sqsScenario } from '../sim/sqs-scenario';
import type { ObservedInvocation } from '../sim/types';
import type { MessageRun } from './message-run';
import { QueueModel, type QueueListener } from './queue';

const origin = { loadIndex: 0, body: 'x', recordBytes: 100 };
const listener: QueueListener = { expired: () => {}, deadLettered: () => {}, filtered: () => {} };

function message(serial: number, groupId: string): MessageRun {
  return {
    count: 1,
    firstSerial: serial,
    serialStride: 1,
    sentAt: 0,
    sentStep: 0,
    receiveCount: 0,
    firstReceiveAt: -1,
    origin,
    groupId,
    deadLetterSource: undefined,
  };
}

function fifoQueue(): QueueModel {
  return new QueueModel({
    id: 'orders.fifo',
    arn: 'arn:aws:sqs:us-east-1:123456789012:orders.fifo',
    fifo: true,
    visibilityTimeoutMs: 300_000,
    retentionMs: 345_600_000,
    delayMs: 0,
    maxReceiveCount: undefined,
    deadLetterQueueId: undefined,
  });
}

const limits = { maxMessages: 10, maxBytes: 1_000_000 };
const serials = (runs: MessageRun[]) => runs.map((run) => `${run.groupId}:${run.firstSerial}`);

describe('FIFO group lock', () => {
  // m1, m2 in g1 are received and kept in flight; then m3 (g1) and n1 (g2) arrive.
  const queue = fifoQueue();
  queue.addVisible(message(1, 'g1'));
  queue.addVisible(message(2, 'g1'));
  const first = queue.receive(0, limits, listener);
  queue.addVisible(message(3, 'g1'));
  queue.addVisible(message(1, 'g2'));
  const second = queue.receive(1, limits, listener);

  it('first receive returns m1 and m2', () => {
    expect(serials(first)).toEqual(['g1:1', 'g1:2']);
  });

  it('second receive returns n1 only', () => {
    expect(serials(second)).toEqual(['g2:1']);
  });

  it('releases m3 after m1 and m2 are deleted', () => {
    queue.deleteInFlight(first);
    expect(serials(queue.receive(2, limits, listener))).toEqual(['g1:3']);
  });

  it('returns failed messages ahead of later ones', () => {
    const other = fifoQueue();
    other.addVisible(message(1, 'g1'));
    other.addVisible(message(2, 'g1'));
    const batch = other.receive(0, { ...limits, maxMessages: 1 }, listener);
    other.returnInFlight(batch);
    expect(serials(other.receive(1, limits, listener))).toEqual(['g1:1', 'g1:2']);
  });
});

function fifoRun(errorRate: number, seed: number) {
  const calls: ObservedInvocation[] = [];
  simulate(
    sqsScenario({
      settings: { seed },
      queue: { FifoQueue: true, VisibilityTimeout: 30 },
      simulation: { errorRate, jitterMs: 50 },
      loads: [{ target: 'queue', count: 300, messageGroups: 4, ratePerSecond: 100 }],
    }),
    { onInvocation: (call) => calls.push(call) },
  );

  return calls;
}

describe('FIFO through a mapping', () => {
  it('delivers each group in order', () => {
    const order = new Map<string, number[]>();
    for (const call of fifoRun(0, 1)) {
      for (const message of call.messages) {
        order.set(message.groupId ?? '', [...(order.get(message.groupId ?? '') ?? []), message.serial]);
      }
    }
    for (const [group, list] of order) {
      expect(list, group).toEqual([...list].sort((a, b) => a - b));
    }
  });

  it('never runs a group in two invocations at once', () => {
    const calls = fifoRun(0.3, 2);
    const overlaps = calls.filter((a, index) =>
      calls.some(
        (b, other) =>
          other !== index &&
          a.time < b.endTime &&
          b.time < a.endTime &&
          a.messages.some((m) => b.messages.some((n) => n.groupId === m.groupId)),
      ),
    );
    expect(overlaps).toEqual([]);
  });

  it('processes groups in order despite errors', () => {
    const processed = new Map<string, number[]>();
    for (const call of fifoRun(0.3, 3).filter((c) => c.outcome === 'success')) {
      for (const message of call.messages) {
        processed.set(message.groupId ?? '', [...(processed.get(message.groupId ?? '') ?? []), message.serial]);
      }
    }
    for (const [group, list] of processed) {
      expect(list, group).toEqual([...list].sort((a, b) => a - b));
    }
  });
});
