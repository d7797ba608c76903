import { describe, expect, it } from 'vitest';
import { parseRawHttpRequest } from '../http/parse-request';
import type { HttpRequest } from '../http/request';
import { createRunEnvironment } from '../run/environment';
import { FixedInvoker } from '../run/fake-invoker.testing';
import { runRequest } from '../run/run-request';
import { ALB_HELLO_SAMPLE } from '../samples/alb-hello';
import { checkIncomingRequest, checkLambdaRequest } from './request-checks';

function parse(raw: string | Uint8Array): HttpRequest {
  const parsed = parseRawHttpRequest(raw);
  if (!parsed.ok) {
    throw new Error(parsed.error);
  }

  return parsed.value;
}

function forwardedFor(count: number): string {
  const addresses = Array.from({ length: count }, (_, index) => `198.51.100.${index + 1}`);

  return `GET / HTTP/1.1\r\nHost: example.com\r\nX-Forwarded-For: ${addresses.join(', ')}\r\n\r\n`;
}

/** A request whose X-Note header value contains the bytes FF FE, not UTF-8. */
function nonUtf8Header(): Uint8Array {
  const head = Buffer.from('GET / HTTP/1.1\r\nHost: example.com\r\nX-Note: a', 'latin1');

  return Buffer.concat([head, Buffer.from([0xff, 0xfe]), Buffer.from('\r\n\r\n', 'latin1')]);
}

describe('X-Forwarded-For limit', () => {
  it('30 addresses pass', () => {
    expect(checkIncomingRequest(parse(forwardedFor(30)))).toBeUndefined();
  });

  it('31 addresses give 463', () => {
    expect(checkIncomingRequest(parse(forwardedFor(31)))?.statusCode).toBe(463);
  });

  it('counts across repeated headers', () => {
    const raw =
      'GET / HTTP/1.1\r\nHost: example.com\r\n' +
      `X-Forwarded-For: ${Array(20).fill('192.0.2.1').join(',')}\r\n` +
      `X-Forwarded-For: ${Array(11).fill('192.0.2.2').join(',')}\r\n\r\n`;

    expect(checkIncomingRequest(parse(raw))?.statusCode).toBe(463);
  });

  it('run answers 463 without invoking', async () => {
    const invoker = new FixedInvoker([{ payload: { statusCode: 200 } }]);
    const env = createRunEnvironment({ seed: 1, startMs: 1_700_000_000_000 });
    const result = await runRequest(ALB_HELLO_SAMPLE, 'alb', { kind: 'http', raw: forwardedFor(31) }, invoker, env);

    expect(result.response.statusCode).toBe(463);
    expect(invoker.requests).toHaveLength(0);
  });
});

describe('non-UTF-8 header value', () => {
  it('parser names the header', () => {
    expect(parse(nonUtf8Header()).nonUtf8Headers).toEqual(['X-Note']);
  });

  it('UTF-8 header bytes decode as text', () => {
    const raw = Buffer.from('GET / HTTP/1.1\r\nHost: example.com\r\nX-Name: café\r\n\r\n', 'utf8');

    expect(parse(raw).headers).toContainEqual(['X-Name', 'café']);
  });

  it('gives LambdaBadRequest 400', () => {
    const rejection = checkLambdaRequest(parse(nonUtf8Header()));

    expect(rejection?.statusCode).toBe(400);
    expect(rejection?.errorReason).toBe('LambdaBadRequest');
  });

  it('same status as non-UTF-8 body', () => {
    const head = Buffer.from('POST / HTTP/1.1\r\nHost: example.com\r\nContent-Type: text/plain\r\n\r\n', 'latin1');
    const body = checkLambdaRequest(parse(Buffer.concat([head, Buffer.from([0xff])])));

    expect(checkLambdaRequest(parse(nonUtf8Header()))?.statusCode).toBe(body?.statusCode);
  });
});
