/**
 * Application Load Balancer limits for Lambda targets and HTTP headers.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html
 */

/** Maximum request body sent to a function: 1 MB. */
export const MAX_LAMBDA_REQUEST_BODY_BYTES = 1024 * 1024;

/** Maximum response JSON a function may return: 1 MB. */
export const MAX_LAMBDA_RESPONSE_BYTES = 1024 * 1024;

/** Request line limit: 16 KB. */
export const MAX_REQUEST_LINE_BYTES = 16 * 1024;

/** Limit for one request header: 16 KB. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** Limit for all request headers together: 64 KB. */
export const MAX_ALL_HEADERS_BYTES = 64 * 1024;

/**
 * Addresses an X-Forwarded-For request header may list; more gives 463.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
 */
export const MAX_X_FORWARDED_FOR_ADDRESSES = 30;

/** Rules per load balancer, not counting default rules (default quota). */
export const MAX_RULES_PER_LOAD_BALANCER = 100;
