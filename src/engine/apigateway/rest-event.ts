import { headerValue, type HttpRequest } from '../http/request';
import { formatClfTime } from './clf-time';
import type { ProxyEventContext, ProxyEventV1, ProxyRequestContextV1 } from './event-types';
import { forwardedRequestHeaders } from './forwarded-headers';
import { decodeQuery, lastValueMap, multiValueMap } from './query';
import { restEventBody } from './request-body';

function nullWhenEmpty<T extends object>(map: T): T | null {
  return Object.keys(map).length === 0 ? null : map;
}

function pairs(headers: [string, string][]): { name: string; value: string }[] {
  return headers.map(([name, value]) => ({ name, value }));
}

/** Builds the payload 1.0 `requestContext`. */
export function proxyRequestContextV1(
  request: HttpRequest,
  context: ProxyEventContext,
): ProxyRequestContextV1 {
  return {
    resourceId: context.resourceId,
    resourcePath: context.resourcePath,
    httpMethod: request.method,
    extendedRequestId: context.extendedRequestId,
    requestTime: formatClfTime(context.requestTimeMs),
    path: context.contextPath,
    accountId: context.accountId,
    protocol: request.httpVersion,
    stage: context.stage,
    domainPrefix: context.domainName.split('.')[0] ?? context.domainName,
    requestTimeEpoch: context.requestTimeMs,
    requestId: context.requestId,
    identity: {
      cognitoIdentityPoolId: null,
      accountId: null,
      cognitoIdentityId: null,
      caller: null,
      sourceIp: context.sourceIp,
      principalOrgId: null,
      accessKey: null,
      cognitoAuthenticationType: null,
      cognitoAuthenticationProvider: null,
      userArn: null,
      userAgent: headerValue(request, 'user-agent') ?? null,
      user: null,
    },
    domainName: context.domainName,
    ...(context.deploymentId === undefined ? {} : { deploymentId: context.deploymentId }),
    apiId: context.apiId,
  };
}

/**
 * Builds the Lambda proxy event in payload format 1.0, as a REST API sends
 * it (or an HTTP API with `version: '1.0'` added): absent parts are null,
 * header names keep their casing, query values are URL-decoded and the path
 * is not.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
export function buildProxyEventV1(
  request: HttpRequest,
  context: ProxyEventContext,
  options: { httpApi?: boolean } = {},
): ProxyEventV1 {
  const headers = pairs(forwardedRequestHeaders(request, context));
  const query = decodeQuery(request.rawQuery);
  const { body, isBase64Encoded } = restEventBody(
    request,
    options.httpApi ? [] : context.binaryMediaTypes,
  );

  return {
    ...(options.httpApi ? { version: '1.0' as const } : {}),
    resource: context.resourcePath,
    path: context.path,
    httpMethod: request.method,
    headers: nullWhenEmpty(lastValueMap(headers)),
    multiValueHeaders: nullWhenEmpty(multiValueMap(headers)),
    queryStringParameters: nullWhenEmpty(lastValueMap(query)),
    multiValueQueryStringParameters: nullWhenEmpty(multiValueMap(query)),
    pathParameters: nullWhenEmpty(context.pathParameters),
    stageVariables: nullWhenEmpty(context.stageVariables),
    requestContext: proxyRequestContextV1(request, context),
    body,
    isBase64Encoded,
  };
}
