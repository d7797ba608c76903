/** The event an Application Load Balancer sends to a Lambda target. */
export interface AlbRequestEvent {
  requestContext: { elb: { targetGroupArn: string } };
  httpMethod: string;
  path: string;
  /** Present when multi-value headers are off; last value of a repeated key. */
  queryStringParameters?: Record<string, string>;
  /** Present when multi-value headers are on. */
  multiValueQueryStringParameters?: Record<string, string[]>;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  body: string;
  isBase64Encoded: boolean;
}

/** Response the function returns to the load balancer, before validation. */
export interface AlbResponseDocument {
  statusCode: number;
  statusDescription?: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  body?: string;
  isBase64Encoded?: boolean;
}

/** Target group ARN used when no scenario supplies one, as in AWS's samples. */
export const DEFAULT_TARGET_GROUP_ARN =
  'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/lambda-target/6d0ecf831eec9f09';

/** Client address used when a run does not name one (TEST-NET-3, RFC 5737). */
export const DEFAULT_CLIENT_IP = '203.0.113.10';

/** Target group attribute that switches the event to multi-value maps. */
export const MULTI_VALUE_HEADERS_ATTRIBUTE = 'lambda.multi_value_headers.enabled';
