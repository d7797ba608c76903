import { describe, expect, it } from 'vitest';
import type { AlbRequestEvent } from '../alb/event-types';
import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/scenario';
import { ALB_HELLO_SAMPLE } from '../samples/alb-hello';
import { createRunEnvironment } from './environment';
import { FixedInvoker, type FixedResult } from './fake-invoker.testing';
import { runRequest } from './run-request';

const GET = 'GET /?name=Ada HTTP/1.1\r\nHost: web-alb.example.com\r\n\r\n';
const env = () => createRunEnvironment({ seed: 42, startMs: 1_700_000_000_000 });

function withEdge(config: Record<string, unknown>, albConfig: Record<string, unknown> = {}): Scenario {
  const parsed = parseScenario({
    ...ALB_HELLO_SAMPLE,
    nodes: ALB_HELLO_SAMPLE.nodes.map((node) =>
      node.id === 'alb' ? { ...node, config: { ...node.config, ...albConfig } } : node,
    ),
    edges: [{ id: 'alb-hello', source: 'alb', target: 'hello', config }],
  });
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }

  return parsed.value;
}

async function run(results: FixedResult[], raw = GET, scenario = ALB_HELLO_SAMPLE) {
  const invoker = new FixedInvoker(results);
  const result = await runRequest(scenario, 'alb', { kind: 'http', raw }, invoker, env());

  return { result, invoker };
}

const hello = { payload: { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"message":"hi"}' } };

describe('runRequest through ALB', () => {
  it('returns function response', async () => {
    const { result } = await run([hello]);

    expect(result.response.statusCode).toBe(200);
    expect(result.response.body).toBe('{"message":"hi"}');
    expect(result.errorReason).toBeUndefined();
  });

  it('sends ALB event to function', async () => {
    const { invoker } = await run([hello]);
    const event = invoker.requests[0]?.event as AlbRequestEvent;

    expect(event.queryStringParameters).toEqual({ name: 'Ada' });
    expect(event.requestContext.elb.targetGroupArn).toMatch(
      /^arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup\/hello-targets\/[0-9a-f]{16}$/,
    );
    expect(invoker.requests[0]?.function.functionName).toBe('hello');
  });

  it('repeats ids for one seed', async () => {
    const first = await run([hello]);
    const second = await run([hello]);

    expect(first.invoker.requests[0]?.requestId).toBe(second.invoker.requests[0]?.requestId);
    expect(first.invoker.requests[0]?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('records invocation and trace spans', async () => {
    const { result } = await run([{ ...hello, initDurationMs: 150, durationMs: 20 }]);
    const labels = result.trace.map((span) => span.label);

    expect(result.invocations).toHaveLength(1);
    expect(labels).toContain('Lambda init (cold start)');
    expect(labels.some((label) => label.startsWith('Default action'))).toBe(true);
    expect(result.trace[0]?.endMs).toBe(170);
  });

  it('maps malformed response to 502', async () => {
    const { result } = await run([{ payload: { message: 'ok' } }]);

    expect(result.response.statusCode).toBe(502);
    expect(result.errorReason).toBe('LambdaInvalidResponse');
    expect(result.message).toMatch(/statusCode is missing/);
  });

  it('maps function error to 502', async () => {
    const { result } = await run([{ outcome: 'error', payload: { errorType: 'Error', errorMessage: 'boom' } }]);

    expect(result.response.statusCode).toBe(502);
    expect(result.errorReason).toBe('LambdaUnhandled');
  });

  it('rejects large body with 413', async () => {
    const body = 'x'.repeat(1024 * 1024 + 1);
    const raw = `POST / HTTP/1.1\r\nHost: a.example\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const { result, invoker } = await run([hello], raw);

    expect(result.response.statusCode).toBe(413);
    expect(result.errorReason).toBe('LambdaRequestTooLarge');
    expect(invoker.requests).toHaveLength(0);
  });

  it('rejects WebSocket upgrade with 400', async () => {
    const raw = 'GET /ws HTTP/1.1\r\nHost: a.example\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n';
    const { result } = await run([hello], raw);

    expect(result.response.statusCode).toBe(400);
    expect(result.errorReason).toBe('LambdaWebsocketNotSupported');
  });

  it('rejects TRACE with 405', async () => {
    const { result } = await run([hello], 'TRACE / HTTP/1.1\r\nHost: a.example\r\n\r\n');

    expect(result.response.statusCode).toBe(405);
  });

  it('rejects malformed request with 400', async () => {
    const { result } = await run([hello], 'GET\r\n\r\n');

    expect(result.response.statusCode).toBe(400);
    expect(result.message).toMatch(/Invalid request line/);
  });

  it('rejects missing Host with 400', async () => {
    const { result } = await run([hello], 'GET / HTTP/1.1\r\n\r\n');

    expect(result.response.statusCode).toBe(400);
  });

  it('rejects oversized header with 400', async () => {
    const raw = `GET / HTTP/1.1\r\nHost: a.example\r\nX-Big: ${'a'.repeat(16 * 1024)}\r\n\r\n`;
    const { result } = await run([hello], raw);

    expect(result.response.statusCode).toBe(400);
    expect(result.message).toMatch(/16 KB/);
  });

  it('rejects oversized request line with 400', async () => {
    const { result } = await run([hello], `GET /${'a'.repeat(16 * 1024)} HTTP/1.1\r\nHost: a.example\r\n\r\n`);

    expect(result.response.statusCode).toBe(400);
  });

  it('fails without invoke permission', async () => {
    const { result, invoker } = await run([hello], GET, withEdge({ invokePermission: false }));

    expect(result.response.statusCode).toBe(502);
    expect(result.errorReason).toBe('LambdaAccessDenied');
    expect(invoker.requests).toHaveLength(0);
  });

  it('answers fixed response when no rule matches', async () => {
    const scenario = withEdge(
      { Priority: 1, Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }] },
      { FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'nothing here' } },
    );
    const { result } = await run([hello], GET, scenario);

    expect(result.response.statusCode).toBe(404);
    expect(result.response.body).toBe('nothing here');
  });

  it('answers 503 across Regions', async () => {
    const scenario = withEdge({});
    const fn = scenario.nodes.find((node) => node.id === 'hello');
    if (fn) {
      fn.config = { ...fn.config, region: 'eu-west-1' };
    }
    const { result } = await run([hello], GET, scenario);

    expect(result.response.statusCode).toBe(503);
  });

  it('sends multi-value event when enabled', async () => {
    const scenario = withEdge({ TargetGroupAttributes: [{ Key: 'lambda.multi_value_headers.enabled', Value: 'true' }] });
    const { invoker } = await run([{ payload: { statusCode: 200, multiValueHeaders: {} } }], GET, scenario);
    const event = invoker.requests[0]?.event as AlbRequestEvent;

    expect(event.multiValueQueryStringParameters).toEqual({ name: ['Ada'] });
  });

  it('shows fail-open health in trace', async () => {
    const invoker = new FixedInvoker([hello]);
    const result = await runRequest(
      withEdge({ HealthCheckEnabled: true }),
      'alb',
      { kind: 'http', raw: GET },
      invoker,
      env(),
      { targetHealth: { 'alb-hello': { state: 'unhealthy', reason: 'Target.Timeout' } } },
    );

    expect(result.response.statusCode).toBe(200);
    expect(result.trace.some((span) => span.label === 'Target health: unhealthy')).toBe(true);
  });
});

describe('runRequest other entries', () => {
  it('invokes function directly', async () => {
    const invoker = new FixedInvoker([{ payload: { ok: true } }]);
    const result = await runRequest(ALB_HELLO_SAMPLE, 'hello', { kind: 'event', event: { a: 1 } }, invoker, env());

    expect(result.response.statusCode).toBe(200);
    expect(result.response.body).toBe('{"ok":true}');
    expect(result.response.headers).toContainEqual(['X-Amz-Executed-Version', '$LATEST']);
    expect(invoker.requests[0]?.event).toEqual({ a: 1 });
  });

  it('marks direct function error', async () => {
    const invoker = new FixedInvoker([{ outcome: 'error', payload: { errorType: 'Error' } }]);
    const result = await runRequest(ALB_HELLO_SAMPLE, 'hello', { kind: 'event', event: {} }, invoker, env());

    expect(result.response.statusCode).toBe(200);
    expect(result.response.headers).toContainEqual(['X-Amz-Function-Error', 'Unhandled']);
  });

  it('routes HTTP requests into an API', async () => {
    const parsed = parseScenario({ version: 1, nodes: [{ id: 'api', type: 'apigateway' }] });
    if (!parsed.ok) {
      throw new Error(parsed.error.message);
    }
    const result = await runRequest(parsed.value, 'api', { kind: 'http', raw: GET }, new FixedInvoker([hello]), env());

    // A REST API without a matching resource answers 403.
    expect(result.response.statusCode).toBe(403);
  });

  it('rejects an event sent to an API', async () => {
    const parsed = parseScenario({ version: 1, nodes: [{ id: 'api', type: 'apigateway' }] });
    if (!parsed.ok) {
      throw new Error(parsed.error.message);
    }
    const result = await runRequest(parsed.value, 'api', { kind: 'event', event: {} }, new FixedInvoker([hello]), env());

    expect(result.message).toMatch(/An API takes an HTTP request/);
  });

  it('reports unknown node', async () => {
    const result = await runRequest(ALB_HELLO_SAMPLE, 'nope', { kind: 'http', raw: GET }, new FixedInvoker([hello]), env());

    expect(result.message).toMatch(/No node has the id "nope"/);
  });
});

describe('runRequest runtime failure', () => {
  it('reports a throwing invoker', async () => {
    const invoker = {
      invoke: () => Promise.reject(new Error('worker crashed')),
    };
    const result = await runRequest(ALB_HELLO_SAMPLE, 'hello', { kind: 'event', event: {} }, invoker, env());

    expect(result.response.statusCode).toBe(500);
    expect(result.message).toBe('The run failed: worker crashed');
  });
});
