import { describe, expect, it } from 'vitest';
import { exportParsed, fileContent } from './export.testing';
import { EVENTBRIDGE_SCENARIO } from './scenarios.testing';
import { getAtt, ref } from './yaml';
import { at } from './yaml-parse.testing';

describe('SAM export of EventBridge rules', () => {
  const { result, template } = exportParsed(EVENTBRIDGE_SCENARIO);

  it('creates the custom bus', () => {
    expect(at(template, 'Resources.OrdersBus')).toEqual({
      Type: 'AWS::Events::EventBus',
      Properties: { Name: 'orders' },
    });
  });

  it('creates no default bus', () => {
    expect(at(template, 'Resources.DefaultBus')).toBeUndefined();
  });

  it('maps the pattern rule', () => {
    expect(at(template, 'Resources.OrderPlacedRule.Properties')).toEqual({
      Name: 'order-placed',
      EventBusName: ref('OrdersBus'),
      State: 'ENABLED',
      EventPattern: { source: ['shop'], 'detail-type': ['OrderPlaced'] },
      Targets: [
        {
          Id: 'HandleOrder',
          Arn: getAtt('HandleOrder', 'Arn'),
          RetryPolicy: { MaximumRetryAttempts: 4, MaximumEventAgeInSeconds: 600 },
          DeadLetterConfig: { Arn: getAtt('RuleDlq', 'Arn') },
          InputTransformer: { InputPathsMap: { id: '$.detail.id' }, InputTemplate: '{"orderId": <id>}' },
        },
      ],
    });
  });

  it('maps the schedule rule', () => {
    expect(at(template, 'Resources.NightlyRule.Properties')).toEqual({
      State: 'DISABLED',
      ScheduleExpression: 'cron(0 2 * * ? *)',
      Targets: [{ Id: 'Audit', Arn: getAtt('Audit', 'Arn') }],
    });
  });

  it('lets the rule invoke the function', () => {
    expect(at(template, 'Resources.OrderPlacedPermission.Properties')).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: getAtt('HandleOrder', 'Arn'),
      Principal: 'events.amazonaws.com',
      SourceArn: getAtt('OrderPlacedRule', 'Arn'),
    });
  });

  it('omits the permission when invokePermission is false', () => {
    expect(at(template, 'Resources.NightlyPermission')).toBeUndefined();
  });

  it('warns about the missing permission', () => {
    expect(result.warnings.some((warning) => warning.startsWith('Rule nightly: invokePermission is false'))).toBe(true);
  });

  it('lets the rule send to its dead-letter queue', () => {
    expect(at(template, 'Resources.RuleDlqPolicy.Properties')).toEqual({
      Queues: [ref('RuleDlq')],
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'events.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Resource: getAtt('RuleDlq', 'Arn'),
            Condition: { ArnEquals: { 'aws:SourceArn': getAtt('OrderPlacedRule', 'Arn') } },
          },
        ],
      },
    });
  });

  it('maps destinations by node id and ARN', () => {
    expect(at(template, 'Resources.HandleOrder.Properties.EventInvokeConfig')).toEqual({
      MaximumRetryAttempts: 1,
      MaximumEventAgeInSeconds: 3600,
      DestinationConfig: {
        OnSuccess: { Type: 'EventBridge', Destination: getAtt('OrdersBus', 'Arn') },
        OnFailure: { Type: 'SQS', Destination: getAtt('Failures', 'Arn') },
      },
    });
  });

  it('maps the function dead-letter queue', () => {
    expect(at(template, 'Resources.HandleOrder.Properties.DeadLetterQueue')).toEqual({
      Type: 'SQS',
      TargetArn: getAtt('RuleDlq', 'Arn'),
    });
  });

  it('keeps reserved concurrency', () => {
    expect(at(template, 'Resources.HandleOrder.Properties.ReservedConcurrentExecutions')).toBe(5);
  });

  it('grants PutEvents on the bus', () => {
    expect(at(template, 'Resources.HandleOrder.Properties.Policies')).toEqual([
      { EventBridgePutEventsPolicy: { EventBusName: ref('OrdersBus') } },
    ]);
  });

  it('bundles TypeScript with esbuild', () => {
    expect(at(template, 'Resources.Audit.Metadata.BuildMethod')).toBe('esbuild');
  });

  it('points esbuild at index.ts', () => {
    expect(at(template, 'Resources.Audit.Metadata.BuildProperties.EntryPoints')).toEqual(['index.ts']);
  });

  it('writes the TypeScript source', () => {
    expect(fileContent(result, 'src/audit/index.ts')).toBe('export const handler = async (): Promise<void> => {};\n');
  });

  it('keeps AWS SDK clients out of package.json', () => {
    expect(JSON.parse(fileContent(result, 'src/handle-order/package.json') ?? '{}').dependencies).toEqual({});
  });
});
