import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/scenario';

/** Settings of a one-queue, one-function scenario; every part is optional. */
export interface SqsScenarioOptions {
  queue?: Record<string, unknown>;
  /** A dead-letter queue `dlq` is added when given; the queue's RedrivePolicy points to it. */
  deadLetterQueue?: Record<string, unknown>;
  maxReceiveCount?: number;
  lambda?: Record<string, unknown>;
  simulation?: Record<string, unknown>;
  mapping?: Record<string, unknown>;
  loads?: Record<string, unknown>[];
  settings?: Record<string, unknown>;
}

/**
 * Builds and parses a scenario with queue `queue`, function `fn` and the
 * mapping `mapping` between them. Throws when the result does not parse.
 */
export function sqsScenario(options: SqsScenarioOptions = {}): Scenario {
  const queueConfig: Record<string, unknown> = { ...options.queue };
  const nodes: Record<string, unknown>[] = [];
  if (options.deadLetterQueue) {
    nodes.push({ id: 'dlq', type: 'sqs', config: options.deadLetterQueue });
    queueConfig.RedrivePolicy = {
      deadLetterTargetArn: 'dlq',
      maxReceiveCount: options.maxReceiveCount ?? 5,
    };
  }
  nodes.push({ id: 'queue', type: 'sqs', config: queueConfig });
  nodes.push({
    id: 'fn',
    type: 'lambda',
    config: { ...options.lambda, simulation: options.simulation ?? {} },
  });
  const parsed = parseScenario({
    version: 1,
    name: 'SQS scenario',
    settings: options.settings ?? {},
    nodes,
    edges: [{ id: 'mapping', source: 'queue', target: 'fn', config: options.mapping ?? {} }],
    loads: options.loads ?? [{ target: 'queue', count: 100 }],
  });
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }

  return parsed.value;
}
