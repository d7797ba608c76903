import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../model/parse';
import { validateScenario } from '../../validate';

function codes(rule: Record<string, unknown>, options: { bus?: Record<string, unknown>; lambda?: Record<string, unknown> } = {}): string[] {
  const parsed = parseScenario({
    version: 1,
    nodes: [
      { id: 'bus', type: 'eventbridge', config: options.bus ?? {} },
      { id: 'queue', type: 'sqs', config: {} },
      { id: 'fifo', type: 'sqs', config: { QueueName: 'jobs.fifo', FifoQueue: true } },
      { id: 'db', type: 'rds', config: {} },
      { id: 'fn', type: 'lambda', config: {} },
    ],
    edges: [{ id: 'rule', source: 'bus', target: 'fn', config: {} }],
  });
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }
  // Configs are set after parsing because the schema rejects out-of-range values.
  const scenario = parsed.value;
  (scenario.edges[0] as { config: Record<string, unknown> }).config = rule;
  (scenario.nodes[4] as { config: Record<string, unknown> }).config = options.lambda ?? {};

  return validateScenario(scenario).map((diagnostic) => diagnostic.code);
}

const pattern = { EventPattern: { source: ['my.app'] } };

describe('EventBridge rule validation', () => {
  it('accepts a pattern rule', () => {
    expect(codes(pattern).filter((code) => code.startsWith('eventbridge/'))).toEqual([]);
  });

  it('needs a pattern or schedule', () => {
    expect(codes({})).toContain('eventbridge/no-pattern-or-schedule');
  });

  it('refuses pattern and schedule', () => {
    expect(codes({ ...pattern, ScheduleExpression: 'rate(5 minutes)' })).toContain('eventbridge/pattern-and-schedule');
  });

  it('reports an invalid pattern', () => {
    expect(codes({ EventPattern: { source: 'my.app' } })).toContain('eventbridge/invalid-event-pattern');
  });

  it('reports pattern text that is not JSON', () => {
    expect(codes({ EventPattern: '{source:' })).toContain('eventbridge/invalid-event-pattern');
  });

  it('reports an invalid schedule', () => {
    expect(codes({ ScheduleExpression: 'rate(1 minutes)' })).toContain('eventbridge/invalid-schedule');
  });

  it('refuses schedules on custom buses', () => {
    expect(codes({ ScheduleExpression: 'rate(5 minutes)' }, { bus: { Name: 'orders' } })).toContain('eventbridge/schedule-on-custom-bus');
  });

  it('reports retry attempts above 185', () => {
    expect(codes({ ...pattern, RetryPolicy: { MaximumRetryAttempts: 186 } })).toContain('eventbridge/retry-attempts-range');
  });

  it('refuses a FIFO rule DLQ', () => {
    expect(codes({ ...pattern, DeadLetterConfig: { Arn: 'fifo' } })).toContain('eventbridge/dead-letter-target-type');
  });

  it('refuses a database as rule DLQ', () => {
    expect(codes({ ...pattern, DeadLetterConfig: { Arn: 'db' } })).toContain('eventbridge/dead-letter-target-type');
  });
});

describe('async invoke validation', () => {
  it('reports retry attempts above 2', () => {
    expect(codes(pattern, { lambda: { EventInvokeConfig: { MaximumRetryAttempts: 3 } } })).toContain('lambda/async-retry-attempts-range');
  });

  it('reports event age below 60', () => {
    expect(codes(pattern, { lambda: { EventInvokeConfig: { MaximumEventAgeInSeconds: 30 } } })).toContain('lambda/async-event-age-range');
  });

  it('refuses a database destination', () => {
    expect(codes(pattern, { lambda: { EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: 'db' } } } } })).toContain('lambda/destination-type');
  });

  it('accepts a bus destination', () => {
    expect(codes(pattern, { lambda: { EventInvokeConfig: { DestinationConfig: { OnSuccess: { Destination: 'bus' } } } } })).not.toContain('lambda/destination-type');
  });

  it('refuses a bus as DLQ', () => {
    expect(codes(pattern, { lambda: { DeadLetterConfig: { TargetArn: 'bus' } } })).toContain('lambda/dead-letter-target-type');
  });

  it('accepts an SQS ARN as DLQ', () => {
    expect(codes(pattern, { lambda: { DeadLetterConfig: { TargetArn: 'arn:aws:sqs:us-east-1:123456789012:dlq' } } })).not.toContain('lambda/dead-letter-target-type');
  });
});
