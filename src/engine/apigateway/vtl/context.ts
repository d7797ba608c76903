import type { HttpRequest } from '../../http/request';
import { headerValue } from '../../http/request';
import { formatClfTime } from '../clf-time';
import type { ProxyEventContext } from '../event-types';
import { decodeQuery, lastValueMap } from '../query';
import type { InputParams } from './input';

/** Collects the request parameters `$input.params()` shows. */
export function requestParams(request: HttpRequest, pathParameters: Record<string, string>): InputParams {
  const header: Record<string, string> = {};
  for (const [name, value] of request.headers) {
    header[name] = value;
  }

  return { path: { ...pathParameters }, querystring: lastValueMap(decodeQuery(request.rawQuery)), header };
}

/**
 * Builds the `$context` variable of mapping templates, with the override
 * maps a template may set.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
export function templateContext(request: HttpRequest, context: ProxyEventContext) {
  return {
    accountId: context.accountId,
    apiId: context.apiId,
    domainName: context.domainName,
    domainPrefix: context.domainName.split('.')[0] ?? context.domainName,
    extendedRequestId: context.extendedRequestId,
    httpMethod: request.method,
    identity: {
      sourceIp: context.sourceIp,
      userAgent: headerValue(request, 'user-agent') ?? '',
    },
    path: context.contextPath,
    protocol: request.httpVersion,
    requestId: context.requestId,
    requestTime: formatClfTime(context.requestTimeMs),
    requestTimeEpoch: context.requestTimeMs,
    resourceId: context.resourceId ?? '',
    resourcePath: context.resourcePath,
    stage: context.stage,
    error: { message: '', messageString: '""', validationErrorString: '' },
    requestOverride: { header: {}, path: {}, querystring: {} },
    responseOverride: { header: {} as Record<string, string>, status: '' as string | number },
  };
}
