import { describe, expect, it } from 'vitest';
import { parseScenario } from '../engine/model/parse';
import type { Scenario } from '../engine/model';
import { SQS_BURST_SAMPLE } from '../engine/samples/sqs-burst';
import { createEngineHost } from './engine-host';
import type { WorkerToPage } from './protocol';

function parsed(scenario: unknown): Scenario {
  const result = parseScenario(scenario);
  if (!result.ok) {
    throw new Error(result.error.message);
  }

  return result.value;
}

/** Creates a host that collects its posts; `until` waits for a message of one type. */
function connect() {
  const received: WorkerToPage[] = [];
  const waiters: (() => void)[] = [];
  const host = createEngineHost((message) => {
    received.push(message);
    waiters.splice(0).forEach((wake) => wake());
  });
  const until = async (type: WorkerToPage['type']) => {
    for (;;) {
      const found = received.find((message) => message.type === type);
      if (found) {
        return found;
      }
      await new Promise<void>((wake) => waiters.push(wake));
    }
  };

  return { host, received, until };
}

describe('engine host simulate', () => {
  it('returns the simulation outcome', async () => {
    const page = connect();
    page.host.handle({ type: 'simulate', id: 4, scenario: parsed(SQS_BURST_SAMPLE) });
    const answer = await page.until('simulate-result');
    if (answer.type !== 'simulate-result') throw new Error('expected a simulate result');
    expect(answer.id).toBe(4);
    expect(answer.outcome.result.totals.sent).toBe(2000);
  });

  it('posts progress then stops on cancel', async () => {
    const page = connect();
    const scenario = structuredClone(SQS_BURST_SAMPLE);
    scenario.loads = [{ target: 'orders', count: 5_000_000, startSeconds: 0, body: '{}', messageGroups: 1 }];
    scenario.edges[0]!.config = { BatchSize: 1 };
    page.host.handle({ type: 'simulate', id: 5, scenario: parsed(scenario) });
    const progress = await page.until('simulate-progress');
    expect(progress.id).toBe(5);
    page.host.handle({ type: 'cancel', id: 5 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const count = page.received.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(page.received.length).toBe(count);
    expect(page.received.some((message) => message.type === 'simulate-result')).toBe(false);
  });

  it('explains an invalid scenario', async () => {
    const page = connect();
    const scenario = structuredClone(SQS_BURST_SAMPLE);
    scenario.nodes[0]!.config = { ...scenario.nodes[0]!.config, VisibilityTimeout: 2 };
    page.host.handle({ type: 'simulate', id: 6, scenario: parsed(scenario) });
    const answer = await page.until('error');
    if (answer.type !== 'error') throw new Error('expected an error');
    expect(answer.message).toContain('cannot be simulated');
  });
});
