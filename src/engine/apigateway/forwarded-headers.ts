import { headerValues, type HttpRequest } from '../http/request';
import type { ProxyEventContext } from './event-types';

/**
 * Returns the request's headers as API Gateway forwards them, in the order
 * sent, with the headers it adds: the peer address appended to
 * X-Forwarded-For, and X-Forwarded-Port, X-Forwarded-Proto and
 * X-Amzn-Trace-Id unless the client (or CloudFront) already sent them.
 */
export function forwardedRequestHeaders(
  request: HttpRequest,
  context: Pick<ProxyEventContext, 'sourceIp' | 'peerIp' | 'traceId'>,
): [name: string, value: string][] {
  const headers = request.headers.filter(
    ([name]) => name.toLowerCase() !== 'x-forwarded-for',
  );
  const has = (name: string) => headerValues(request, name).length > 0;
  const forwardedFor = [
    ...headerValues(request, 'x-forwarded-for'),
    context.peerIp ?? context.sourceIp,
  ].join(', ');
  if (!has('x-amzn-trace-id')) {
    headers.push(['X-Amzn-Trace-Id', context.traceId]);
  }
  const originalName = request.headers.find(
    ([name]) => name.toLowerCase() === 'x-forwarded-for',
  )?.[0];
  headers.push([originalName ?? 'X-Forwarded-For', forwardedFor]);
  if (!has('x-forwarded-port')) {
    headers.push(['X-Forwarded-Port', '443']);
  }
  if (!has('x-forwarded-proto')) {
    headers.push(['X-Forwarded-Proto', 'https']);
  }

  return headers;
}
