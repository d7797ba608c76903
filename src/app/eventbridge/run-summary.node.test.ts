import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DestinationRecord } from '../../engine/lambda/async/records';
import { createRunEnvironment } from '../../engine/run/environment';
import { runRequest } from '../../engine/run/run-request';
import type { RunResult } from '../../engine/run/types';
import { EVENTBRIDGE_RETRIES_SAMPLE } from '../../engine/samples/eventbridge-retries';
import { createNodeExecutor, type NodeExecutor } from '../../runtime/index';
import { summarizeAsyncRun, type AsyncRunSummary } from './run-summary';

let executor: NodeExecutor;
let result: RunResult;
let summary: AsyncRunSummary;

async function put(source: string): Promise<RunResult> {
  const env = createRunEnvironment({ seed: 5, startMs: 1_700_000_000_000 });
  const entry = { Source: source, DetailType: 'OrderPlaced', Detail: '{"orderId":"o-1"}' };

  return runRequest(EVENTBRIDGE_RETRIES_SAMPLE, 'bus', { kind: 'entry', entry }, executor, env);
}

beforeAll(async () => {
  executor = createNodeExecutor();
  result = await put('orders');
  summary = summarizeAsyncRun(result);
});

afterAll(async () => {
  await executor.dispose();
});

describe('summarizeAsyncRun on the retries sample', () => {
  it('lists the matched rule', () => {
    expect(summary.matchedRules.map((rule) => rule.label)).toEqual(['Rule orders-rule matched → process-order']);
  });

  it('finds three failed attempts', () => {
    const attempts = summary.targets[0]?.attempts ?? [];
    expect(attempts.map((attempt) => attempt.number)).toEqual([1, 2, 3]);
    expect(attempts.every((attempt) => attempt.failed)).toBe(true);
  });

  it('reads waits of 1 and 2 minutes', () => {
    const waits = summary.targets[0]?.attempts.map((attempt) => attempt.waitBeforeMs);
    expect(waits).toEqual([undefined, 60_000, 120_000]);
  });

  it('marks the event discarded', () => {
    expect(summary.targets[0]?.discarded).toBe('RetriesExhausted');
  });

  it('keeps the on-failure record', () => {
    const delivery = summary.deliveries[0];
    expect(delivery?.kind).toBe('on-failure');
    expect(delivery?.target.nodeId).toBe('failures');
    expect((delivery?.record as DestinationRecord).requestContext.condition).toBe('RetriesExhausted');
  });

  it('reports no match for billing', async () => {
    const other = summarizeAsyncRun(await put('billing'));
    expect(other.matchedRules).toEqual([]);
    expect(other.noMatch).toContain('No rule on default matched');
  });
});
