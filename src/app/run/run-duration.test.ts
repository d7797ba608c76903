import { describe, expect, it } from 'vitest';
import type { RunResult, TraceSpan } from '../../engine/run/types';
import { asyncChainMs, responseDurationMs } from './run-duration';
import { responseLook } from './status';

function span(patch: Partial<TraceSpan> & { id: string }): TraceSpan {
  return { label: 'x', startMs: 0, endMs: 0, status: 'ok', ...patch };
}

const putEvents = {
  entryNodeId: 'bus',
  response: { statusCode: 200, statusText: 'OK', headers: [], body: '' },
  invocations: [],
  trace: [
    span({ id: 'root', label: 'PutEvents → default', endMs: 180_000 }),
    span({ id: 'built', parentId: 'root', label: 'Event built' }),
    span({ id: 'retry', parentId: 'root', label: 'Attempt 3', startMs: 179_000, endMs: 180_000 }),
  ],
} as unknown as RunResult;

describe('run durations', () => {
  it('PutEvents latency excludes deliveries', () => {
    expect(responseDurationMs(putEvents)).toBe(0);
  });

  it('PutEvents chain spans the deliveries', () => {
    expect(asyncChainMs(putEvents)).toBe(180_000);
  });
});

describe('responseLook', () => {
  it('function error reads as error', () => {
    const look = responseLook({
      statusCode: 200,
      statusText: 'OK',
      headers: [['X-Amz-Function-Error', 'Unhandled']],
    });
    expect(look.text).toBe('200 Unhandled');
    expect(look.tone).toBe('server-error');
  });
});
