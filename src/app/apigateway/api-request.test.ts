import { describe, expect, it } from 'vitest';
import { resolveApi } from '../../engine/apigateway/resolve';
import { scenarioSchema, type Scenario } from '../../engine/model';
import { APIGW_PROXY_CUSTOM_SAMPLE } from '../../engine/samples/apigw-proxy-custom';
import { apiRequestDefaults, samplePath } from './api-request';

function withApiConfig(config: Record<string, unknown>): Scenario {
  const scenario = structuredClone(APIGW_PROXY_CUSTOM_SAMPLE);
  const api = scenario.nodes.find((node) => node.id === 'api')!;
  api.config = { ...api.config, ...config };

  return scenarioSchema.parse(scenario);
}

describe('api request defaults', () => {
  it('samplePath fills parameters', () => {
    expect(samplePath('/items/{id}/parts/{proxy+}')).toBe('/items/1/parts/hello/world');
  });

  it('REST uses stage and first route', () => {
    const scenario = withApiConfig({});
    const host = resolveApi(scenario, 'api')!.executeApiDomain;
    expect(apiRequestDefaults(scenario, 'api')).toEqual({ host, method: 'GET', target: '/prod/items/1' });
  });

  it('host is the execute-api name', () => {
    const defaults = apiRequestDefaults(withApiConfig({}), 'api');
    expect(defaults?.host).toMatch(/^[0-9a-f]{10}\.execute-api\.us-east-1\.amazonaws\.com$/);
  });

  it('HTTP default stage has no prefix', () => {
    const scenario = withApiConfig({ ProtocolType: 'HTTP', StageName: undefined });
    expect(apiRequestDefaults(scenario, 'api')?.target).toBe('/items/1');
  });

  it('custom domain uses base path', () => {
    const scenario = withApiConfig({ DomainName: 'api.example.com', BasePath: 'v1' });
    expect(apiRequestDefaults(scenario, 'api')).toMatchObject({ host: 'api.example.com', target: '/v1/items/1' });
  });

  it('API without routes targets stage root', () => {
    const scenario = { ...withApiConfig({}), edges: [] };
    expect(apiRequestDefaults(scenario, 'api')).toMatchObject({ method: 'GET', target: '/prod' });
  });

  it('non-API node has no defaults', () => {
    expect(apiRequestDefaults(withApiConfig({}), 'items')).toBeUndefined();
  });
});
