import { describe, expect, it } from 'vitest';
import { encodeShareUrl } from '../model/share';
import { parseScenario } from '../model/parse';
import { validateScenario } from '../validate';
import { APIGW_PROXY_CUSTOM_SAMPLE } from './apigw-proxy-custom';

describe('API Gateway proxy and custom sample', () => {
  it('parses as a scenario', () => {
    expect(parseScenario(APIGW_PROXY_CUSTOM_SAMPLE).ok).toBe(true);
  });

  it('has no validation errors', () => {
    const errors = validateScenario(APIGW_PROXY_CUSTOM_SAMPLE).filter((item) => item.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('share link stays under 2,000 characters', () => {
    expect(encodeShareUrl(APIGW_PROXY_CUSTOM_SAMPLE).length).toBeLessThan(2000);
  });
});
