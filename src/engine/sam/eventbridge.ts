/**
 * Buses → AWS::Events::EventBus (the default bus has none), EventBridge→
 * Lambda edges → AWS::Events::Rule with the function as its one target,
 * the function's resource policy, and a queue policy for each dead-letter
 * queue; Lambda→EventBridge edges → EventBridgePutEventsPolicy.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-events-rule.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-events-rule-target.html
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html
 */
import { patternValue } from '../eventbridge/rules/resolve';
import { edgeConfig, edgeKind, nodeConfig } from '../model/resolve';
import type { ScenarioEdge, ScenarioNode } from '../model/scenario';
import { DEFAULT_BUS, type SamContext } from './context';
import { getAtt, ref, type YamlValue } from './yaml';

/** Adds an event bus resource for every bus except the default one. */
export function exportBuses(ctx: SamContext): void {
  for (const node of ctx.scenario.nodes) {
    if (node.type !== 'eventbridge') continue;
    const name = nodeConfig(node as ScenarioNode & { type: 'eventbridge' }).Name;
    if (name === DEFAULT_BUS) continue;
    ctx.addResource(ctx.nodeId(node.id), [node.id], {
      Type: 'AWS::Events::EventBus',
      Properties: { Name: name },
    });
  }
}

function eventPattern(ctx: SamContext, edge: ScenarioEdge, pattern: string | Record<string, unknown> | undefined): YamlValue | undefined {
  if (pattern === undefined) return undefined;
  try {
    return patternValue(pattern) as YamlValue;
  } catch {
    ctx.warn(`Rule ${edge.id}: EventPattern is not valid JSON; it was written as text.`);
    return String(pattern);
  }
}

// EventBridge needs the queue's resource policy to send to a dead-letter queue.
function allowDeadLetter(ctx: SamContext, statements: Map<string, YamlValue[]>, queueId: string, ruleId: string): void {
  const list = statements.get(queueId) ?? [];
  list.push({
    Effect: 'Allow',
    Principal: { Service: 'events.amazonaws.com' },
    Action: 'sqs:SendMessage',
    Resource: getAtt(ctx.nodeId(queueId), 'Arn'),
    Condition: { ArnEquals: { 'aws:SourceArn': getAtt(ruleId, 'Arn') } },
  });
  statements.set(queueId, list);
}

function exportRule(ctx: SamContext, edge: ScenarioEdge, statements: Map<string, YamlValue[]>): void {
  const config = edgeConfig('eventbridge-rule', edge);
  const parts = ctx.functions.get(edge.target);
  if (!parts) return;
  const ruleId = ctx.derivedId(edge.id, 'Rule');
  const busName = ctx.busName(edge.source);
  const deadLetter = config.DeadLetterConfig ? ctx.arnOf(config.DeadLetterConfig.Arn) : undefined;
  if (deadLetter?.nodeId !== undefined && deadLetter.kind === 'sqs') {
    allowDeadLetter(ctx, statements, deadLetter.nodeId, ruleId);
  }
  ctx.addResource(ruleId, [edge.id], {
    Type: 'AWS::Events::Rule',
    Properties: {
      Name: config.Name,
      EventBusName: busName === DEFAULT_BUS ? undefined : busName,
      State: config.State,
      EventPattern: eventPattern(ctx, edge, config.EventPattern),
      ScheduleExpression: config.ScheduleExpression,
      Targets: [
        {
          Id: parts.logicalId,
          Arn: getAtt(parts.logicalId, 'Arn'),
          RetryPolicy: config.RetryPolicy,
          DeadLetterConfig: deadLetter ? { Arn: deadLetter.value } : undefined,
          InputTransformer: config.InputTransformer,
        },
      ],
    },
  });
  if (config.simulation.deliveryFailureRate > 0) {
    ctx.warn(`Rule ${edge.id}: the simulated delivery failure rate has no AWS setting and was left out.`);
  }
  if (!config.invokePermission) {
    ctx.warn(`Rule ${edge.id}: invokePermission is false, so no AWS::Lambda::Permission was written; every delivery fails as in the playground.`);
    return;
  }
  ctx.addResource(ctx.derivedId(edge.id, 'Permission'), [edge.id], {
    Type: 'AWS::Lambda::Permission',
    Properties: {
      Action: 'lambda:InvokeFunction',
      FunctionName: getAtt(parts.logicalId, 'Arn'),
      Principal: 'events.amazonaws.com',
      SourceArn: getAtt(ruleId, 'Arn'),
    },
  });
}

/** Rules with their permissions and dead-letter queue policies; PutEvents policies. */
export function exportBusEdges(ctx: SamContext): void {
  const statements = new Map<string, YamlValue[]>();
  for (const edge of ctx.scenario.edges) {
    const kind = edgeKind(ctx.scenario, edge);
    if (kind === 'eventbridge-rule') exportRule(ctx, edge, statements);
    if (kind === 'put-events') {
      ctx.functions.get(edge.source)?.policies.push({
        EventBridgePutEventsPolicy: { EventBusName: ctx.busName(edge.target) },
      });
    }
  }
  for (const [queueId, list] of statements) {
    const queueRef = ctx.nodeId(queueId);
    ctx.addResource(ctx.derivedId(queueId, 'Policy'), [queueId], {
      Type: 'AWS::SQS::QueuePolicy',
      Properties: {
        Queues: [ref(queueRef)],
        PolicyDocument: { Version: '2012-10-17', Statement: list },
      },
    });
  }
}
