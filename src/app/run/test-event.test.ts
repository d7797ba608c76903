import { describe, expect, it } from 'vitest';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import { SQS_BURST_SAMPLE } from '../../engine/samples/sqs-burst';
import { EVENTBRIDGE_RETRIES_SAMPLE } from '../../engine/samples/eventbridge-retries';
import type { Scenario } from '../../engine/model';
import { DEFAULT_TEST_EVENT } from './entry';
import { defaultTestEvent } from './test-event';

function firstFunction(scenario: Scenario) {
  return scenario.nodes.find((node) => node.type === 'lambda')!;
}

describe('defaultTestEvent', () => {
  it('queue trigger gives an SQS batch', () => {
    const event = JSON.parse(defaultTestEvent(SQS_BURST_SAMPLE, firstFunction(SQS_BURST_SAMPLE)));
    expect(event.Records[0].eventSource).toBe('aws:sqs');
  });

  it('load balancer gives an ALB request', () => {
    const event = JSON.parse(defaultTestEvent(ALB_HELLO_SAMPLE, firstFunction(ALB_HELLO_SAMPLE)));
    expect(event.requestContext.elb.targetGroupArn).toMatch(/^arn:aws:elasticloadbalancing:/);
  });

  it('other functions get hello-world', () => {
    const scenario = { ...EVENTBRIDGE_RETRIES_SAMPLE, edges: [] };
    expect(defaultTestEvent(scenario, firstFunction(scenario))).toBe(DEFAULT_TEST_EVENT);
  });
});
