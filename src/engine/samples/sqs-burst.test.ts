import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/parse';
import { encodeShareUrl } from '../model/share';
import { simulate } from '../sim';
import { validateScenario } from '../validate';
import { SQS_BURST_SAMPLE } from './sqs-burst';

describe('SQS burst sample', () => {
  const parsed = parseScenario(SQS_BURST_SAMPLE);

  it('parses unchanged', () => {
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value).toEqual(SQS_BURST_SAMPLE);
  });

  it('has no diagnostics', () => {
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(validateScenario(parsed.value)).toEqual([]);
  });

  it('shares in under 2,000 characters', () => {
    expect(encodeShareUrl(SQS_BURST_SAMPLE).length).toBeLessThan(2000);
  });

  it('dead-letters some messages', () => {
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { totals } = simulate(parsed.value);
    expect(totals.sent).toBe(2000);
    expect(totals.deadLettered).toBeGreaterThan(0);
    expect(totals.processed + totals.deadLettered).toBe(2000);
  });
});
