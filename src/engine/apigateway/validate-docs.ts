/** AWS pages that the API Gateway validation rules cite. */
export const APIGW_DOCS = {
  quotas: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
  timeoutRaise:
    'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/',
  caching: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
  restVsHttp: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html',
  httpLambda:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html',
  httpRoutes: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html',
  proxyResource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-set-up-simple-proxy.html',
  templates:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html',
  lambdaErrors:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html',
  integrationResponse: 'https://docs.aws.amazon.com/apigateway/latest/api/API_IntegrationResponse.html',
  throttling:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html',
  stages: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-stages.html',
  binary: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html',
  validation:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html',
} as const;
