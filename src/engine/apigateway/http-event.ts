import { headerValue, type HttpRequest } from '../http/request';
import { formatClfTime } from './clf-time';
import type { ProxyEventContext, ProxyEventV2 } from './event-types';
import { forwardedRequestHeaders } from './forwarded-headers';
import { commaJoinedMap, decodeQuery } from './query';
import { httpEventBody } from './request-body';

/** Splits Cookie header values into the `cookies` array, one entry per cookie. */
function splitCookies(values: string[]): string[] {
  return values
    .flatMap((value) => value.split(';'))
    .map((cookie) => cookie.trim())
    .filter((cookie) => cookie !== '');
}

/**
 * Builds the HTTP API event in payload format 2.0: header names lowercased,
 * repeated headers and query values joined with commas, Cookie headers moved
 * to `cookies`, and absent parts omitted.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export function buildProxyEventV2(
  request: HttpRequest,
  context: ProxyEventContext,
): ProxyEventV2 {
  const forwarded = forwardedRequestHeaders(request, context).map(([name, value]) => ({
    name: name.toLowerCase(),
    value,
  }));
  const cookies = splitCookies(
    forwarded.filter(({ name }) => name === 'cookie').map(({ value }) => value),
  );
  const headers = commaJoinedMap(forwarded.filter(({ name }) => name !== 'cookie'));
  const query = decodeQuery(request.rawQuery);
  const body = httpEventBody(request);
  // A named stage is part of rawPath; the $default stage has no prefix.
  const rawPath = context.contextPath;

  return {
    version: '2.0',
    routeKey: context.routeKey,
    rawPath,
    rawQueryString: request.rawQuery,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(query.length > 0 ? { queryStringParameters: commaJoinedMap(query) } : {}),
    requestContext: {
      accountId: context.accountId,
      apiId: context.apiId,
      domainName: context.domainName,
      domainPrefix: context.domainName.split('.')[0] ?? context.domainName,
      http: {
        method: request.method,
        path: rawPath,
        protocol: request.httpVersion,
        sourceIp: context.sourceIp,
        userAgent: headerValue(request, 'user-agent') ?? '',
      },
      requestId: context.requestId,
      routeKey: context.routeKey,
      stage: context.stage,
      time: formatClfTime(context.requestTimeMs),
      timeEpoch: context.requestTimeMs,
    },
    ...(body.body === undefined ? {} : { body: body.body }),
    ...(Object.keys(context.pathParameters).length > 0
      ? { pathParameters: context.pathParameters }
      : {}),
    isBase64Encoded: body.isBase64Encoded,
    ...(Object.keys(context.stageVariables).length > 0
      ? { stageVariables: context.stageVariables }
      : {}),
  };
}
