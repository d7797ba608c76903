export { handleApiGatewayRequest, MAX_API_PAYLOAD_BYTES, type ApiRequestOptions } from './handle-request';
export { createApiGatewayState, type ApiGatewayState } from './state';
export { buildProxyEventV1 } from './rest-event';
export { buildProxyEventV2 } from './http-event';
export { buildCliProxyEvent } from './cli-event';
export { validateApiGateway } from './validate';
export { renderTemplate, type RenderResult } from './vtl/render';
export type { ProxyEventV1, ProxyEventV2, ProxyEventContext } from './event-types';
