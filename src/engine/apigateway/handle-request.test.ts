import { describe, expect, it } from 'vitest';
import type { ProxyEventV1, ProxyEventV2 } from './event-types';
import { handleApiGatewayRequest } from './handle-request';
import { rawRequest } from './requests.testing';
import { apiScenario, fixedInvoker, testEnvironment } from './scenario.testing';
import { createApiGatewayState } from './state';

const OK = { payload: { statusCode: 200, body: 'ok' } };
const REST = { ProtocolType: 'REST' };
const HTTP = { ProtocolType: 'HTTP' };

function header(headers: [string, string][], name: string): string[] {
  return headers.filter(([key]) => key.toLowerCase() === name).map(([, value]) => value);
}

describe('REST proxy requests', () => {
  it('absent parts are null', async () => {
    const scenario = apiScenario(REST, [{ id: 'items', config: { ResourcePath: '/items', HttpMethod: 'GET' } }]);
    const { invoker, requests } = fixedInvoker(OK);
    await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/items HTTP/1.1', 'Host: x']), invoker, testEnvironment());
    const event = requests[0]?.event as ProxyEventV1;
    expect([event.queryStringParameters, event.multiValueQueryStringParameters, event.pathParameters, event.body]).toEqual([null, null, null, null]);
  });

  it('greedy proxy takes the rest', async () => {
    const scenario = apiScenario(REST, [{ id: 'files', config: { ResourcePath: '/files/{proxy+}', HttpMethod: 'GET' } }]);
    const { invoker, requests } = fixedInvoker(OK);
    await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/files/a/b/c.txt HTTP/1.1']), invoker, testEnvironment());
    const event = requests[0]?.event as ProxyEventV1;
    expect([event.resource, event.path, event.pathParameters]).toEqual(['/files/{proxy+}', '/files/a/b/c.txt', { proxy: 'a/b/c.txt' }]);
    expect(event.requestContext.path).toBe('/prod/files/a/b/c.txt');
  });

  it('path stays encoded, query decoded', async () => {
    const scenario = apiScenario(REST, [{ id: 'all', config: {} }]);
    const { invoker, requests } = fixedInvoker(OK);
    await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/api/user/test%2Balias@gmail.com/?q=a%2Bb+c&k=1&k=2 HTTP/1.1']), invoker, testEnvironment());
    const event = requests[0]?.event as ProxyEventV1;
    expect(event.path).toBe('/api/user/test%2Balias@gmail.com/');
    expect(event.pathParameters).toEqual({ proxy: 'api/user/test%2Balias@gmail.com' });
    expect(event.queryStringParameters).toEqual({ q: 'a+b c', k: '2' });
    expect(event.multiValueQueryStringParameters).toEqual({ q: ['a+b c'], k: ['1', '2'] });
  });

  it('header casing is kept', async () => {
    const scenario = apiScenario(REST, [{ id: 'orders', config: { ResourcePath: '/orders', HttpMethod: 'POST' } }]);
    const { invoker, requests } = fixedInvoker(OK);
    await handleApiGatewayRequest(scenario, 'api', rawRequest(['POST /prod/orders HTTP/1.1', 'Content-Type: application/json', 'X-Request-Id: r-1'], '{}'), invoker, testEnvironment());
    const event = requests[0]?.event as ProxyEventV1;
    expect([event.headers?.['Content-Type'], event.headers?.['X-Request-Id']]).toEqual(['application/json', 'r-1']);
  });

  it('request time is in CLF', async () => {
    const scenario = apiScenario(REST, [{ id: 'all', config: {} }]);
    const { invoker, requests } = fixedInvoker(OK);
    await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/x HTTP/1.1']), invoker, testEnvironment());
    const event = requests[0]?.event as ProxyEventV1;
    expect([event.requestContext.requestTime, event.requestContext.requestTimeEpoch]).toEqual(['01/Jan/2024:00:00:00 +0000', 1704067200000]);
  });

  it('unknown resource gets 403', async () => {
    const scenario = apiScenario(REST, [{ id: 'items', config: { ResourcePath: '/items', HttpMethod: 'GET' } }]);
    const { invoker, requests } = fixedInvoker(OK);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/other HTTP/1.1']), invoker, testEnvironment());
    expect([result.response.statusCode, result.response.body]).toEqual([403, '{"message":"Missing Authentication Token"}']);
    expect(requests).toHaveLength(0);
  });

  it('missing method gets 403', async () => {
    const scenario = apiScenario(REST, [{ id: 'items', config: { ResourcePath: '/items', HttpMethod: 'GET' } }]);
    const { invoker } = fixedInvoker(OK);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['DELETE /prod/items HTTP/1.1']), invoker, testEnvironment());
    expect(result.response.statusCode).toBe(403);
  });

  it('literal beats parameter beats greedy', async () => {
    const scenario = apiScenario(REST, [
      { id: 'greedy', config: { ResourcePath: '/items/{proxy+}' } },
      { id: 'param', config: { ResourcePath: '/items/{id}' } },
      { id: 'literal', config: { ResourcePath: '/items/new' } },
    ]);
    const { invoker, requests } = fixedInvoker(OK);
    for (const path of ['/items/new', '/items/7', '/items/7/parts']) {
      await handleApiGatewayRequest(scenario, 'api', rawRequest([`GET /prod${path} HTTP/1.1`]), invoker, testEnvironment());
    }
    expect(requests.map((request) => request.function.nodeId)).toEqual(['fn-literal', 'fn-param', 'fn-greedy']);
  });

  it('function error gets 502', async () => {
    const scenario = apiScenario(REST, [{ id: 'all', config: {} }]);
    const { invoker } = fixedInvoker({ outcome: 'error', payload: { errorType: 'Error', errorMessage: 'boom' } });
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/x HTTP/1.1']), invoker, testEnvironment());
    expect([result.response.statusCode, result.response.body]).toEqual([502, '{"message":"Internal server error"}']);
  });

  it('malformed response gets 502', async () => {
    const scenario = apiScenario(REST, [{ id: 'all', config: {} }]);
    const { invoker } = fixedInvoker({ payload: { statusCode: 200, wrongValue: 'value' } });
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/x HTTP/1.1']), invoker, testEnvironment());
    expect([result.response.statusCode, result.errorReason]).toEqual([502, 'MalformedLambdaProxyResponse']);
  });

  it('rejected invoke gets 500', async () => {
    const scenario = apiScenario(REST, [{ id: 'all', config: { invokePermission: false } }]);
    const { invoker, requests } = fixedInvoker(OK);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/x HTTP/1.1']), invoker, testEnvironment());
    expect([result.response.statusCode, result.response.body]).toEqual([500, '{"message":"Internal server error"}']);
    expect(requests).toHaveLength(0);
  });

  it('integration timeout gets 504', async () => {
    const scenario = apiScenario(REST, [{ id: 'all', config: { TimeoutInMillis: 1000 }, lambda: { Timeout: 10 } }]);
    const { invoker } = fixedInvoker({ ...OK, durationMs: 3000 });
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/x HTTP/1.1']), invoker, testEnvironment());
    expect([result.response.statusCode, result.response.body]).toEqual([504, '{"message":"Endpoint request timed out"}']);
    expect(result.invocations[0]?.durationMs).toBe(3000);
  });

  it('oversized body gets 413', async () => {
    const scenario = apiScenario(REST, [{ id: 'all', config: {} }]);
    const { invoker } = fixedInvoker(OK);
    const body = 'x'.repeat(10 * 1024 * 1024 + 1);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['POST /prod/x HTTP/1.1', 'Content-Type: text/plain'], body), invoker, testEnvironment());
    expect(result.response.statusCode).toBe(413);
  });

  it('event over 6 MB gets 500', async () => {
    const scenario = apiScenario(REST, [{ id: 'all', config: {} }]);
    const { invoker, requests } = fixedInvoker(OK);
    const body = 'x'.repeat(7 * 1024 * 1024);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['POST /prod/x HTTP/1.1', 'Content-Type: text/plain'], body), invoker, testEnvironment());
    expect(result.response.statusCode).toBe(500);
    expect(requests).toHaveLength(0);
  });

  it('trace shows each hop', async () => {
    const scenario = apiScenario(REST, [{ id: 'all', config: {} }]);
    const { invoker } = fixedInvoker(OK);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/x HTTP/1.1']), invoker, testEnvironment());
    expect(result.trace.map((span) => span.label)).toEqual([
      'Client → api (REST API, stage prod)',
      'Method request: ANY /{proxy+}',
      'Lambda invoke (success)',
      'Function result (success)',
      'Response 200 OK → client',
    ]);
  });
});

describe('HTTP API requests', () => {
  it('headers are lowercased', async () => {
    const scenario = apiScenario(HTTP, [{ id: 'orders', config: { RouteKey: 'POST /orders' } }]);
    const { invoker, requests } = fixedInvoker(OK);
    await handleApiGatewayRequest(scenario, 'api', rawRequest(['POST /orders HTTP/1.1', 'Content-Type: application/json', 'X-Request-Id: r-1'], '{}'), invoker, testEnvironment());
    const event = requests[0]?.event as ProxyEventV2;
    expect([event.headers['content-type'], event.headers['x-request-id']]).toEqual(['application/json', 'r-1']);
  });

  it('cookies in and out', async () => {
    const scenario = apiScenario(HTTP, [{ id: 'me', config: { RouteKey: 'GET /me' } }]);
    const { invoker, requests } = fixedInvoker({ payload: { statusCode: 200, cookies: ['a=1; Path=/', 'b=2; Path=/'], body: 'ok' } });
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /me HTTP/1.1', 'Cookie: session=abc; theme=dark']), invoker, testEnvironment());
    expect((requests[0]?.event as ProxyEventV2).cookies).toEqual(['session=abc', 'theme=dark']);
    expect(header(result.response.headers, 'set-cookie')).toEqual(['a=1; Path=/', 'b=2; Path=/']);
  });

  it('default stage and route', async () => {
    const scenario = apiScenario(HTTP, [{ id: 'fallback', config: { RouteKey: '$default' } }]);
    const { invoker, requests } = fixedInvoker(OK);
    await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /any/path?a=1&a=2 HTTP/1.1']), invoker, testEnvironment());
    const event = requests[0]?.event as ProxyEventV2;
    expect([event.routeKey, event.rawPath, event.rawQueryString, event.requestContext.stage]).toEqual(['$default', '/any/path', 'a=1&a=2', '$default']);
    expect(event.queryStringParameters).toEqual({ a: '1,2' });
  });

  it('payload 1.0 has a version', async () => {
    const scenario = apiScenario(HTTP, [{ id: 'all', config: { RouteKey: 'GET /x', PayloadFormatVersion: '1.0' } }]);
    const { invoker, requests } = fixedInvoker(OK);
    await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /x HTTP/1.1']), invoker, testEnvironment());
    expect((requests[0]?.event as ProxyEventV1).version).toBe('1.0');
  });

  it('unknown route gets 404', async () => {
    const scenario = apiScenario(HTTP, [{ id: 'me', config: { RouteKey: 'GET /me' } }]);
    const { invoker } = fixedInvoker(OK);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /other HTTP/1.1']), invoker, testEnvironment());
    expect([result.response.statusCode, result.response.body]).toEqual([404, '{"message":"Not Found"}']);
  });

  it('bare string becomes the body', async () => {
    const scenario = apiScenario(HTTP, [{ id: 'all', config: { RouteKey: '$default' } }]);
    const { invoker } = fixedInvoker({ payload: 'Hello' });
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET / HTTP/1.1']), invoker, testEnvironment());
    expect([result.response.statusCode, result.response.body]).toEqual([200, 'Hello']);
    expect(header(result.response.headers, 'content-type')).toEqual(['application/json']);
  });

  it('function error gets 500', async () => {
    const scenario = apiScenario(HTTP, [{ id: 'all', config: { RouteKey: '$default' } }]);
    const { invoker } = fixedInvoker({ outcome: 'error', payload: { errorMessage: 'boom' } });
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET / HTTP/1.1']), invoker, testEnvironment());
    expect([result.response.statusCode, result.response.body]).toEqual([500, '{"message":"Internal Server Error"}']);
  });

  it('integration timeout gets 503', async () => {
    const scenario = apiScenario(HTTP, [{ id: 'all', config: { RouteKey: '$default', TimeoutInMillis: 100 } }]);
    const { invoker } = fixedInvoker({ ...OK, durationMs: 500 });
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET / HTTP/1.1']), invoker, testEnvironment());
    expect(result.response.statusCode).toBe(503);
  });
});

describe('around the integration', () => {
  it('burst exhausted gets 429', async () => {
    const scenario = apiScenario({ ...REST, ThrottlingRateLimit: 1, ThrottlingBurstLimit: 2 }, [{ id: 'all', config: {} }]);
    const { invoker } = fixedInvoker(OK);
    const state = createApiGatewayState();
    const env = testEnvironment();
    const statuses: number[] = [];
    for (let index = 0; index < 3; index += 1) {
      const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/x HTTP/1.1']), invoker, env, state);
      statuses.push(result.response.statusCode);
    }
    env.advance(1000);
    const later = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/x HTTP/1.1']), invoker, env, state);
    expect(statuses).toEqual([200, 200, 429]);
    expect(later.response.statusCode).toBe(200);
  });

  it('throttled body is Too Many Requests', async () => {
    const scenario = apiScenario({ ...REST, ThrottlingBurstLimit: 0 }, [{ id: 'all', config: {} }]);
    const { invoker } = fixedInvoker(OK);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/x HTTP/1.1']), invoker, testEnvironment());
    expect(result.response.body).toBe('{"message":"Too Many Requests"}');
  });

  it('cache hit skips the function', async () => {
    const scenario = apiScenario({ ...REST, CacheClusterEnabled: true }, [{ id: 'all', config: { CacheKeyParameters: ['method.request.querystring.type'] } }]);
    const { invoker, requests } = fixedInvoker(OK);
    const state = createApiGatewayState();
    const env = testEnvironment();
    for (const query of ['type=admin&department=A', 'type=admin&department=B', 'type=user']) {
      await handleApiGatewayRequest(scenario, 'api', rawRequest([`GET /prod/x?${query} HTTP/1.1`]), invoker, env, state);
    }
    expect(requests).toHaveLength(2);
  });

  it('cache entry expires after TTL', async () => {
    const scenario = apiScenario({ ...REST, CacheClusterEnabled: true, CacheTtlInSeconds: 60 }, [{ id: 'all', config: {} }]);
    const { invoker, requests } = fixedInvoker(OK);
    const state = createApiGatewayState();
    const env = testEnvironment();
    await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/x HTTP/1.1']), invoker, env, state);
    env.advance(61_000);
    await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/x HTTP/1.1']), invoker, env, state);
    expect(requests).toHaveLength(2);
  });

  it('missing parameters get 400', async () => {
    const config = {
      RequestParameters: { 'method.request.querystring.qs1': true, 'method.request.header.x-header-param': true, 'method.request.path.issuer': true },
      RequestValidator: { ValidateRequestParameters: true },
      ResourcePath: '/{issuer}',
    };
    const scenario = apiScenario(REST, [{ id: 'all', config }]);
    const { invoker } = fixedInvoker(OK);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/x?qs1= HTTP/1.1']), invoker, testEnvironment());
    expect([result.response.statusCode, result.response.body]).toEqual([400, '{"message":"Missing required request parameters: [x-header-param, qs1]"}']);
  });

  it('invalid body gets 400', async () => {
    const config = {
      RequestModels: { 'application/json': { type: 'object', required: ['name'] } },
      RequestValidator: { ValidateRequestBody: true },
    };
    const scenario = apiScenario(REST, [{ id: 'all', config }]);
    const { invoker, requests } = fixedInvoker(OK);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['POST /prod/x HTTP/1.1', 'Content-Type: application/json'], '{"other":1}'), invoker, testEnvironment());
    expect([result.response.statusCode, result.response.body]).toEqual([400, '{"message":"Invalid request body"}']);
    expect(requests).toHaveLength(0);
  });

  it('custom domain maps base path', async () => {
    const scenario = apiScenario({ ...REST, DomainName: 'api.example.com', BasePath: 'v1' }, [{ id: 'items', config: { ResourcePath: '/items', HttpMethod: 'GET' } }]);
    const { invoker, requests } = fixedInvoker(OK);
    await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /v1/items HTTP/1.1', 'Host: api.example.com']), invoker, testEnvironment());
    const event = requests[0]?.event as ProxyEventV1;
    expect([event.path, event.requestContext.path, event.requestContext.domainName]).toEqual(['/items', '/v1/items', 'api.example.com']);
  });

  it('other base path gets 403', async () => {
    const scenario = apiScenario({ ...REST, DomainName: 'api.example.com', BasePath: 'v1' }, [{ id: 'all', config: {} }]);
    const { invoker } = fixedInvoker(OK);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /v2/items HTTP/1.1', 'Host: api.example.com']), invoker, testEnvironment());
    expect(result.response.statusCode).toBe(403);
  });
});
