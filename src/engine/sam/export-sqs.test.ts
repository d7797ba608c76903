import { describe, expect, it } from 'vitest';
import { exampleScenario, exportParsed } from './export.testing';
import { getAtt, ref } from './yaml';
import { at } from './yaml-parse.testing';

describe('SAM export of the SQS example', () => {
  const scenario = exampleScenario('sqs-orders.json');
  const { result, template } = exportParsed(scenario);

  it('writes functions then queues', () => {
    expect(Object.keys(at(template, 'Resources') as object)).toEqual([
      'ProcessOrder',
      'ShipOrder',
      'Orders',
      'OrdersDlq',
      'Shipments',
    ]);
  });

  it('maps the queue with its redrive policy', () => {
    expect(at(template, 'Resources.Orders')).toEqual({
      Type: 'AWS::SQS::Queue',
      Properties: {
        QueueName: 'orders',
        VisibilityTimeout: 30,
        MessageRetentionPeriod: 345600,
        DelaySeconds: 0,
        RedrivePolicy: { deadLetterTargetArn: getAtt('OrdersDlq', 'Arn'), maxReceiveCount: 2 },
      },
    });
  });

  it('leaves FifoQueue out for standard queues', () => {
    expect(at(template, 'Resources.Shipments.Properties.FifoQueue')).toBeUndefined();
  });

  it('maps the event source mapping', () => {
    expect(at(template, 'Resources.ProcessOrder.Properties.Events.OrdersMapping')).toEqual({
      Type: 'SQS',
      Properties: {
        Queue: getAtt('Orders', 'Arn'),
        BatchSize: 10,
        MaximumBatchingWindowInSeconds: 0,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        Enabled: true,
      },
    });
  });

  it('leaves empty response types out', () => {
    expect(at(template, 'Resources.ShipOrder.Properties.Events.ShipmentsMapping.Properties.FunctionResponseTypes')).toBeUndefined();
  });

  it('grants SendMessage on the shipments queue', () => {
    expect(at(template, 'Resources.ProcessOrder.Properties.Policies')).toEqual([
      { SQSSendMessagePolicy: { QueueName: getAtt('Shipments', 'QueueName') } },
    ]);
  });

  it('turns the queue URL variable into a reference', () => {
    expect(at(template, 'Resources.ProcessOrder.Properties.Environment.Variables.SHIPMENTS_QUEUE_URL')).toEqual(
      ref('Shipments'),
    );
  });

  it('leaves simulation settings out', () => {
    expect(JSON.stringify(template)).not.toContain('perMessageMs');
  });

  it('outputs queue URLs', () => {
    expect(at(template, 'Outputs.OrdersUrl.Value')).toEqual(ref('Orders'));
  });

  it('has no warnings', () => {
    expect(result.warnings).toEqual([]);
  });
});

describe('SAM export of mapping settings', () => {
  const scenario = exampleScenario('sqs-orders.json');
  scenario.nodes[0]!.config = { QueueName: 'orders.fifo', FifoQueue: true, ContentBasedDeduplication: true };
  scenario.edges[0]!.config = {
    BatchSize: 5,
    MaximumBatchingWindowInSeconds: 2,
    ScalingConfig: { MaximumConcurrency: 4 },
    FilterCriteria: { Filters: [{ Pattern: '{"body":{"item":[{"exists":true}]}}' }] },
    Enabled: false,
  };
  const { template } = exportParsed(scenario);
  const mapping = 'Resources.ProcessOrder.Properties.Events.OrdersMapping.Properties';

  it('marks FIFO queues', () => {
    expect(at(template, 'Resources.Orders.Properties.FifoQueue')).toBe(true);
  });

  it('keeps content-based deduplication', () => {
    expect(at(template, 'Resources.Orders.Properties.ContentBasedDeduplication')).toBe(true);
  });

  it('keeps the scaling config', () => {
    expect(at(template, `${mapping}.ScalingConfig`)).toEqual({ MaximumConcurrency: 4 });
  });

  it('keeps the filter pattern text', () => {
    expect(at(template, `${mapping}.FilterCriteria`)).toEqual({
      Filters: [{ Pattern: '{"body":{"item":[{"exists":true}]}}' }],
    });
  });

  it('keeps the batching window', () => {
    expect(at(template, `${mapping}.MaximumBatchingWindowInSeconds`)).toBe(2);
  });

  it('keeps a disabled mapping', () => {
    expect(at(template, `${mapping}.Enabled`)).toBe(false);
  });
});
