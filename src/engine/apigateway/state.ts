import type { CacheEntry } from './cache';
import type { TokenBucket } from './throttle';

/**
 * Cross-request API Gateway state: throttling buckets and cached
 * responses. The caller owns it and passes the same object to each request.
 */
export interface ApiGatewayState {
  buckets: Map<string, TokenBucket>;
  cache: Map<string, CacheEntry>;
}

/** Creates empty cross-request state. */
export function createApiGatewayState(): ApiGatewayState {
  return { buckets: new Map(), cache: new Map() };
}
