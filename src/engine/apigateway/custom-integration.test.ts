import { describe, expect, it } from 'vitest';
import { handleApiGatewayRequest } from './handle-request';
import { rawRequest } from './requests.testing';
import { apiScenario, fixedInvoker, testEnvironment, type FixedResult } from './scenario.testing';

const ERROR_RESPONSES = {
  IntegrationType: 'AWS',
  IntegrationResponses: [{ StatusCode: '200' }, { StatusCode: '404', SelectionPattern: '.*No value present.*' }],
  MethodResponses: [{ StatusCode: '200' }, { StatusCode: '404' }],
};

async function send(config: Record<string, unknown>, result: FixedResult, lines = ['POST /prod/x HTTP/1.1', 'Content-Type: application/json'], body = '{}') {
  const scenario = apiScenario({ ProtocolType: 'REST' }, [{ id: 'all', config }]);
  const { invoker, requests } = fixedInvoker(result);
  const run = await handleApiGatewayRequest(scenario, 'api', rawRequest(lines, body), invoker, testEnvironment());

  return { run, requests };
}

describe('custom Lambda integration', () => {
  it('request template renders the event', async () => {
    const template = `{"name": "$util.escapeJavaScript($input.path('$.name')).replaceAll("\\\\'","'")"}`;
    const { requests } = await send({ IntegrationType: 'AWS', RequestTemplates: { 'application/json': template } }, { payload: {} }, undefined, '{"name": "O\'Brien"}');
    expect(requests[0]?.event).toEqual({ name: "O'Brien" });
  });

  it('pattern selects 404 for the error', async () => {
    const { run } = await send(ERROR_RESPONSES, { outcome: 'error', payload: { errorType: 'Error', errorMessage: 'No value present for id 7' } });
    expect(run.response.statusCode).toBe(404);
  });

  it('unmatched error gets default 200', async () => {
    const { run } = await send(ERROR_RESPONSES, { outcome: 'error', payload: { errorType: 'Error', errorMessage: 'boom' } });
    expect([run.response.statusCode, JSON.parse(run.response.body)]).toEqual([200, { errorType: 'Error', errorMessage: 'boom' }]);
  });

  it('success never matches a status pattern', async () => {
    const config = { ...ERROR_RESPONSES, IntegrationResponses: [{ StatusCode: '200' }, { StatusCode: '404', SelectionPattern: '2\\d{2}' }] };
    const { run } = await send(config, { payload: { id: 7 } });
    expect([run.response.statusCode, run.response.body]).toEqual([200, '{"id":7}']);
  });

  it('pattern must match the whole message', async () => {
    const config = { ...ERROR_RESPONSES, IntegrationResponses: [{ StatusCode: '200' }, { StatusCode: '404', SelectionPattern: 'Invalid*' }] };
    const { run } = await send(config, { outcome: 'error', payload: { errorMessage: 'Invalid input' } });
    expect(run.response.statusCode).toBe(200);
  });

  it('passthrough without a template', async () => {
    const { requests } = await send({ IntegrationType: 'AWS' }, { payload: {} }, undefined, '{"a":1}');
    expect(requests[0]?.event).toEqual({ a: 1 });
  });

  it('NEVER without a template gets 415', async () => {
    const { run, requests } = await send({ IntegrationType: 'AWS', PassthroughBehavior: 'NEVER' }, { payload: {} }, ['POST /prod/x HTTP/1.1', 'Content-Type: text/plain'], 'hi');
    expect([run.response.statusCode, run.response.body]).toEqual([415, '{"message":"Unsupported Media Type"}']);
    expect(requests).toHaveLength(0);
  });

  it('WHEN_NO_TEMPLATES with templates gets 415', async () => {
    const config = { IntegrationType: 'AWS', PassthroughBehavior: 'WHEN_NO_TEMPLATES', RequestTemplates: { 'application/json': '{}' } };
    const { run } = await send(config, { payload: {} }, ['POST /prod/x HTTP/1.1', 'Content-Type: text/plain'], 'hi');
    expect(run.response.statusCode).toBe(415);
  });

  it('response template shapes the body', async () => {
    const config = { IntegrationType: 'AWS', IntegrationResponses: [{ StatusCode: '200', ResponseTemplates: { 'application/json': '{"count": $input.path(\'$.items\').size()}' } }] };
    const { run } = await send(config, { payload: { items: [1, 2, 3] } });
    expect(run.response.body).toBe('{"count": 3}');
  });

  it('broken template returns 500 with line', async () => {
    const config = { IntegrationType: 'AWS', RequestTemplates: { 'application/json': '{\n#if(\n}' } };
    const { run, requests } = await send(config, { payload: {} });
    expect([run.response.statusCode, run.errorReason]).toEqual([500, 'RequestTemplateError']);
    expect(run.message).toContain('on line 2');
    expect(requests).toHaveLength(0);
  });

  it('status without method response gets 500', async () => {
    const config = { IntegrationType: 'AWS', IntegrationResponses: [{ StatusCode: '201' }] };
    const { run } = await send(config, { payload: {} });
    expect([run.response.statusCode, run.errorReason]).toEqual([500, 'API_CONFIGURATION_ERROR']);
  });
});
