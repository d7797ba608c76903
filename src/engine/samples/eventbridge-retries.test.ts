import { describe, expect, it } from 'vitest';
import { encodeShareUrl } from '../model/share';
import { parseScenario } from '../model/parse';
import { validateScenario } from '../validate';
import { EVENTBRIDGE_RETRIES_SAMPLE } from './eventbridge-retries';

describe('EventBridge retries sample', () => {
  it('parses as a scenario', () => {
    expect(parseScenario(EVENTBRIDGE_RETRIES_SAMPLE).ok).toBe(true);
  });

  it('has no validation errors', () => {
    const errors = validateScenario(EVENTBRIDGE_RETRIES_SAMPLE).filter((item) => item.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('share link stays under 2,000 characters', () => {
    expect(encodeShareUrl(EVENTBRIDGE_RETRIES_SAMPLE).length).toBeLessThan(2000);
  });
});
