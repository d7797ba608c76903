import { describe, expect, it } from 'vitest';
import { readAwsEvent } from '../util/aws-fixtures.testing';
import type { ProxyEventContext, ProxyEventV1 } from './event-types';
import { matchPathTemplate, parsePathTemplate } from './path-template';
import { encodeQuery, rawRequest } from './requests.testing';
import { buildProxyEventV1 } from './rest-event';

type Fixture = ProxyEventV1 & { requestContext: ProxyEventV1['requestContext'] & { identity: { sourceIp: string } } };

const ADDED = ['X-Amzn-Trace-Id', 'X-Forwarded-For', 'X-Forwarded-Port', 'X-Forwarded-Proto'];

/**
 * Rebuilds the request that reached API Gateway behind a recorded event:
 * its headers minus the peer address API Gateway appended to
 * X-Forwarded-For, its query re-encoded and its body.
 */
function rebuild(fixture: Fixture) {
  const headers = Object.entries(fixture.multiValueHeaders ?? {}).flatMap(([name, values]) =>
    values.map((value) => [name, value] as const),
  );
  const lines: string[] = [];
  let peerIp: string | undefined;
  for (const [name, value] of headers) {
    if (name.toLowerCase() === 'x-forwarded-for') {
      const hops = value.split(', ');
      peerIp = hops.pop();
      if (hops.length > 0) {
        lines.push(`${name}: ${hops.join(', ')}`);
      }
      continue;
    }
    lines.push(`${name}: ${value}`);
  }
  const query = encodeQuery(fixture.multiValueQueryStringParameters);
  const target = `${fixture.path}${query ? `?${query}` : ''}`;
  const request = rawRequest([`${fixture.httpMethod} ${target} HTTP/1.1`, ...lines], fixture.body ?? '');
  const match = matchPathTemplate(parsePathTemplate(fixture.resource), fixture.path);
  const rc = fixture.requestContext;
  const context: ProxyEventContext = {
    apiId: rc.apiId,
    accountId: rc.accountId,
    stage: rc.stage,
    domainName: rc.domainName,
    resourcePath: fixture.resource,
    resourceId: rc.resourceId,
    routeKey: '',
    pathParameters: match?.parameters ?? {},
    path: fixture.path,
    contextPath: rc.path,
    stageVariables: fixture.stageVariables ?? {},
    requestId: rc.requestId,
    extendedRequestId: rc.extendedRequestId,
    requestTimeMs: rc.requestTimeEpoch,
    sourceIp: rc.identity.sourceIp,
    ...(peerIp ? { peerIp } : {}),
    traceId: 'Root=1-00000000-000000000000000000000000',
    binaryMediaTypes: [],
  };

  return { request, context };
}

/** Drops the headers API Gateway adds when the recorded event lacks them. */
function withoutAdded<T>(built: Record<string, T> | null, fixture: Record<string, T> | null) {
  const copy = { ...(built ?? {}) };
  for (const name of ADDED) {
    if (!fixture || !(name in fixture)) {
      delete copy[name];
    }
  }

  return copy;
}

// `handwritten` marks examples whose single-value query map keeps the first
// value and whose identity.userAgent has no User-Agent header behind it; AWS
// records the last value of a repeated key.
const FIXTURES: { file: string; httpApi?: boolean; note?: 'redacted' | 'handwritten' }[] = [
  { file: 'apigw-rest/pt-typescript__no-auth.json' },
  { file: 'apigw-rest/pt-typescript__lambda-authorizer-auth.json' },
  { file: 'apigw-rest/lambda-go__apigw-request.json' },
  { file: 'apigw-rest/lambda-rust__example-apigw-request-multi-value-parameters.json', note: 'handwritten' },
  // Redacted capture: Host and cookie in `headers` differ from `multiValueHeaders`.
  { file: 'apigw-rest/lambda-devguide__apigateway-v1.json', note: 'redacted' },
  // The docs' HTTP API payload 1.0 example, with `version: "1.0"`.
  { file: 'apigw-rest/pt-python__apiGatewayProxyEvent.json', httpApi: true, note: 'handwritten' },
];

describe('REST proxy event fixtures', () => {
  for (const { file, httpApi, note } of FIXTURES) {
    describe(file, () => {
      const fixture = readAwsEvent(file) as Fixture;
      const { request, context } = rebuild(fixture);
      const event = buildProxyEventV1(request, context, { httpApi: httpApi === true });

      it('keeps resource, path and method', () => {
        expect([event.resource, event.path, event.httpMethod]).toEqual([fixture.resource, fixture.path, fixture.httpMethod]);
      });

      it('builds multiValueHeaders', () => {
        expect(withoutAdded(event.multiValueHeaders, fixture.multiValueHeaders)).toEqual(fixture.multiValueHeaders ?? {});
      });

      it('builds headers with last values', () => {
        const expected = { ...(fixture.headers ?? {}) };
        const built = withoutAdded(event.headers, fixture.headers);
        if (note === 'redacted') {
          for (const name of ['Host', 'cookie']) {
            delete expected[name];
            delete built[name];
          }
        }
        expect(built).toEqual(expected);
      });

      it('builds the multi-value query map', () => {
        expect(event.multiValueQueryStringParameters).toEqual(fixture.multiValueQueryStringParameters);
      });

      it('builds the query map with last values', () => {
        const multi = fixture.multiValueQueryStringParameters;
        const lastValues = multi && Object.fromEntries(Object.entries(multi).map(([name, values]) => [name, values.at(-1)]));
        expect(event.queryStringParameters).toEqual(note === 'handwritten' ? lastValues : fixture.queryStringParameters);
      });

      it('builds path and stage variables', () => {
        expect([event.pathParameters, event.stageVariables]).toEqual([fixture.pathParameters, fixture.stageVariables]);
      });

      it('passes the body', () => {
        expect([event.body, event.isBase64Encoded]).toEqual([fixture.body, fixture.isBase64Encoded ?? false]);
      });

      it('fills the request context', () => {
        const rc = event.requestContext;
        const expected = fixture.requestContext;
        expect({ ...rc, identity: undefined, domainPrefix: undefined }).toMatchObject({
          resourcePath: expected.resourcePath,
          httpMethod: expected.httpMethod,
          path: expected.path,
          protocol: expected.protocol,
          stage: expected.stage,
          requestTime: expected.requestTime,
          requestTimeEpoch: expected.requestTimeEpoch,
        });
        expect(rc.identity.sourceIp).toBe(expected.identity.sourceIp);
        if (note !== 'handwritten') {
          expect(rc.identity.userAgent).toBe((expected.identity as { userAgent: string | null }).userAgent);
        }
      });

      it('has a version only on HTTP APIs', () => {
        expect(event.version).toBe(fixture.version);
      });
    });
  }

  it('console test event is not rebuilt', () => {
    // The console's Test button calls the method without the endpoint, so
    // its event has null headers; it is not a request a client can send.
    const fixture = readAwsEvent('apigw-rest/pt-typescript__console-test-ui.json') as Fixture;
    expect(fixture.headers).toBeNull();
  });
});
