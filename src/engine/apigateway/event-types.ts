/** `requestContext.identity` of a payload 1.0 event: every key present, mostly null. */
export interface ProxyIdentity {
  cognitoIdentityPoolId: string | null;
  accountId: string | null;
  cognitoIdentityId: string | null;
  caller: string | null;
  sourceIp: string;
  principalOrgId: string | null;
  accessKey: string | null;
  cognitoAuthenticationType: string | null;
  cognitoAuthenticationProvider: string | null;
  userArn: string | null;
  userAgent: string | null;
  user: string | null;
}

/** The `requestContext` of a payload 1.0 event. */
export interface ProxyRequestContextV1 {
  resourceId: string | null;
  resourcePath: string;
  httpMethod: string;
  extendedRequestId: string;
  requestTime: string;
  path: string;
  accountId: string;
  protocol: string;
  stage: string;
  domainPrefix: string;
  requestTimeEpoch: number;
  requestId: string;
  identity: ProxyIdentity;
  domainName: string;
  deploymentId?: string;
  apiId: string;
}

/** A payload format 1.0 event: the REST proxy event, with `version` on HTTP APIs. */
export interface ProxyEventV1 {
  version?: '1.0';
  resource: string;
  path: string;
  httpMethod: string;
  headers: Record<string, string> | null;
  multiValueHeaders: Record<string, string[]> | null;
  queryStringParameters: Record<string, string> | null;
  multiValueQueryStringParameters: Record<string, string[]> | null;
  pathParameters: Record<string, string> | null;
  stageVariables: Record<string, string> | null;
  requestContext: ProxyRequestContextV1;
  body: string | null;
  isBase64Encoded: boolean;
}

/** A payload format 2.0 event of an HTTP API; absent parts are omitted. */
export interface ProxyEventV2 {
  version: '2.0';
  routeKey: string;
  rawPath: string;
  rawQueryString: string;
  cookies?: string[];
  headers: Record<string, string>;
  queryStringParameters?: Record<string, string>;
  requestContext: {
    accountId: string;
    apiId: string;
    domainName: string;
    domainPrefix: string;
    http: {
      method: string;
      path: string;
      protocol: string;
      sourceIp: string;
      userAgent: string;
    };
    requestId: string;
    routeKey: string;
    stage: string;
    time: string;
    timeEpoch: number;
  };
  body?: string;
  pathParameters?: Record<string, string>;
  isBase64Encoded: boolean;
  stageVariables?: Record<string, string>;
}

/** Inputs the events take from the API, the matched route and the run. */
export interface ProxyEventContext {
  apiId: string;
  accountId: string;
  stage: string;
  domainName: string;
  /** REST only; HTTP APIs send no deployment id. */
  deploymentId?: string;
  /** Resource path of the matched resource, for example `/items/{id}`. */
  resourcePath: string;
  resourceId: string | null;
  /** HTTP API route key, `GET /items/{id}` or `$default`. */
  routeKey: string;
  pathParameters: Record<string, string>;
  /** Request path relative to the stage, as sent (not decoded). */
  path: string;
  /** Path as the client sent it, with the stage or base path prefix. */
  contextPath: string;
  stageVariables: Record<string, string>;
  requestId: string;
  extendedRequestId: string;
  requestTimeMs: number;
  /** Client address, `identity.sourceIp`. */
  sourceIp: string;
  /** Address of the connection's peer, appended to X-Forwarded-For; `sourceIp` when absent. */
  peerIp?: string;
  traceId: string;
  /** REST: media types sent base64-encoded. */
  binaryMediaTypes: readonly string[];
}

/** Client address used when a run names none (TEST-NET-3, RFC 5737). */
export const DEFAULT_SOURCE_IP = '203.0.113.10';
