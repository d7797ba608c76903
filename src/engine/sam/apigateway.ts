/**
 * API Gateway nodes → AWS::Serverless::Api (REST, with its stage) or
 * AWS::Serverless::HttpApi; their edges → Api or HttpApi events on the
 * function for Lambda proxy routes. A REST API with a custom integration
 * is written whole as an OpenAPI DefinitionBody with explicit permissions.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-api.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-httpapi.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-api.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-httpapi.html
 */
import { apiRoutes, resolveApi, type ApiRoute, type ResolvedApi } from '../apigateway/resolve';
import type { SamContext } from './context';
import { restDefinition } from './openapi';
import { addEvent } from './sqs';
import { getAtt, ref, sub, type YamlValue } from './yaml';

const DEFAULT_RATE = 10_000;
const DEFAULT_BURST = 5_000;

function throttling(rate: number | undefined, burst: number | undefined): Record<string, YamlValue | undefined> | undefined {
  if (rate === undefined && burst === undefined) return undefined;

  return { ThrottlingRateLimit: rate, ThrottlingBurstLimit: burst };
}

/** Escapes a resource path for MethodSettings: `/` becomes `~1`. */
function settingsPath(path: string): string {
  return `/${path.replaceAll('/', '~1')}`;
}

function restMethodSettings(api: ResolvedApi, routes: readonly ApiRoute[]): YamlValue[] | undefined {
  const { config } = api;
  const settings: YamlValue[] = [];
  const stageWide = config.ThrottlingRateLimit !== DEFAULT_RATE || config.ThrottlingBurstLimit !== DEFAULT_BURST || config.CacheClusterEnabled;
  if (stageWide) {
    settings.push({
      ResourcePath: '/*',
      HttpMethod: '*',
      ThrottlingRateLimit: config.ThrottlingRateLimit,
      ThrottlingBurstLimit: config.ThrottlingBurstLimit,
      CachingEnabled: config.CacheClusterEnabled ? true : undefined,
      CacheTtlInSeconds: config.CacheClusterEnabled ? config.CacheTtlInSeconds : undefined,
    });
  }
  for (const route of routes) {
    const limits = throttling(route.config.ThrottlingRateLimit, route.config.ThrottlingBurstLimit);
    if (!limits && route.config.CachingEnabled === undefined) continue;
    settings.push({
      ResourcePath: settingsPath(route.resourcePath ?? '/'),
      HttpMethod: route.method === 'ANY' ? '*' : route.method,
      ...limits,
      CachingEnabled: route.config.CachingEnabled,
    });
  }

  return settings.length > 0 ? settings : undefined;
}

function warnUnexported(ctx: SamContext, api: ResolvedApi, routes: readonly ApiRoute[]): void {
  if (api.config.DomainName) {
    ctx.warn(`API ${api.node.id}: the custom domain needs a certificate and DNS records; add AWS::ApiGateway::DomainName and a base path mapping by hand.`);
  }
  for (const route of routes) {
    const { RequestValidator, RequestModels } = route.config;
    if (RequestValidator.ValidateRequestBody || RequestValidator.ValidateRequestParameters || Object.keys(RequestModels).length > 0) {
      ctx.warn(`Edge ${route.edge.id}: request validation and models are not exported; add a RequestValidator and Model by hand.`);
    }
    if (!route.config.invokePermission) {
      ctx.warn(`Edge ${route.edge.id}: invokePermission is false, but the template grants API Gateway the permission to invoke the function.`);
    }
    if (route.timeoutMs > 29_000 && api.protocol === 'REST') {
      ctx.warn(`Edge ${route.edge.id}: an integration timeout above 29,000 ms needs a raised quota in the account.`);
    }
  }
}

function apiEvent(ctx: SamContext, api: ResolvedApi, apiId: string, route: ApiRoute): YamlValue {
  const { config } = route;
  if (api.protocol === 'HTTP') {
    const isDefault = route.routeKey === '$default';
    return {
      Type: 'HttpApi',
      Properties: {
        ApiId: ref(apiId),
        // Without Path and Method the event is the API's $default route.
        Path: isDefault ? undefined : route.resourcePath,
        Method: isDefault ? undefined : route.method,
        PayloadFormatVersion: route.payloadVersion,
        TimeoutInMillis: config.TimeoutInMillis,
        RouteSettings: throttling(config.ThrottlingRateLimit, config.ThrottlingBurstLimit),
      },
    };
  }
  const parameters = Object.entries(config.RequestParameters).map(([name, required]) => ({
    [name]: { Required: required, Caching: config.CacheKeyParameters.includes(name) ? true : undefined },
  }));

  return {
    Type: 'Api',
    Properties: {
      RestApiId: ref(apiId),
      Path: route.resourcePath,
      Method: route.method,
      TimeoutInMillis: config.TimeoutInMillis,
      RequestParameters: parameters.length > 0 ? parameters : undefined,
    },
  };
}

function invokePermissions(ctx: SamContext, apiId: string, routes: readonly ApiRoute[]): void {
  for (const route of routes) {
    if (!route.functionNode) continue;
    const method = route.method === 'ANY' ? '*' : route.method;
    const path = (route.resourcePath ?? '/').replace(/\{[^}]+\}/g, '*');
    ctx.addResource(ctx.derivedId(route.edge.id, 'Permission'), [route.edge.id], {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: getAtt(ctx.nodeId(route.functionNode.id), 'Arn'),
        Principal: 'apigateway.amazonaws.com',
        SourceArn: sub(`arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${apiId}}/*/${method}${path}`),
      },
    });
  }
}

function exportApi(ctx: SamContext, api: ResolvedApi): void {
  const id = ctx.nodeId(api.node.id);
  const { config } = api;
  const routes = apiRoutes(ctx.scenario, api).filter((route) => route.functionNode);
  const custom = api.protocol === 'REST' && routes.some((route) => route.config.IntegrationType === 'AWS');
  warnUnexported(ctx, api, routes);
  const properties: Record<string, YamlValue | undefined> =
    api.protocol === 'REST'
      ? {
          Name: config.Name,
          StageName: api.stage,
          EndpointConfiguration: { Type: config.EndpointConfiguration.Types[0] ?? 'EDGE' },
          BinaryMediaTypes: config.BinaryMediaTypes.length > 0 ? config.BinaryMediaTypes : undefined,
          Variables: Object.keys(config.Variables).length > 0 ? config.Variables : undefined,
          CacheClusterEnabled: config.CacheClusterEnabled ? true : undefined,
          CacheClusterSize: config.CacheClusterEnabled ? config.CacheClusterSize : undefined,
          MethodSettings: restMethodSettings(api, routes),
          DefinitionBody: custom ? restDefinition(ctx, api.name, routes) : undefined,
        }
      : {
          Name: config.Name,
          StageName: config.StageName,
          StageVariables: Object.keys(config.Variables).length > 0 ? config.Variables : undefined,
          DefaultRouteSettings:
            config.ThrottlingRateLimit !== DEFAULT_RATE || config.ThrottlingBurstLimit !== DEFAULT_BURST
              ? throttling(config.ThrottlingRateLimit, config.ThrottlingBurstLimit)
              : undefined,
        };
  ctx.addResource(id, [api.node.id], {
    Type: api.protocol === 'REST' ? 'AWS::Serverless::Api' : 'AWS::Serverless::HttpApi',
    Properties: properties,
  });
  if (custom) invokePermissions(ctx, id, routes);
  else for (const route of routes) addEvent(ctx, route.edge, apiEvent(ctx, api, id, route));
  const stagePath = api.stage === '$default' ? '' : `${api.stage}/`;
  ctx.outputs[`${id}Url`] = { Value: sub(`https://\${${id}}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/${stagePath}`) };
}

/** Adds every API with its routes. */
export function exportApis(ctx: SamContext): void {
  for (const node of ctx.scenario.nodes) {
    const api = node.type === 'apigateway' ? resolveApi(ctx.scenario, node.id) : undefined;
    if (api) exportApi(ctx, api);
  }
}
