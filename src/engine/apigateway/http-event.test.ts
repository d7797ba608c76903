import { describe, expect, it } from 'vitest';
import { readAwsEvent } from '../util/aws-fixtures.testing';
import type { ProxyEventContext, ProxyEventV2 } from './event-types';
import { buildProxyEventV2 } from './http-event';
import { matchPathTemplate, parsePathTemplate } from './path-template';
import { rawRequest } from './requests.testing';

const ADDED = ['x-amzn-trace-id', 'x-forwarded-for', 'x-forwarded-port', 'x-forwarded-proto'];

function lowercaseKeys(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([name, value]) => [name.toLowerCase(), value]));
}

/** Rebuilds the request behind a recorded HTTP API event and builds the event again. */
function rebuild(fixture: ProxyEventV2, note?: string): ProxyEventV2 {
  const rc = fixture.requestContext;
  const lines = Object.entries(fixture.headers)
    .filter(([name]) => name.toLowerCase() !== 'x-forwarded-for')
    // The redacted capture declares content-length 0 beside a 12-byte body.
    .filter(([name]) => note !== 'redacted-body' || name !== 'content-length')
    .map(([name, value]) => `${name}: ${value}`);
  if (fixture.cookies) {
    lines.push(`Cookie: ${fixture.cookies.join('; ')}`);
  }
  const query = fixture.rawQueryString ? `?${fixture.rawQueryString}` : '';
  const request = rawRequest([`${rc.http.method} ${rc.http.path}${query} HTTP/1.1`, ...lines], fixture.body ?? '');
  const routePath = fixture.routeKey === '$default' ? undefined : fixture.routeKey.split(' ')[1];
  const relative = rc.stage === '$default' ? rc.http.path : rc.http.path.replace(`/${rc.stage}`, '');
  const match = routePath === undefined ? undefined : matchPathTemplate(parsePathTemplate(routePath), relative);
  const context: ProxyEventContext = {
    apiId: rc.apiId,
    accountId: rc.accountId,
    stage: rc.stage,
    domainName: rc.domainName,
    resourcePath: routePath ?? relative,
    resourceId: null,
    routeKey: fixture.routeKey,
    pathParameters: match?.parameters ?? {},
    path: relative,
    contextPath: rc.http.path,
    stageVariables: fixture.stageVariables ?? {},
    requestId: rc.requestId,
    extendedRequestId: rc.requestId,
    requestTimeMs: rc.timeEpoch,
    sourceIp: rc.http.sourceIp,
    traceId: 'Root=1-00000000-000000000000000000000000',
    binaryMediaTypes: [],
  };

  return buildProxyEventV2(request, context);
}

// `docs` marks the documentation example and its copies: header names not
// lowercased, pathParameters on a $default route, a userAgent with no
// User-Agent header, and a time that is not timeEpoch (lambda-go also drops
// the space before +0000). `redacted-body` has isBase64Encoded true
// with a plain-text body.
const FIXTURES: { file: string; note?: 'docs' | 'redacted-body' }[] = [
  { file: 'apigw-http/pt-typescript__iam-auth.json' },
  { file: 'apigw-http/pt-typescript__lambda-authorizer-auth.json' },
  { file: 'apigw-http/lambda-go__apigw-v2-request-no-authorizer.json' },
  { file: 'apigw-http/lambda-devguide__apigateway-v2.json', note: 'redacted-body' },
  { file: 'apigw-http/pt-python__apiGatewayProxyV2Event.json', note: 'docs' },
  { file: 'apigw-http/lambda-go__apigw-v2-request-jwt-authorizer.json', note: 'docs' },
  { file: 'apigw-http/lambda-go__apigw-v2-request-lambda-authorizer.json', note: 'docs' },
];

describe('HTTP API event fixtures', () => {
  for (const { file, note } of FIXTURES) {
    describe(file, () => {
      const fixture = readAwsEvent(file) as ProxyEventV2;
      const event = rebuild(fixture, note);

      it('keeps route, raw path and query', () => {
        expect([event.version, event.routeKey, event.rawPath, event.rawQueryString]).toEqual([
          '2.0',
          fixture.routeKey,
          fixture.rawPath,
          fixture.rawQueryString,
        ]);
      });

      it('lowercases headers', () => {
        const expected = lowercaseKeys(fixture.headers);
        const built = { ...event.headers };
        if (note === 'redacted-body') {
          delete expected['content-length'];
        }
        for (const name of ADDED) {
          if (!(name in expected)) {
            delete built[name];
          }
        }
        expect(built).toEqual(expected);
      });

      it('moves cookies to an array', () => {
        expect(event.cookies).toEqual(fixture.cookies);
      });

      it('joins query values with commas', () => {
        expect(event.queryStringParameters).toEqual(fixture.queryStringParameters);
      });

      it('omits or passes the body', () => {
        expect(event.body).toEqual(fixture.body);
        if (note !== 'redacted-body') {
          expect(event.isBase64Encoded).toBe(fixture.isBase64Encoded);
        }
      });

      it('fills requestContext.http', () => {
        const { userAgent, ...http } = fixture.requestContext.http;
        expect(event.requestContext.http).toMatchObject(http);
        if (note !== 'docs') {
          expect(event.requestContext.http.userAgent).toBe(userAgent);
        }
      });

      it('fills stage, route and time', () => {
        const rc = fixture.requestContext;
        expect([event.requestContext.stage, event.requestContext.routeKey, event.requestContext.timeEpoch]).toEqual([
          rc.stage,
          rc.routeKey,
          rc.timeEpoch,
        ]);
        if (note !== 'docs') {
          expect(event.requestContext.time).toBe(rc.time);
        }
      });

      it('passes path parameters and stage variables', () => {
        if (note !== 'docs') {
          expect(event.pathParameters).toEqual(fixture.pathParameters);
        }
        expect(event.stageVariables).toEqual(fixture.stageVariables);
      });
    });
  }
});
