import { z } from 'zod';

const ROUTES_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html';
const RESOURCES_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html';
const PROXY_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html';
const HTTP_LAMBDA_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html';
const CUSTOM_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-custom-integrations.html';
const TEMPLATES_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html';
const PASSTHROUGH_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html';
const ERRORS_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html';
const VALIDATION_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html';
const LIMITS_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html';
const THROTTLING_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html';
const CACHING_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html';

/** Methods a REST API method or an HTTP API route can have. */
export const API_METHODS = [
  'ANY',
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'HEAD',
  'OPTIONS',
] as const;

/** One integration response of a non-proxy integration. */
export const integrationResponseSchema = z.strictObject({
  StatusCode: z.string().regex(/^[1-5]\d\d$/, {
    message: 'use a status code from 100 to 599',
  }),
  /** Java regex matched against the whole `errorMessage`; empty is the default response. */
  SelectionPattern: z.string().optional(),
  ResponseTemplates: z.record(z.string(), z.string()).optional(),
  ResponseParameters: z.record(z.string(), z.string()).optional(),
});

/** One method response: a status code the method may return, and its headers. */
export const methodResponseSchema = z.strictObject({
  StatusCode: z.string().regex(/^[1-5]\d\d$/, {
    message: 'use a status code from 100 to 599',
  }),
  ResponseParameters: z.record(z.string(), z.boolean()).optional(),
});

/**
 * The API Gateway→Lambda edge: a REST resource and method, or an HTTP API
 * route, with its Lambda integration.
 */
export const apiIntegrationConfigSchema = z.strictObject({
  HttpMethod: z.enum(API_METHODS).default('ANY').meta({
    title: 'Method',
    description:
      'Method the route or REST method answers; ANY matches every method that has no route of its own.',
    docUrl: RESOURCES_DOC,
  }),
  ResourcePath: z
    .string()
    .regex(/^\/([^/]+(\/[^/]+)*)?$/, {
      message: 'use a path such as /items/{id} or /{proxy+}',
    })
    .default('/{proxy+}')
    .meta({
      title: 'Resource path',
      description:
        'Path with {name} parameters; a final {name+} matches the rest of the path, slashes included.',
      docUrl: RESOURCES_DOC,
    }),
  RouteKey: z
    .string()
    .regex(/^(\$default|[A-Z]+ \/\S*)$/, {
      message: 'use $default or METHOD PATH, for example GET /items/{id}',
    })
    .optional()
    .meta({
      title: 'Route key',
      description:
        'HTTP APIs only: $default catches requests that match no other route. When empty, the route is Method followed by Resource path.',
      docUrl: ROUTES_DOC,
    }),
  IntegrationType: z.enum(['AWS_PROXY', 'AWS']).default('AWS_PROXY').meta({
    title: 'Integration type',
    description:
      'AWS_PROXY sends the whole request as the event. AWS (custom, REST APIs only) sends what the request template renders and maps the result through integration responses.',
    docUrl: CUSTOM_DOC,
  }),
  PayloadFormatVersion: z.enum(['1.0', '2.0']).optional().meta({
    title: 'Payload format version',
    description: 'HTTP APIs only; 2.0 when empty. REST APIs always send 1.0.',
    docUrl: HTTP_LAMBDA_DOC,
  }),
  TimeoutInMillis: z.number().int().min(50).max(300_000).optional().meta({
    title: 'Integration timeout',
    unit: 'ms',
    description:
      'REST: 50 to 29,000 (default 29,000), more only with a raised quota on Regional or private APIs. HTTP: 50 to 30,000 (default 30,000).',
    docUrl: LIMITS_DOC,
  }),
  PassthroughBehavior: z
    .enum(['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'])
    .default('WHEN_NO_MATCH')
    .meta({
      title: 'Passthrough behavior',
      description:
        'Custom integrations: what happens to a body whose Content-Type has no request template. A rejected one gets 415.',
      docUrl: PASSTHROUGH_DOC,
    }),
  RequestTemplates: z.record(z.string(), z.string()).default({}).meta({
    title: 'Request templates',
    description:
      'Custom integrations: VTL template per Content-Type that renders the event.',
    docUrl: TEMPLATES_DOC,
  }),
  IntegrationResponses: z
    .array(integrationResponseSchema)
    .default([{ StatusCode: '200' }])
    .meta({
      title: 'Integration responses',
      description:
        'Custom integrations: SelectionPattern is a regex matched against the whole errorMessage of a function error; the response without a pattern is the default.',
      docUrl: ERRORS_DOC,
    }),
  MethodResponses: z
    .array(methodResponseSchema)
    .default([{ StatusCode: '200' }])
    .meta({
      title: 'Method responses',
      description:
        'Custom integrations: status codes the method may return; an integration response must name one of them.',
      docUrl: CUSTOM_DOC,
    }),
  RequestParameters: z.record(z.string(), z.boolean()).default({}).meta({
    title: 'Request parameters',
    description:
      'REST APIs: method.request.querystring|header|path.NAME mapped to true when required.',
    docUrl: VALIDATION_DOC,
  }),
  RequestValidator: z
    .strictObject({
      ValidateRequestParameters: z.boolean().default(false).meta({
        title: 'Validate parameters',
        description:
          'Rejects requests missing a required parameter with 400 before the function runs.',
        docUrl: VALIDATION_DOC,
      }),
      ValidateRequestBody: z.boolean().default(false).meta({
        title: 'Validate body',
        description:
          'Rejects bodies that fail the request model with 400 before the function runs.',
        docUrl: VALIDATION_DOC,
      }),
    })
    .default({ ValidateRequestParameters: false, ValidateRequestBody: false }),
  RequestModels: z
    .record(z.string(), z.record(z.string(), z.unknown()))
    .default({})
    .meta({
      title: 'Request models',
      description:
        'REST APIs: JSON Schema (draft 4) per Content-Type that the body must match. AWS keeps the schema in a Model resource; here it sits inline.',
      docUrl: VALIDATION_DOC,
    }),
  ThrottlingRateLimit: z.number().min(0).max(10_000).optional().meta({
    title: 'Method rate limit',
    unit: 'requests/s',
    description: 'Overrides the stage rate limit for this method or route.',
    docUrl: THROTTLING_DOC,
  }),
  ThrottlingBurstLimit: z.number().int().min(0).max(5_000).optional().meta({
    title: 'Method burst limit',
    unit: 'requests',
    description: 'Overrides the stage burst limit for this method or route.',
    docUrl: THROTTLING_DOC,
  }),
  CachingEnabled: z.boolean().optional().meta({
    title: 'Method caching',
    description:
      'Overrides the stage cache for this method; only GET is cached when empty.',
    docUrl: CACHING_DOC,
  }),
  CacheKeyParameters: z.array(z.string()).default([]).meta({
    title: 'Cache key parameters',
    description:
      'Request parameters, such as method.request.querystring.type, whose values split cache entries.',
    docUrl: CACHING_DOC,
  }),
  invokePermission: z.boolean().default(true).meta({
    title: 'Invoke permission',
    description:
      'Resource policy letting apigateway.amazonaws.com invoke the function. Without it the invoke is rejected and the client gets 500.',
    docUrl: PROXY_DOC,
  }),
});

export type IntegrationResponse = z.output<typeof integrationResponseSchema>;
export type MethodResponse = z.output<typeof methodResponseSchema>;
export type ApiIntegrationConfig = z.output<typeof apiIntegrationConfigSchema>;
