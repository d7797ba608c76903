import { describe, expect, it } from 'vitest';
import { parseRawHttpRequest } from './parse-request';
import type { HttpRequest } from './request';

function parse(raw: string | Uint8Array): HttpRequest {
  const result = parseRawHttpRequest(raw);
  if (!result.ok) {
    throw new Error(result.error);
  }

  return result.value;
}

function failure(raw: string): string {
  const result = parseRawHttpRequest(raw);
  if (result.ok) {
    throw new Error('expected the request to be rejected');
  }

  return result.error;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('parseRawHttpRequest', () => {
  it('parses CRLF request with body', () => {
    const request = parse('POST /items?a=1 HTTP/1.1\r\nHost: example.com\r\nContent-Length: 7\r\n\r\n{"a":1}');

    expect(request.method).toBe('POST');
    expect(request.path).toBe('/items');
    expect(request.rawQuery).toBe('a=1');
    expect(request.host).toBe('example.com');
    expect(text(request.body)).toBe('{"a":1}');
  });

  it('parses LF line breaks', () => {
    const request = parse('GET / HTTP/1.1\nHost: example.com\n\n');

    expect(request.headers).toEqual([['Host', 'example.com']]);
    expect(request.body.length).toBe(0);
  });

  it('accepts missing blank line', () => {
    expect(parse('GET / HTTP/1.1\nHost: example.com\n').headers).toHaveLength(1);
  });

  it('keeps header order, case and repeats', () => {
    const request = parse('GET / HTTP/1.1\r\nHost: a\r\nX-Thing: 1\r\ncookie: a=1\r\nCookie: b=2\r\n\r\n');

    expect(request.headers).toEqual([
      ['Host', 'a'],
      ['X-Thing', '1'],
      ['cookie', 'a=1'],
      ['Cookie', 'b=2'],
    ]);
  });

  it('keeps query string encoded', () => {
    expect(parse('GET /p?x=foo%3Dbar&y=a+b HTTP/1.1\nHost: a\n\n').rawQuery).toBe('x=foo%3Dbar&y=a+b');
  });

  it('reads absolute-form target', () => {
    const request = parse('GET http://example.com:8080/a/b?c=d HTTP/1.1\n\n');

    expect(request.host).toBe('example.com:8080');
    expect(request.path).toBe('/a/b');
    expect(request.rawQuery).toBe('c=d');
  });

  it('takes body without Content-Length', () => {
    expect(text(parse('POST / HTTP/1.1\nHost: a\n\nhello world').body)).toBe('hello world');
  });

  it('ignores line break after body', () => {
    expect(text(parse('POST / HTTP/1.1\nHost: a\nContent-Length: 2\n\nhi\n').body)).toBe('hi');
  });

  it('decodes chunked body', () => {
    const request = parse('POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n');

    expect(text(request.body)).toBe('Wikipedia');
  });

  it('counts UTF-8 body bytes', () => {
    expect(parse('POST / HTTP/1.1\nHost: a\nContent-Length: 2\n\né').body.length).toBe(2);
  });

  it('keeps binary bytes from a byte input', () => {
    const head = new TextEncoder().encode('POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n');
    const request = parse(new Uint8Array([...head, 0xff, 0x00]));

    expect([...request.body]).toEqual([0xff, 0x00]);
  });

  it('joins folded header lines', () => {
    expect(parse('GET / HTTP/1.1\nHost: a\nX-Long: one\n two\n\n').headers[1]).toEqual(['X-Long', 'one two']);
  });

  it('rejects short request line', () => {
    expect(failure('GET\n\n')).toBe("Invalid request line 'GET': expected METHOD TARGET HTTP/1.1");
  });

  it('rejects empty request', () => {
    expect(failure('')).toMatch(/The request is empty/);
  });

  it('rejects unknown protocol', () => {
    expect(failure('GET / HTTP/2\n\n')).toMatch(/Invalid protocol 'HTTP\/2'/);
  });

  it('rejects relative target', () => {
    expect(failure('GET items HTTP/1.1\n\n')).toMatch(/Invalid request target 'items'/);
  });

  it('rejects header without colon', () => {
    expect(failure('GET / HTTP/1.1\nHost example.com\n\n')).toMatch(/Invalid header line 'Host example.com'/);
  });

  it('rejects short body', () => {
    expect(failure('POST / HTTP/1.1\nContent-Length: 10\n\nabc')).toMatch(/has 3 bytes but Content-Length is 10/);
  });

  it('rejects invalid Content-Length', () => {
    expect(failure('POST / HTTP/1.1\nContent-Length: ten\n\nabc')).toMatch(/Invalid Content-Length 'ten'/);
  });

  it('rejects unknown transfer coding', () => {
    expect(failure('POST / HTTP/1.1\nTransfer-Encoding: gzip\n\nabc')).toMatch(/Unsupported Transfer-Encoding 'gzip'/);
  });
});
