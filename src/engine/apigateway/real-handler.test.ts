import { afterAll, describe, expect, it } from 'vitest';
import { createNodeExecutor } from '../../runtime/index';
import { handleApiGatewayRequest } from './handle-request';
import { rawRequest } from './requests.testing';
import { apiScenario, testEnvironment } from './scenario.testing';

// Real handler code in Node worker threads, end to end through each API type.
const ECHO = `export const handler = async (event) => ({
  statusCode: 201,
  headers: { 'x-seen-path': event.path ?? event.rawPath },
  cookies: ['a=1; Path=/'],
  body: JSON.stringify({ query: event.queryStringParameters, version: event.version ?? null }),
});
`;

const THROWS = `export const handler = async () => { throw new Error('No value present for id 7'); };\n`;

describe('real handlers through API Gateway', () => {
  const executor = createNodeExecutor();
  afterAll(() => executor.dispose());

  it('REST proxy round trip', async () => {
    const scenario = apiScenario({ ProtocolType: 'REST' }, [{ id: 'all', config: {}, lambda: { code: ECHO.replace("  cookies: ['a=1; Path=/'],\n", '') } }]);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/items/7?q=a%2Bb HTTP/1.1']), executor, testEnvironment());
    expect([result.response.statusCode, JSON.parse(result.response.body)]).toEqual([201, { query: { q: 'a+b' }, version: null }]);
    expect(result.response.headers).toContainEqual(['x-seen-path', '/items/7']);
  });

  it('HTTP API round trip', async () => {
    const scenario = apiScenario({ ProtocolType: 'HTTP' }, [{ id: 'all', config: { RouteKey: '$default' }, lambda: { code: ECHO } }]);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /items/7?q=1&q=2 HTTP/1.1']), executor, testEnvironment());
    expect([result.response.statusCode, JSON.parse(result.response.body)]).toEqual([201, { query: { q: '1,2' }, version: '2.0' }]);
    expect(result.response.headers).toContainEqual(['set-cookie', 'a=1; Path=/']);
  });

  it('thrown error selects 404', async () => {
    const config = {
      IntegrationType: 'AWS',
      IntegrationResponses: [{ StatusCode: '200' }, { StatusCode: '404', SelectionPattern: '.*No value present.*' }],
      MethodResponses: [{ StatusCode: '200' }, { StatusCode: '404' }],
    };
    const scenario = apiScenario({ ProtocolType: 'REST' }, [{ id: 'all', config, lambda: { code: THROWS } }]);
    const result = await handleApiGatewayRequest(scenario, 'api', rawRequest(['GET /prod/items/7 HTTP/1.1']), executor, testEnvironment());
    expect(result.response.statusCode).toBe(404);
  });
});
