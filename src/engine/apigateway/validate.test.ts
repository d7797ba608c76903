import { describe, expect, it } from 'vitest';
import { apiScenario } from './scenario.testing';
import { validateApiGateway } from './validate';

function codes(apiConfig: Record<string, unknown>, routes: { id: string; config: Record<string, unknown>; lambda?: Record<string, unknown> }[]): string[] {
  return validateApiGateway(apiScenario(apiConfig, routes)).map((diagnostic) => diagnostic.code);
}

describe('validateApiGateway', () => {
  it('edge REST timeout over 29 s', () => {
    expect(codes({ ProtocolType: 'REST' }, [{ id: 'a', config: { TimeoutInMillis: 40_000 } }])).toContain('apigw/integration-timeout-range');
  });

  it('regional REST timeout within quota', () => {
    const api = { ProtocolType: 'REST', EndpointConfiguration: { Types: ['REGIONAL'] }, integrationTimeoutQuotaMs: 60_000 };
    expect(codes(api, [{ id: 'a', config: { TimeoutInMillis: 40_000 }, lambda: { Timeout: 30 } }])).toEqual([]);
  });

  it('HTTP timeout over 30 s', () => {
    expect(codes({ ProtocolType: 'HTTP' }, [{ id: 'a', config: { TimeoutInMillis: 31_000 } }])).toContain('apigw/integration-timeout-range');
  });

  it('cache on an HTTP API', () => {
    expect(codes({ ProtocolType: 'HTTP', CacheClusterEnabled: true }, [])).toEqual(['apigw/cache-on-http-api']);
  });

  it('payload version on REST', () => {
    expect(codes({ ProtocolType: 'REST' }, [{ id: 'a', config: { PayloadFormatVersion: '2.0' } }])).toContain('apigw/payload-version-on-rest');
  });

  it('colliding routes', () => {
    const routes = [
      { id: 'a', config: { ResourcePath: '/items/{id}', HttpMethod: 'GET' } },
      { id: 'b', config: { ResourcePath: '/items/{key}', HttpMethod: 'GET' } },
    ];
    expect(codes({ ProtocolType: 'REST' }, routes)).toContain('apigw/route-collision');
  });

  it('greedy parameter not last', () => {
    expect(codes({ ProtocolType: 'REST' }, [{ id: 'a', config: { ResourcePath: '/{proxy+}/x' } }])).toContain('apigw/greedy-not-last');
  });

  it('template syntax error has line', () => {
    const diagnostics = validateApiGateway(apiScenario({ ProtocolType: 'REST' }, [{ id: 'a', config: { IntegrationType: 'AWS', RequestTemplates: { 'application/json': '{\n#if(\n}' } } }]));
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'apigw/template-syntax')?.message).toContain('line 2');
  });

  it('status-like selection pattern', () => {
    const config = { IntegrationType: 'AWS', IntegrationResponses: [{ StatusCode: '200' }, { StatusCode: '200', SelectionPattern: '2\\d{2}' }] };
    expect(codes({ ProtocolType: 'REST' }, [{ id: 'a', config }])).toContain('apigw/selection-pattern-status-code');
  });

  it('function outlives the integration', () => {
    expect(codes({ ProtocolType: 'REST' }, [{ id: 'a', config: {}, lambda: { Timeout: 60 } }])).toEqual(['apigw/function-outlives-integration']);
  });

  it('custom integration on HTTP', () => {
    expect(codes({ ProtocolType: 'HTTP' }, [{ id: 'a', config: { IntegrationType: 'AWS' } }])).toContain('apigw/custom-integration-on-http');
  });

  it('every diagnostic cites a page', () => {
    const diagnostics = validateApiGateway(apiScenario({ ProtocolType: 'HTTP', CacheClusterEnabled: true }, [{ id: 'a', config: { TimeoutInMillis: 31_000 } }]));
    expect(diagnostics.every((diagnostic) => diagnostic.docUrl && diagnostic.fix)).toBe(true);
  });
});
