/**
 * The OpenAPI definition of a REST API with custom (AWS) integrations:
 * every route with its x-amazon-apigateway-integration, since SAM's Api
 * events can only write Lambda proxy integrations.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html
 */
import type { ApiRoute } from '../apigateway/resolve';
import type { SamContext } from './context';
import { sub, type YamlValue } from './yaml';

/** `ANY` is written as API Gateway's own OpenAPI method name. */
export function openApiMethod(method: string): string {
  return method === 'ANY' ? 'x-amazon-apigateway-any-method' : method.toLowerCase();
}

function pathParameters(path: string): YamlValue[] {
  return [...path.matchAll(/\{([^}+]+)\+?\}/g)].map((match) => ({
    name: match[1] ?? '',
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

function requestParameters(route: ApiRoute): YamlValue[] {
  const list: YamlValue[] = [];
  for (const [key, required] of Object.entries(route.config.RequestParameters)) {
    const match = /^method\.request\.(querystring|header)\.(.+)$/.exec(key);
    if (match) list.push({ name: match[2] ?? '', in: match[1] === 'querystring' ? 'query' : 'header', required, schema: { type: 'string' } });
  }

  return list;
}

function integrationResponses(ctx: SamContext, route: ApiRoute): Record<string, YamlValue> {
  const responses: Record<string, YamlValue> = {};
  for (const response of route.config.IntegrationResponses) {
    const pattern = response.SelectionPattern ?? 'default';
    if (pattern in responses) {
      ctx.warn(`Edge ${route.edge.id}: two integration responses share the selection pattern "${pattern}"; the template keeps the first.`);
      continue;
    }
    responses[pattern] = {
      statusCode: response.StatusCode,
      responseTemplates: response.ResponseTemplates,
      responseParameters: response.ResponseParameters,
    };
  }

  return responses;
}

function methodResponses(route: ApiRoute): Record<string, YamlValue> {
  const responses: Record<string, YamlValue> = {};
  for (const response of route.config.MethodResponses) {
    const headers: Record<string, YamlValue> = {};
    for (const key of Object.keys(response.ResponseParameters ?? {})) {
      const name = /^method\.response\.header\.(.+)$/.exec(key)?.[1];
      if (name) headers[name] = { schema: { type: 'string' } };
    }
    responses[response.StatusCode] = {
      description: `${response.StatusCode} response`,
      headers: Object.keys(headers).length > 0 ? headers : undefined,
    };
  }

  return responses;
}

function operation(ctx: SamContext, route: ApiRoute, functionId: string): YamlValue {
  const custom = route.config.IntegrationType === 'AWS';
  const path = route.resourcePath ?? '/';

  return {
    parameters: [...pathParameters(path), ...requestParameters(route)],
    responses: custom ? methodResponses(route) : { '200': { description: '200 response' } },
    'x-amazon-apigateway-integration': {
      type: custom ? 'aws' : 'aws_proxy',
      // Lambda is always invoked with POST, whatever the method.
      httpMethod: 'POST',
      uri: sub(`arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${functionId}.Arn}/invocations`),
      timeoutInMillis: route.config.TimeoutInMillis,
      passthroughBehavior: custom ? route.config.PassthroughBehavior.toLowerCase() : undefined,
      requestTemplates: custom && Object.keys(route.config.RequestTemplates).length > 0 ? route.config.RequestTemplates : undefined,
      responses: custom ? integrationResponses(ctx, route) : undefined,
    },
  };
}

/** Builds the OpenAPI 3.0 definition of a REST API from its routes. */
export function restDefinition(ctx: SamContext, title: string, routes: readonly ApiRoute[]): YamlValue {
  const paths: Record<string, Record<string, YamlValue>> = {};
  for (const route of routes) {
    const functionNode = route.functionNode;
    if (!functionNode || route.resourcePath === undefined) continue;
    const item = (paths[route.resourcePath] ??= {});
    item[openApiMethod(route.method)] = operation(ctx, route, ctx.nodeId(functionNode.id));
  }

  return { openapi: '3.0.1', info: { title, version: '1.0' }, paths };
}
