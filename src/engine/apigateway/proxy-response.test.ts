import { describe, expect, it } from 'vitest';
import { readAwsEvent } from '../util/aws-fixtures.testing';
import type { ClientResponse } from '../run/types';
import { mapProxyResponseV1, type ProxyResponseMapping } from './proxy-response-v1';
import { mapProxyResponseV2 } from './proxy-response-v2';
import { rawRequest } from './requests.testing';

const GET = rawRequest(['GET / HTTP/1.1']);

/** Returns the mapped response, failing the test when the result was rejected. */
function accepted(mapped: ProxyResponseMapping): ClientResponse {
  if (!mapped.ok) {
    throw new Error(`rejected: ${mapped.detail}`);
  }
  return mapped.response;
}

function v1(payload: unknown, binary: string[] = [], request = GET) {
  return mapProxyResponseV1(payload, request, binary);
}

describe('REST proxy response validation', () => {
  it('status alone gives empty body', () => {
    const mapped = v1({ statusCode: 200 });
    expect([accepted(mapped).statusCode, accepted(mapped).body]).toEqual([200, '']);
    expect(accepted(mapped).headers).toEqual([['Content-Type', 'application/json']]);
  });

  it('headers without status give 200', () => {
    const mapped = v1({ headers: { 'X-A': '1' } });
    expect(accepted(mapped).statusCode).toBe(200);
  });

  it('numeric string status is accepted', () => {
    const mapped = v1({ statusCode: '201' });
    expect(accepted(mapped).statusCode).toBe(201);
  });

  it('word status is rejected', () => {
    expect(v1({ statusCode: 'test' }).ok).toBe(false);
  });

  it('unknown key is rejected', () => {
    expect(v1({ statusCode: 200, wrongValue: 'value' }).ok).toBe(false);
  });

  it('empty object is rejected', () => {
    expect(v1({}).ok).toBe(false);
  });

  it('bare string is rejected', () => {
    expect(v1('justAString').ok).toBe(false);
  });

  it('boolean header is sent as text', () => {
    const mapped = v1({ statusCode: 200, headers: { 'X-Flag': true } });
    expect(accepted(mapped).headers[0]).toEqual(['X-Flag', 'true']);
  });

  it('null headers are accepted', () => {
    expect(v1({ statusCode: 200, headers: null }).ok).toBe(true);
  });

  it('multi value not array is rejected', () => {
    expect(v1({ statusCode: 200, multiValueHeaders: { 'X-A': 'one' } }).ok).toBe(false);
  });

  it('shared header puts multi first', () => {
    const mapped = v1({ statusCode: 200, headers: { 'x-test': 'value-solo' }, multiValueHeaders: { 'X-Test': ['value-multi'] } });
    expect(accepted(mapped).headers[0]).toEqual(['X-Test', 'value-multi, value-solo']);
  });

  it('object body is rejected', () => {
    expect(v1({ statusCode: 200, body: { a: 1 } }).ok).toBe(false);
  });

  it('base64 kept without binary types', () => {
    const mapped = v1({ statusCode: 200, body: 'aGk=', isBase64Encoded: true });
    expect([accepted(mapped).body, accepted(mapped).bodyIsBase64]).toEqual(['aGk=', undefined]);
  });

  it('base64 decoded when Accept matches', () => {
    const request = rawRequest(['GET / HTTP/1.1', 'Accept: image/png']);
    const mapped = v1({ statusCode: 200, body: 'aGk=', isBase64Encoded: true }, ['image/*'], request);
    expect(accepted(mapped).bodyIsBase64).toBe(true);
  });

  it('maps the AWS sample response', () => {
    const sample = readAwsEvent('apigw-rest/lambda-java-libs__apigw_proxy_response.json');
    const mapped = v1(sample);
    expect(accepted(mapped).body).toBe('{"message":"Hello from Lambda"}');
  });
});

describe('HTTP API 2.0 response', () => {
  it('object without status is the body', () => {
    const mapped = mapProxyResponseV2({ id: 7 });
    expect([accepted(mapped).statusCode, accepted(mapped).body]).toEqual([200, '{"id":7}']);
  });

  it('cookies become set-cookie headers', () => {
    const mapped = mapProxyResponseV2({ statusCode: 200, cookies: ['a=1', 'b=2'] });
    expect(accepted(mapped).headers.filter(([name]) => name === 'set-cookie')).toEqual([
      ['set-cookie', 'a=1'],
      ['set-cookie', 'b=2'],
    ]);
  });

  it('multiValueHeaders are ignored', () => {
    const sample = readAwsEvent('apigw-http/lambda-java-libs__apigw_v2_http_response.json') as Record<string, unknown>;
    const mapped = mapProxyResponseV2(sample);
    const names = accepted(mapped).headers.map(([name]) => name);
    expect(names).not.toContain(Object.keys((sample.multiValueHeaders ?? {}) as object).find((name) => !(name in (sample.headers as object))));
  });

  it('base64 body is decoded', () => {
    const mapped = mapProxyResponseV2({ statusCode: 200, body: 'aGk=', isBase64Encoded: true });
    expect(accepted(mapped).bodyIsBase64).toBe(true);
  });

  it('invalid status is rejected', () => {
    expect(mapProxyResponseV2({ statusCode: 'abc' }).ok).toBe(false);
  });
});
