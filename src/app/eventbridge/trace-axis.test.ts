import { describe, expect, it } from 'vitest';
import type { TraceSpan } from '../../engine/run/types';
import { traceAxis } from './trace-axis';

function span(id: string, label: string, startMs: number, endMs: number, parentId?: string): TraceSpan {
  return { id, label, startMs, endMs, status: 'ok', ...(parentId ? { parentId } : {}) };
}

const RETRIES = [
  span('root', 'PutEvents → default', 0, 180_100),
  span('a1', 'Attempt 1: Lambda invoke (error)', 0, 50, 'root'),
  span('w1', 'Wait 60 s before retry 1', 50, 60_050, 'root'),
  span('a2', 'Attempt 2: Lambda invoke (error)', 60_050, 60_100, 'root'),
  span('w2', 'Wait 120 s before retry 2', 60_100, 180_100, 'root'),
];

describe('traceAxis', () => {
  it('folds each long wait', () => {
    expect(traceAxis(RETRIES).foldCount).toBe(2);
  });

  it('folded wait gets fixed width', () => {
    const axis = traceAxis(RETRIES);
    expect(axis.position(60_050) - axis.position(50)).toBeCloseTo(10);
  });

  it('attempts share the rest', () => {
    const axis = traceAxis(RETRIES);
    expect(axis.position(50) - axis.position(0)).toBeCloseTo(40);
  });

  it('axis ends at 100', () => {
    expect(traceAxis(RETRIES).position(180_100)).toBeCloseTo(100);
  });

  it('marks wait spans folded', () => {
    const axis = traceAxis(RETRIES);
    expect(RETRIES.filter((item) => axis.isFolded(item)).map((item) => item.id)).toEqual(['w1', 'w2']);
  });

  it('short trace stays linear', () => {
    const axis = traceAxis([span('root', 'GET /', 0, 200), span('fn', 'Invoke', 50, 150, 'root')]);
    expect(axis.foldCount).toBe(0);
    expect(axis.position(50)).toBeCloseTo(25);
  });

  it('busy time is not folded', () => {
    const axis = traceAxis([
      span('root', 'Run', 0, 5000),
      span('w', 'Wait 5 s before retry 1', 0, 5000, 'root'),
      span('fn', 'Other function', 0, 5000, 'root'),
    ]);
    expect(axis.foldCount).toBe(0);
  });
});
