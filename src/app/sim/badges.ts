import type { Scenario, ScenarioNode } from '../../engine/model';
import type { SimulateOutcome } from '../../worker/simulate-types';
import { formatCount } from './format';

/** True when some queue's RedrivePolicy names this node as its dead-letter queue. */
function isDeadLetterQueue(scenario: Scenario, nodeId: string): boolean {
  return scenario.nodes.some((node) => {
    const policy = node.config.RedrivePolicy as { deadLetterTargetArn?: unknown } | undefined;
    const target = policy?.deadLetterTargetArn;

    return typeof target === 'string' && (target === nodeId || target.endsWith(`:${nodeId}`));
  });
}

/**
 * Returns the badge text of a node at sample `index`: a queue's visible and in-flight
 * messages, a dead-letter queue's moves in, a function's concurrency.
 */
export function badgeText(
  scenario: Scenario,
  node: ScenarioNode,
  outcome: SimulateOutcome,
  index: number,
): string | undefined {
  const series = outcome.nodes[node.id];
  if (!series) {
    return undefined;
  }
  const at = (key: string) => formatCount(series[key]?.[index] ?? 0);
  if (node.type === 'sqs') {
    return isDeadLetterQueue(scenario, node.id)
      ? `dead-lettered ${at('deadLetteredIn')}`
      : `visible ${at('visible')} · in flight ${at('inFlight')}`;
  }
  if (node.type === 'lambda') {
    return `concurrency ${at('concurrency')}`;
  }

  return undefined;
}
