import { afterEach, describe, expect, it } from 'vitest';
import { createNodeExecutor, type NodeExecutor } from '../../../runtime/index';
import { parseScenario } from '../../model/parse';
import type { Scenario } from '../../model/scenario';
import { createRunEnvironment } from '../../run/environment';
import { runRequest } from '../../run/run-request';

const ECHO = `export const handler = async (event) => ({ got: event });`;
const BOOM = `export const handler = async () => { throw new Error('boom'); };`;
const ENTRY = { Source: 'shop.orders', DetailType: 'OrderPlaced', Detail: '{"orderId":7,"total":12}' };

let executor: NodeExecutor | undefined;
afterEach(async () => {
  await executor?.dispose();
  executor = undefined;
});

function busScenario(rule: Record<string, unknown>, code = ECHO, bus: Record<string, unknown> = {}): Scenario {
  const parsed = parseScenario({
    version: 1,
    nodes: [
      { id: 'bus', type: 'eventbridge', config: bus },
      { id: 'rule-dlq', type: 'sqs', config: {} },
      { id: 'fn', type: 'lambda', config: { code } },
    ],
    edges: [{ id: 'orders-rule', source: 'bus', target: 'fn', config: rule }],
  });
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }

  return parsed.value;
}

async function put(scenario: Scenario, entry: Record<string, unknown> = ENTRY) {
  executor = createNodeExecutor();
  const env = createRunEnvironment({ seed: 3, startMs: 1_700_000_000_000 });

  return runRequest(scenario, 'bus', { kind: 'entry', entry }, executor, env);
}

const orders = { EventPattern: { source: ['shop.orders'] } };

describe('PutEvents into a bus', () => {
  it('answers with the event id', async () => {
    const result = await put(busScenario(orders));
    const body = JSON.parse(result.response.body) as { FailedEntryCount: number; Entries: { EventId: string }[] };

    expect(body.FailedEntryCount).toBe(0);
    expect(body.Entries[0]?.EventId).toBe((result.invocations[0]?.event as { id: string }).id);
  });

  it('invokes a matching rule target', async () => {
    const result = await put(busScenario(orders));

    expect(result.invocations[0]?.event).toMatchObject({ source: 'shop.orders', 'detail-type': 'OrderPlaced', detail: { orderId: 7 } });
  });

  it('skips a rule that does not match', async () => {
    const result = await put(busScenario({ EventPattern: { source: ['shop.payments'] } }));

    expect(result.invocations).toHaveLength(0);
    expect(result.trace.some((span) => span.label.startsWith('No rule on default matched'))).toBe(true);
  });

  it('skips a disabled rule', async () => {
    const result = await put(busScenario({ ...orders, State: 'DISABLED' }));

    expect(result.invocations).toHaveLength(0);
  });

  it('matches on a custom bus', async () => {
    const result = await put(busScenario(orders, ECHO, { Name: 'orders' }));

    expect(result.invocations).toHaveLength(1);
  });

  it('applies the input transformer', async () => {
    const rule = { ...orders, Name: 'orders', InputTransformer: { InputPathsMap: { id: '$.detail.orderId' }, InputTemplate: '{"order": <id>, "rule": <aws.events.rule-name>}' } };
    const result = await put(busScenario(rule));

    expect(result.invocations[0]?.event).toEqual({ order: 7, rule: 'orders' });
  });

  it('rejects an entry without Detail', async () => {
    const result = await put(busScenario(orders), { Source: 'shop.orders', DetailType: 'OrderPlaced' });

    expect(JSON.parse(result.response.body)).toMatchObject({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InvalidArgument' }] });
  });

  it('retries a failing target in Lambda', async () => {
    const result = await put(busScenario(orders, BOOM));

    expect(result.invocations).toHaveLength(3);
  });
});

describe('rule delivery failures', () => {
  it('sends NO_PERMISSIONS to the rule DLQ', async () => {
    const result = await put(busScenario({ ...orders, Name: 'orders', invokePermission: false, DeadLetterConfig: { Arn: 'rule-dlq' } }));
    const attributes = result.deliveries?.[0]?.message?.messageAttributes;

    expect(result.invocations).toHaveLength(0);
    expect(attributes?.ERROR_CODE?.StringValue).toBe('NO_PERMISSIONS');
    expect(attributes?.RETRY_ATTEMPTS?.StringValue).toBe('0');
    expect(attributes?.RULE_ARN?.StringValue).toBe('arn:aws:events:us-east-1:123456789012:rule/orders');
    expect(attributes?.TARGET_ARN?.StringValue).toBe('arn:aws:lambda:us-east-1:123456789012:function:fn');
  });

  it('retries throttles up to the limit', async () => {
    const rule = { ...orders, DeadLetterConfig: { Arn: 'rule-dlq' }, simulation: { deliveryFailureRate: 1 } };
    const result = await put(busScenario(rule));
    const attributes = result.deliveries?.[0]?.message?.messageAttributes;
    const waits = result.trace.filter((span) => span.label.startsWith('Wait '));

    expect(attributes?.ERROR_CODE?.StringValue).toBe('THROTTLING');
    expect(Number(attributes?.RETRY_ATTEMPTS?.StringValue)).toBe(waits.length);
    expect(waits.length).toBeLessThanOrEqual(185);
    expect(result.trace[0]?.endMs).toBeLessThanOrEqual(86_400_000);
  });

  it('names the exhausted condition', async () => {
    const rule = { ...orders, DeadLetterConfig: { Arn: 'rule-dlq' }, RetryPolicy: { MaximumRetryAttempts: 2 }, simulation: { deliveryFailureRate: 1 } };
    const result = await put(busScenario(rule));
    const attributes = result.deliveries?.[0]?.message?.messageAttributes;

    expect(attributes?.EXHAUSTED_RETRY_CONDITION?.StringValue).toBe('MaximumRetryAttempts');
    expect(attributes?.RETRY_ATTEMPTS?.StringValue).toBe('2');
  });
});
