import { z } from 'zod';
import { placementFields } from './placement';

const REST_VS_HTTP_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html';
const STAGES_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-stages.html';
const STAGE_VARIABLES_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/stage-variables.html';
const BINARY_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html';
const THROTTLING_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html';
const CACHING_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html';
const DOMAIN_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains.html';
const ENDPOINT_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-endpoint-types.html';
const LIMITS_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html';

/** Cache sizes in GB that a REST API stage can have (`CacheClusterSize`). */
export const CACHE_CLUSTER_SIZES = [
  '0.5',
  '1.6',
  '6.1',
  '13.5',
  '28.4',
  '58.2',
  '118',
  '237',
] as const;

/** An API Gateway API with one stage. Routes and integrations live on its edges. */
export const apiGatewayConfigSchema = z.strictObject({
  Name: z.string().min(1).optional().meta({
    title: 'Name',
    description: 'API name; the node id is used when empty.',
  }),
  ProtocolType: z.enum(['REST', 'HTTP']).default('REST').meta({
    title: 'API type',
    description:
      'REST APIs send payload format 1.0 and support mapping templates, validation and caching; HTTP APIs send 2.0 by default.',
    docUrl: REST_VS_HTTP_DOC,
  }),
  EndpointConfiguration: z
    .strictObject({
      Types: z
        .array(z.enum(['EDGE', 'REGIONAL', 'PRIVATE']))
        .length(1)
        .default(['EDGE'])
        .meta({
          title: 'Endpoint type',
          description:
            'REST APIs only. EDGE goes through CloudFront; only REGIONAL and PRIVATE APIs can have an integration timeout above 29 seconds.',
          docUrl: ENDPOINT_DOC,
        }),
    })
    .default({ Types: ['EDGE'] }),
  StageName: z
    .string()
    .regex(/^(\$default|[A-Za-z0-9_-]{1,128})$/, {
      message: 'use letters, digits, hyphens and underscores, or $default',
    })
    .optional()
    .meta({
      title: 'Stage',
      description:
        'Stage the requests are sent to; prod for a REST API and $default for an HTTP API when empty. Only HTTP APIs have a $default stage, served without a path prefix.',
      docUrl: STAGES_DOC,
    }),
  Variables: z.record(z.string(), z.string()).default({}).meta({
    title: 'Stage variables',
    description:
      'Name-value pairs sent in stageVariables and usable as $stageVariables in mapping templates.',
    docUrl: STAGE_VARIABLES_DOC,
  }),
  BinaryMediaTypes: z.array(z.string()).default([]).meta({
    title: 'Binary media types',
    description:
      'REST APIs only. Content types treated as binary, for example image/png or */*. A request body of such a type is sent base64-encoded, and a base64 response is decoded when the Accept header matches.',
    docUrl: BINARY_DOC,
  }),
  ThrottlingRateLimit: z.number().min(0).max(10_000).default(10_000).meta({
    title: 'Stage rate limit',
    unit: 'requests/s',
    description:
      'Steady-state requests per second for the stage. The account quota of 10,000 per Region caps it.',
    docUrl: THROTTLING_DOC,
  }),
  ThrottlingBurstLimit: z.number().int().min(0).max(5_000).default(5_000).meta({
    title: 'Stage burst limit',
    unit: 'requests',
    description:
      'Token bucket size: requests that may arrive at once. The account burst of 5,000 caps it.',
    docUrl: THROTTLING_DOC,
  }),
  CacheClusterEnabled: z.boolean().default(false).meta({
    title: 'Stage cache',
    description:
      'REST APIs only. Caches GET responses so that hits do not invoke the function.',
    docUrl: CACHING_DOC,
  }),
  CacheClusterSize: z.enum(CACHE_CLUSTER_SIZES).default('0.5').meta({
    title: 'Cache size',
    unit: 'GB',
    description: 'Changing the size deletes every cached entry.',
    docUrl: CACHING_DOC,
  }),
  CacheTtlInSeconds: z.number().int().min(0).max(3600).default(300).meta({
    title: 'Cache TTL',
    unit: 's',
    description: 'Time a cached response is served; 0 turns caching off.',
    docUrl: CACHING_DOC,
  }),
  DomainName: z.string().optional().meta({
    title: 'Custom domain',
    description:
      'Requests whose Host is this name reach the stage through the base path mapping instead of the execute-api URL.',
    docUrl: DOMAIN_DOC,
  }),
  BasePath: z
    .string()
    .regex(/^[A-Za-z0-9._-]*(\/[A-Za-z0-9._-]+)*$/, {
      message: 'use path segments without a leading slash, for example v1',
    })
    .default('')
    .meta({
      title: 'Base path mapping',
      description:
        'First path segment(s) that map the custom domain to this stage; empty maps the whole domain.',
      docUrl: DOMAIN_DOC,
    }),
  integrationTimeoutQuotaMs: z
    .number()
    .int()
    .min(29_000)
    .max(300_000)
    .default(29_000)
    .meta({
      title: 'Integration timeout quota',
      unit: 'ms',
      description:
        "The account's \"Maximum integration timeout in milliseconds\" quota. Since June 2024 it can be raised above 29,000 for Regional and private REST APIs through Service Quotas.",
      docUrl: LIMITS_DOC,
    }),
  ...placementFields("The API's"),
});

export type ApiGatewayConfig = z.output<typeof apiGatewayConfigSchema>;

/**
 * Returns the stage requests go to: `StageName`, else `prod` for a REST API
 * and `$default` for an HTTP API.
 */
export function apiStageName(
  config: Pick<ApiGatewayConfig, 'StageName' | 'ProtocolType'>,
): string {
  return config.StageName ?? (config.ProtocolType === 'HTTP' ? '$default' : 'prod');
}
