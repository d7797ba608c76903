import { describe, expect, it } from 'vitest';
import { applyInputTransformer } from './input-transformer';
import { readInputPath } from './json-path';

// The EC2 example event and templates of
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html
const EVENT = {
  version: '0',
  id: '7bf73129-1428-4cd3-a780-95db273d1602',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '123456789012',
  time: '2015-11-11T21:29:54Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
  detail: { 'instance-id': 'i-0123456789', state: 'RUNNING' },
};
const PATHS = { timestamp: '$.time', instance: '$.detail.instance-id', state: '$.detail.state' };
const CONTEXT = {
  ruleName: 'example',
  ruleArn: 'arn:aws:events:us-east-2:123456789012:rule/example',
  ingestionTime: '2015-11-11T21:29:55.000Z',
};

function render(template: string, paths: Record<string, string> = PATHS) {
  return applyInputTransformer({ InputPathsMap: paths, InputTemplate: template }, EVENT, CONTEXT);
}

describe('input transformer templates', () => {
  it('fills a simple string', () => {
    expect(render('"instance <instance> is in <state>"')).toMatchObject({ value: 'instance i-0123456789 is in RUNNING' });
  });

  it('keeps escaped quotes', () => {
    expect(render('"instance \\"<instance>\\" is in <state>"')).toMatchObject({ value: 'instance "i-0123456789" is in RUNNING' });
  });

  it('quotes strings in JSON', () => {
    expect(render('{"instance" : <instance>, "state": <state>}')).toMatchObject({ value: { instance: 'i-0123456789', state: 'RUNNING' } });
  });

  it('mixes strings and variables', () => {
    const result = render('{"state": "<state>", "instanceStatus": "instance \\"<instance>\\" is in <state>"}');

    expect(result).toMatchObject({ value: { state: 'RUNNING', instanceStatus: 'instance "i-0123456789" is in RUNNING' } });
  });

  it('mixes static values in arrays', () => {
    expect(render('{"state": [ 9, <state>, true ], "Transformed" : "Yes"}')).toMatchObject({ value: { state: [9, 'RUNNING', true], Transformed: 'Yes' } });
  });

  it('inserts reserved variables', () => {
    const result = render('{"ruleArn" : <aws.events.rule-arn>, "ruleName" : <aws.events.rule-name>, "originalEvent" : <aws.events.event>}');

    expect(result).toMatchObject({ value: { ruleArn: CONTEXT.ruleArn, ruleName: 'example', originalEvent: EVENT } });
  });

  it('inserts rule name in string', () => {
    expect(render('"<aws.events.rule-name> triggered"')).toMatchObject({ value: 'example triggered' });
  });

  it('inserts event json as string', () => {
    expect(render('{"raw": <aws.events.event.json>}')).toMatchObject({ value: { raw: JSON.stringify(EVENT) } });
  });

  it('inserts ingestion time', () => {
    expect(render('"<aws.events.event.ingestion-time>"')).toMatchObject({ value: CONTEXT.ingestionTime });
  });

  it('leaves strings unescaped', () => {
    const result = applyInputTransformer({ InputPathsMap: { q: '$.detail.q' }, InputTemplate: '{"text": "<q>"}' }, { detail: { q: 'say "hi"' } }, CONTEXT);

    expect(result.ok).toBe(false);
  });

  it('turns missing path into null', () => {
    expect(render('{"zone": <zone>}', { zone: '$.detail.zone' })).toMatchObject({ value: { zone: null } });
  });

  it('rejects text that is not JSON', () => {
    expect(render('<instance> is in state <state>').ok).toBe(false);
  });
});

describe('input paths', () => {
  it('reads array indices', () => {
    expect(readInputPath(EVENT, '$.resources[0]')).toBe(EVENT.resources[0]);
  });

  it('reads wildcards as arrays', () => {
    expect(readInputPath({ items: [{ id: 1 }, { id: 2 }] }, '$.items[*].id')).toEqual([1, 2]);
  });

  it('reads the whole event', () => {
    expect(readInputPath(EVENT, '$')).toEqual(EVENT);
  });

  it('misses absent keys', () => {
    expect(readInputPath(EVENT, '$.detail.zone')).toBeUndefined();
  });
});
