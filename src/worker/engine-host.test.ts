import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../engine/model';
import { ALB_HELLO_SAMPLE } from '../engine/samples/alb-hello';
import { createNodeExecutor, type NodeExecutor } from '../runtime/node/node-executor';
import { createEngineHost, type EngineHost } from './engine-host';
import type { PageToWorker, WorkerToPage } from './protocol';

const HELLO_REQUEST = [
  'GET /hello?name=Ada HTTP/1.1',
  'Host: web-alb-123456789.us-east-1.elb.amazonaws.com',
  'User-Agent: curl/8.5.0',
  '',
  '',
].join('\r\n');

let executor: NodeExecutor | undefined;
afterEach(async () => {
  await executor?.dispose();
  executor = undefined;
});

/**
 * Connects a host to a page stand-in that runs invocations on the Node
 * executor, as the browser page runs them in its sandbox.
 */
function connect(answerInvoke: 'run' | 'fail' | 'hold' = 'run') {
  executor = createNodeExecutor();
  const runner = executor;
  const received: WorkerToPage[] = [];
  const waiters: (() => void)[] = [];
  let host: EngineHost;
  host = createEngineHost((message) => {
    received.push(message);
    waiters.splice(0).forEach((wake) => wake());
    if (message.type !== 'invoke' || answerInvoke === 'hold') {
      return;
    }
    if (answerInvoke === 'fail') {
      host.handle({ type: 'invoke-result', id: message.id, error: 'sandbox reset' });
      return;
    }
    void runner.invoke(message.request).then((record) =>
      host.handle({ type: 'invoke-result', id: message.id, record }),
    );
  }, () => 1_700_000_000_000);

  const next = async (type: WorkerToPage['type']): Promise<WorkerToPage> => {
    for (;;) {
      const found = received.find((message) => message.type === type);
      if (found) {
        return found;
      }
      await new Promise<void>((wake) => waiters.push(wake));
    }
  };

  return { send: (message: PageToWorker) => host.handle(message), received, next };
}

function runMessage(id: number, scenario: Scenario = ALB_HELLO_SAMPLE): PageToWorker {
  return {
    type: 'run',
    id,
    scenario,
    entryNodeId: 'alb',
    input: { kind: 'http', raw: HELLO_REQUEST },
    seed: 7,
  };
}

describe('engine host', () => {
  it('run returns the handler response', async () => {
    const page = connect();
    page.send(runMessage(1));
    const answer = await page.next('run-result');
    if (answer.type !== 'run-result') throw new Error('expected a run result');
    expect(answer.id).toBe(1);
    expect(answer.result.response.statusCode).toBe(200);
    expect(JSON.parse(answer.result.response.body).message).toBe('Hello, Ada!');
  });

  it('run asks the page to invoke', async () => {
    const page = connect();
    page.send(runMessage(2));
    const invoke = await page.next('invoke');
    if (invoke.type !== 'invoke') throw new Error('expected an invoke message');
    expect(invoke.runId).toBe(2);
    expect(invoke.request.function.nodeId).toBe('hello');
  });

  it('failed invoke still answers the run', async () => {
    const page = connect('fail');
    page.send(runMessage(3));
    const answer = await Promise.race([page.next('run-result'), page.next('error')]);
    expect(answer.id).toBe(3);
    const text = JSON.stringify(answer);
    expect(text).toContain('sandbox reset');
  });

  it('cancelled run posts no answer', async () => {
    const page = connect('hold');
    page.send(runMessage(4));
    await page.next('invoke');
    page.send({ type: 'cancel', id: 4 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const answers = page.received.filter((message) => message.type !== 'invoke');
    expect(answers).toEqual([]);
  });

  it('validate flags a missing invoke permission', async () => {
    const page = connect();
    const scenario: Scenario = {
      ...ALB_HELLO_SAMPLE,
      edges: ALB_HELLO_SAMPLE.edges.map((edge) => ({
        ...edge,
        config: { ...edge.config, invokePermission: false },
      })),
    };
    page.send({ type: 'validate', id: 5, scenario });
    const answer = await page.next('validate-result');
    if (answer.type !== 'validate-result') throw new Error('expected diagnostics');
    const edgeProblems = answer.diagnostics.filter((item) => item.edgeId === 'alb-hello');
    expect(edgeProblems.length).toBeGreaterThan(0);
  });

  it('health checks run each check', async () => {
    const page = connect();
    const scenario: Scenario = {
      ...ALB_HELLO_SAMPLE,
      edges: ALB_HELLO_SAMPLE.edges.map((edge) => ({
        ...edge,
        config: { ...edge.config, HealthCheckEnabled: true },
      })),
    };
    page.send({ type: 'health-check', id: 6, scenario, edgeId: 'alb-hello', count: 3, seed: 1 });
    const answer = await page.next('health-check-result');
    if (answer.type !== 'health-check-result') throw new Error('expected health checks');
    expect(answer.run.checks).toHaveLength(3);
    expect(answer.run.health.state).toBe('healthy');
  });
});
