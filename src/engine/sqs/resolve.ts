import { nodeConfig } from '../model/resolve';
import type { Scenario, ScenarioNode } from '../model/scenario';
import type { SqsConfig } from '../model/configs/sqs';
import type { QueueSettings } from './queue';

/** Returns the ARN of a queue node. */
export function queueArn(scenario: Scenario, node: ScenarioNode, config: SqsConfig): string {
  const { region, accountId } = scenario.settings;

  return `arn:aws:sqs:${region}:${accountId}:${config.QueueName ?? node.id}`;
}

/** Lists the SQS nodes of a scenario with their configuration. */
export function queueNodes(scenario: Scenario): { node: ScenarioNode & { type: 'sqs' }; config: SqsConfig }[] {
  return scenario.nodes
    .filter((node): node is ScenarioNode & { type: 'sqs' } => node.type === 'sqs')
    .map((node) => ({ node, config: nodeConfig(node) }));
}

/**
 * Finds the queue node a `deadLetterTargetArn` names, by node id or by ARN;
 * returns undefined when it names no queue of the scenario.
 */
export function resolveDeadLetterQueue(scenario: Scenario, target: string): string | undefined {
  for (const { node, config } of queueNodes(scenario)) {
    if (node.id === target || queueArn(scenario, node, config) === target) {
      return node.id;
    }
  }

  return undefined;
}

/** Resolves a queue node into the simulator's settings, in ms. */
export function queueSettings(
  scenario: Scenario,
  node: ScenarioNode & { type: 'sqs' },
): QueueSettings {
  const config = nodeConfig(node);
  const redrive = config.RedrivePolicy;

  return {
    id: node.id,
    arn: queueArn(scenario, node, config),
    fifo: config.FifoQueue,
    visibilityTimeoutMs: config.VisibilityTimeout * 1000,
    retentionMs: config.MessageRetentionPeriod * 1000,
    delayMs: config.DelaySeconds * 1000,
    maxReceiveCount: redrive?.maxReceiveCount,
    deadLetterQueueId: redrive
      ? (resolveDeadLetterQueue(scenario, redrive.deadLetterTargetArn) ??
        `external:${redrive.deadLetterTargetArn}`)
      : undefined,
  };
}

/**
 * The visibility timeout a mapping works with: AWS raises it to window +
 * function timeout + 30 s when the queue's is shorter than window + timeout.
 * https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export function effectiveVisibilityMs(
  visibilityTimeoutMs: number,
  windowMs: number,
  functionTimeoutMs: number,
): number {
  if (windowMs + functionTimeoutMs > visibilityTimeoutMs) {
    return windowMs + functionTimeoutMs + 30_000;
  }

  return visibilityTimeoutMs;
}
