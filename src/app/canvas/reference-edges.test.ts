import { describe, expect, it } from 'vitest';
import { EVENTBRIDGE_RETRIES_SAMPLE } from '../../engine/samples/eventbridge-retries';
import type { Scenario } from '../../engine/model';
import { referenceEdges } from './reference-edges';

describe('referenceEdges', () => {
  it('finds an on-failure destination', () => {
    const [reference] = referenceEdges(EVENTBRIDGE_RETRIES_SAMPLE);
    expect(reference).toMatchObject({
      source: 'process-order',
      target: 'failures',
      role: 'on failure',
    });
  });

  it('finds a queue redrive target', () => {
    const scenario = {
      ...EVENTBRIDGE_RETRIES_SAMPLE,
      nodes: [
        ...EVENTBRIDGE_RETRIES_SAMPLE.nodes,
        {
          id: 'jobs',
          type: 'sqs',
          position: { x: 0, y: 0 },
          config: { RedrivePolicy: { deadLetterTargetArn: 'failures', maxReceiveCount: 3 } },
        },
      ],
    } as Scenario;
    const roles = referenceEdges(scenario).map((item) => `${item.source}>${item.target} ${item.role}`);
    expect(roles).toContain('jobs>failures dead-letter queue');
  });

  it('skips an ARN naming no node', () => {
    const process = EVENTBRIDGE_RETRIES_SAMPLE.nodes.find((node) => node.id === 'process-order');
    const scenario = {
      ...EVENTBRIDGE_RETRIES_SAMPLE,
      nodes: [
        { ...process, config: { DeadLetterConfig: { TargetArn: 'arn:aws:sqs:us-east-1:123456789012:dlq' } } },
      ],
    } as Scenario;
    expect(referenceEdges(scenario)).toEqual([]);
  });
});
