// The test plays the page: its Node executor forwards the handlers' SDK
// calls as `service-call` messages, as the page's sandbox host does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { functionDefinition } from '../engine/lambda/definition';
import { parseScenario, type ScenarioNode } from '../engine/model';
import type { SqsEvent } from '../engine/sqs/event';
import { HostCallError, type HostServices } from '../runtime/shared/host-calls';
import { createNodeExecutor, type NodeExecutor } from '../runtime/node/node-executor';
import { createEngineHost, type EngineHost } from './engine-host';
import type { ServiceCallOutcome, WorkerToPage } from './protocol';

const REPO = path.resolve(__dirname, '../..');
const scenarioText = readFileSync(path.join(REPO, 'examples/alb-to-queue.json'), 'utf8');
const request = readFileSync(path.join(REPO, 'examples/get-hello.http'), 'utf8');

let executor: NodeExecutor | undefined;
afterEach(async () => {
  await executor?.dispose();
  executor = undefined;
});

function connectPage() {
  const answers = new Map<number, (outcome: ServiceCallOutcome) => void>();
  const results: WorkerToPage[] = [];
  let nextCall = 1000;
  let host: EngineHost;
  const forward: HostServices = async (call, fn) => {
    const id = nextCall++;
    const outcome = await new Promise<ServiceCallOutcome>((settle) => {
      answers.set(id, settle);
      host.handle({ type: 'service-call', id, call, fn });
    });
    if (outcome.kind === 'error') throw new HostCallError(outcome.name, outcome.message);
    if (outcome.kind === 'unserved') throw new HostCallError('NotConnectedError', 'No run is in progress.');
    return outcome.output;
  };
  executor = createNodeExecutor({ host: forward });
  const runner = executor;
  let wake: (() => void) | undefined;
  host = createEngineHost((message) => {
    if (message.type === 'invoke') {
      void runner.invoke(message.request).then((record) =>
        host.handle({ type: 'invoke-result', id: message.id, record }),
      );
    } else if (message.type === 'service-call-result') {
      answers.get(message.id)?.(message.outcome);
    } else {
      results.push(message);
      wake?.();
    }
  }, () => 1_700_000_000_000);

  const run = async () => {
    const parsed = parseScenario(scenarioText);
    if (!parsed.ok) throw new Error(parsed.error.message);
    host.handle({
      type: 'run',
      id: 1,
      scenario: parsed.value,
      entryNodeId: 'alb',
      input: { kind: 'http', raw: request },
      seed: 1,
    });
    while (results.length === 0) {
      await new Promise<void>((resolve) => (wake = resolve));
    }
    const answer = results[0];
    if (answer?.type !== 'run-result') throw new Error(`expected a run result, got ${JSON.stringify(answer)}`);
    return answer.result;
  };

  return { run };
}

describe('engine host service calls', () => {
  it('runs the queue function after', async () => {
    const result = await connectPage().run();

    expect(result.invocations.map((record) => record.functionNodeId)).toEqual(['api-fn', 'worker-fn']);
  });

  it('delivers the sent message body', async () => {
    const result = await connectPage().run();
    const event = result.invocations[1]?.event as SqsEvent;

    expect(JSON.parse(event.Records[0]?.body ?? '{}')).toEqual({ greet: 'Ada', path: '/hello' });
  });

  it('answers unserved without a run', async () => {
    const parsed = parseScenario(scenarioText);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const fn = functionDefinition(parsed.value, parsed.value.nodes[1] as ScenarioNode & { type: 'lambda' });
    const call = { module: '@aws-sdk/client-sqs', operation: 'SendMessageCommand', input: {} };
    const answer = await new Promise<WorkerToPage>((resolve) => {
      createEngineHost(resolve).handle({ type: 'service-call', id: 9, call, fn });
    });

    expect(answer).toEqual({ type: 'service-call-result', id: 9, outcome: { kind: 'unserved' } });
  });
});
