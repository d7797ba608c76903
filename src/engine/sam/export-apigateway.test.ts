import { describe, expect, it } from 'vitest';
import { APIGW_PROXY_CUSTOM_SAMPLE } from '../samples/apigw-proxy-custom';
import { exportParsed } from './export.testing';
import { HTTP_API_SCENARIO } from './scenarios.testing';
import { getAtt, ref, sub } from './yaml';
import { at } from './yaml-parse.testing';

const INVOKE_URI = sub(
  'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Items.Arn}/invocations',
);

describe('SAM export of a REST API with a custom integration', () => {
  const { template } = exportParsed(APIGW_PROXY_CUSTOM_SAMPLE);
  const legacy = 'Resources.Api.Properties.DefinitionBody.paths./legacy/items/{id}.get';

  it('writes a serverless API with its stage', () => {
    expect(at(template, 'Resources.Api.Properties.StageName')).toBe('prod');
  });

  it('keeps the endpoint type', () => {
    expect(at(template, 'Resources.Api.Properties.EndpointConfiguration')).toEqual({ Type: 'EDGE' });
  });

  it('writes the proxy route as aws_proxy', () => {
    const path = 'Resources.Api.Properties.DefinitionBody.paths./items/{id}.get.x-amazon-apigateway-integration';
    expect(at(template, path)).toEqual({ type: 'aws_proxy', httpMethod: 'POST', uri: INVOKE_URI });
  });

  it('writes the custom integration', () => {
    const integration = at(template, `${legacy}.x-amazon-apigateway-integration`) as Record<string, unknown>;
    expect([integration.type, integration.passthroughBehavior]).toEqual(['aws', 'when_no_match']);
  });

  it('keeps the request template text', () => {
    const edge = APIGW_PROXY_CUSTOM_SAMPLE.edges[1]!.config as { RequestTemplates: Record<string, string> };
    expect(at(template, `${legacy}.x-amazon-apigateway-integration.requestTemplates`)).toEqual(edge.RequestTemplates);
  });

  it('maps selection patterns to responses', () => {
    const responses = at(template, `${legacy}.x-amazon-apigateway-integration.responses`) as Record<string, { statusCode: string }>;
    expect(Object.fromEntries(Object.entries(responses).map(([key, value]) => [key, value.statusCode]))).toEqual({
      default: '200',
      'Not found.*': '404',
    });
  });

  it('declares the method responses', () => {
    expect(Object.keys(at(template, `${legacy}.responses`) as object)).toEqual(['200', '404']);
  });

  it('declares the path parameter', () => {
    expect(at(template, `${legacy}.parameters`)).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    ]);
  });

  it('grants API Gateway invoke per route', () => {
    expect(at(template, 'Resources.ApiLegacyItemsPermission.Properties')).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: getAtt('Items', 'Arn'),
      Principal: 'apigateway.amazonaws.com',
      SourceArn: sub('arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*/GET/legacy/items/*'),
    });
  });

  it('adds no Api events beside the definition', () => {
    expect(at(template, 'Resources.Items.Properties.Events')).toBeUndefined();
  });

  it('outputs the stage URL', () => {
    expect(at(template, 'Outputs.ApiUrl.Value')).toEqual(
      sub('https://${Api}.execute-api.${AWS::Region}.${AWS::URLSuffix}/prod/'),
    );
  });
});

describe('SAM export of a REST proxy API', () => {
  const scenario = structuredClone(APIGW_PROXY_CUSTOM_SAMPLE);
  scenario.edges = scenario.edges.slice(0, 1);
  scenario.edges[0]!.config = {
    HttpMethod: 'GET',
    ResourcePath: '/items/{id}',
    RequestParameters: { 'method.request.querystring.type': true },
    ThrottlingRateLimit: 5,
  };
  const { template } = exportParsed(scenario);

  it('writes an Api event', () => {
    expect(at(template, 'Resources.Items.Properties.Events.ApiItems')).toEqual({
      Type: 'Api',
      Properties: {
        RestApiId: ref('Api'),
        Path: '/items/{id}',
        Method: 'GET',
        RequestParameters: [{ 'method.request.querystring.type': { Required: true } }],
      },
    });
  });

  it('writes no definition body', () => {
    expect(at(template, 'Resources.Api.Properties.DefinitionBody')).toBeUndefined();
  });

  it('writes method throttling', () => {
    expect(at(template, 'Resources.Api.Properties.MethodSettings')).toEqual([
      { ResourcePath: '/~1items~1{id}', HttpMethod: 'GET', ThrottlingRateLimit: 5 },
    ]);
  });
});

describe('SAM export of an HTTP API', () => {
  const { template } = exportParsed(HTTP_API_SCENARIO);

  it('writes a serverless HTTP API', () => {
    expect(at(template, 'Resources.Http')).toEqual({
      Type: 'AWS::Serverless::HttpApi',
      Properties: {
        Name: 'http-api',
        DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 20 },
      },
    });
  });

  it('writes the route event', () => {
    expect(at(template, 'Resources.Fn.Properties.Events.GetItem')).toEqual({
      Type: 'HttpApi',
      Properties: {
        ApiId: ref('Http'),
        Path: '/items/{id}',
        Method: 'GET',
        PayloadFormatVersion: '1.0',
        RouteSettings: { ThrottlingRateLimit: 5 },
      },
    });
  });

  it('writes $default without path and method', () => {
    expect(at(template, 'Resources.Fn.Properties.Events.Fallback')).toEqual({
      Type: 'HttpApi',
      Properties: { ApiId: ref('Http'), PayloadFormatVersion: '2.0' },
    });
  });

  it('outputs the URL without a stage', () => {
    expect(at(template, 'Outputs.HttpUrl.Value')).toEqual(
      sub('https://${Http}.execute-api.${AWS::Region}.${AWS::URLSuffix}/'),
    );
  });
});
