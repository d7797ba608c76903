import { afterAll, describe, expect, it } from 'vitest';
import { handleApiGatewayRequest } from '../../engine/apigateway/handle-request';
import { rawRequest } from '../../engine/apigateway/requests.testing';
import { testEnvironment } from '../../engine/apigateway/scenario.testing';
import type { Scenario } from '../../engine/model';
import { APIGW_PROXY_CUSTOM_SAMPLE } from '../../engine/samples/apigw-proxy-custom';
import { createNodeExecutor } from '../../runtime/index';
import { comparisonScenarios, compareSteps, DEFAULT_REQUEST_TEMPLATE } from './compare';

// The sample's handler runs in Node worker threads for real.
const executor = createNodeExecutor();
afterAll(() => executor.dispose());

function send(scenario: Scenario, line: string) {
  return handleApiGatewayRequest(scenario, 'api', rawRequest([line, 'Host: example.com']), executor, testEnvironment());
}

function edgeConfig(scenario: Scenario, edgeId: string): Record<string, unknown> {
  return scenario.edges.find((edge) => edge.id === edgeId)!.config;
}

function step(steps: ReturnType<typeof compareSteps>, id: string) {
  return steps.find((item) => item.id === id)!;
}

describe('proxy and custom comparison', () => {
  it('copies leave the scenario unchanged', () => {
    const before = structuredClone(APIGW_PROXY_CUSTOM_SAMPLE);
    comparisonScenarios(APIGW_PROXY_CUSTOM_SAMPLE, 'api-items');
    expect(APIGW_PROXY_CUSTOM_SAMPLE).toEqual(before);
  });

  it('custom copy gets default templates', () => {
    const { custom } = comparisonScenarios(APIGW_PROXY_CUSTOM_SAMPLE, 'api-items');
    const config = edgeConfig(custom, 'api-items');
    expect(config.IntegrationType).toBe('AWS');
    expect(config.RequestTemplates).toEqual({ 'application/json': DEFAULT_REQUEST_TEMPLATE });
  });

  it('custom copy keeps set templates', () => {
    const { custom } = comparisonScenarios(APIGW_PROXY_CUSTOM_SAMPLE, 'api-legacy-items');
    const original = edgeConfig(APIGW_PROXY_CUSTOM_SAMPLE, 'api-legacy-items');
    expect(edgeConfig(custom, 'api-legacy-items').RequestTemplates).toBe(original.RequestTemplates);
    expect(edgeConfig(custom, 'api-legacy-items').IntegrationResponses).toBe(original.IntegrationResponses);
  });

  it('proxy copy switches the type', () => {
    const { proxy } = comparisonScenarios(APIGW_PROXY_CUSTOM_SAMPLE, 'api-legacy-items');
    expect(edgeConfig(proxy, 'api-legacy-items').IntegrationType).toBe('AWS_PROXY');
  });

  it('proxy steps show the proxy event', async () => {
    const { proxy } = comparisonScenarios(APIGW_PROXY_CUSTOM_SAMPLE, 'api-items');
    const steps = compareSteps(await send(proxy, 'GET /prod/items/1 HTTP/1.1'), false);
    expect(steps.map((item) => item.state)).toEqual(['ok', 'skipped', 'ok', 'ok', 'skipped', 'ok']);
    expect(JSON.parse(step(steps, 'event').text!)).toMatchObject({ resource: '/items/{id}', pathParameters: { id: '1' } });
    expect(step(steps, 'client-response').text).toContain('HTTP/1.1 200 OK');
  });

  it('custom steps show template output', async () => {
    const { custom } = comparisonScenarios(APIGW_PROXY_CUSTOM_SAMPLE, 'api-items');
    const steps = compareSteps(await send(custom, 'GET /prod/items/2?x=y HTTP/1.1'), true);
    expect(step(steps, 'request-template').state).toBe('ok');
    expect(step(steps, 'response-template').state).toBe('ok');
    const event = JSON.parse(step(steps, 'event').text!);
    expect(event).toMatchObject({ method: 'GET', pathParameters: { id: '2' }, queryStringParameters: { x: 'y' } });
    expect(JSON.parse(step(steps, 'request-template').text!)).toEqual(event);
  });

  it('sample maps Not found to 404', async () => {
    const result = await send(APIGW_PROXY_CUSTOM_SAMPLE, 'GET /prod/legacy/items/9 HTTP/1.1');
    expect(result.response.statusCode).toBe(404);
    expect(JSON.parse(result.response.body)).toEqual({ legacy: true, error: 'Not found: item 9' });
  });

  it('sample legacy route wraps the item', async () => {
    const result = await send(APIGW_PROXY_CUSTOM_SAMPLE, 'GET /prod/legacy/items/1 HTTP/1.1');
    expect(JSON.parse(result.response.body)).toEqual({ legacy: true, item: { id: '1', name: 'Lamp' } });
  });

  it('sample proxy route returns 404 itself', async () => {
    const result = await send(APIGW_PROXY_CUSTOM_SAMPLE, 'GET /prod/items/9 HTTP/1.1');
    expect(result.response.statusCode).toBe(404);
  });

  it('failed template stops the steps', async () => {
    const broken = structuredClone(APIGW_PROXY_CUSTOM_SAMPLE);
    edgeConfig(broken, 'api-legacy-items').RequestTemplates = { 'application/json': '{\n#if(\n}' };
    const steps = compareSteps(await send(broken, 'GET /prod/legacy/items/1 HTTP/1.1'), true);
    expect(step(steps, 'request-template')).toMatchObject({ state: 'error' });
    expect(step(steps, 'request-template').text).toMatch(/^Line 2: /);
    expect(step(steps, 'event').state).toBe('missing');
    expect(step(steps, 'client-response').text).toContain('HTTP/1.1 500');
  });
});
