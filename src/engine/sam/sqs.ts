/**
 * Queues → AWS::SQS::Queue, SQS→Lambda edges → SQS events (event source
 * mappings), Lambda→SQS edges → SQSSendMessagePolicy.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sqs-queue.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-sqs.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-template-list.html
 */
import { edgeConfig, edgeKind, nodeConfig } from '../model/resolve';
import type { ScenarioEdge } from '../model/scenario';
import { queueNodes } from '../sqs/resolve';
import type { SamContext } from './context';
import { pascalCase } from './logical-ids';
import { getAtt, ref, type YamlValue } from './yaml';

/** Adds a queue resource and its URL output for every SQS node. */
export function exportQueues(ctx: SamContext): void {
  for (const { node } of queueNodes(ctx.scenario)) {
    const config = nodeConfig(node);
    const id = ctx.nodeId(node.id);
    const redrive = config.RedrivePolicy;
    ctx.addResource(id, [node.id], {
      Type: 'AWS::SQS::Queue',
      Properties: {
        QueueName: config.QueueName,
        // Left out for standard queues: a queue is FIFO only when the property is true.
        FifoQueue: config.FifoQueue ? true : undefined,
        ContentBasedDeduplication: config.FifoQueue && config.ContentBasedDeduplication ? true : undefined,
        VisibilityTimeout: config.VisibilityTimeout,
        MessageRetentionPeriod: config.MessageRetentionPeriod,
        DelaySeconds: config.DelaySeconds,
        RedrivePolicy: redrive
          ? {
              deadLetterTargetArn: ctx.arnOf(redrive.deadLetterTargetArn).value,
              maxReceiveCount: redrive.maxReceiveCount,
            }
          : undefined,
      },
    });
    ctx.outputs[`${id}Url`] = { Value: ref(id) };
  }
}

function eventName(events: Record<string, YamlValue>, edge: ScenarioEdge): string {
  const stem = pascalCase(edge.id);
  let name = stem;
  for (let suffix = 2; name in events; suffix += 1) name = `${stem}${suffix}`;

  return name;
}

/** Adds an event to a function under a name derived from the edge id. */
export function addEvent(ctx: SamContext, edge: ScenarioEdge, event: YamlValue): void {
  const parts = ctx.functions.get(edge.target);
  if (parts) parts.events[eventName(parts.events, edge)] = event;
}

/** SQS events for event source mappings, and send permissions for Lambda→SQS. */
export function exportQueueEdges(ctx: SamContext): void {
  for (const edge of ctx.scenario.edges) {
    const kind = edgeKind(ctx.scenario, edge);
    if (kind === 'event-source-mapping') {
      const mapping = edgeConfig(kind, edge);
      const filters = mapping.FilterCriteria?.Filters ?? [];
      addEvent(ctx, edge, {
        Type: 'SQS',
        Properties: {
          Queue: getAtt(ctx.nodeId(edge.source), 'Arn'),
          BatchSize: mapping.BatchSize,
          MaximumBatchingWindowInSeconds: mapping.MaximumBatchingWindowInSeconds,
          FunctionResponseTypes: mapping.FunctionResponseTypes.length > 0 ? mapping.FunctionResponseTypes : undefined,
          ScalingConfig: mapping.ScalingConfig?.MaximumConcurrency
            ? { MaximumConcurrency: mapping.ScalingConfig.MaximumConcurrency }
            : undefined,
          FilterCriteria: filters.length > 0 ? { Filters: filters.map((filter) => ({ Pattern: filter.Pattern })) } : undefined,
          Enabled: mapping.Enabled,
        },
      });
    }
    if (kind === 'send-message') {
      ctx.functions.get(edge.source)?.policies.push({
        SQSSendMessagePolicy: { QueueName: getAtt(ctx.nodeId(edge.target), 'QueueName') },
      });
    }
  }
}
