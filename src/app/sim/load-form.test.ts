import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine/model/parse';
import { SQS_BURST_SAMPLE } from '../../engine/samples/sqs-burst';
import { batchSizeVariants } from './batch-sizes';
import { emptyDraft, parseDraft } from './load-form';
import { lambdaCostUsd } from './pricing';

const parsed = parseScenario(SQS_BURST_SAMPLE);
if (!parsed.ok) {
  throw new Error(parsed.error.message);
}
const scenario = parsed.value;

describe('parseDraft', () => {
  it('accepts a burst', () => {
    const result = parseDraft(scenario, emptyDraft('orders'));
    if (!('load' in result)) throw new Error(result.errors.join(' '));
    expect(result.load.ratePerSecond).toBe(undefined);
    expect(result.load.count).toBe(100);
  });

  it('names an invalid count', () => {
    const result = parseDraft(scenario, { ...emptyDraft('orders'), count: '0' });
    if (!('errors' in result)) throw new Error('expected errors');
    expect(result.errors[0]).toMatch(/^Messages:/);
  });

  it('rejects a function as target', () => {
    const result = parseDraft(scenario, emptyDraft('process-order'));
    if (!('errors' in result)) throw new Error('expected errors');
    expect(result.errors.join(' ')).toContain('is not an SQS queue');
  });
});

describe('batchSizeVariants', () => {
  it('adds a window above ten', () => {
    const variants = batchSizeVariants(scenario);
    if ('error' in variants) throw new Error(variants.error);
    expect(variants.map((variant) => variant.batchSize)).toEqual([1, 10, 100, 1000]);
    expect(variants.map((variant) => variant.windowSeconds)).toEqual([0, 0, 1, 1]);
  });

  it('explains a load without mapping', () => {
    const result = batchSizeVariants({ ...scenario, edges: [] });
    expect('error' in result).toBe(true);
  });
});

describe('lambdaCostUsd', () => {
  it('prices a million requests', () => {
    // 1M requests of 1 s at 1 GB: $0.20 + 1M × $0.0000166667.
    expect(lambdaCostUsd({ requests: 1_000_000, gbSeconds: 1_000_000 })).toBeCloseTo(16.8667, 3);
  });
});
