import { describe, expect, it } from 'vitest';
import { parseRawHttpRequest } from '../http/parse-request';
import type { HttpRequest } from '../http/request';
import { createRunEnvironment } from '../run/environment';
import { readAwsEvent } from '../util/aws-fixtures.testing';
import { buildAlbEvent, type AlbEventOptions } from './event';
import type { AlbRequestEvent } from './event-types';

function parse(raw: string): HttpRequest {
  const result = parseRawHttpRequest(raw);
  if (!result.ok) {
    throw new Error(result.error);
  }

  return result.value;
}

function fixture(name: string): AlbRequestEvent {
  return readAwsEvent(`alb/${name}`) as AlbRequestEvent;
}

/** Options that reproduce the ALB-added values recorded in a fixture. */
function recorded(event: AlbRequestEvent, multi: boolean): AlbEventOptions {
  const single = (name: string) =>
    multi ? event.multiValueHeaders?.[name]?.[0] : event.headers?.[name];

  return {
    targetGroupArn: event.requestContext.elb.targetGroupArn,
    multiValueHeaders: multi,
    clientIp: single('x-forwarded-for') ?? '',
    listenerPort: Number(single('x-forwarded-port')),
    listenerProtocol: single('x-forwarded-proto') === 'https' ? 'HTTPS' : 'HTTP',
    traceId: single('x-amzn-trace-id') ?? '',
  };
}

describe('buildAlbEvent against AWS samples', () => {
  it('matches aws-lambda-go single-value sample', () => {
    const expected = fixture('lambda-go__alb-lambda-target-request-headers-only.json');
    // x-imforwards appears in ALB captures but AWS does not document it as
    // added by the load balancer, so the client request carries it here.
    const request = parse(
      [
        'GET /?key=hello HTTP/1.1',
        'Host: lambda-test-alb-1334523864.us-east-1.elb.amazonaws.com',
        'User-Agent: curl/7.54.0',
        'Accept: */*',
        'Connection: keep-alive',
        'X-IMForwards: 20',
        'X-MyHeader: 123',
        '',
        '',
      ].join('\r\n'),
    );
    const event = buildAlbEvent(request, recorded(expected, false));

    expect(event).toEqual(expected);
    expect(Object.keys(event)).toEqual(Object.keys(expected));
    expect(Object.keys(event.headers ?? {})).toEqual(Object.keys(expected.headers ?? {}));
  });

  it('matches aws-lambda-go multi-value sample', () => {
    const expected = fixture('lambda-go__alb-lambda-target-request-multivalue-headers.json');
    const request = parse(
      [
        'GET /?key=hello HTTP/1.1',
        'Host: lambda-test-alb-1234567.us-east-1.elb.amazonaws.com',
        'User-Agent: curl/7.54.0',
        'Accept: */*',
        'Connection: keep-alive',
        'X-IMForwards: 20',
        'X-MyHeader: 123',
        '',
        '',
      ].join('\n'),
    );
    const event = buildAlbEvent(request, recorded(expected, true));

    expect(event).toEqual(expected);
    expect(Object.keys(event)).toEqual(Object.keys(expected));
  });

  it('matches Powertools multi-value query sample', () => {
    const expected = fixture('pt-python__albMultiValueQueryStringEvent.json');
    const request = parse(
      [
        'GET /todos?parameter1=value1&parameter1=value2&parameter2=value HTTP/1.1',
        'Host: alb-c-LoadB-14POFKYCLBNSF-1815800096.eu-central-1.elb.amazonaws.com',
        'User-Agent: curl/7.79.1',
        'Accept: */*',
        'header1: value1',
        'header2: value1',
        'header2: value2',
        '',
        '',
      ].join('\n'),
    );

    expect(buildAlbEvent(request, recorded(expected, true))).toEqual(expected);
  });

  it('matches Powertools single-value sample except its body', () => {
    const expected = fixture('pt-python__albEvent.json');
    const request = parse(
      [
        'GET /lambda?query=1234ABCD HTTP/1.1',
        'Host: lambda-alb-123578498.us-east-2.elb.amazonaws.com',
        'Connection: keep-alive',
        'Upgrade-Insecure-Requests: 1',
        `User-Agent: ${expected.headers?.['user-agent'] ?? ''}`,
        `Accept: ${expected.headers?.accept ?? ''}`,
        'Accept-Encoding: gzip',
        'Accept-Language: en-US,en;q=0.9',
        'X-IMForwards: 20',
        'Content-Length: 4',
        '',
        'Test',
      ].join('\r\n'),
    );
    const event = buildAlbEvent(request, recorded(expected, false));

    // The sample was edited by hand from AWS's documented event, whose body
    // is "". A body without Content-Type is not one of the text types, so
    // the load balancer sends it base64-encoded. The edit also left out
    // the content-length header that such a request carries.
    expect(event.body).toBe('VGVzdA==');
    expect(event.isBase64Encoded).toBe(true);
    const { ['content-length']: contentLength, ...headers } = event.headers ?? {};
    expect(contentLength).toBe('4');
    expect({ ...event, headers, body: 'Test', isBase64Encoded: false }).toEqual(expected);
  });

  it('matches aws-lambda-dotnet sample except base64 flag', () => {
    const expected = fixture('lambda-dotnet__alb-request-single-value.json');
    const request = parse(
      [
        'GET /?query1=value1&query2=value2 HTTP/1.1',
        'Host: lambda-846800462-us-east-2.elb.amazonaws.com',
        'Accept: text/html,application/xhtml+xml',
        'Accept-Language: en-US,en;q=0.8',
        'Content-Type: text/plain',
        'Cookie: cookies',
        'User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6)',
        'head1: value1',
        'head2: value2',
        '',
        'not really base64',
      ].join('\r\n'),
    );
    const event = buildAlbEvent(request, recorded(expected, false));

    // The sample marks a text/plain body as base64; AWS sends text/* bodies
    // as plain text with isBase64Encoded false.
    expect(event.isBase64Encoded).toBe(false);
    expect(event.body).toBe('not really base64');
    expect({ ...event, isBase64Encoded: true }).toEqual(expected);
  });

  it('sends only multi-value keys, unlike the lambda-rust sample', () => {
    const expected = fixture('lambda-rust__alb_multi_value_request.json');
    const request = parse(
      [
        'GET /?myKey=val1&myKey=val2&myOtherKey=val3&myOtherKey=val4 HTTP/1.1',
        'Host: lambda-846800462-us-east-2.elb.amazonaws.com',
        'Accept: text/html,application/xhtml+xml',
        'Accept-Language: en-US,en;q=0.8',
        'Content-Type: text/plain',
        'Cookie: name1=value1',
        'Cookie: name2=value2',
        'User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6)',
        '',
        'request_body',
      ].join('\r\n'),
    );
    const options = recorded(expected, true);
    const event = buildAlbEvent(request, options);

    // The sample carries both header sets; AWS sends one or the other.
    expect(event.headers).toBeUndefined();
    expect(event.queryStringParameters).toBeUndefined();
    expect(event.multiValueHeaders).toEqual(expected.multiValueHeaders);
    expect(event.multiValueQueryStringParameters).toEqual(
      expected.multiValueQueryStringParameters,
    );
    expect(event.body).toBe('request_body');
    // Its single-value half also mixes first and last values (cookie
    // name1, myOtherKey val3); AWS keeps the last value of a repeated key.
    const single = buildAlbEvent(request, { ...options, multiValueHeaders: false });
    expect(single.headers?.cookie).toBe('name2=value2');
    expect(single.queryStringParameters).toEqual({ myKey: 'val2', myOtherKey: 'val4' });
  });

  it('fills the SAM CLI template shape', () => {
    const template = fixture('sam-cli__ALBRequest.json');
    const request = parse(
      [
        'POST /hello?query=1234ABCD HTTP/1.1',
        'Host: lambda-alb-123578498.us-east-2.elb.amazonaws.com',
        'Content-Length: 5',
        '',
        'hello',
      ].join('\r\n'),
    );
    const event = buildAlbEvent(request, recorded(template, false));

    expect(Object.keys(event)).toEqual(Object.keys(template));
    expect(event.isBase64Encoded).toBe(template.isBase64Encoded);
    expect(event.body).toBe('aGVsbG8=');
  });
});

describe('buildAlbEvent modes (C-01)', () => {
  const raw = [
    'GET /items?color=red&color=blue HTTP/1.1',
    'Host: example.com',
    'Cookie: a=1',
    'Cookie: b=2',
    '',
    '',
  ].join('\r\n');

  it('multi-value mode keeps every value', () => {
    const event = buildAlbEvent(parse(raw), { multiValueHeaders: true });

    expect(event.multiValueQueryStringParameters).toEqual({ color: ['red', 'blue'] });
    expect(event.multiValueHeaders?.cookie).toEqual(['a=1', 'b=2']);
    expect('queryStringParameters' in event).toBe(false);
    expect('headers' in event).toBe(false);
  });

  it('single-value mode keeps the last value', () => {
    const event = buildAlbEvent(parse(raw), { multiValueHeaders: false });

    expect(event.queryStringParameters).toEqual({ color: 'blue' });
    expect(event.headers?.cookie).toBe('b=2');
    expect('multiValueQueryStringParameters' in event).toBe(false);
    expect('multiValueHeaders' in event).toBe(false);
  });
});

describe('buildAlbEvent details', () => {
  const request = (lines: string[], body = '') =>
    parse([...lines, '', body].join('\r\n'));

  it('does not decode query strings', () => {
    const event = buildAlbEvent(request(['GET /?x=foo%3Dbar&name=J%C3%BCrgen+M HTTP/1.1', 'Host: a.example']));

    expect(event.queryStringParameters).toEqual({ x: 'foo%3Dbar', name: 'J%C3%BCrgen+M' });
  });

  it('sends empty query map without query', () => {
    const event = buildAlbEvent(request(['GET /a HTTP/1.1', 'Host: a.example']));

    expect(event.queryStringParameters).toEqual({});
    expect(event.body).toBe('');
    expect(event.isBase64Encoded).toBe(false);
  });

  it('keeps query key without value', () => {
    const event = buildAlbEvent(request(['GET /?flag&empty= HTTP/1.1', 'Host: a.example']));

    expect(event.queryStringParameters).toEqual({ flag: '', empty: '' });
  });

  it.each([
    ['text/plain', false],
    ['text/html; charset=utf-8', false],
    ['application/json', false],
    ['Application/JSON', false],
    ['application/javascript', false],
    ['application/xml', false],
    ['application/octet-stream', true],
    ['image/png', true],
    ['application/x-www-form-urlencoded', true],
    ['application/ld+json', true],
  ])('body of type %s base64 is %s', (type, base64) => {
    const event = buildAlbEvent(request(['POST / HTTP/1.1', 'Host: a.example', `Content-Type: ${type}`], 'a=1'));

    expect(event.isBase64Encoded).toBe(base64);
    expect(event.body).toBe(base64 ? 'YT0x' : 'a=1');
  });

  it('encodes body with Content-Encoding', () => {
    const event = buildAlbEvent(
      request(['POST / HTTP/1.1', 'Host: a.example', 'Content-Type: application/json', 'Content-Encoding: gzip'], '{}'),
    );

    expect(event.isBase64Encoded).toBe(true);
    expect(event.body).toBe('e30=');
  });

  it('encodes body without Content-Type', () => {
    const event = buildAlbEvent(request(['POST / HTTP/1.1', 'Host: a.example'], 'hi'));

    expect(event.isBase64Encoded).toBe(true);
    expect(event.body).toBe('aGk=');
  });

  it('lowercases header names', () => {
    const event = buildAlbEvent(request(['GET / HTTP/1.1', 'Host: a.example', 'X-Custom-Header: Value']));

    expect(event.headers?.['x-custom-header']).toBe('Value');
    expect(event.headers?.['X-Custom-Header']).toBeUndefined();
  });

  it('appends client to X-Forwarded-For', () => {
    const event = buildAlbEvent(
      request(['GET / HTTP/1.1', 'Host: a.example', 'X-Forwarded-For: 198.51.100.7']),
      { clientIp: '203.0.113.9' },
    );

    expect(event.headers?.['x-forwarded-for']).toBe('198.51.100.7, 203.0.113.9');
  });

  it('sets port and proto from listener', () => {
    const event = buildAlbEvent(
      request(['GET / HTTP/1.1', 'Host: a.example', 'X-Forwarded-Proto: http']),
      { listenerProtocol: 'HTTPS' },
    );

    expect(event.headers?.['x-forwarded-proto']).toBe('https');
    expect(event.headers?.['x-forwarded-port']).toBe('443');
  });

  it('generates root trace id from clock', () => {
    const env = createRunEnvironment({ seed: 7, startMs: 0x5c34e93e * 1000 });
    const event = buildAlbEvent(request(['GET / HTTP/1.1', 'Host: a.example']), { env });

    expect(event.headers?.['x-amzn-trace-id']).toMatch(/^Root=1-5c34e93e-[0-9a-f]{24}$/);
  });

  it('inserts Self into incoming trace id', () => {
    const env = createRunEnvironment({ seed: 7, startMs: 0 });
    const event = buildAlbEvent(
      request(['GET / HTTP/1.1', 'Host: a.example', 'X-Amzn-Trace-Id: Root=1-67891233-abcdef012345678912345678;CalledFrom=app']),
      { env },
    );

    expect(event.headers?.['x-amzn-trace-id']).toMatch(
      /^Self=1-00000000-[0-9a-f]{24};Root=1-67891233-abcdef012345678912345678;CalledFrom=app$/,
    );
  });

  it('repeats trace id for one seed', () => {
    const build = () =>
      buildAlbEvent(request(['GET / HTTP/1.1', 'Host: a.example']), {
        env: createRunEnvironment({ seed: 3, startMs: 0 }),
      });

    expect(build().headers?.['x-amzn-trace-id']).toBe(build().headers?.['x-amzn-trace-id']);
  });

  it('sends binary body bytes unchanged', () => {
    const head = 'POST / HTTP/1.1\r\nHost: a.example\r\nContent-Type: image/png\r\nContent-Length: 4\r\n\r\n';
    const bytes = new Uint8Array([...new TextEncoder().encode(head), 0x89, 0x50, 0xff, 0x00]);
    const parsed = parseRawHttpRequest(bytes);
    if (!parsed.ok) {
      throw new Error(parsed.error);
    }

    expect(buildAlbEvent(parsed.value).body).toBe('iVD/AA==');
  });
});
