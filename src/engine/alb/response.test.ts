import { describe, expect, it } from 'vitest';
import type { InvocationRecord } from '../lambda/invocation';
import { readAwsEvent } from '../util/aws-fixtures.testing';
import { mapAlbResponse } from './response';

function record(payload: unknown, outcome: InvocationRecord['outcome'] = 'success'): InvocationRecord {
  return {
    requestId: '11111111-1111-4111-8111-111111111111',
    functionNodeId: 'fn',
    event: {},
    outcome,
    payload,
    logs: [],
    durationMs: 1.5,
    billedDurationMs: 2,
    coldStart: false,
    environmentId: 'env-1',
    memorySizeMb: 128,
    maxMemoryUsedMb: 40,
  };
}

const single = { multiValueHeaders: false, nowMs: 0 };
const multi = { multiValueHeaders: true, nowMs: 0 };
const header = (headers: [string, string][], name: string) =>
  headers.filter(([key]) => key.toLowerCase() === name.toLowerCase()).map(([, value]) => value);

describe('mapAlbResponse C-02', () => {
  it('rejects non-string header values', () => {
    const mapped = mapAlbResponse(
      record({ statusCode: 404, headers: { 'content-length': 9, 'x-cache-hit': true }, body: 'not found', isBase64Encoded: false }),
      single,
    );

    expect(mapped.response.statusCode).toBe(502);
    expect(mapped.response.statusText).toBe('Bad Gateway');
    expect(mapped.errorReason).toBe('LambdaInvalidResponse');
  });

  it('passes string header values', () => {
    const mapped = mapAlbResponse(
      record({ statusCode: 404, headers: { 'content-length': '9', 'x-cache-hit': 'true' }, body: 'not found', isBase64Encoded: false }),
      single,
    );

    expect(mapped.response.statusCode).toBe(404);
    expect(mapped.response.body).toBe('not found');
    expect(mapped.errorReason).toBeUndefined();
    expect(header(mapped.response.headers, 'x-cache-hit')).toEqual(['true']);
  });

  it('rejects missing statusCode', () => {
    const mapped = mapAlbResponse(record({ message: 'ok' }), single);

    expect(mapped.response.statusCode).toBe(502);
    expect(mapped.errorReason).toBe('LambdaInvalidResponse');
  });

  it('sends ALB error page body', () => {
    const mapped = mapAlbResponse(record({ message: 'ok' }), single);

    expect(mapped.response.body).toContain('<title>502 Bad Gateway</title>');
    expect(header(mapped.response.headers, 'server')).toEqual(['awselb/2.0']);
  });
});

describe('mapAlbResponse validation', () => {
  it('accepts statusCode alone', () => {
    const mapped = mapAlbResponse(record({ statusCode: 200 }), single);

    expect(mapped.response.statusCode).toBe(200);
    expect(mapped.response.body).toBe('');
    expect(header(mapped.response.headers, 'content-length')).toEqual(['0']);
  });

  it.each([
    ['string statusCode', { statusCode: '200' }],
    ['fractional statusCode', { statusCode: 200.5 }],
    ['out-of-range statusCode', { statusCode: 99 }],
    ['null body', { statusCode: 200, body: null }],
    ['object body', { statusCode: 200, body: { a: 1 } }],
    ['null headers', { statusCode: 200, headers: null }],
    ['null header value', { statusCode: 200, headers: { a: null } }],
    ['null isBase64Encoded', { statusCode: 200, isBase64Encoded: null }],
    ['null statusDescription', { statusCode: 200, statusDescription: null }],
    ['invalid base64 body', { statusCode: 200, body: '%%%', isBase64Encoded: true }],
    ['array payload', [200]],
    ['string payload', 'hello'],
    ['null payload', null],
  ])('rejects %s', (_name, payload) => {
    const mapped = mapAlbResponse(record(payload), single);

    expect(mapped.response.statusCode).toBe(502);
    expect(mapped.errorReason).toBe('LambdaInvalidResponse');
  });

  it('uses statusDescription as reason', () => {
    const mapped = mapAlbResponse(record({ statusCode: 200, statusDescription: '200 Fine' }), single);

    expect(mapped.response.statusText).toBe('Fine');
  });

  it('decodes base64 text body', () => {
    const mapped = mapAlbResponse(record({ statusCode: 200, body: 'aGVsbG8=', isBase64Encoded: true }), single);

    expect(mapped.response.body).toBe('hello');
    expect(mapped.response.bodyIsBase64).toBeUndefined();
  });

  it('keeps binary body as base64', () => {
    const mapped = mapAlbResponse(record({ statusCode: 200, body: 'iVD/AA==', isBase64Encoded: true }), single);

    expect(mapped.response.body).toBe('iVD/AA==');
    expect(mapped.response.bodyIsBase64).toBe(true);
    expect(header(mapped.response.headers, 'content-length')).toEqual(['4']);
  });

  it('drops hop-by-hop headers', () => {
    const mapped = mapAlbResponse(
      record({ statusCode: 200, headers: { Connection: 'close', 'Transfer-Encoding': 'chunked', 'Content-Length': '999', 'X-Kept': 'yes' }, body: 'abc' }),
      single,
    );
    const names = mapped.response.headers.map(([name]) => name);

    expect(names).not.toContain('Connection');
    expect(names).not.toContain('Transfer-Encoding');
    expect(header(mapped.response.headers, 'content-length')).toEqual(['3']);
    expect(header(mapped.response.headers, 'x-kept')).toEqual(['yes']);
  });

  it('computes UTF-8 Content-Length', () => {
    const mapped = mapAlbResponse(record({ statusCode: 200, body: 'é' }), single);

    expect(header(mapped.response.headers, 'content-length')).toEqual(['2']);
  });
});

describe('mapAlbResponse sample response', () => {
  const sample = readAwsEvent('alb/lambda-go__alb-lambda-target-response.json');

  it('uses headers in single-value mode', () => {
    const mapped = mapAlbResponse(record(sample), single);

    expect(header(mapped.response.headers, 'set-cookie')).toEqual(['cookies']);
    expect(mapped.response.body).toBe('Hello from Lambda');
  });

  it('uses multiValueHeaders in multi-value mode', () => {
    const mapped = mapAlbResponse(record(sample), multi);

    expect(header(mapped.response.headers, 'set-cookie')).toHaveLength(2);
  });

  it('ignores headers in multi-value mode', () => {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers
    const mapped = mapAlbResponse(record({ statusCode: 200, headers: { 'x-single': 'b' } }), multi);

    expect(mapped.response.statusCode).toBe(200);
    expect(header(mapped.response.headers, 'x-single')).toEqual([]);
  });

  it('rejects non-array multi-value header', () => {
    const mapped = mapAlbResponse(record({ statusCode: 200, multiValueHeaders: { a: 'b' } }), multi);

    expect(mapped.errorReason).toBe('LambdaInvalidResponse');
  });
});

describe('mapAlbResponse failures', () => {
  it('maps function error to LambdaUnhandled', () => {
    const mapped = mapAlbResponse(record({ errorType: 'Error', errorMessage: 'boom' }, 'error'), single);

    expect(mapped.response.statusCode).toBe(502);
    expect(mapped.errorReason).toBe('LambdaUnhandled');
  });

  it('names 6 MB limit for oversize response', () => {
    const payload = {
      errorType: 'Function.ResponseSizeTooLarge',
      errorMessage: 'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
    };
    const mapped = mapAlbResponse(record(payload, 'error'), single);

    expect(mapped.response.statusCode).toBe(502);
    expect(mapped.detail).toContain("response exceeded Lambda's 6 MB limit");
    expect(mapped.detail).toContain('Function.ResponseSizeTooLarge');
    expect(mapped.detail).not.toContain('raised an error');
  });

  it('names errorType of function error', () => {
    const mapped = mapAlbResponse(record({ errorType: 'TypeError', errorMessage: 'boom' }, 'error'), single);

    expect(mapped.detail).toBe('the function raised an error (TypeError: boom) instead of returning a response');
  });

  it('maps timeout to 502', () => {
    const mapped = mapAlbResponse(record({ errorType: 'Sandbox.Timedout' }, 'timeout'), single);

    expect(mapped.response.statusCode).toBe(502);
  });

  it('maps large response to LambdaResponseTooLarge', () => {
    const mapped = mapAlbResponse(record({ statusCode: 200, body: 'x'.repeat(1024 * 1024) }), single);

    expect(mapped.response.statusCode).toBe(502);
    expect(mapped.errorReason).toBe('LambdaResponseTooLarge');
  });
});
