import { afterAll, describe, expect, it } from 'vitest';
import { handleApiGatewayRequest } from '../../engine/apigateway/handle-request';
import { rawRequest } from '../../engine/apigateway/requests.testing';
import { testEnvironment } from '../../engine/apigateway/scenario.testing';
import type { Scenario } from '../../engine/model';
import { APIGW_PROXY_CUSTOM_SAMPLE } from '../../engine/samples/apigw-proxy-custom';
import { validateScenario } from '../../engine/validate';
import { createNodeExecutor } from '../../runtime/index';
import { runTemplateProblem, templateDiagnostics, templateMarkers } from './template-problems';

const executor = createNodeExecutor();
afterAll(() => executor.dispose());

const LEGACY = 'api-legacy-items';

function withTemplates(request: string, okResponse?: string): Scenario {
  const scenario = structuredClone(APIGW_PROXY_CUSTOM_SAMPLE);
  const config = scenario.edges.find((edge) => edge.id === LEGACY)!.config;
  config.RequestTemplates = { 'application/json': request };
  if (okResponse !== undefined) {
    config.IntegrationResponses = [{ StatusCode: '200', ResponseTemplates: { 'application/json': okResponse } }];
  }

  return scenario;
}

function send(scenario: Scenario) {
  const request = rawRequest(['GET /prod/legacy/items/1 HTTP/1.1', 'Host: example.com']);
  return handleApiGatewayRequest(scenario, 'api', request, executor, testEnvironment());
}

describe('template problems', () => {
  it('run keeps the request template line', async () => {
    const result = await send(withTemplates('{\n  "id": 1,\n  #if(\n}'));
    expect(runTemplateProblem(result, LEGACY, 'request')).toMatchObject({ line: 3 });
  });

  it('response problem needs its status', async () => {
    const result = await send(withTemplates('{}', '#if('));
    expect(runTemplateProblem(result, LEGACY, 'response', '200')).toMatchObject({ line: 1 });
    expect(runTemplateProblem(result, LEGACY, 'response', '404')).toBeUndefined();
  });

  it('valid run has no problem', async () => {
    const result = await send(APIGW_PROXY_CUSTOM_SAMPLE);
    expect(runTemplateProblem(result, LEGACY, 'request')).toBeUndefined();
  });

  it('validation diagnostics match the field', () => {
    const diagnostics = validateScenario(withTemplates('{\n#if(\n}'));
    const found = templateDiagnostics(diagnostics, LEGACY, { kind: 'request', contentType: 'application/json' });
    expect(found.map((item) => item.code)).toEqual(['apigw/template-syntax']);
  });

  it('markers span the problem line', () => {
    const markers = templateMarkers([{ message: 'bad', line: 2 }], 3, () => 9);
    expect(markers).toEqual([{ message: 'bad', startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 9 }]);
  });

  it('markers clamp lines past the end', () => {
    const markers = templateMarkers([{ message: 'bad', line: 7 }, { message: 'no line' }], 3, () => 1);
    expect(markers.map((marker) => marker.startLineNumber)).toEqual([3, 3]);
  });
});
