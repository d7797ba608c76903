import { describe, expect, it } from 'vitest';
import { APIGW_PROXY_CUSTOM_SAMPLE } from '../../engine/samples/apigw-proxy-custom';
import { edgeRequestLine, requestReachesEdge } from './edge-request';

const raw = (line: string) => `${line}\r\nHost: example.com\r\n\r\n`;

describe('edge request', () => {
  it('request reaches its route', () => {
    expect(requestReachesEdge(APIGW_PROXY_CUSTOM_SAMPLE, 'api-items', raw('GET /prod/items/1 HTTP/1.1'))).toBe(true);
  });

  it('request for another route', () => {
    expect(requestReachesEdge(APIGW_PROXY_CUSTOM_SAMPLE, 'api-legacy-items', raw('GET /prod/items/1 HTTP/1.1'))).toBe(false);
  });

  it('unparsable request reaches nothing', () => {
    expect(requestReachesEdge(APIGW_PROXY_CUSTOM_SAMPLE, 'api-items', 'nonsense')).toBe(false);
  });

  it('request line targets the route', () => {
    expect(edgeRequestLine(APIGW_PROXY_CUSTOM_SAMPLE, 'api-legacy-items')).toEqual({ method: 'GET', target: '/prod/legacy/items/1' });
  });
});
